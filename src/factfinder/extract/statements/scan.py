"""The sentence scan: every statement trigger in a parsed sentence, verb by verb."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events import (
    LEMMA_FIXES,
    VERB_EVENTS,
    Detection,
    intent_governor,
    is_conditional,
    is_negated,
    is_passive,
    modal_of,
    public_call,
)
from factfinder.extract.events.clauses import HYPOTHETICAL_MODALS
from factfinder.extract.events.lexicon import REFUSING
from factfinder.extract.statements.clauses import (
    agent_of,
    in_reported_speech,
    is_yet_to,
    lemma_of,
    main_clause,
    mistagged_verb,
    object_is_report,
    stance_detection,
    stated_already,
    tacked_onto_report,
    target_of,
    that_clause,
    xcomp_lemma,
)
from factfinder.extract.statements.demands import (
    addressed_requirement,
    asks_that_done,
    asks_to_act,
    calls_for_both,
    calls_for_clause,
    chanted_command,
    demand_statement,
    insists_on_action,
    it_is_needed,
    lettered_command,
    mentions_investigation,
    needs_doing,
    nominal_request,
    presses_for,
    recommends_redress,
    renewed_request,
    requested_object,
    requirement_statement,
    stressed_need,
    wants_done,
    wants_ended,
)
from factfinder.extract.statements.denials import (
    called_false,
    calls_reports,
    fairy_tale,
    knows_no_cases,
    knows_nothing_of,
    neither_confirms_nor_denies,
    never_heard_of,
    no_reason,
    no_record_of,
    no_truth_in_reports,
    said_groundless,
    said_nothing_wrong,
    scoffed_at,
    smear_phrase,
)
from factfinder.extract.statements.lexicon import (
    ASSERTING_VERBS,
    COMMANDED_ACTS,
    HARMED,
    NOT_ABUSES,
    PRESSING_VERBS,
    REJECTING_VERBS,
    REPORT_NOUNS,
    REQUESTED_NOUNS,
    RESPONSE_NOUNS,
    SILENCE_VERBS,
    SUFFERING_VERBS,
    VERB_STATEMENTS,
)
from factfinder.extract.statements.rebuttals import (
    ASSERTION_NOUNS,
    asserted_denial,
    nobody_harmed,
    own_voice_rebuttal,
    says_it_did_not_happen,
)
from factfinder.extract.statements.silence import (
    ANSWERING_VERBS,
    answered_by_none,
    could_not_be_reached,
    custody_unacknowledged,
    declines_requests,
    detail_left_out,
    details_withheld,
    for_comment,
    gives_answer,
    left_unanswered,
    no_public_statement,
    no_response,
    none_given,
    nothing_to_add,
    private_contact,
    raised_money,
    refused_under_questioning,
    reply_not_received,
    said_by_witness,
    said_nothing,
    silence_detection,
    told_to_keep_quiet,
    under_regret,
    whereabouts_withheld,
    withheld_detail,
    written_without_answer,
)
from factfinder.extract.statements.stances import (
    ACCOUNTING_ACTS,
    NOTED_STANCES,
    account_discredited,
    accused_of_lying,
    blamed_for,
    blamed_for_silence,
    called_bad,
    called_motivated,
    called_worrying,
    concern_statement,
    critical_of,
    drawn_stance,
    faulted_for_pretence,
    fears_for_safety,
    harms_something,
    held_responsible,
    hits_out_at,
    it_is_wrong,
    judged_pejoratively,
    not_a_single_one,
    noted_with,
    regret_statement,
    said_at_fault,
    said_failed,
    silence_faulted,
    stance_noun,
    taken_to_task,
    takes_aim_at,
    took_issue_with,
)

CONCERN_WORDS = frozenset(
    {
        "concern",
        "alarm",
        "trouble",
        "worry",
        "disturb",
        "dismay",
        "shock",
        "appal",
        "appall",
        "horrify",
        "sadden",
        "distress",
    }
)
# Words by which a speaker calls an act worrying: 'called the killings "deeply disturbing"'.
WORRYING_WORDS = frozenset({"disturbing", "alarming", "worrying", "troubling", "concerning"})
# A request written as a noun: "the family's request for an investigation".
REQUEST_NOUNS = frozenset({"request", "call", "demand", "appeal", "plea"})
# What is withheld from detainees when they are "denied" something.
DENIED_RIGHTS = frozenset(
    {"access", "food", "water", "care", "treatment", "visit", "bail", "right", "medicine", "sleep"}
    | {"contact", "communication", "counsel", "representation"}
    | {"permission", "entry", "visa", "request", "application", "licence", "license", "permit"}
)  # "the council denied permission for a supermarket" refuses; it denies no claim
# How reporters say an actor said nothing: "remained silent", "stayed tight-lipped".
STAYING = frozenset({"remain", "keep", "stay"})
SILENT_WORDS = frozenset({"silent", "quiet", "mum", "lipped", "tight-lipped"})
# Verbs of giving an answer whose negation reports silence: "has not provided any answer".
ANSWERING = frozenset({"provide", "give", "offer", "send", "issue"})
# What an authority says it lacks when it denies a capture: "no record of her husband".
NO_KNOWLEDGE = frozenset({"record", "trace", "information", "knowledge"})
# Said of reports or allegations, these words deny them.
CONCERN_NOUNS = frozenset({"concern", "alarm", "dismay", "worry", "unease", "anxiety"})
# Said of an act or a decision, these words criticise it ("called the verdict a travesty").
CRITICISM_WORDS = frozenset(
    {
        "travesty",
        "outrage",
        "disgrace",
        "shameful",
        "unacceptable",
        "appalling",
        "outrageous",
        "scandal",
        "scandalous",
        "farce",
        "mockery",
        "unjust",
        "deplorable",
        "disgraceful",
        "barbaric",
        "regrettable",  # "It is regrettable that the organisation chose not to contact …"
        "lamentable",
        "crime",
        "inhuman",
        "atrocity",
        "brutal",
        "cruel",
        "abhorrent",
        "despicable",
        "violation",
        "unlawful",
        "illegal",
        "inhumane",
        "draconian",
        "massacre",  # 'called the attack "a massacre"'
        "bloodbath",
        "slaughter",
    }
)
# What can be sought as an inquiry ("seeking an independent examination"); not "access", which
# a reporter or a refugee seeks for themselves.
INQUIRIES = frozenset({"investigation", "inquiry", "enquiry", "probe", "examination", "inquest"})
# Verbs of intending whose negation before "comment" is silence: "does not intend to comment";
# "going to" joins them in its VBG form ("I am not going to comment on that").
UNINTENDING = frozenset({"intend", "plan", "wish", "propose"})
# Verbs by which an act draws others' stance: "prompting condemnation from rights groups".
DRAWING_VERBS = frozenset({"prompt", "draw", "spark", "provoke", "trigger", "attract"})
# "It is essential that …": what a speaker says must happen.
NEEDED = frozenset({"essential", "imperative", "vital", "crucial", "necessary", "urgent"})
# What a decision or an act is called when it is denounced: "a blow to", "an attack on".
BLOW_WORDS = frozenset({"blow", "affront", "attack", "assault", "setback"})
DENIAL_WORDS = frozenset(
    {
        "baseless",
        "unfounded",
        "groundless",
        "fabricated",
        "false",
        "untrue",
        "lie",
        "lies",
        "fabrication",
        "slander",
        "fake",
        "nonsense",
        "fiction",
        "provocation",
        "disinformation",
        "suicide",
        "accident",
        "biased",
        "absurd",
        "ridiculous",
        "exaggerated",
        "distorted",
        "slanderous",
        "unsubstantiated",
        "misleading",
        "inaccurate",
        "motivated",
        "invented",
        "concocted",
        "invention",
        "fantasy",
        "myth",
        "falsehood",
        "hoax",
        "inflated",
        "overstated",
        "exaggeration",
        "propaganda",
        "smear",
        "erroneous",  # "said the figures were erroneous"
        "incorrect",
        "defamatory",
        "libellous",
        "libelous",
        "malicious",
        "spurious",
        "bogus",
        "preposterous",
        "ludicrous",
        "laughable",
        "forgery",  # 'said the registers were "forgeries produced abroad"'
    }
)
# Verbs of making a story up: "these accusations are invented by smugglers".
FABRICATING = frozenset(
    {"invent", "fabricate", "concoct", "manufacture", "fake", "stage", "inflate", "exaggerate"}
    | {"overstate", "distort", "doctor", "falsify", "forge", "photoshop"}
)
# Their participles, which the tagger sometimes lemmatises wrongly ("staged" as "stag").
FABRICATED = frozenset({"staged", "doctored", "faked", "forged", "falsified", "photoshopped"})
# Recordings whose authenticity the accused dispute: "the ministry said the video was staged".
RECORDINGS = frozenset(
    {"video", "footage", "photo", "photograph", "image", "picture", "recording", "clip"}
)


def find_statements(sent: Span) -> list[Detection]:
    """Every statement trigger in the sentence."""
    found: list[Detection] = []
    for token in sent:
        detection = _statement(token, token.lemma_.lower())
        if detection is None or stated_already(detection, found):
            continue
        if detection.type == "demand" and public_call(token) is not None:
            continue  # a call on the public to act against people incites (events/incitement.py)
        found.append(detection)
        if detection.type in ("demand", "call_for_investigation") and calls_for_both(token):
            other = (
                "demand" if detection.type == "call_for_investigation" else "call_for_investigation"
            )
            found[-1] = replace(detection, target=requested_object(token, detection.type))
            found.append(replace(detection, type=other, target=requested_object(token, other)))
    return _without_blamed_silence(found)


# Stances whose content can be someone's silence: the silence is then what they fault.
BLAMING_STANCES = frozenset({"criticize", "express_concern", "condemn"})


def _without_blamed_silence(found: list[Detection]) -> list[Detection]:
    """ "She regrets that the authorities have not provided any reply", "We are alarmed that
    the authorities have ignored repeated requests": a silence told as the content of a
    criticism or a concern is that stance's object, not a silence claim of its own ("condemned
    the arrests, and the ministry did not respond" keeps both)."""
    blaming = {d.trigger for d in found if d.type in BLAMING_STANCES}
    return [
        d for d in found if not (d.type == "no_public_statement" and _inside(d.trigger, blaming))
    ]


def _inside(token: Token, stances: set[Token]) -> bool:
    """Whether the token is in what one of the stances says (its that-clause), not beside it
    or in a clause about someone it names ("raised concerns with X, which has yet to reply")."""
    while token.head != token:
        if token.head in stances:
            that = any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
            return token.dep_ in ("ccomp", "xcomp") or that  # not "with X, which has yet to …"
        token = token.head
    return False


def _statement(token: Token, lemma: str) -> Detection | None:
    """The statement a token triggers, or None: the rules tried in order, the most specific
    phrasings ("could not be reached", "It is essential that …") before the verb lexicon."""
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children):
        return None  # "relatives were called in for questioning" is a summons, not a request
    if lemma in ASSERTING_VERBS and token.pos_ == "VERB":
        denial = says_it_did_not_happen(token)
        if denial is not None:
            return denial
    if lemma in CRITICISM_WORDS and token.dep_ == "oprd" and token.pos_ in ("VERB", "AUX"):
        return called_bad(token)  # "barbaric" mistagged as a verb
    if (
        lemma in COMMANDED_ACTS
        and modal_of(token) in ("must", "should")
        and (in_reported_speech(token) or (main_clause(token) and addressed_requirement(token)))
    ):
        # "said the authorities must stop harassing journalists"
        return requirement_statement(token)
    if lemma in COMMANDED_ACTS and needs_doing(token):
        return requirement_statement(token)  # "said the government needs to stop …"
    if lemma in COMMANDED_ACTS and chanted_command(token):
        slogan = requirement_statement(token)  # '"Free them now," the protesters chanted'
        return replace(slogan, agent=subject_of(token.head)) if slogan is not None else None
    own_clause = token.dep_ == "ROOT" or (token.dep_ == "conj" and token.head.dep_ == "ROOT")
    own_clause = own_clause or (token.dep_ == "acl" and token.head.i == token.sent.start + 1)
    own_clause = own_clause or (token.dep_ == "ccomp" and token.i < token.head.i)  # "X was
    # detained lawfully, his family was informed …": a first clause hung on the next
    if own_clause and token.pos_ in ("VERB", "AUX") and own_voice_rebuttal(token):
        return Detection(  # a ministry's "All detainees are treated in accordance with the law"
            "statement", "deny", token, speaker_is_agent=True, confidence=0.65
        )
    if (
        (lemma in HARMFUL_ACTS | SUFFERING_VERBS or token.pos_ == "VERB")
        and token.dep_ == "ROOT"
        and nobody_harmed(token)
    ):
        return Detection(  # a rebuttal's "No detainee has been beaten", "No one is imprisoned …"
            "statement",
            "deny",
            token,
            target=child_with(token, "nsubjpass", "nsubj"),
            speaker_is_agent=True,
            confidence=0.65,
        )
    made = lemma in FABRICATING or token.lower_ in FABRICATED
    if made and is_passive(token) and not is_negated(token):
        made_up = child_with(token, "nsubjpass")
        if made_up is not None and made_up.lemma_.lower() in REPORT_NOUNS | RECORDINGS:
            return Detection(  # "These accusations are invented by smugglers," he said
                "statement", "deny", token, target=made_up, speaker_is_agent=True, confidence=0.7
            )
    if lemma in DENIAL_WORDS and (phrase := smear_phrase(token)) is not None:
        return called_false(phrase, word=token)  # "part of a smear campaign", "fake news"
    if lemma in COMMANDED_ACTS and lettered_command(token):
        return requirement_statement(token)  # a lettered recommendation: "(c) Release Ms Marrow"
    if lemma in REQUEST_NOUNS and token.pos_ == "NOUN":
        request = nominal_request(token) or renewed_request(token)
        if request is not None:
            return request  # "has yet to respond to the family's request for an inquiry"
    if lemma == "regret" and token.pos_ == "NOUN" and regret_statement(token) is not None:
        return regret_statement(token)  # "notes with regret that", "and regret that" (mistagged)
    if lemma in NEEDED and token.dep_ == "acomp" and it_is_needed(token) is not None:
        return it_is_needed(token)  # "It is essential that an impartial inquiry be held"
    if lemma == "need" and token.pos_ == "NOUN" and stressed_need(token) is not None:
        return stressed_need(token)  # "stressed the need for an independent investigation"
    if lemma in CRITICISM_WORDS and token.dep_ == "acomp" and it_is_wrong(token):
        return it_is_wrong(token)  # "It is unacceptable that people are punished for …"
    if lemma == "hold" and held_responsible(token):
        return Detection(
            "statement",
            "criticize",
            token,
            agent=subject_of(token),
            target=child_with(held_responsible(token), "nsubj"),
            confidence=0.8,
        )
    if lemma in NO_KNOWLEDGE and token.pos_ == "NOUN" and no_record_of(token):
        return Detection(
            "statement",
            "deny",
            token,
            agent=subject_of(token.head),
            target=object_of_preposition(token, "of", "about", "on") or _recorded_act_object(token),
            speaker_is_agent=True,
            confidence=0.7,
        )
    if lemma in ASSERTION_NOUNS and token.pos_ == "NOUN" and (said := asserted_denial(token)):
        return said  # "notes the State party's assertion that he took his own life"
    if lemma == "receive" and (reply := reply_not_received(token)) is not None:
        return silence_detection(  # "no reply has been received", "I never received a reply"
            token,
            agent=object_of_preposition(reply, "from") or object_of_preposition(token, "from"),
            confidence=0.75,
        )
    if lemma == "response" and token.pos_ == "NOUN" and no_response(token):
        return silence_detection(
            token,
            agent=object_of_preposition(token, "from") or object_of_preposition(token.head, "from"),
            confidence=0.75,
        )
    if lemma in NOTED_STANCES and (noting := noted_with(token)):
        verb, noted = noting  # "notes with concern that …", "notes with regret the …"
        return Detection(
            "statement",
            NOTED_STANCES[lemma],
            token,
            agent=subject_of(verb),
            target=noted,
            confidence=0.8,
        )
    verbal = token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")
    if verbal or mistagged_verb(token, lemma):
        if (
            lemma in CONCERN_WORDS
            and token.tag_ == "VBN"
            or lemma == "concern"
            and token.dep_ == "acomp"
        ):
            return concern_statement(token)
        if lemma in ACCOUNTING_ACTS and not_a_single_one(token):
            faulted = subject_of(token) if not is_passive(token) else None
            return _speaker_faults(token, faulted)  # "Not one officer has been suspended"
        if lemma in ("pretend", "ignore") and (faulted := faulted_for_pretence(token)) is not None:
            # "The authorities have spent weeks pretending this is not happening"
            return _speaker_faults(token, faulted)
        called_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
        called_out = called_out and object_of_preposition(token, "for") is not None
        if called_out and lemma == "call":  # not "called out the army" to quell a protest
            return _verb_statement(token, "criticize")  # "called out the government for …"
        if lemma == "call" and any(c.lower_ in ("for", "on", "upon") for c in token.children):
            return demand_statement(token)
        if lemma in ("take", "train") and (aimed := takes_aim_at(token)) is not None:
            return Detection(  # "took aim at the authorities for failing to protect …"
                "statement",
                "criticize",
                token,
                agent=agent_of(token),
                target=aimed,
                confidence=0.75,
            )
        if said_at_fault(token):
            return Detection(  # "said the government had turned a blind eye to the abuses"
                "statement",
                "criticize",
                token,
                agent=agent_of(token.head),
                target=subject_of(token),
                confidence=0.7,
            )
        if lemma in PRESSING_VERBS and presses_for(token):
            return demand_statement(token)  # "pressed for the release of the workers"
        if lemma in ("ask", "request") and asks_that_done(token):
            return demand_statement(token)  # "asked that the charges be dropped"
        if lemma == "want" and (wants_done(token) or wants_ended(token)):
            return demand_statement(token)  # "wants the detainees freed"
        if lemma in ("scoff", "sneer", "laugh", "push") and (mocked := scoffed_at(token)):
            return Detection(  # "scoffed at the allegations", "pushed back against the report"
                "statement", "deny", token, agent=agent_of(token), target=mocked, confidence=0.7
            )
        if lemma == "take" and (issue := took_issue_with(token)) is not None:
            return Detection(  # "took issue with the ministry's statement"
                "statement", "criticize", token, agent=agent_of(token), target=issue, confidence=0.7
            )
        if lemma in ("hit", "lash") and hits_out_at(token):
            return Detection(  # "hit out at the government over the killings"
                "statement",
                "criticize",
                token,
                agent=subject_of(token),
                target=object_of_preposition(token, "at"),
                confidence=0.75,
            )
        if lemma == "call" and calls_for_clause(token):
            return demand_statement(token)  # "called for the charges to be dropped"
        if lemma in ("ask", "press", "appeal", "implore", "request") and mentions_investigation(
            token
        ):
            return demand_statement(token)
        sought = child_with(token, "dobj") if lemma in ("seek", "request") else None
        own_request = token.dep_ != "acl"  # not "a letter … requesting the release of"
        if sought is not None and sought.lemma_.lower() in INQUIRIES:
            return demand_statement(token)  # "is seeking an independent medical examination"
        if sought is not None and sought.lemma_.lower() in REQUESTED_NOUNS and own_request:
            return demand_statement(token)  # "sought his immediate release"
        if lemma == "regret" and (child_with(token, "ccomp", "dobj") or that_clause(token)):
            return regret_statement(token)  # "regretted that the State had not …"
        asking = ("ask", "press", "implore", "petition", "plead", "beg", "request")
        if lemma in asking and asks_to_act(token):
            return demand_statement(token)  # "asked the ministry to stop the deportations"
        if lemma in REJECTING_VERBS and object_is_report(token):
            return _verb_statement(token, "deny")  # "rebuffed the allegations"
        if lemma == "do" and token.dep_ == "ROOT" and said_failed(token):
            # a report's own "officials have done nothing to stop the attacks"
            return _speaker_faults(token, subject_of(token), confidence=0.65)
        if lemma in ("fail", "do") and said_failed(token):
            speaker = token.head
            return Detection(  # "said the ministry had failed to act on complaints"
                "statement",
                "criticize",
                token,
                agent=agent_of(speaker),
                target=subject_of(token),
                confidence=0.7,
            )
        if lemma == "recommend" and recommends_redress(token):
            # a treaty body's "recommends that the State party release …"
            return demand_statement(token)
        if lemma == "take" and taken_to_task(token):
            return _verb_statement(token, "criticize")  # "took the government to task"
        brushed = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")}
        brushed &= {"off", "aside"}
        if lemma in ("brush", "wave", "shrug") and brushed and object_is_report(token):
            return _verb_statement(token, "deny")  # "brushed off the findings"
        if token.lower_ in DENIAL_WORDS and token.dep_ in ("ccomp", "oprd"):
            return called_false(token)  # "called the reports fabricated" (parsed as a verb)
        if (
            lemma in STAYING
            and {c.lower_ for c in token.children} & SILENT_WORDS
            and not blamed_for(token)
            and not told_to_keep_quiet(token)  # "warned her to keep quiet": intimidation
            and not said_by_witness(token)  # "After that I kept quiet"
        ):
            silent = next(c for c in token.children if c.lower_ in SILENT_WORDS)
            about = object_of_preposition(silent, "about", "on", "over") or object_of_preposition(
                token, "about", "on", "over"
            )
            return silence_detection(token, agent=subject_of(token), target=about, confidence=0.85)
        if lemma in ("decline", "refuse") and declines_requests(token):
            return silence_detection(  # "declined requests for an interview"
                token, agent=subject_of(token), confidence=0.8
            )
        if lemma == "confirm" and neither_confirms_nor_denies(token):
            return silence_detection(  # "would neither confirm nor deny the arrests"
                token, agent=subject_of(token), target=child_with(token, "dobj"), confidence=0.8
            )
        if lemma in ANSWERING | {"make"} and token.dep_ == "xcomp" and is_yet_to(token.head):
            if gives_answer(token):  # "has yet to make any public statement on the case"
                answer = child_with(token, "dobj")
                return replace(
                    no_public_statement(token),
                    target=object_of_preposition(answer, "on", "about", "over"),
                )
        intending = lemma in UNINTENDING or (lemma == "go" and token.tag_ == "VBG")
        if intending and is_negated(token) and xcomp_lemma(token) in SILENCE_VERBS:
            return silence_detection(  # "does not intend to comment further"
                token, agent=subject_of(token), confidence=0.8
            )
        if lemma in REFUSING and details_withheld(token):
            return silence_detection(  # "declined to give further details"
                token, agent=subject_of(token), confidence=0.8
            )
        if lemma == "know" and (asked_about := knows_nothing_of(token)) is not None:
            return stance_detection(  # "the officers told her they knew nothing about her son"
                "deny", token, agent_of(token), asked_about, False
            )
        if lemma == "lie" and (liar := accused_of_lying(token)) is not None:
            if token.dep_ == "ccomp" and token.head.lemma_.lower() in ASSERTING_VERBS:
                return stance_detection(  # "I say they are lying"
                    "criticize", token, agent_of(token.head), liar, False
                )
            return _speaker_faults(token, liar)  # '"They lied to my face," she said'
        if token.dep_ == "ROOT" and (owner := account_discredited(token)) is not None:
            return _speaker_faults(token, owner)  # "The government's account is not credible"
        if lemma == "hear" and (asked_about := never_heard_of(token)) is not None:
            return stance_detection(  # "the officer told me they had never heard of him"
                "deny", token, agent_of(token.head), asked_about, False
            )
        if lemma == "have" and nothing_to_add(token):
            return silence_detection(  # "I have nothing further to add"
                token, agent=subject_of(token), confidence=0.75
            )
        if lemma in REFUSING and xcomp_lemma(token) in SILENCE_VERBS:
            if whereabouts_withheld(token) or custody_unacknowledged(token):
                return None  # "refused to say where they are": a concealment, not silence
            if token.tag_ == "VBG" and token.head.lower_ == "for":
                return None  # "criticised the Government for failing to respond": criticism only
            if raised_money(child_with(token, "xcomp")) or refused_under_questioning(token):
                return None  # "after their relatives failed to raise the money"
            return silence_detection(token, agent=subject_of(token), confidence=0.85)
        if (
            lemma in SILENCE_VERBS
            and is_negated(token)
            and not told_to_keep_quiet(token)
            and not withheld_detail(token)
            and not custody_unacknowledged(token)
            and not under_regret(token)
            and not raised_money(token)
            and not private_contact(token)  # "has not spoken to him since May"
            and not detail_left_out(token)  # "did not say how many were arrested"
        ):
            return no_public_statement(token)
        if lemma in ANSWERING_VERBS and answered_by_none(token):
            return no_public_statement(token)  # "Neither has responded"
        if lemma in ("receive", "get") and (unanswered := written_without_answer(token)):
            # "had written twice to the mayor's office without receiving an answer"
            return silence_detection(token, agent=unanswered, confidence=0.75)
        if (
            lemma in ("return", "answer")
            and is_negated(token)
            and left_unanswered(token)
            and not blamed_for_silence(token)
        ):
            return silence_detection(  # "did not return calls seeking comment"
                token, agent=subject_of(token), confidence=0.8
            )
        if lemma in ANSWERING and is_negated(token) and gives_answer(token):
            return silence_detection(  # "the authorities have still not provided any answer"
                token,
                agent=agent_of(token),
                target=object_of_preposition(child_with(token, "dobj"), "on", "about", "to"),
                confidence=0.8,
            )
        if lemma == "say" and said_nothing(token):
            nothing = child_with(token, "dobj")
            return silence_detection(  # "has so far said nothing about the detentions"
                token,
                agent=agent_of(token),
                target=object_of_preposition(nothing, "about", "on", "over"),
                confidence=0.8,
            )
        if lemma == "ignore" and left_unanswered(token) and not blamed_for_silence(token):
            return silence_detection(  # "ignored requests for comment"
                token, agent=subject_of(token), confidence=0.75
            )
        if lemma == "reach" and is_negated(token) and could_not_be_reached(token):
            return silence_detection(  # "could not be reached for comment"
                token, agent=subject_of(token), confidence=0.8
            )
        if lemma == "fear" and fears_for_safety(token):
            return Detection(  # "feared for the safety of their client"
                "statement",
                "express_concern",
                token,
                agent=agent_of(token),
                target=object_of_preposition(token, "for"),
                confidence=0.75,
            )
        if lemma in STAYING and blamed_for(token):
            return None  # "criticised X for remaining silent" is the criticism only
        if lemma in SILENCE_VERBS and token.dep_ == "xcomp" and is_yet_to(token.head):
            return no_public_statement(token)
        if lemma in VERB_STATEMENTS:
            if lemma == "insist" and not insists_on_action(token):
                return None  # "insisted that the evictions were lawful" asserts, not demands
            if lemma in ("demand", "urge", "insist", "appeal"):
                return demand_statement(token)
            return _verb_statement(token, VERB_STATEMENTS[lemma])
        return None
    if lemma in RESPONSE_NOUNS and token.pos_ == "NOUN" and none_given(token):
        head = token.head
        agent = object_of_preposition(token, "from") or (
            subject_of(head) if head.lemma_.lower() != "be" else None
        )
        if agent is not None:  # "there was no statement on the website" names no one
            about = object_of_preposition(token, "on", "about", "over") or object_of_preposition(
                head, "on", "about", "over"
            )
            return (
                silence_detection(  # "has made no comment", "there has been no official reaction"
                    token, agent=agent, target=about, confidence=0.75
                )
            )
    if lemma == "nothing" and said_nothing_wrong(token):
        return Detection(  # 'I said nothing illegal', 'he did nothing wrong'
            "statement",
            "deny",
            token,
            agent=subject_of(token.head),
            speaker_is_agent=True,
            confidence=0.7,
        )
    if lemma == "truth" and no_truth_in_reports(token):
        return Detection(  # 'said there was "no truth" in the reports'
            "statement",
            "deny",
            token,
            target=object_of_preposition(token, "in", "to"),
            speaker_is_agent=True,
            confidence=0.75,
        )
    unavailable = lemma == "unavailable" or (lemma == "available" and is_negated(token.head))
    if unavailable and for_comment(token):
        return silence_detection(  # "was not immediately available for comment"
            token, agent=subject_of(token.head), confidence=0.8
        )
    if token.pos_ == "ADJ" and lemma in {
        "concerned",
        "alarmed",
        "troubled",
        "worried",
        "disturbed",
        "dismayed",
        "appalled",
        "horrified",
        "shocked",
    }:
        return concern_statement(token)
    if token.lower_ == "motivated" and token.dep_ == "oprd" and called_motivated(token):
        return called_motivated(token)  # "called the arrests politically motivated"
    denial = lemma in DENIAL_WORDS or fairy_tale(token)
    if denial and token.dep_ in ("attr", "acomp", "oprd", "pobj", "ccomp"):
        return called_false(token)
    if lemma in ("foundation", "basis", "merit") and said_groundless(token):
        return called_false(token.head, word=token)  # "the allegations were without foundation"
    if lemma == "aware" and is_negated(token.head) and knows_no_cases(token):
        return Detection(  # "said it was not aware of any such cases"
            "statement",
            "deny",
            token,
            target=object_of_preposition(token, "of"),
            speaker_is_agent=True,
            confidence=0.7,
        )
    if lemma in DENIAL_WORDS and token.dep_ == "dobj" and calls_reports(token):
        return called_false(token)  # "called the reports fabrications" (parsed as a compound)
    if lemma in DENIAL_WORDS and token.dep_ == "conj" and token.head.dep_ in ("oprd", "acomp"):
        return called_false(token.head, word=token)  # 'called the report "biased and unfounded"'
    if lemma in CRITICISM_WORDS and token.dep_ in ("oprd", "attr", "acomp", "dobj", "appos"):
        return called_bad(token)
    if lemma == "silence" and (silent := silence_faulted(token)) is not None:
        return _speaker_faults(token, silent)  # "The minister's silence is a green light …"
    if judged_pejoratively(token):
        return called_bad(token)  # 'called the amnesty "a cynical gesture"'
    if lemma in BLOW_WORDS and token.dep_ in ("oprd", "appos") and harms_something(token):
        called = called_bad(token)  # 'called the verdict "a grave blow to the independence …"'
        return replace(called, type="condemn") if called is not None else None
    if lemma == "critical" and token.dep_ == "acomp" and (faulted := critical_of(token)):
        return Detection(  # "The committee is critical of the State party's failure"
            "statement",
            "criticize",
            token,
            agent=subject_of(token.head),
            target=faulted,
            confidence=0.75,
        )
    if token.lower_ in WORRYING_WORDS and token.dep_ == "oprd":
        return called_worrying(token)
    if lemma in CRITICISM_WORDS and token.dep_ == "conj" and token.head.dep_ == "oprd":
        if token.head.lemma_.lower() not in CRITICISM_WORDS:  # one claim for "cruel and unlawful"
            return called_bad(token.head)  # 'called the pushbacks "unjustified and cruel"'
    if token.pos_ == "NOUN":
        if lemma in CONCERN_NOUNS and token.head.lemma_.lower() in (
            "express",
            "voice",
            "raise",
            "share",
            "reiterate",
        ):
            return stance_noun(token, "express_concern")
        if lemma == "condemnation" and token.head.lemma_.lower() in ("express", "issue", "voice"):
            return stance_noun(token, "condemn")
        if lemma in ("condemnation", "criticism") and token.head.lemma_.lower() in DRAWING_VERBS:
            return drawn_stance(token)
        if lemma in ("reason", "evidence", "proof", "basis", "grounds") and any(
            c.lower_ == "no" for c in token.children
        ):
            return no_reason(token)
    return None


# What an actor is faulted for not doing: deploring a failure criticises, it condemns no act.
FAILINGS = frozenset(
    {"failure", "silence", "inaction", "refusal", "unwillingness", "reluctance", "inability"}
)


def _speaker_faults(token: Token, faulted: Token | None, confidence: float = 0.7) -> Detection:
    """A criticism in the speaker's own words ("not one officer has been suspended", "the
    minister's silence is a green light"): whoever says the sentence takes the stance."""
    return Detection(
        "statement",
        "criticize",
        token,
        target=faulted,
        speaker_is_agent=True,
        confidence=confidence,
    )


def _verb_statement(token: Token, stype: str) -> Detection | None:
    """A statement made with a statement verb ("condemned", "denied"), unless hypothetical,
    intended, a stance not taken or a right withheld ("denied them medical care")."""
    if is_conditional(token) or intent_governor(token) is not None:  # "called on them to condemn"
        return None
    if stype in ("condemn", "criticize") and lettered_command(token):
        return requirement_statement(token)  # a recommendation: "(d) Publicly condemn all calls …"
    if token.dep_ in ("acl", "xcomp") and token.head.lemma_.lower() in FAILINGS:
        return None  # "the failure of the ministry to condemn …": a stance not taken
    modal = modal_of(token)
    if modal in HYPOTHETICAL_MODALS:
        return None
    negated = is_negated(token)
    if negated and stype in ("condemn", "criticize"):
        return no_public_statement(token)
    agent = agent_of(token)
    if lemma_of(token) == "accuse" and is_passive(token) and child_with(token, "agent") is None:
        return None  # "X has been accused of …" by no one named: an allegation, not a statement
    if agent is None and lemma_of(token) == "accuse":
        return None
    if agent is None and tacked_onto_report(token):
        agent = subject_of(token.head.head)  # "said 11 people had been detained and denied …"
    if token.dep_ == "acl" and token.tag_ == "VBN" and stype == "criticize":
        return None  # "two men accused of blasphemy": who the men are, not anyone's statement
    target = target_of(token)
    if modal in ("should", "must"):
        return Detection(
            "statement", "demand", token, target=target, speaker_is_agent=True, confidence=0.7
        )
    if stype == "deny" and child_with(token, "dative") is not None:
        return None  # "denied them medical care" withholds, it does not deny a claim
    if stype == "deny" and child_with(token, "nsubjpass") is not None:
        withheld = child_with(token, "nsubjpass")
        if withheld is not None and withheld.lemma_.lower() not in REPORT_NOUNS:
            return None  # "the prisoners were denied food"; "the claims were denied" stays
    if stype == "deny" and target is not None and target.lemma_.lower() in DENIED_RIGHTS:
        return None  # "held and denied access to lawyers" withholds a right, not a claim
    if stype == "deny" and target is None:
        target = child_with(token, "ccomp")
    failing = child_with(token, "dobj")
    if stype == "condemn" and failing is not None and failing.lemma_.lower() in FAILINGS:
        stype = "criticize"  # "deplored the failure of the ministry to condemn": an actor faulted
        target = object_of_preposition(failing, "of") or child_with(failing, "poss") or target
    return stance_detection(stype, token, agent, target, negated)


# A cheap first test on the lemma; the tagger's wrong lemmas are often the word itself.
HARMFUL_ACTS = (VERB_EVENTS.keys() | HARMED | LEMMA_FIXES.keys()) - NOT_ABUSES


def _recorded_act_object(record: Token) -> Token | None:
    """Whom an authority has "no record of detaining": the object of the act after "of"."""
    of = next((c for c in record.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    act = child_with(of, "pcomp") if of is not None else None
    return child_with(act, "dobj") if act is not None else None
