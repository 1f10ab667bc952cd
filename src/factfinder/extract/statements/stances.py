"""Stance rules: condemnation, criticism and concern, said outright or by judging words."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events import (
    NOUN_EVENTS,
    Detection,
    is_conditional,
    is_negated,
    is_passive,
    modal_of,
)
from factfinder.extract.statements.clauses import (
    agent_of,
    is_noting,
    judged_clause,
    that_clause,
    xcomp_lemma,
)
from factfinder.extract.statements.lexicon import (
    ADDRESSEES,
    ASSERTING_VERBS,
    OFFICIALS,
    REPORT_NOUNS,
    REQUEST_VERBS,
    SILENCE_VERBS,
    VERB_STATEMENTS,
)
from factfinder.extract.statements.silence import no_public_statement

SLAUGHTER_WORDS = frozenset({"massacre", "bloodbath", "slaughter", "atrocity"})
# What a regret is expressed at when it criticises someone's words or decision.
REGRETTED_WORDS = REPORT_NOUNS | {"decision", "resolution", "remark", "comment"}


def blamed_for(verb: Token) -> bool:
    """ "criticised the partners for remaining silent": silence as the object of blame."""
    prep = verb.head if verb.dep_ == "pcomp" else None
    return prep is not None and prep.lower_ == "for" and prep.head.lemma_.lower() in VERB_STATEMENTS


def regret_statement(regret: Token) -> Detection | None:
    """ "The Committee regrets that the State party did not provide information", "notes
    with regret that": criticism of whoever the regretted clause is about."""
    clause = child_with(regret, "ccomp") or child_with(regret, "acl") or that_clause(regret)
    holder = regret
    if clause is None and regret.head.lower_ == "with":  # "notes with regret that …"
        holder = regret.head.head
        clause = child_with(holder, "ccomp")
    regretted = object_of_preposition(regret, "at", "over", "about")
    if clause is None and regretted is not None and regret.head.lemma_.lower() == "express":
        if regretted.lemma_.lower() in REGRETTED_WORDS:  # "regret at the statement issued by"
            return Detection(
                "statement",
                "criticize",
                regret,
                agent=agent_of(regret.head),
                target=regretted,
                confidence=0.75,
            )
    if clause is None and regret.pos_ == "NOUN":
        return None  # "to our regret", "a regret": no stance stated
    if is_conditional(holder) or modal_of(holder) not in (None, "past"):
        return None
    target = subject_of(clause) if clause is not None else child_with(regret, "dobj")
    if target is not None and (
        target.lower_ in ("they", "we", "i", "she", "he")
        or any(c.lower_ == "no" for c in target.children)
    ):
        target = None  # "regret that they have not received a reply", "that no reply came"
    agent = agent_of(holder) if holder != regret else agent_of(regret)
    return Detection("statement", "criticize", regret, agent=agent, target=target, confidence=0.8)


def it_is_wrong(word: Token) -> Detection | None:
    """ "It is unacceptable that people are punished": the act so judged is condemned; an
    actor's conduct so judged ("that the government has not responded"), or anything called
    regrettable ("that the organisation chose not to contact us"), is criticised."""
    clause = judged_clause(word)
    if clause is None:
        return None
    actor = subject_of(clause)
    faulted = actor is not None and (
        actor.lemma_.lower() in ADDRESSEES | OFFICIALS or actor.ent_type_ in ("ORG", "GPE")
    )
    regretted = word.lemma_.lower() in ("regrettable", "lamentable")  # regret criticises
    stype = "criticize" if faulted or regretted else "condemn"
    return Detection(
        "statement",
        stype,
        word,
        target=actor if faulted or regretted else clause,
        speaker_is_agent=True,
        confidence=0.7,
    )


def held_responsible(hold: Token) -> Token | None:
    """ "We hold the ministry responsible for …": blame, a criticism of the ministry.

    "demanded that those responsible be held accountable", "called on the Government … to
    ensure that the governor is held accountable" ask for justice; they blame no one.
    """
    asking = REQUEST_VERBS | {"ensure", "guarantee"}
    if is_passive(hold) and any(a.lemma_.lower() in asking for a in hold.ancestors):
        return None
    for child in hold.children:
        if child.lower_ in ("responsible", "accountable") and child.dep_ in (
            "ccomp",
            "oprd",
            "acomp",
            "xcomp",
        ):
            return child
    return None


def concern_statement(token: Token) -> Detection | None:
    """ "expressed concern", "is alarmed by", "deeply troubled over": a stance of concern, with
    who holds it and what it is about."""
    if is_conditional(token) or modal_of(token) not in (None, "past"):
        return None
    if _in_question(token):
        return None
    holder = token.head if token.dep_ == "acomp" else token
    agent = subject_of(holder)
    target = object_of_preposition(token, "about", "over", "at", "by", "that")
    if target is None:
        target = object_of_preposition(holder, "about", "over", "at", "by")
    negated = is_negated(holder)
    return Detection(
        "statement",
        "express_concern",
        token,
        agent=agent,
        target=target,
        negated=negated,
        speaker_is_agent=True,
        confidence=0.8,
    )


def _in_question(concerned: Token) -> bool:
    """ "the individuals concerned", "the person concerned": "concerned" right after a noun
    and with nothing of its own means "in question", no one's concern."""
    after_noun = concerned.dep_ in ("acl", "amod") and concerned.i == concerned.head.i + 1
    return after_noun and concerned.n_lefts + concerned.n_rights == 0


def stance_noun(token: Token, stype: str) -> Detection | None:
    """ "expressed concern about", "voiced condemnation of": a stance stated as a noun; negated,
    it is silence."""
    verb = token.head
    if is_conditional(verb) or modal_of(verb) not in (None, "past"):
        return None
    if is_negated(verb):
        return no_public_statement(verb)
    if _told_before(token):
        return None
    target = (
        object_of_preposition(token, "about", "over", "at", "for", "of")
        or object_of_preposition(verb, "about", "over", "at")
        or child_with(token, "acl", "ccomp")
    )
    return Detection(
        "statement", stype, token, agent=agent_of(verb), target=target, confidence=0.85
    )


# Words by which a stance noun points back to a stance already told: "raised these
# concerns with the Government", "have raised their concerns with the Governments".
BACK_POINTERS = frozenset({"these", "those", "their", "its", "such", "his", "her"})


def _told_before(stance: Token) -> bool:
    """ "The Special Rapporteur has raised these concerns with the Government": a stance told
    earlier, now passed on to an authority, with nothing new it is about; not "expressed
    their concern about the arrests"."""
    if not any(c.lower_ in BACK_POINTERS for c in stance.children):
        return False
    about = object_of_preposition(stance, "about", "over", "at", "for", "of")
    return about is None and child_with(stance, "acl", "ccomp") is None


def drawn_stance(stance: Token) -> Detection | None:
    """ "…, prompting condemnation from rights groups", "drew criticism from the UN": others'
    stance on what the subject did, by whoever it came from."""
    verb = stance.head
    source = object_of_preposition(stance, "from") or object_of_preposition(verb, "from")
    if source is None or is_conditional(verb) or is_negated(verb):
        return None  # "drew condemnation" from no one named: the writer's summary
    stype = "condemn" if stance.lemma_.lower() == "condemnation" else "criticize"
    return Detection(
        "statement", stype, stance, agent=source, target=subject_of(verb), confidence=0.7
    )


def said_failed(verb: Token) -> bool:
    """ "said the ministry had failed to act", "said police had done nothing to stop it": a
    speaker faulting an institution for inaction (not "failed to comment", which is silence)."""
    own_voice = verb.dep_ == "ROOT" and did_nothing_to_stop(verb)
    speaking = ASSERTING_VERBS | QUESTIONING  # "questioned why police had done nothing"
    if not own_voice and (verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in speaking):
        return False
    if is_negated(verb) or modal_of(verb) not in (None, "past"):
        return False
    failing = subject_of(verb)
    if failing is None or not (
        failing.lemma_.lower() in ADDRESSEES | {"authority", "official", "prosecutor", "court"}
        or failing.ent_type_ in ("ORG", "GPE")
    ):
        return False
    if verb.lemma_.lower() == "do":
        nothing = child_with(verb, "dobj")
        return nothing is not None and nothing.lower_ in ("nothing", "little")
    return xcomp_lemma(verb) not in SILENCE_VERBS and child_with(verb, "xcomp") is not None


# Verbs of asking by which a speaker faults inaction: "questioned why the ministry had done
# nothing to stop the evictions".
QUESTIONING = frozenset({"question", "ask", "wonder"})
# Those whose conduct a speaker faults: institutions and office-holders, not private people.
FAULTABLE = frozenset(
    {"army", "military", "force", "police", "regime", "junta", "court", "judge", "prosecutor"}
    | {"official", "minister", "governor", "mayor", "president", "commander", "security"}
)


def is_institution(actor: Token | None) -> bool:
    """An authority or an office-holder ("the government", "police", "the Interior Ministry"),
    whose conduct can be faulted as a failing."""
    if actor is None:
        return False
    lemma = actor.lemma_.lower()
    return (
        lemma in ADDRESSEES | OFFICIALS | FAULTABLE
        or actor.ent_type_ in ("ORG", "GPE", "NORP")
        or lemma in ("authority", "state")
    )


# Idioms by which newswires and NGOs fault an institution's conduct: "turned a blind eye to",
# "ignored repeated warnings", "showed contempt for", "acted with impunity", "bears
# responsibility for". Each is (verb lemma, object or preposition-object lemmas).
FAULT_IDIOMS: dict[str, frozenset[str]] = {
    "turn": frozenset({"eye", "ear"}),  # "turned a blind eye", "turned a deaf ear"
    # not "ignored requests for comment", "ignored our letters": silence (silence.py)
    "ignore": frozenset({"warning", "concern", "ruling", "order", "recommendation", "evidence"}),
    "show": frozenset({"contempt", "disregard", "disdain"}),
    "display": frozenset({"contempt", "disregard", "disdain"}),
    "act": frozenset({"impunity"}),
    "operate": frozenset({"impunity"}),
    "bear": frozenset({"responsibility", "blame"}),
    "flout": frozenset({"law", "ruling", "order", "obligation", "right", "standard", "norm"}),
    "disregard": frozenset({"ruling", "order", "law", "obligation", "warning", "right"}),
}


def said_at_fault(verb: Token) -> bool:
    """ "said the government had turned a blind eye to the abuses", "critics say police act
    with impunity": a speaker faulting an institution in one of the idioms of blame."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ASSERTING_VERBS:
        return False
    if is_negated(verb) or is_conditional(verb) or modal_of(verb) not in (None, "past"):
        return False
    objects = FAULT_IDIOMS.get(verb.lemma_.lower())
    if objects is None or not is_institution(subject_of(verb)):
        return False
    held = [child_with(verb, "dobj"), object_of_preposition(verb, "with", "for")]
    return any(h is not None and h.lemma_.lower() in objects for h in held)


# What an actor is faulted for ignoring when a text says it ignores it: evidence put
# before it, not requests for comment (silence), warnings in a story or a traffic light.
IGNORED = frozenset({"evidence", "information", "fact", "finding", "testimony"})
# Stances whose content a pretence or an ignoring may be: "criticised the government for
# ignoring a court order", "alarmed that the authorities have ignored complaints" (one claim).
HOLDING_STANCES = VERB_STATEMENTS.keys() | frozenset(
    {"concern", "alarm", "regret", "trouble", "worry", "concerned", "alarmed", "troubled"}
    | {"worried", "disturbed", "dismayed"}
)
# Who is faulted for ignoring or pretending: anyone but the speaker or the one addressed.
SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})


def faulted_for_pretence(verb: Token) -> Token | None:
    """ "The authorities have spent weeks pretending this is not happening", "until it could
    no longer pretend", "should stop pretending", "The Rapporteur chose to ignore this
    information", "her answer ignores the evidence": an actor faulted, in the speaker's own
    words, for pretending or for ignoring what was put before it; returns that actor."""
    lemma = verb.lemma_.lower()
    if lemma == "ignore":
        ignored = child_with(verb, "dobj")
        if ignored is None or ignored.lemma_.lower() not in IGNORED:
            return None
    elif lemma != "pretend" or verb.pos_ != "VERB":
        return None
    if is_conditional(verb) or any(a.lemma_.lower() in HOLDING_STANCES for a in verb.ancestors):
        return None
    spent = verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "spend"
    actor = subject_of(verb.head if spent else verb)  # "have spent weeks pretending"
    if actor is None or actor.lower_ in SPEAKER_PRONOUNS:
        return None
    if lemma == "pretend" and not (is_institution(actor) or actor.lower_ in ("it", "they")):
        return None  # "the boy pretended to be asleep"
    return actor


def silence_faulted(silence: Token) -> Token | None:
    """ "The minister's silence is a green light for violence", "the Government's answer has
    been silence", "the silence of those who could stop them": an actor's silence judged,
    a criticism of the actor (not "a minute of silence", "months of silence"); returns the
    actor, or None."""
    if silence.lemma_.lower() != "silence" or silence.pos_ != "NOUN":
        return None
    if any(a.lemma_.lower() in HOLDING_STANCES for a in silence.ancestors):
        return None  # "criticised the government for its silence": that criticism only
    owner = child_with(silence, "poss") or object_of_preposition(silence, "of")
    if owner is None and silence.dep_ == "attr":  # "the Government's answer has been silence"
        answer = child_with(silence.head, "nsubj")
        owner = child_with(answer, "poss") if answer is not None else None
    if owner is None or owner.lower_ in ("its", "their", "his", "her", "my", "our"):
        return None
    return owner


# Acts by which culprits are held to account, whose emphatic absence faults the authority.
ACCOUNTING_ACTS = frozenset(
    {"suspend", "charge", "prosecute", "investigate", "convict", "punish", "discipline"}
    | {"sanction", "indict", "dismiss", "fire", "open"}
)
# What "open" must open to hold anyone to account: "has not opened a single case".
OPENED_CASES = frozenset({"case", "investigation", "inquiry", "probe", "proceeding"})


def not_a_single_one(verb: Token) -> bool:
    """ "not one officer has been suspended", "the prosecutor's office has not opened a single
    case": the emphatic "not one", "not a single" of an advocate faulting an authority for
    holding no one to account (a plain "no one has been charged" reports; it faults no one)."""
    lemma = verb.lemma_.lower()
    if lemma not in ACCOUNTING_ACTS or is_conditional(verb):
        return False
    emphatic = [
        arg
        for arg in verb.children
        if arg.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(
            (c.dep_ == "amod" and c.lower_ == "single")
            or (c.dep_ == "nummod" and c.lower_ == "one")
            for c in arg.children
        )
    ]
    if not emphatic or not any(c.dep_ == "neg" for a in (verb, *emphatic) for c in a.children):
        return False
    return lemma != "open" or any(a.lemma_.lower() in OPENED_CASES for a in emphatic)


def took_issue_with(take: Token) -> Token | None:
    """ "took issue with the ministry's statement": what the speaker disputes and faults."""
    issue = child_with(take, "dobj")
    if issue is None or issue.lower_ != "issue" or is_negated(take) or is_conditional(take):
        return None
    return object_of_preposition(take, "with") or object_of_preposition(issue, "with")


def critical_of(critical: Token) -> Token | None:
    """ "is critical of the State party's failure", "were sharply critical of the police"
    (not "in a critical condition"): who or what is faulted."""
    holder = critical.head
    if is_negated(holder) or is_conditional(holder) or modal_of(holder) not in (None, "past"):
        return None
    faulted = object_of_preposition(critical, "of")
    if faulted is not None and faulted.lemma_.lower() in FAILINGS_OF:
        return object_of_preposition(faulted, "of") or child_with(faulted, "poss") or faulted
    return faulted


# What an actor is faulted for failing at, whose owner is the one criticised.
FAILINGS_OF = frozenset({"failure", "refusal", "inaction", "silence", "handling", "response"})


def takes_aim_at(take: Token) -> Token | None:
    """ "took aim at the authorities for …": who the idiom of criticism is aimed at; a
    sniper who "took aim at protesters" criticises no one."""
    aim = child_with(take, "dobj")
    if aim is None or aim.lemma_.lower() != "aim":
        return None
    aimed = object_of_preposition(take, "at") or object_of_preposition(aim, "at")
    faulted_for = object_of_preposition(take, "for", "over") is not None
    return aimed if is_institution(aimed) or faulted_for else None  # not "at protesters"


# What those in charge are faulted for not doing: "have done nothing to stop the attacks".
PROTECTING = frozenset({"stop", "prevent", "protect", "halt", "end", "investigate", "punish"})


def did_nothing_to_stop(verb: Token) -> bool:
    """ "Regional officials have done nothing to stop the attacks": a report faulting, in its
    own voice, those in charge for doing nothing against abuse."""
    nothing = child_with(verb, "dobj")
    purpose = child_with(nothing, "relcl", "acl") if nothing is not None else None
    purpose = purpose or child_with(verb, "xcomp", "advcl")
    return (
        verb.lemma_.lower() == "do"
        and nothing is not None
        and nothing.lower_ in ("nothing", "little")
        and purpose is not None
        and purpose.lemma_.lower() in PROTECTING
    )


def taken_to_task(take: Token) -> bool:
    """ "took the government to task for its silence"."""
    task = object_of_preposition(take, "to")
    return task is not None and task.lower_ == "task"


def blamed_for_silence(verb: Token) -> bool:
    """ "criticised the Government for ignoring requests": the criticism is the claim."""
    return verb.tag_ == "VBG" and verb.head.lower_ == "for"


def fears_for_safety(fear: Token) -> bool:
    """ "fears for the safety of", "feared for his life": concern for someone's safety."""
    feared = object_of_preposition(fear, "for")
    return feared is not None and feared.lemma_.lower() in ("safety", "life", "well-being", "fate")


def called_bad(word: Token) -> Detection | None:
    """ "called the verdict a travesty", "said the sentences were unacceptable": criticism of
    what is so called, by the one who calls it so."""
    verb = word.head.head if word.dep_ == "appos" else word.head  # 'the verdict "a travesty"'
    said = (
        verb.lemma_.lower() == "be"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in ASSERTING_VERBS
        and not is_negated(verb)
    )
    if said:  # "The spokesperson said the sentences were unacceptable"
        about = child_with(verb, "nsubj")
        if about is None or about.pos_ not in ("NOUN", "PROPN") or word.dep_ != "acomp":
            return None  # 'said holding people incommunicado "is a crime"': a general truth
        verb, named = verb.head, about
    elif verb.lemma_.lower() not in ("call", "describe", "brand", "label", "term"):
        return None
    else:
        named = None
    if is_conditional(verb):
        return None
    about = named or next((c for c in verb.children if c.dep_ == "dobj" and c != word), None)
    if about is None:  # 'called the shelling "a massacre"', parsed as "shelling massacre"
        about = next((c for c in word.children if c.dep_ == "amod" and c.pos_ == "NOUN"), None)
    if about is None:
        return None
    stype = "criticize"
    if about.lemma_.lower() in REPORT_NOUNS - {"statement"}:
        # "called the accusations shameful"; an official's statement called "an insult to
        # our intelligence" is faulted as said, not denied as a report of abuse
        stype = "deny"
    elif about.lemma_.lower() in NOUN_EVENTS or about.lemma_.lower() == "treatment":
        stype = "condemn"  # "called the expulsions a crime": the act is condemned
    elif word.lemma_.lower() in SLAUGHTER_WORDS:
        stype = "condemn"  # 'called the shelling "a massacre"': a killing condemned by name
    elif _act_of_reprisal(word):
        stype = "condemn"  # 'called the dismissal "a cowardly act of revenge"': an abuse
    return Detection("statement", stype, word, agent=agent_of(verb), target=about, confidence=0.75)


# Words that judge an act or a decision when it is called "a cynical gesture", "a cowardly
# act", "an insult to our intelligence", "a sham" (acts of revenge: REPRISAL_WORDS).
PEJORATIVE_MODIFIERS = frozenset(
    {"cynical", "cowardly", "crude", "blatant", "brazen", "shameless", "callous", "vindictive"}
    | {"grotesque", "heinous", "vile", "hypocritical", "flagrant", "clumsy", "cheap"}
)
PEJORATIVE_NOUNS = frozenset(
    {"insult", "sham", "charade", "whitewash", "stunt", "vendetta", "smokescreen"}
)
# "a crude attempt to silence independent reporting", "a bid to intimidate the families":
# an act called a means of repression.
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "effort", "ploy", "tactic", "move"})
SUPPRESSING = frozenset(
    {"silence", "muzzle", "gag", "intimidate", "punish", "suppress", "stifle", "crush"}
    | {"discredit", "terrorise", "terrorize", "scare", "deflect", "distract", "whitewash"}
)


def judged_pejoratively(word: Token) -> bool:
    """A noun phrase that judges what it names, as the predicate of "called X …": "a cynical
    gesture", "a cowardly act of revenge", "an insult to our intelligence", "a crude attempt
    to silence independent reporting" (not "a first step", "a welcome move")."""
    if word.pos_ != "NOUN" or word.dep_ not in ("oprd", "appos"):
        return False
    lemma = word.lemma_.lower()
    if lemma in PEJORATIVE_NOUNS or _act_of_reprisal(word):
        return True
    if any(c.dep_ == "amod" and c.lower_ in PEJORATIVE_MODIFIERS for c in word.children):
        return True
    purpose = child_with(word, "acl")
    return lemma in ATTEMPT_NOUNS and purpose is not None and purpose.lemma_ in SUPPRESSING


# What an act is called when it is named a punishment for speaking out.
REPRISAL_WORDS = frozenset({"revenge", "reprisal", "retaliation", "retribution", "vengeance"})


def _act_of_reprisal(word: Token) -> bool:
    """ "a cowardly act of revenge", "a reprisal": an act denounced as punishment of its
    victim, whatever act it is (a dismissal, an eviction)."""
    named = object_of_preposition(word, "of") if word.lemma_.lower() == "act" else word
    return named is not None and named.lemma_.lower() in REPRISAL_WORDS


def harms_something(blow: Token) -> bool:
    """ "a blow to the independence of lawyers", "an attack on press freedom"."""
    if object_of_preposition(blow, "to", "on", "against") is not None:
        return True
    after = blow.nbor(1) if blow.i + 1 < len(blow.doc) else None
    return after is not None and after.lower_ in ("to", "on", "against")  # "to press" as a verb


def hits_out_at(hit: Token) -> bool:
    """ "hit out at the government", "lashed out at the minister": the idiom of criticism,
    not a blow."""
    return any(c.lower_ == "out" for c in hit.children) and any(
        c.lower_ == "at" for c in hit.children
    )


def called_worrying(word: Token) -> Detection | None:
    """'The UN called the killings "deeply disturbing"': concern about what is so called."""
    verb = word.head
    if verb.lemma_.lower() not in ("call", "describe") or is_conditional(verb):
        return None
    about = child_with(verb, "dobj")
    if about is None:
        return None
    return Detection(
        "statement",
        "express_concern",
        word,
        agent=agent_of(verb),
        target=about,
        confidence=0.7,
    )


def called_motivated(word: Token) -> Detection | None:
    """'called the arrests "politically motivated"': the acts are denounced (condemn);
    reports so called are denied (that reading is called_false's)."""
    verb = word.head
    if verb.lemma_.lower() not in ("call", "describe", "brand") or is_conditional(verb):
        return None
    about = child_with(verb, "dobj")
    if about is None or about.lemma_.lower() in REPORT_NOUNS:
        return None
    if about.lemma_.lower() not in NOUN_EVENTS and about.lemma_.lower() not in (
        "charge",
        "sentence",
        "verdict",
        "trial",
        "prosecution",
        "case",
    ):
        return None
    return Detection(
        "statement", "condemn", word, agent=agent_of(verb), target=about, confidence=0.7
    )


# Stance nouns a treaty body or a ministry "notes with": concern, or regret that faults.
NOTED_STANCES = {
    "concern": "express_concern",
    "alarm": "express_concern",
    "dismay": "express_concern",
    "unease": "express_concern",
    "regret": "criticize",
}


def noted_with(stance: Token) -> tuple[Token, Token | None] | None:
    """ "It notes with concern information that …", "is following the situation with concern",
    "notes with regret the biased publications": a verb of noting held with a stance noun,
    however the parser hangs "with" (on the verb, on its object, or the noun as a compound of
    the object); gives the noting verb and what it notes."""
    held = stance
    if stance.dep_ == "compound" and stance.head.dep_ == "pobj":
        held = stance.head  # "with concern information": the noun read as a modifier
    with_ = held.head
    if held.dep_ != "pobj" or with_.lower_ != "with":
        return None
    verb = with_.head
    noted = child_with(verb, "dobj", "ccomp")
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "following the situation with concern"
        noted, verb = verb, verb.head
    if held is not stance:
        noted = held
    noted = noted or child_with(stance, "dobj")  # "with regret the …": "regret" read as a verb
    if not is_noting(verb) or is_negated(verb) or is_conditional(verb):
        return None
    return verb, noted


# Prepositions after "lie" that place a body or a thing, not an untruth: "lying in the street".
LYING_PLACES = frozenset({"in", "on", "at", "under", "beside", "near", "down", "low", "there"})


def accused_of_lying(lie: Token) -> Token | None:
    """ "They lied to my face", "I say they are lying": someone accused of lying is
    criticised (not "lay on the floor", "lying in the street", nor the speaker's own "I
    lied"); gives the one accused."""
    if lie.lemma_.lower() != "lie" or lie.lower_.startswith(("lay", "lain")):
        return None  # "lay" is the past of lying down
    if is_negated(lie) or is_conditional(lie) or modal_of(lie) is not None:
        return None
    if any(c.lower_ in LYING_PLACES for c in lie.children):
        return None
    liar = child_with(lie, "nsubj")
    if liar is None or liar.lower_ in ("i", "we"):
        return None
    return liar if liar.tag_ == "PRP" or liar.ent_type_ in ("PERSON", "ORG", "GPE") else None


# An actor's version of events, and what makes it unbelievable.
ACCOUNTS = frozenset({"account", "version", "explanation", "claim", "assertion", "story"})
BELIEVABLE = frozenset({"credible", "plausible", "believable", "convincing"})


def account_discredited(clause: Token) -> Token | None:
    """ "The government's account is not credible", "The authorities' claim that no one was
    harmed is contradicted by every account we gathered": an actor's version of events
    called untrue criticises that actor; gives the actor."""
    account = child_with(clause, "nsubj", "nsubjpass")
    if account is None or account.lemma_.lower() not in ACCOUNTS:
        return None
    owner = child_with(account, "poss")
    if owner is None or owner.tag_ == "PRP$":
        return None  # "his account is not credible" may be a witness's, told by a court
    quality = child_with(clause, "acomp")
    doubted = quality is not None and quality.lower_ in BELIEVABLE and is_negated(clause)
    contradicted = clause.lemma_.lower() == "contradict" and is_passive(clause)
    return owner if (doubted or contradicted) and not is_conditional(clause) else None
