"""Agent, target and speaker phrases as the source wrote them, read off the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

PRONOUNS = frozenset(
    {"he", "she", "they", "him", "her", "them", "it", "we", "i", "you", "us", "me", "one"}
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Places and dates belong in the claim's place and when, not in its actor phrases.
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "across", "inside", "outside", "throughout", "on", "during", "since"}
)
_ACCOUNT_NOUNS = frozenset(
    {
        "account",
        "report",
        "story",
        "testimony",
        "evidence",
        "claim",
        "allegation",
        "video",
        "footage",
    }
)
_EDGE_JUNK = frozenset({"PUNCT", "SPACE", "CCONJ", "ADP"})


@dataclass(frozen=True)
class Phrase:
    """A phrase of the sentence: its text as written and its character span in the doc."""

    text: str
    start: int
    end: int
    head: Token
    reach: int  # where the words the phrase heads end, trailing dates included

    @property
    def is_pronoun(self) -> bool:
        return self.text.lower() in PRONOUNS


def phrase_of(token: Token, stop: Token | None = None, tail: Token | None = None) -> Phrase | None:
    """The words a noun heads, as written: cut before a trailing place, date or the trigger.

    "gay men in Chechnya" gives "gay men"; "One escapee, interviewed by CNN last week"
    gives "One escapee, interviewed by CNN"; the claim's own trigger is never part of it.
    """
    head = _repair_head(token)
    tokens = list(head.subtree)
    if head != token:  # the misspelt adverb and what follows it are not part of the name
        tokens = [tok for tok in token.subtree if tok.i <= head.i]
    stopped: set[int] = set()
    if stop is not None and stop != head and head.left_edge.i <= stop.i <= head.right_edge.i:
        stopped = {tok.i for tok in stop.subtree}  # "100 men being detained": cut the act off
    cut = len(tokens)
    for index, tok in enumerate(tokens):
        if tok.i in stopped or (tok.i > head.i and tok.head == head and _is_place_modifier(tok)):
            cut = index
            break
    kept = tokens[:cut]
    if tail is not None and kept and tail.i > kept[-1].i:
        kept = kept + [tok for tok in tail.subtree if tok.i > kept[-1].i]
    while kept and (kept[-1].pos_ in _EDGE_JUNK or kept[-1].ent_type_ == "DATE"):
        if kept[-1] == head:
            break
        kept.pop()
    while kept and (kept[0].pos_ in ("PUNCT", "SPACE", "CCONJ") or kept[0].dep_ == "mark"):
        kept.pop(0)
    if not kept:
        return None
    doc = head.doc
    start, end = kept[0].idx, kept[-1].idx + len(kept[-1].text)
    text = doc.text[start:end].strip()
    if not text:
        return None
    reach = max(end, token.right_edge.idx + len(token.right_edge.text))
    return Phrase(text=text, start=start, end=end, head=head, reach=reach)


def _is_place_modifier(tok: Token) -> bool:
    return tok.dep_ == "prep" and tok.lower_ in _PLACE_PREPOSITIONS


def _repair_head(token: Token) -> Token:
    """Undo a parse error common in news: a misspelt adverb taken as the subject's head noun.

    ("Chechen leader Ramazan Kadyrov publicaly declared": the adverb swallows the name.)
    """
    if token.text.islower() and token.text.endswith("ly") and not token.ent_type_:
        named = [child for child in token.lefts if child.dep_ == "compound"]
        if named and named[-1].ent_type_:
            return named[-1]
    return token


def repaired(token: Token) -> Token:
    """The token a phrase is really headed by (see _repair_head)."""
    return _repair_head(token)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; for a conjoined or controlled verb, the one it shares.

    A comma-joined subject with no "and" ("The Centre, Hillary Clinton criticised") is an
    appositive-like list whose last name is the real subject.
    """
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ in SUBJECTS:
                return _last_unjoined(child)
        if current == verb:
            named = unlabelled_name(verb)
            if named is not None:
                return named
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head.head  # "accused of abducting", "after receiving threats"
            continue
        if current.dep_ == "conj" or current.dep_ == "xcomp" or current.dep_ == "advcl":
            if current.dep_ == "xcomp":
                objects = [c for c in current.head.children if c.dep_ == "dobj"]
                if objects:
                    return _content_of(objects[0])
            current = current.head
            continue
        if current.dep_ in ("acl", "relcl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return current.head
        return None
    return None


def unlabelled_name(verb: Token) -> Token | None:
    """A name before the verb that the parser did not label as subject ("Freedom Now demands")."""
    for child in verb.lefts:
        if child.dep_ not in ("advmod", "npadvmod", "dep", "nmod") or child.ent_type_ == "DATE":
            continue
        # a capitalised word inside the sentence is a name even if tagged as an adverb
        if child.pos_ == "PROPN" or (child.text[:1].isupper() and child.i != child.sent.start):
            return child
    return None


def _content_of(noun: Token) -> Token:
    """ "accounts of gay men being taken": who was taken is the men, not the accounts."""
    if noun.lemma_.lower() in _ACCOUNT_NOUNS:
        for prep in noun.subtree:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "about"):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return objects[-1]
    return noun


def _last_unjoined(subject: Token) -> Token:
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    if conjuncts and not any(c.dep_ == "cc" for c in subject.children):
        last = conjuncts[-1]
        if last.pos_ == "PROPN" and subject.idx < last.idx:
            return last
    return subject


def child_with(token: Token, *deps: str) -> Token | None:
    """The first child of the token with one of the dependency labels."""
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def object_of_preposition(token: Token, *prepositions: str) -> Token | None:
    """The object of a preposition attached to the token ("by police", "of gay men")."""
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in prepositions:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:  # "of gay and bisexual men" may parse with two objects: the noun is last
                return objects[-1]
    return None


def by_agent(verb: Token) -> Token | None:
    """The "by" agent of a passive verb, or of the verb it is conjoined with."""
    # "arrested and beaten by soldiers": the agent attached to the last verb is everyone's
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    current = verb
    for _ in range(3):
        if current.dep_ != "conj":
            break
        current = current.head
        verbs.append(current)
    for candidate in verbs:
        for child in candidate.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                pobj = child_with(child, "pobj")
                if pobj is not None and pobj.ent_type_ != "DATE":
                    return pobj
    return None


def is_named(phrase: Phrase) -> bool:
    """A phrase that names someone rather than a bare pronoun."""
    return not phrase.is_pronoun and any(
        tok.pos_ in ("PROPN", "NOUN") for tok in phrase.head.subtree
    )
