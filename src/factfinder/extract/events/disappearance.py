"""Enforced-disappearance rules: people taken to unknown places, fates withheld, people missing."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import (
    by_agent,
    child_with,
    object_of_preposition,
    objects_of_prepositions,
    subject_of,
)
from factfinder.extract.events.clauses import denier_of, governors, is_negated, is_passive, modal_of
from factfinder.extract.events.lexicon import KNOWLEDGE, NATURAL_CAUSES, REFUSING
from factfinder.extract.events.people import PERSON_NOUNS, is_person_like

# Verbs of finding out: relatives "unable to learn where he is held" meet a concealment.
LEARNING = frozenset({"learn", "establish", "discover", "find", "determine", "ascertain"})
# Verbs of telling whose negation or refusal hides where someone is.
WITHHELD = frozenset(
    {
        "disclose",
        "reveal",
        "tell",
        "say",
        "know",
        "inform",
        "confirm",
        "explain",
        "specify",
        "acknowledge",
        "admit",
    }
)
# Words that make a custodial "hold" into captors who hide who they are.
UNKNOWN_CAPTORS = frozenset(
    {"unidentified", "unknown", "masked", "armed", "hooded", "plainclothes"}
)


def vanished_person(verb: Token) -> bool:
    """Who disappeared is a person, and not lost to a flood or a storm."""
    who = child_with(verb, "nsubj")
    if not is_person_like(subject_of(verb)) and not (who is not None and who.lower_ == "who"):
        return False  # "who" is a person whatever noun the parser hangs the clause on
    causes = objects_of_prepositions(verb, "during", "in", "after")
    return not any(c.lemma_.lower() in NATURAL_CAUSES for c in causes)


def reported_missing(missing: Token) -> bool:
    """ "dozens of people remain missing": the adjective, said of people, not negated."""
    verb = missing.head
    return (
        missing.lower_ == "missing"
        and missing.pos_ == "ADJ"
        and missing.dep_ in ("acomp", "oprd")
        and object_of_preposition(missing, "from") is None  # "missing from the roster"
        and verb.lemma_.lower() in ("remain", "be", "stay", "go", "report", "list", "declare")
        and not is_negated(verb)
        and modal_of(verb) in (None, "past")
        and not _describes_speakers(verb)
    )


def _describes_speakers(clause: Token) -> bool:
    """ "Relatives of 12 men who remain missing told the organisation …": a relative clause
    inside a speaker's name describes who speaks; what they report is the claim."""
    if clause.dep_ != "relcl":
        return False
    return any(g.dep_ == "nsubj" for g in [clause.head, *governors(clause.head)][:4])


def at_unknown_place(verb: Token) -> bool:
    """ "held at an unknown location": custody in no named place (a named "undisclosed military
    base" is still a place of detention)."""
    place = object_of_preposition(verb, "in", "at")
    return (
        place is not None
        and place.lemma_.lower() in ("location", "place", "destination")
        and any(c.lower_ in ("unknown", "undisclosed") for c in place.children)
    )


def in_secret(verb: Token) -> bool:
    """ "held in secret": custody whose place is concealed, not a named secret prison."""
    hidden = object_of_preposition(verb, "in")
    return hidden is not None and hidden.lower_ == "secret"


def relatives_search(verb: Token) -> bool:
    """Relatives or lawyers who cannot find someone report a disappearance, not a lost item."""
    searcher = subject_of(verb)
    sought = child_with(verb, "dobj")
    relatives = {"family", "relative", "parent", "mother", "father", "wife", "husband", "lawyer"}
    return (
        searcher is not None
        and searcher.lemma_.lower() in relatives | {"we", "they"}
        and is_person_like(sought)
    )


def to_unknown_place(verb: Token) -> bool:
    """ "taken to an undisclosed location", "moved to an unknown place": fate concealed."""
    place = object_of_preposition(verb, "to", "into")
    if place is None:
        return False
    if place.lemma_.lower() in ("place", "location", "building", "site") and any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in ("know", "recognise", "recognize", "name", "identify", "locate")
        and is_negated(c)
        for c in place.children
    ):
        return True  # "drove us to a place I did not know"
    return bool({t.lower_ for t in place.subtree} & {"unknown", "undisclosed", "secret"})


def taken_by_unknown_men(take: Token) -> bool:
    """ "taken by unidentified / masked / armed men": captors who hide who they are."""
    taker = by_agent(take) if is_passive(take) else None
    if taker is None or not is_person_like(subject_of(take)):
        return False
    words = {c.lower_ for c in taker.children}
    presumed = any(
        c.dep_ == "acl" and c.lemma_.lower() in ("believe", "suspect", "think", "say")
        for c in taker.children
    )  # "men believed to be security agents": who they are is a guess
    return taker.lemma_.lower() in ("man", "people", "individual", "gunman") and bool(
        words & UNKNOWN_CAPTORS or presumed
    )


def told_not_held(hold: Token) -> bool:
    """ "every time they are told that their relatives are not being held": the capture is
    denied to the family, which is how an enforced disappearance is concealed."""
    told = hold.head
    family = subject_of(told) if is_passive(told) else child_with(told, "dobj", "dative")
    return (
        hold.dep_ == "ccomp"
        and told.lemma_.lower() in ("tell", "inform", "say")
        and (is_passive(told) or is_person_like(family))
        and is_person_like(subject_of(hold))
    )


def whereabouts_withheld(verb: Token) -> bool:
    """ "refuse to disclose where he is held", "we do not know where they took him", "refused
    to confirm whether they were holding him"."""
    lemma = verb.lemma_.lower()
    if lemma not in ("hold", "keep", "take", "be", "detain", "bring", "imprison"):
        return False
    asked_where = any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children)
    asked_whether = any(c.lower_ == "whether" and c.dep_ == "mark" for c in verb.children)
    if not asked_where and not (asked_whether and lemma in ("hold", "detain")):
        return False
    telling = verb.head
    if verb.dep_ not in ("ccomp", "dobj", "advcl"):
        return False
    if telling.lemma_.lower() in LEARNING:  # "relatives have been unable to learn where …"
        able = telling.head if telling.dep_ == "xcomp" else None
        if able is not None and able.lower_ == "able":  # "have not been able to find out"
            return is_negated(able) or (able.dep_ == "acomp" and is_negated(able.head))
        return able is not None and able.lower_ == "unable"
    if telling.lemma_.lower() not in WITHHELD:
        return False
    refused = telling.dep_ == "xcomp" and telling.head.lemma_.lower() in REFUSING
    willing = telling.head if telling.dep_ == "xcomp" else None
    unwilling = (
        willing is not None
        and willing.lemma_.lower() in ("willing", "able", "prepared", "ready")
        and is_negated(willing.head)  # "no official has been willing to say where he is"
    )
    return is_negated(telling) or refused or unwilling


def never_came_back(verb: Token) -> bool:
    """ "he never came back", "has never returned": a person who went somewhere and was not
    seen again, told as an absence."""
    never = any(c.lower_ == "never" for c in verb.children) or still_not_back(verb)
    back = verb.lemma_.lower() == "return" or any(c.lower_ == "back" for c in verb.children)
    went_home = any(t.lower_ == "to" and t.dep_ == "prep" for t in verb.subtree)  # "to the village"
    return never and back and not went_home and is_person_like(subject_of(verb))


def still_not_back(verb: Token) -> bool:
    """ "their sons had not come back even after they paid", "has not returned since": a
    person not back by the time told, said in the perfect, is an absence like "never"."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and is_negated(verb) and child_with(verb, "dobj") is None


def not_heard_from(hear: Token) -> Token | None:
    """ "I have not heard anything from him since that day", "nobody has heard from them
    since": no word from a person since a day is how relatives tell a disappearance."""
    if hear.lemma_.lower() != "hear" or not is_negated(hear):
        return None
    heard_from = object_of_preposition(hear, "from")
    since = any(t.lower_ == "since" for t in hear.subtree)
    return heard_from if since and is_person_like(heard_from) else None


def no_word_of(news: Token) -> Token | None:
    """ "the family has had no news of him since", "no information about the two students":
    nothing known of a person is how a disappearance is reported."""
    if not any(c.lower_ == "no" for c in news.children):
        return None
    missing = object_of_preposition(news, "of", "about")
    if missing is None:  # "no information about where the men were held"
        missing = next(
            (
                subject_of(g)
                for c in news.children
                if c.dep_ == "prep" and c.lower_ in ("of", "about", "on", "as")
                for g in c.children
                if g.dep_ == "pcomp" and any(w.lower_ == "where" for w in g.children)
            ),
            None,
        )
    return missing if is_person_like(missing) else None


def no_record_of_act(act: Token) -> bool:
    """ "no record of his arrest": a capture the authorities say they have no trace of is
    concealed."""
    record = act.head.head if act.head.dep_ == "prep" else None
    return (
        record is not None
        and record.lemma_.lower() in ("record", "trace", "information")
        and any(c.lower_ == "no" for c in record.children)
    )


def unacknowledged(act: Token) -> bool:
    """ "the authorities have not acknowledged his detention", "refuse to confirm her arrest":
    a capture concealed by those holding the person."""
    verb = act.head
    if act.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in (
        "acknowledge",
        "confirm",
        "admit",
        "register",
        "disclose",
    ):
        return False
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING
    return is_negated(verb) or refused


def fate_unknown(whereabouts: Token) -> bool:
    """ "his whereabouts remain unknown": concealment of someone's fate."""
    verb = whereabouts.head
    if any(c.lower_ in ("unknown", "unclear") for c in verb.children):
        return True
    if whereabouts.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in WITHHELD:
        return is_negated(verb.head)  # "his family has not been informed of his whereabouts"
    if whereabouts.dep_ == "pobj" and verb.lower_ in ("of", "about", "on", "regarding"):
        known = verb.head  # "no information about his fate", "deny any knowledge of …"
        if known.lemma_.lower() in KNOWLEDGE:
            return any(c.lower_ == "no" for c in known.children) or denier_of(known) is not None
    # "refused to reveal his whereabouts", "have not disclosed her fate": kept hidden
    if whereabouts.dep_ != "dobj" or verb.lemma_.lower() not in WITHHELD:
        return False
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING
    return is_negated(verb) or refused


# Participles that, before a word for a person, say the person was made to disappear.
VANISHED_ADJECTIVES = frozenset({"disappeared", "abducted", "kidnapped", "vanished"})


def disappeared_person(word: Token) -> Token | None:
    """ "Fears for disappeared student organiser", "the abducted journalist": the adjective
    asserts the disappearance of the person it names ("families of the disappeared", with no
    person named, refers back and is no claim)."""
    person = word.head
    if word.lower_ not in VANISHED_ADJECTIVES or word.dep_ not in ("amod", "compound"):
        return None
    if person.i < word.i or not is_person_like(person):
        return None
    if "\n" in person.doc[word.i : person.i + 1].text:
        return None  # a headline's last word hung on the next line's dateline
    named = person.ent_type_ == "PERSON" or person.lower_ in PERSON_NOUNS  # "UNION LEADER"
    return person if person.pos_ == "NOUN" or named else None
