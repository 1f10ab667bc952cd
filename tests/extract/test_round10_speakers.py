"""Round 10: who speaks a transcript's turns, a testimony's "I" and a briefing's "we".

Invented people, bodies and places only.
"""

from __future__ import annotations

from factfinder.extract import analyze
from factfinder.extract.claims import Claim

TRANSCRIPT = """TRANSCRIPT
Press conference by Prosecutor General Ilsa Varrow-Deen on Operation Heron
Tamsk, 3 May 2026

PROSECUTOR GENERAL VARROW-DEEN: Good morning. Yesterday, officers of the Criminal Police \
arrested 12 people on suspicion of running an extortion ring. I will not comment on the \
identity of the suspects.

QUESTION (Radio Tamsk): Were police officers among those arrested?

VARROW-DEEN: That case is under separate investigation and I will not comment on it today.

THE MINISTER OF ORDER (Petar Lusk): I deny it categorically.

THE MINISTER: I have nothing to add.
"""

INTERVIEW = """Q&A with lawyer Mara Quent
The Delm Courier spoke to Mara Quent, who represents families of missing men.

Delm Courier: Have you yourself been pressured?

Mara Quent: In August I was held at a checkpoint for six hours.

Delm Courier: What do you want from the government?

Mara Quent: I call on the authorities to release my clients.
"""

TESTIMONY = """Testimony no. 12
Recorded by the Orlin Rights Initiative in Vessk on 4 June 2026.

My name is Teodor. I drove a bus in Kalm.

On 2 March four men in uniform took me from my house. They beat me with sticks for two days.
"""

BRIEFING = """Press briefing notes on Velmark
Spokesperson for the UN human rights office: Dana Orrin
Date: 14 March 2026

We are deeply concerned by the continued crackdown on members of the Sorr minority in Velmark.

Our Office has received credible reports that at least 30 people have been detained.

We call on the Government of Velmark to immediately release all those detained.
"""

ACTION = """FURTHER INFORMATION ON UA 12/26
Student organiser Ivo Marl, who disappeared on 4 March, has been located in police custody.

Kessel Rights Network welcomes the news but remains concerned for his safety.

TAKE ACTION
- Release Ivo Marl immediately and unconditionally;
- Drop the charges against him.
"""

UN_RELEASE = """GENEVA (3 May 2026) – The UN Special Rapporteur on the situation of human rights \
defenders, Liesa Vorn, today expressed alarm at a pattern of enforced disappearances in Tarsk.

Among those taken was Oren Pall, a schoolteacher who documented evictions in the village of Oszt.

"The Government must immediately reveal the fate and whereabouts of every person taken," \
the expert said.
"""


def _claims(text: str, kind: str) -> list[Claim]:
    return [c for c in analyze(text, supplement=None) if c.type == kind]


def test_a_turn_label_speaks_the_turn() -> None:
    silent = [c for c in _claims(TRANSCRIPT, "no_public_statement") if "comment" in c.sentence]
    assert len(silent) == 2 and all("Varrow-Deen" in (c.agent or "") for c in silent)
    arrests = _claims(TRANSCRIPT, "detention")
    assert arrests and "Varrow-Deen" in (arrests[0].attributed_to or "")


def test_a_short_label_is_the_speaker_named_in_full_before() -> None:
    denials = _claims(TRANSCRIPT, "deny")
    assert denials and "Petar Lusk" in (denials[0].agent or "")
    silent = [c for c in _claims(TRANSCRIPT, "no_public_statement") if "nothing" in c.sentence]
    assert silent and "Petar Lusk" in (silent[0].agent or "")


def test_a_named_label_in_title_case_speaks_its_answer() -> None:
    held = _claims(INTERVIEW, "detention")
    assert held and held[0].target == "Mara Quent"
    demands = _claims(INTERVIEW, "demand")
    assert demands and demands[0].agent == "Mara Quent"


def test_fields_of_a_header_make_no_transcript() -> None:
    text = """Note: this report was updated on 4 May.

Background: the protests began in March.

Source: interviews with families.

The authorities should release Ivo Marl immediately."""
    demands = _claims(text, "demand")
    assert demands
    assert all(d.agent not in ("Note", "Background", "Source") for d in demands)


def test_a_heading_ends_a_speakers_turn() -> None:
    text = """MS KARA ODEN: I was held for two days.

MR LEV TASK: I was held for a week.

MS KARA ODEN: I will not comment further.

Recommendations:

The authorities should release Ivo Marl immediately."""
    demands = _claims(text, "demand")
    assert demands and demands[0].agent != "Ms Kara Oden"


def test_a_testimony_witness_is_its_i() -> None:
    beaten = _claims(TESTIMONY, "torture")
    assert beaten and beaten[0].target == "Teodor"


def test_a_spokesperson_line_speaks_for_its_office() -> None:
    concern = _claims(BRIEFING, "express_concern")
    assert concern and "UN human rights office" in (concern[0].agent or "")
    demands = _claims(BRIEFING, "demand")
    assert demands and "UN human rights office" in (demands[0].agent or "")
    assert all(c.agent != "Our Office" for c in analyze(BRIEFING, supplement=None))


def test_unsigned_recommendations_are_the_rights_groups() -> None:
    demands = _claims(ACTION, "demand")
    assert demands and all(d.agent == "Kessel Rights Network" for d in demands)


def test_the_expert_is_the_rapporteur_not_the_victim_named_last() -> None:
    demands = _claims(UN_RELEASE, "demand")
    assert demands and "Special Rapporteur" in (demands[0].agent or "")


def test_a_reports_we_stays_the_publishers_after_interviews() -> None:
    text = """Dispatches | Harlen Rights Watch

Based on 40 interviews, this report documents arrests in Velmark. Jana Kost, a student, \
was arrested on 4 May.

We call on the authorities to release Jana Kost."""
    demands = _claims(text, "demand")
    assert demands and demands[0].agent == "Harlen Rights Watch"


def test_a_quoted_i_inside_a_turn_is_not_the_speaker() -> None:
    text = """MS KARA ODEN: I was held for two days.

MR LEV TASK: One of them told me, and I quote, "I will kill you."

MS KARA ODEN: I will not comment further."""
    threats = _claims(text, "death_threat")
    assert all(c.agent != "Mr Lev Task" for c in threats)


def test_a_participle_after_a_name_is_an_aside() -> None:
    text = "Bogdan Varet, reached by telephone, denied that his programme had encouraged violence."
    denials = _claims(text, "deny")
    assert denials and denials[0].agent == "Bogdan Varet"


def test_a_participle_after_a_description_stays() -> None:
    text = "One escapee, interviewed by the Courier last week, said guards had beaten him."
    beaten = _claims(text, "torture")
    assert beaten and beaten[0].attributed_to == "One escapee, interviewed by the Courier"
