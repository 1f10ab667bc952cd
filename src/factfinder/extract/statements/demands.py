"""Demand rules: calls to release, to act and to investigate, in words, nouns and clauses."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events import (
    CURRENCIES,
    PERSON_NOUNS,
    VIOLENT_CALLS,
    Detection,
    calls_for_violence,
    is_conditional,
    is_negated,
    is_passive,
    modal_of,
)
from factfinder.extract.events.people import is_person_like
from factfinder.extract.statements.clauses import (
    agent_of,
    in_reported_speech,
    judged_clause,
    stance_detection,
)
from factfinder.extract.statements.lexicon import (
    ADDRESSEES,
    COMMANDED_ACTS,
    REQUEST_VERBS,
    REQUESTED_ACTS,
    REQUESTED_NOUNS,
)

INVESTIGATION_WORDS = frozenset(
    {
        "investigation",
        "investigate",
        "inquiry",
        "enquiry",
        "probe",
        "access",
        "inquire",
        "accountability",
        "examine",
        "inquest",
        "autopsy",
        "examination",  # "an independent medical examination of his injuries"
    }
)
# Those whose access is an inquiry's, not a detainee's right: "allow UN monitors in".
MONITORS = frozenset({"monitor", "observer", "inspector"})
# What workers bargain for: demands in a labour dispute, not responses to abuses.
LABOUR_CLAIMS = frozenset({"wage", "pay", "salary", "raise", "bonus", "pension", "hour"})
MONEY_WORDS = frozenset(
    {"payment", "money", "bribe", "ransom", "fee", "sum", "cash", "dollar", "euro", "rouble"}
)
# What is "called for" that is no request to an authority: violence against a group
# (incitement, an event, or an accusation of it) and a victim's "call for help".
NOT_REQUESTS = frozenset({"elimination", "extermination", "violence", "killing", "help"})
# Verbs by which a speaker insists on a need: "stressed the need for an investigation".
STRESSING = frozenset(
    {"stress", "emphasise", "emphasize", "underline", "underscore", "reiterate", "highlight"}
)


def requested_object(call: Token, stype: str) -> Token | None:
    """What a requested act is about: "to release Mr Dresk", "to investigate the beatings"."""
    acts = _requested_acts(call)
    wanted = [a for a in acts if _asks_investigation(a) == (stype == "call_for_investigation")]
    return _act_object(wanted[0]) if wanted else None


def _act_object(act: Token) -> Token | None:
    """The object of a requested act; an inquiry's subject rather than the word "inquiry"."""
    obj = child_with(act, "dobj")
    if obj is None:  # "to reveal where he is and to release him"
        obj = next(
            (
                child_with(c, "dobj")
                for c in act.children
                if c.dep_ == "conj" and child_with(c, "dobj")
            ),
            None,
        )
    if obj is not None and obj.lemma_.lower() in INVESTIGATION_WORDS:
        return object_of_preposition(obj, "into", "of")
    return obj


def calls_for_both(call: Token) -> bool:
    """A call "to release the students and to investigate" is a demand and an investigation call."""
    asks = {_asks_investigation(a) for a in _requested_acts(call)}
    return asks == {True, False}


def _requested_acts(call: Token) -> list[Token]:
    """The acts a call asks for: "to release X and to allow monitors in", including a second
    "to …" act the parser hung inside the first one's object ("the fate of all persons
    reported missing and to open investigations")."""
    act = child_with(call, "xcomp") or next(  # 'urged viewers on Tuesday to "find and punish"'
        (c for c in call.children if c.dep_ == "advcl" and _has_to(c)), None
    )
    if act is None:
        return []
    acts = [act, *(c for c in act.children if c.dep_ == "conj")]
    acts += [
        t
        for t in act.subtree
        if (t.dep_ == "conj" or (t.dep_ == "advcl" and _listed(t)))
        and t not in acts
        and t.tag_ == "VB"
        and _has_to(t)
    ]
    return [clause for a in acts for clause in _ensured(a)]


def _listed(clause: Token) -> bool:
    """ "to put an end to X, to ensure that …": a listed act the parser hung as a clause, set
    off by a comma or "and" (not the purpose in "to set up a body to investigate abuses")."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return before is not None and before.lower_ in (",", ";", "and")


def _ensured(act: Token) -> list[Token]:
    """ "to ensure that the charges are dropped and that the threats are investigated": the
    acts to be ensured are the ones asked for, each a demand or a call for an inquiry."""
    content = child_with(act, "ccomp") if act.lemma_.lower() in ("ensure", "guarantee") else None
    others = [c for c in content.children if c.dep_ == "conj"] if content is not None else []
    return [content, *others] if content is not None and others else [act]


def _has_to(verb: Token) -> bool:
    """A verb with its own "to" ("called for X and to release Y"): a second requested act."""
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def _asks_investigation(act: Token) -> bool:
    """Whether a requested act is an inquiry ("to investigate", "to allow monitors access")
    rather than another demand."""
    obj = child_with(act, "dobj") or child_with(act, "ccomp")  # "to allow monitors access"
    own = _without_other_acts(obj) if obj is not None else []
    for given in (c for c in act.children if c.dep_ == "dative"):  # "to grant UN monitors
        own += _without_other_acts(given)  # access", the access parsed under the monitors
    words = {act.lemma_.lower()} | {t.lemma_.lower() for t in own}
    visit = any(_monitoring_visit(t) or _admitted_to_visit(t) for t in own)
    visit = visit or _admitted_to_visit(act)
    return bool(words & INVESTIGATION_WORDS) or visit


def _without_other_acts(obj: Token) -> list[Token]:
    """An act's object without a second "to …" act the parser hung inside it."""
    others = {
        t.i
        for c in obj.subtree
        if c.dep_ == "conj"
        and c.tag_ == "VB"
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for t in c.subtree
    }
    return [t for t in obj.subtree if t.i not in others]


def insists_on_action(insist: Token) -> bool:
    """ "insisted that they be freed", "insisted on access": a demand, unlike an assertion."""
    if object_of_preposition(insist, "on", "upon") is not None:
        return True
    clause = child_with(insist, "ccomp")
    if clause is None:
        return False
    base = clause.tag_ == "VB" or any(
        c.lower_ == "be" and c.dep_ in ("aux", "auxpass") for c in clause.children
    )
    base = base or (clause.tag_ == "NN" and clause.lemma_.lower() in COMMANDED_ACTS)  # "release"
    return base or modal_of(clause) in ("must", "should")


def recommends_redress(recommend: Token) -> bool:
    """ "recommends that the State party release …", "… that the law be amended": a remedy
    asked of an authority, not advice ("recommend that children sleep nine hours")."""
    clause = child_with(recommend, "ccomp")
    remedies = COMMANDED_ACTS | {"amend", "prosecute", "ratify", "adopt", "provide", "take"}
    if clause is None or clause.lemma_.lower() not in remedies:
        return False
    subjunctive = clause.tag_ in ("VB", "VBP", "NN")  # the tagger often misses the subjunctive
    return subjunctive or is_passive(clause) or modal_of(clause) == "should"


def addressed_requirement(act: Token) -> bool:
    """A requirement the text puts to someone ("The government must release them"), or
    justice for culprits ("must be held to account"); not a rule stated in passing
    ("Detainees must be brought before a judge within 48 hours")."""
    if not is_passive(act):
        return subject_of(act) is not None
    return _brought_to_justice(act) or act.lemma_.lower() in ("release", "free", "investigate")


def lettered_command(verb: Token) -> bool:
    """A bare command opening its sentence, after at most a list mark ("(c)", "-", "15.")."""
    mistagged = (  # "(c) Release all persons …", "(b) Guarantee that …" taken for nouns
        verb.tag_ == "NN"
        and verb.text[:1].isupper()
        and child_with(verb, "ccomp", "dobj", "acl") is not None
    )
    if verb.dep_ != "ROOT" or verb.sent.text.rstrip().endswith("?"):
        return False
    before = [t for t in verb.sent if t.i < verb.i]
    adverbs = [t for t in before if t.tag_ in ("RB", "CC") and t.is_alpha]
    if verb.tag_ != "VB" and not mistagged and not (verb.tag_ == "VBP" and adverbs):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return False
    # list marks first, and adverbs: "Publicly and unequivocally reject incitement …"
    return all(t.is_punct or t.like_num or len(t.text) == 1 or t in adverbs for t in before)


# Verbs that are also said of shops and doors: a demand only with what is to be closed.
CLOSING = frozenset({"close", "shut", "reopen"})


# What a web page tells its reader to close: page furniture, not a place of detention.
PAGE_PARTS = frozenset({"window", "menu", "panel", "tab", "dialog", "ad", "banner", "popup"})


def _closes_something(act: Token) -> bool:
    """ "Close all unofficial places of detention": something named to be shut or reopened,
    and no part of a web page."""
    closed = child_with(act, "dobj", "nsubjpass")
    return closed is not None and closed.lemma_.lower() not in PAGE_PARTS


def requirement_statement(act: Token) -> Detection | None:
    """ "said the authorities must stop harassing journalists", "(c) Release Ms Marrow": what
    a speaker says must be done is their demand, or their call for an investigation."""
    if is_conditional(act) or is_negated(act) or _condition_put_to_victim(act):
        return None
    accountable = is_passive(act) and _brought_to_justice(act)  # "must be held to account"
    if act.lemma_.lower() in ("hold",) and child_with(act, "dobj") is None and not accountable:
        return None
    if act.lemma_.lower() in CLOSING and not _closes_something(act):
        return None  # "the shop must close by six", "Close this window": no redress
    if act.lemma_.lower() == "resign" and child_with(act, "dobj") is not None:
        return None  # "must resign themselves to a long wait": acceptance, not a resignation
    stype = "call_for_investigation" if mentions_investigation(act, _act_words(act)) else "demand"
    target = child_with(act, "dobj")
    if target is None and is_passive(act):
        target = child_with(act, "nsubjpass")  # "Those responsible must be brought to justice"
    return Detection(
        "statement",
        stype,
        act,
        target=target,
        speaker_is_agent=True,
        confidence=0.7,
    )


# Who is told what they "should" do when a perpetrator sets a condition: the victim, as
# the witness tells it ("if we wanted to see him alive we should bring the money").
TOLD_PERSONS = frozenset({"i", "we", "you"})


def _condition_put_to_victim(act: Token) -> bool:
    """ "He said that if I wanted to keep my pension I should stop appearing with the union",
    "if we wanted to see Teo alive we should bring 5,000 euros": a condition a perpetrator
    sets the one telling of it (a threat or a ransom, events), not a demand on an authority."""
    subject = child_with(act, "nsubj")
    if subject is None or subject.lower_ not in TOLD_PERSONS:
        return False
    return any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
        for c in act.children
    )


def _brought_to_justice(hold: Token) -> bool:
    """ "must be held to account", "brought to justice", "held accountable": justice for
    culprits, not custody."""
    account = object_of_preposition(hold, "to")
    if account is not None and account.lemma_.lower() in ("account", "justice"):
        return True
    return any(c.lower_ in ("accountable", "responsible") for c in hold.children)


def _act_words(act: Token) -> list[Token]:
    """A requested act's words without a second act coordinated with it ("halt deportations
    and allow the agency access": the access is the second act's)."""
    others = {
        t.i
        for c in act.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        for t in c.subtree
    }
    return [t for t in act.subtree if t.i not in others | _time_clause_words(act)]


# Owners of a request noun that point back to a request already told ("has not responded
# to our requests for access, first made in January"): no new request is made.
OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


def nominal_request(request: Token) -> Detection | None:
    """ "the family's request for an investigation", "the UN's call for the release of …": a
    request someone named has made, written as a noun."""
    owner = child_with(request, "poss")
    wanted = object_of_preposition(request, "for")
    if owner is None or wanted is None or owner.lower_ in OWN_PRONOUNS:
        return None
    words = {t.lemma_.lower() for t in wanted.subtree}
    if words & INVESTIGATION_WORDS:
        stype = "call_for_investigation"
    elif wanted.lemma_.lower() in ("release", "end", "return", "halt", "protection"):
        stype = "demand"
    else:
        return None
    return Detection(
        "statement", stype, request, agent=owner, target=_target_of_request(wanted), confidence=0.7
    )


def _target_of_request(wanted: Token) -> Token | None:
    """What an inquiry is asked into: "the family's request for an investigation into his
    death"."""
    return object_of_preposition(wanted, "of", "into")


def it_is_needed(word: Token) -> Detection | None:
    """ "It is essential that an impartial investigation be carried out": a request, put as
    what must happen, by whoever says so."""
    clause = judged_clause(word)
    if clause is None:
        return None
    subjunctive = clause.tag_ == "VB" or modal_of(clause) == "should" or is_passive(clause)
    if not subjunctive:
        return None  # "it is important that families know" states, it asks no one
    words = list(clause.subtree)
    stype = "call_for_investigation" if mentions_investigation(clause, words) else "demand"
    return Detection(
        "statement",
        stype,
        word,
        target=child_with(clause, "nsubjpass", "dobj"),
        speaker_is_agent=True,
        confidence=0.7,
    )


def stressed_need(need: Token) -> Detection | None:
    """ "The experts stressed the need for a prompt and independent investigation"."""
    verb = need.head
    wanted = object_of_preposition(need, "for")
    if verb.lemma_.lower() not in STRESSING or wanted is None or is_conditional(verb):
        return None
    if not mentions_investigation(need, list(wanted.subtree)):
        return None
    return Detection(
        "statement",
        "call_for_investigation",
        need,
        agent=agent_of(verb),
        target=object_of_preposition(wanted, "into", "of"),
        confidence=0.7,
    )


def calls_for_clause(call: Token) -> bool:
    """ "called for the charges to be dropped": a request made as a "for … to" clause, which
    the parser hangs on "call" as an adverbial clause."""
    return any(
        c.dep_ == "advcl" and any(m.lower_ == "for" and m.dep_ == "mark" for m in c.children)
        for c in call.children
    )


def asks_to_act(ask: Token) -> bool:
    """An appeal to an authority to act: asked someone to stop, free, protect …; "pleaded
    with the authorities to return the bodies" names the addressee after "with"."""
    act = child_with(ask, "xcomp", "ccomp") or next(
        (c for c in ask.children if c.dep_ == "advcl" and _has_to(c)), None
    )
    addressee = child_with(ask, "dobj") or object_of_preposition(ask, "with")
    return (
        act is not None
        and addressee is not None
        and (act.lemma_.lower() in REQUESTED_ACTS or _looks_into(act))
    )


def presses_for(verb: Token) -> bool:
    """ "pressed for the release of the workers", "pushed for the repeal of the law",
    "lobbied for an independent inquiry": a request made by pressing for what is asked."""
    wanted = object_of_preposition(verb, "for")
    if wanted is None or is_conditional(verb):
        return False
    lemma = wanted.lemma_.lower()
    return lemma in REQUESTED_NOUNS or lemma in INVESTIGATION_WORDS - {"access"}


# Acts asked for in a that-clause; not "held" or "raised" ("asked that the meeting be held").
ASKED_THAT = COMMANDED_ACTS - {"hold", "raise"}


def asks_that_done(ask: Token) -> bool:
    """ "asked that the charges be dropped", "requested that he be released": a request put
    as a clause of what is to be done (not "asked that their names be withheld")."""
    clause = child_with(ask, "ccomp")
    if clause is None or is_negated(clause) or clause.lemma_.lower() not in ASKED_THAT:
        return False
    if modal_of(clause) not in (None, "should"):
        return False  # "asked whether the prisoners would be released" is a question
    subjunctive = clause.tag_ in ("VB", "VBP", "NN") or is_passive(clause)  # "that X release"
    return subjunctive and not clause.sent.text.rstrip().endswith("?")


def wants_done(want: Token) -> bool:
    """ "wants the detainees freed", "wants the government to lift the curfew": a wish that
    someone else be released or act is a demand; "wants to end the protests" is a plan."""
    if is_negated(want) or is_conditional(want) or modal_of(want) not in (None, "past"):
        return False
    act = child_with(want, "ccomp", "xcomp")
    if act is None or act.lemma_.lower() not in REQUESTED_ACTS:
        return False
    own_subject = child_with(act, "nsubj", "nsubjpass") is not None
    return own_subject or child_with(want, "dobj") is not None


def wants_ended(want: Token) -> bool:
    """ "The families want an end to the raids", "wants justice for her son": what is asked
    for, written as a noun after "want"."""
    if is_negated(want) or is_conditional(want) or modal_of(want) not in (None, "past"):
        return False
    wanted = child_with(want, "dobj")
    return wanted is not None and wanted.lemma_.lower() in REQUESTED_NOUNS


# What a request noun is renewed or joined by: "renewed her call", "joined calls for".
RENEWING = frozenset(
    {"renew", "reiterate", "repeat", "echo", "issue", "make", "voice", "join", "restate"}
)


def renewed_request(request: Token) -> Detection | None:
    """ "reiterated its call for the release of all detainees", "renewed her call on the
    government to free the prisoners", "issued an appeal for": a request written as a noun,
    made by whoever renews it."""
    verb = request.head
    if request.dep_ != "dobj" or verb.lemma_.lower() not in RENEWING:
        return None
    if is_conditional(verb) or is_negated(verb) or modal_of(verb) not in (None, "past"):
        return None
    wanted = object_of_preposition(request, "for")
    act = next(
        (
            c
            for c in [*request.children, *verb.children]
            if c.dep_ in ("acl", "advcl") and _has_to(c)
        ),
        None,
    )
    if wanted is not None and wanted.lemma_.lower() in INVESTIGATION_WORDS:
        stype = "call_for_investigation"
    elif wanted is not None and wanted.lemma_.lower() in REQUESTED_NOUNS:
        stype = "demand"
    elif act is not None and (act.lemma_.lower() in INVESTIGATION_WORDS or _looks_into(act)):
        stype = "call_for_investigation"
    elif act is not None and act.lemma_.lower() in REQUESTED_ACTS:
        stype = "demand"
    else:
        return None
    target = _target_of_request(wanted) if wanted is not None else _act_object(act)
    return Detection(
        "statement", stype, request, agent=agent_of(verb), target=target, confidence=0.75
    )


def needs_doing(act: Token) -> bool:
    """ "said the government needs to stop the deportations": what a speaker says an
    authority needs to do is a demand, as with "must"."""
    need = act.head
    if act.dep_ != "xcomp" or need.lemma_.lower() != "need" or need.tag_ not in ("VBZ", "VBP"):
        return False
    if is_negated(need) or is_conditional(need):
        return False
    return in_reported_speech(need) and subject_of(need) is not None


# Verbs that carry a quoted command: "said", "chanted", "shouted", "wrote on placards".
CHANTING = frozenset({"say", "chant", "shout", "cry", "write", "tell", "add", "declare"})
# What protesters and campaigners command in a slogan: "Free them now", "End the siege".
CHANTED_ACTS = frozenset({"free", "release", "end", "drop", "lift", "repeal", "stop", "halt"})


def chanted_command(act: Token) -> bool:
    """'"Free them now," the protesters chanted': a quoted command opening the sentence."""
    if act.tag_ != "VB" or act.dep_ not in ("ccomp", "advcl"):
        return False
    if act.head.lemma_.lower() not in CHANTING or act.head.dep_ != "ROOT":
        return False
    if act.lemma_.lower() not in CHANTED_ACTS or child_with(act, "dobj") is None:
        return False  # '"Open the door," the soldiers shouted' is an order, not a demand
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in act.children):
        return False
    first = next((t for t in act.sent if t.is_alpha), None)
    return first == act


# What is reopened or re-examined when an inquiry is asked for again.
CASE_WORDS = frozenset({"case", "investigation", "inquiry", "file"})


def _looks_into(act: Token) -> bool:
    """ "to look into the case", "to reopen that part of the case", "to re-examine the file":
    an inquiry asked for in plain words."""
    lemma = act.lemma_.lower()
    if lemma == "look":
        return any(c.lower_ == "into" for c in act.children)
    reopened = child_with(act, "dobj")
    if lemma not in ("reopen", "re-open", "re-examine", "reexamine") or reopened is None:
        return False
    whole = object_of_preposition(reopened, "of")  # "that part of the case"
    return any(w is not None and w.lemma_.lower() in CASE_WORDS for w in (reopened, whole))


def mentions_investigation(token: Token, words: list[Token] | None = None) -> bool:
    """Asks for an inquiry or for access: to detainees for monitors, doctors, lawyers or
    families alike, as the annotation rules count every request for access."""
    for word in words if words is not None else _own_words(token):
        lemma = word.lemma_.lower()
        if _looks_into(word):
            return True
        if lemma in INVESTIGATION_WORDS or _monitoring_visit(word) or _admitted_to_visit(word):
            return True
    return False


# Verbs of going to see detainees or a place of detention, once someone is let in.
VISITING = frozenset({"visit", "see", "meet", "enter", "inspect"})
# Visits asked for in one's own name: "requested permission to visit", "asked to inspect".
SEEKING = frozenset({"permission", "ask", "request", "seek", "apply"})


def _admitted_to_visit(word: Token) -> bool:
    """ "to let lawyers see their clients", "that lawyers be allowed to visit the 41 people",
    "to let me and my colleagues into Upper Sorn", "requested permission to visit the
    region", "asked to inspect conditions of detention": a request for access, which the
    annotation rules count as a call for investigation whoever the visitor is (not "allow
    the families to go home", a demand)."""
    lemma = word.lemma_.lower()
    if lemma in ADMITTING and word.pos_ == "VERB":
        return any(c.dep_ == "prep" and c.lower_ == "into" for c in word.children)
    if lemma not in VISITING or word.pos_ != "VERB" or word.dep_ not in ("xcomp", "ccomp", "acl"):
        return False
    asker = word.head.lemma_.lower()
    return asker in ADMITTING or (asker in SEEKING and lemma in ("visit", "inspect"))


def _own_words(verb: Token) -> list[Token]:
    """The verb's subtree without a second coordinated request ("urge X and call for Y") nor
    a time clause ("shut the checkpoint until an investigation is completed")."""
    others = {
        t.i
        for c in verb.subtree
        if c.dep_ == "conj" and c != verb and c.lemma_.lower() in REQUEST_VERBS
        for t in c.subtree
    }
    return [t for t in verb.subtree if t.i not in others | _time_clause_words(verb)]


# Words opening a clause that says when a requested act is to happen or last, not what it is.
TIME_MARKS = frozenset({"until", "till", "pending", "before", "after", "while", "once"})


def _time_clause_words(verb: Token) -> set[int]:
    """ "demanded that the checkpoint be shut down until an investigation was completed",
    "suspend assistance until credible investigations are completed": an inquiry named as the
    time limit of the act asked for, which makes no call for one."""
    return {
        t.i
        for c in verb.subtree
        if c.dep_ == "advcl" and any(m.lower_ in TIME_MARKS for m in c.children if m.dep_ == "mark")
        for t in c.subtree
    }


def _lead_in_to_list(request: Token) -> bool:
    """ "We call on the authorities to:", "urging him to:": a request whose content is the
    list that follows; each item is its own claim, the lead-in none."""
    last = [t for t in request.sent if not t.is_space]
    if len(last) < 2 or last[-1].text != ":" or last[-2].lower_ != "to":
        return False
    return last[-2].head == request or last[-2].head.head == request


def demand_statement(token: Token) -> Detection | None:
    """A demand or call for investigation made with a request verb ("called for", "urged"),
    unless hypothetical; negated in reported speech, it answers an accusation (a denial)."""
    if is_conditional(token) or _lead_in_to_list(token) or _court_appeal(token):
        return None
    if token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and _counted_thing(token.head):
        return None  # "the 8,000 kresta demanded for his return": a price, extortion
    modal = modal_of(token)
    if modal in ("could", "might", "may", "would", "will", "can"):
        return None
    if is_negated(token) and in_reported_speech(token):
        # "said he had never called for violence" answers an accusation: a denial, which
        # names no target so that it merges with another denial in the same sentence
        return Detection("statement", "deny", token, speaker_is_agent=True, confidence=0.7)
    stype = "call_for_investigation" if mentions_investigation(token) else "demand"
    agent = agent_of(token)
    target = child_with(token, "dobj") or object_of_preposition(token, "for", "on", "upon")
    if target is None and is_passive(token):
        target = subject_of(token)  # "a bribe was demanded"
    if target is not None and (target.lemma_.lower() in MONEY_WORDS or target.ent_type_ == "MONEY"):
        return None  # money demanded of victims is extortion, an event
    price = object_of_preposition(token, "for")  # "asked her family for 500 euros"
    paying = child_with(token, "ccomp", "xcomp")  # "demanded that they pay"
    if (
        price is not None and (price.lemma_.lower() in MONEY_WORDS or _counted_non_person(price))
    ) or (paying is not None and paying.lemma_.lower() == "pay"):
        return None  # "asked the families for between 10,000 and 40,000 marks": a price
    if _sum_between(token):
        return None  # "demanded between 200 and 500 kesar from detainees": extortion
    if target is not None and target.lemma_.lower() in LABOUR_CLAIMS:
        return None  # "teachers are demanding higher wages": a labour dispute, not a response
    if target is not None and target.lemma_.lower() in NOT_REQUESTS | DONATIONS:
        return None  # a call to eliminate a group is incitement, an event; "call for help",
        # "appealed for blankets and medicine": relief asked of donors, not redress
    if _addressed_to_public(token):
        return None  # "asked people to bring water", "citizens are urged to call the hotline"
    acts = _requested_acts(token)
    if any(a.lemma_.lower() in VIOLENT_CALLS or calls_for_violence(a) for a in acts):
        return None  # a call to attack a group ("to find and punish") is incitement, an event
    if target is not None and _sum_of_money(target, token):
        return None  # "demanded 5,000 calderi from the family": extortion, an event
    if _price_asked(token):
        return None  # "are demanding 200,000 marek for their release": a ransom, an event
    acts = [c for c in token.children if c.dep_ == "xcomp"]  # "to reveal … and to release him"
    if acts:  # "called on the authorities to release Mr Dresk": about Mr Dresk
        target = next((o for o in map(_act_object, acts) if o is not None), None) or target
    clause = child_with(token, "ccomp")
    if clause is not None and (target is None or target.lemma_.lower() in ADDRESSEES):
        asked = child_with(clause, "nsubjpass")  # "demanded that Timur be released"
        if asked is None and clause.tag_ == "VBN":
            asked = child_with(clause, "nsubj")  # "wants the detainees freed"
        if asked is None and clause.lemma_.lower() in COMMANDED_ACTS:
            asked = _act_object(clause)  # "recommends that the State party release all …"
        target = asked if asked is not None else target
    tail = None
    if target is not None:  # "demand an end to the persecution": the end of what runs on
        tail = next(
            (c for c in token.children if c.dep_ == "prep" and c.i == target.right_edge.i + 1), None
        )
    negated = is_negated(token)
    if modal in ("should", "must"):
        return Detection(
            "statement",
            stype,
            token,
            target=target,
            speaker_is_agent=True,
            confidence=0.7,
            target_tail=tail,
        )
    return stance_detection(stype, token, agent, target, negated, tail)


# What relief appeals ask donors for: "appealed for blankets, baby food and medicine".
DONATIONS = frozenset(
    {"blanket", "donation", "clothing", "clothes", "food", "supply", "volunteer", "fund", "tent"}
)
# Those a request addresses who are the public, not an authority: "asked people to bring
# water", "Citizens … are urged to contact the hotline".
PUBLIC_ADDRESSEES = frozenset(
    {"people", "citizen", "resident", "public", "participant", "supporter", "parent", "viewer"}
)


def _addressed_to_public(request: Token) -> bool:
    """A request to the public or to one's own followers (advice, logistics), not to an
    authority: the addressee is the object, the "on" phrase or, in the passive, the subject."""
    addressee = child_with(request, "dobj") or object_of_preposition(request, "on", "upon")
    if addressee is None and is_passive(request):
        addressee = child_with(request, "nsubjpass")
    return addressee is not None and addressee.lemma_.lower() in PUBLIC_ADDRESSEES


def _monitoring_visit(word: Token) -> bool:
    """ "an official country visit", "allow UN monitors into the region", "let the Working
    Group visit", "grant the Special Rapporteur access": the access an expert or an observer
    mission asks for."""
    if word.lemma_.lower() in MONITORS:  # let in, not the ones asking ("monitors urged …")
        asking = word.dep_ in ("nsubj", "nsubjpass") and word.head.lemma_.lower() in REQUEST_VERBS
        return not asking
    if _expert_body(word) and word.dep_ in ("dobj", "dative"):
        return word.head.lemma_.lower() in ADMITTING  # not "the Rapporteur urged …"
    if word.lemma_.lower() != "visit":
        return False
    kinds = ("country", "official", "monitoring", "fact-finding")
    return any(c.lower_ in kinds for c in word.children)


def _price_asked(demand: Token) -> bool:
    """A counted thing that is no group of people as the object of "demand" ("guards had
    demanded 200 euros per person", "are demanding 90,000 dinars for their release"), in
    whatever currency: a price for freedom or for a favour, not a request to an authority.
    Looked for among all objects, since the parser may take a relative "that" for one."""
    if demand.lemma_.lower() != "demand":
        return False
    return any(c.dep_ == "dobj" and _counted_non_person(c) for c in demand.children)


def _counted_non_person(word: Token) -> bool:
    """ "200 euros per person", "90,000 dinars": counted, and not itself people (the people a
    price is per do not make it a group of people)."""
    counted = any(c.dep_ == "nummod" or c.ent_type_ == "MONEY" for c in word.children)
    person = word.lemma_.lower() in PERSON_NOUNS or word.ent_type_ in ("PERSON", "NORP")
    return counted and not person


# Verbs by which an authority lets an expert body in: "allow the Special Rapporteur to
# visit", "invite the Working Group", "grant the Subcommittee access".
ADMITTING = frozenset({"let", "allow", "grant", "give", "permit", "invite", "admit", "receive"})
# The UN's and regional bodies' experts whose visit is an inquiry.
EXPERT_BODIES = frozenset({"rapporteur", "subcommittee", "commissioner"})


def _expert_body(word: Token) -> bool:
    """A special rapporteur, a working group, a subcommittee: an expert body whose access
    to a country is a monitoring visit."""
    lemma = word.lemma_.lower()
    working = lemma == "group" and any(c.lower_ == "working" for c in word.children)
    return lemma in EXPERT_BODIES or working


def _court_appeal(appeal: Token) -> bool:
    """ "His family has appealed", "appealed against the verdict": an appeal to a higher
    court, not a request; an appeal asks something only "for" it, "to" someone or "to" act."""
    if appeal.lemma_.lower() != "appeal":
        return False
    if object_of_preposition(appeal, "against") is not None:
        return True
    asked = object_of_preposition(appeal, "for", "to") or child_with(appeal, "xcomp", "ccomp")
    return asked is None and not any(c.dep_ == "advcl" and _has_to(c) for c in appeal.children)


def _sum_between(demand: Token) -> bool:
    """ "demanded between 200 and 500 kesar": a range of numbers asked for is a price (the
    parser hangs the sum on "between", not as an object)."""
    between = next((c for c in demand.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    return between is not None and any(
        c.dep_ == "pobj" and (c.pos_ == "NUM" or _counted_non_person(c)) for c in between.children
    )


def _counted_thing(word: Token) -> bool:
    """A counted thing that is no group of people: "the 8,000 kresta", not "the 30 men"."""
    counted = any(c.dep_ == "nummod" or c.ent_type_ == "MONEY" for c in word.children)
    return counted and not is_person_like(word)


def _sum_of_money(target: Token, demand: Token) -> bool:
    """A counted thing demanded from or of someone, or counted in a currency: a sum in a
    currency the lexicon may not know ("demanded 200 euros per person", "9,000 lari of")."""
    counted = any(c.dep_ == "nummod" or c.ent_type_ == "MONEY" for c in target.children)
    taken_from = object_of_preposition(demand, "from", "of") or object_of_preposition(
        target, "from", "of"
    )
    currency = target.lemma_.lower().removesuffix("s") in CURRENCIES
    return counted and (taken_from is not None or currency or target.ent_type_ == "MONEY")
