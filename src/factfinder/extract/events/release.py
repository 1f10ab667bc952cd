"""Release rules: people freed, home from custody or handed back to their families."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import is_negated, is_passive
from factfinder.extract.events.lexicon import CUSTODY_WORDS
from factfinder.extract.events.people import is_person_like


def back_to_family(verb: Token) -> bool:
    if is_passive(verb) and (subject := subject_of(verb)) is not None:
        if subject.lemma_.lower() in ("body", "remains", "corpse"):
            return False  # "the bodies were returned to their families" frees no one
    back = next((c for c in verb.children if c.lower_ in ("back", "over")), None)
    relatives = object_of_preposition(verb, "to") or (
        object_of_preposition(back, "to") if back is not None else None
    )
    return relatives is not None and relatives.lemma_.lower() in (
        "family",
        "relative",
        "parent",
        "mother",
        "father",
        "lawyer",
    )


def home_from_custody(verb: Token) -> bool:
    """ "returned home after 40 days in custody", "the fishermen held by border guards returned
    home", "were allowed to go home after questioning": going home from custody is a release."""
    if not any(c.lower_ == "home" for c in verb.children):
        return False
    if verb.lemma_.lower() in ("go", "return") and verb.dep_ == "xcomp":
        governor = verb.head
        return verb.dep_ == "xcomp" and governor.lemma_.lower() in ("allow", "let", "permit")
    words = {t.lower_ for t in verb.subtree}
    held = subject_of(verb)
    held_words = {t.lemma_.lower() for t in held.subtree} if held is not None else set()
    return bool(words & CUSTODY_WORDS - {"police", "charge"}) or bool(
        held_words & {"hold", "detain", "arrest", "imprison", "jail"}
    )


def freedom(thing: Token | None) -> bool:
    return thing is not None and thing.lemma_.lower() in ("freedom", "liberty")


def out_of_custody(verb: Token) -> bool:
    out = next((c for c in verb.children if c.lower_ == "out"), None)
    place = object_of_preposition(out, "of") if out is not None else None
    return place is not None and place.lemma_.lower() in CUSTODY_WORDS


def walked_free(walk: Token) -> bool:
    """ "walked free", "walked out of court / prison": released, said of the one freed."""
    if any(c.lower_ == "free" for c in walk.children):
        return True
    place = object_of_preposition(walk, "of")
    if place is None:
        out = next((c for c in walk.children if c.lower_ == "out"), None)
        place = object_of_preposition(out, "of") if out is not None else None
    return place is not None and place.lemma_.lower() in CUSTODY_WORDS | {"court", "courtroom"}


def left_custody(leave: Token) -> bool:
    """ "He left prison on Monday": the one leaving custody was freed (not "escaped")."""
    place = child_with(leave, "dobj")
    return (
        place is not None
        and place.lemma_.lower() in ("prison", "jail", "custody", "detention", "colony", "camp")
        and not any(c.dep_ in ("det", "poss") for c in place.children)  # "left the camp"
        and not is_negated(leave)
        and is_person_like(subject_of(leave))
    )
