"""Agent, target and speaker phrases as the source wrote them, read off the dependency parse."""

from __future__ import annotations

import re
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
_MANNER_NOUNS = frozenset({"force", "decree", "law", "order", "mistake", "accident", "means"})
_DRESS = frozenset({"uniform", "clothes", "mask", "camouflage", "balaclava", "fatigues", "black"})
DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
# "SOLVAR, March 14 (Meridian Press Agency) - ", "OSTREL (16 October 2024) \u2013 "
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'\-]{2,}(,[^\n\u2013\u2014]{0,40}?)?\s*(\([^)]{0,60}\))?\s*[-\u2013\u2014]"
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
    listed: set[int] = set()  # "detained, tortured and disappeared scores of critics": acts
    for verb in head.lefts:  # the parser read as adjectives of the victims
        if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and verb.i > 0:
            if head.doc[verb.i - 1].text == ",":
                listed |= {tok.i for tok in verb.subtree}
    stopped: set[int] = set()
    if (
        stop is not None
        and stop != head
        and head.left_edge.i <= stop.i <= head.right_edge.i
        and stop.i not in listed
    ):
        clause = stop
        while clause.head != head and clause.head != clause and clause.dep_ not in ("relcl", "acl"):
            clause = clause.head  # "the activist, who was arrested and released": cut the clause
        stopped = {tok.i for tok in clause.subtree}  # "100 men being detained": cut the act off
    for clause in _aside_clauses(head):  # "Governor Darius Holm, who said …": the name alone
        stopped |= {tok.i for tok in clause.subtree}
    cut = len(tokens)
    for index, tok in enumerate(tokens):
        if tok.i in stopped or (tok.i > head.i and tok.head == head and _is_place_modifier(tok)):
            cut = index
            break
    kept = [tok for tok in tokens[:cut] if tok.i not in listed]
    dateline = _DATELINE.match(head.sent.text)
    if dateline is not None:  # "VOSK, March 3 (Ostra News) - Police": the dateline is no name
        boundary = head.sent.start_char + dateline.end()
        kept = [tok for tok in kept if tok.idx >= boundary]
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
    text = doc[kept[0].i : kept[-1].i + 1].text.strip()  # Doc.text would join every token
    if not text:
        return None
    reach = max(end, token.right_edge.idx + len(token.right_edge.text))
    return Phrase(text=text, start=start, end=end, head=head, reach=reach)


def _aside_clauses(head: Token) -> list[Token]:
    """Relative clauses set off by a comma ("X, who said …", "Y, which …"), and a participle
    after a name ("Meret, reached by telephone, denied …"): asides, not names. A participle
    after a description stays: "One escapee, interviewed by CNN" is who the escapee is."""
    asides = []
    for child in head.rights:
        if child.dep_ not in ("relcl", "acl"):
            continue
        first = child.left_edge
        if first.i == 0 or first.nbor(-1).text != ",":
            continue
        participle = first == child and child.tag_ == "VBN" and head.pos_ == "PROPN"
        if first.tag_ in ("WP", "WDT", "WP$") or participle:
            asides.append(child)
    return asides


def _is_place_modifier(tok: Token) -> bool:
    if tok.lower_ == "in" and any(c.lemma_.lower() in _DRESS for c in tok.children):
        return False  # "men in uniform" describes who, not where
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
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        if not subjects:  # "the activist was re-arrested": the split word hangs it on "was"
            auxiliaries = [c for c in current.children if c.dep_ in ("aux", "auxpass")]
            subjects = [c for a in auxiliaries for c in a.children if c.dep_ in SUBJECTS]
        for child in subjects:
            if is_dateline(child):  # "SOLVAR, Nov 22 (Agency) - Police detained …"
                after = _after_dateline(child)
                if after is not None and len(subjects) == 1:
                    return after
                continue
            clause = current
            while clause.dep_ == "conj" and clause.head != clause:
                clause = clause.head  # "who first reported … and who has received threats"
            if child.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
                antecedent = clause.head  # "the government, which has not responded"
                if (
                    antecedent.dep_ == "pobj"
                    and antecedent.head.lower_ == "of"
                    and antecedent.pos_ == "PROPN"
                ):
                    antecedent = antecedent.head.head  # "the government of Ostravia, which"
                return antecedent
            return _last_unjoined(child)
        if current == verb:
            named = unlabelled_name(verb)
            if named is not None:
                return named
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head.head  # "accused of abducting", "after receiving threats"
            continue
        if current.dep_ == "acomp" and current.tag_ == "VBN":  # "were ill-treated"
            current = current.head
            continue
        if current.dep_ == "conj" or current.dep_ == "xcomp" or current.dep_ == "advcl":
            if current.dep_ == "xcomp":
                objects = [c for c in current.head.children if c.dep_ == "dobj"]
                if objects:
                    return _content_of(objects[0])
            current = current.head
            continue
        if (
            current.dep_ == "acl"
            and current.tag_ == "VBG"
            and current.head.dep_ == "pobj"
            and child_with(current, "dobj") is not None
        ):
            current = current.head.head.head  # "went through the village shooting men"
            continue
        if current.dep_ in ("acl", "relcl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if current.head.lemma_.lower() in _ACCOUNT_NOUNS:  # "reports that men were
                return _sibling_subject(current)  # detained, tortured": the men
            return current.head
        return None
    return None


def is_dateline(token: Token) -> bool:
    """A wire dateline's place name, parsed as the subject: "OSTREL, Sept 3 (Agency) -"."""
    if token.i - token.sent.start > 1 or not token.text.isupper() or len(token.text) < 3:
        return False
    return _DATELINE.match(token.sent.text) is not None


def _after_dateline(dateline: Token) -> Token | None:
    """The noun the parser hung under the dateline after its dash, if any."""
    dash = next((t for t in dateline.subtree if t.text in DASHES), None)
    if dash is None:
        return None
    for token in dateline.subtree:
        if token.i > dash.i and token.pos_ in ("NOUN", "PROPN", "PRON") and token.head.i < dash.i:
            return token
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


def _sibling_subject(clause: Token) -> Token | None:
    """The subject of another clause on the same report noun ("reports that men were held, …")."""
    for sibling in clause.head.children:
        if sibling.dep_ in ("acl", "relcl") and sibling != clause:
            subject = next((c for c in sibling.children if c.dep_ in SUBJECTS), None)
            if subject is not None:
                return subject
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
    found = objects_of_prepositions(token, *prepositions)
    return found[0] if found else None


def objects_of_prepositions(token: Token, *prepositions: str) -> list[Token]:
    """Every such object: "In fact 28 men remain in custody" has two "in" phrases."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in prepositions:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:  # "of gay and bisexual men" may parse with two objects: the noun is last
                found.append(objects[-1])
    return found


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
                if pobj is not None and pobj.ent_type_ != "DATE" and not _manner(pobj):
                    return pobj
    return None


def _manner(pobj: Token) -> bool:
    """ "relocated by force", "banned by decree": how it was done, not who did it."""
    bare = not any(child.dep_ in ("det", "poss", "amod", "compound") for child in pobj.children)
    return bare and pobj.lower_ in _MANNER_NOUNS


def is_named(phrase: Phrase) -> bool:
    """A phrase that names someone rather than a bare pronoun."""
    return not phrase.is_pronoun and any(
        tok.pos_ in ("PROPN", "NOUN") for tok in phrase.head.subtree
    )
