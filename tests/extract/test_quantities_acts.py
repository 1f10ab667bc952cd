"""Which act of a sentence a figure counts: the act whose verb has the counted group as its
subject, an act coordinated in a relative clause on the group, an act the learned model
proposed, and a bare count whose group was named two sentences before."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from factfinder.extract import analyze
from factfinder.extract.events import Detection
from factfinder.extract.learned.proposals import Proposal

PUBLISHED = dt.date(2026, 3, 10)


def counts_by_type(text: str) -> dict[str, list[tuple[int, str, str]]]:
    claims = analyze(text, PUBLISHED, supplement=None)
    return {c.type: [(f.low, f.unit, f.qualifier) for f in c.counts] for c in claims}


def test_an_act_coordinated_in_a_relative_clause_counts_the_group() -> None:
    found = counts_by_type(
        "We are alarmed about the fate of three student leaders, who were seized by masked "
        "men on 2 May and whose whereabouts remain unknown."
    )
    assert found["enforced_disappearance"] == [(3, "leaders", "exact")]


def test_a_bare_count_takes_the_group_told_of_two_sentences_before() -> None:
    found = counts_by_type(
        "The nurses were detained on Monday. Their whereabouts were unknown until one of "
        "them, Ilse Varga, appeared before a judge. The other four were released on Thursday."
    )
    assert found["release"] == [(4, "nurses", "exact")]


class _Proposes:
    """A stand-in for the learned model: proposes a type on each given word, with no victims
    phrase, in place of what the rules found, so that only grammar ties a figure to an act."""

    def __init__(self, **types: str) -> None:
        self.types = types

    def revise(self, span: Span, found: list[Detection]) -> list[Detection]:
        proposals: list[Detection] = [
            Proposal("event", self.types[t.lower_], t) for t in span if t.lower_ in self.types
        ]
        return proposals or found


def proposed(text: str, **types: str) -> dict[str, list[tuple[int, str]]]:
    claims = analyze(text, PUBLISHED, supplement=_Proposes(**types))
    return {c.type: [(f.low, f.unit) for f in c.counts] for c in claims}


def test_the_group_a_verb_acts_on_is_its_count_not_the_nearer_act_noun() -> None:
    found = proposed(
        "Since Mr Talvo's arrest, at least eight other union members have been summoned for "
        "questioning.",
        arrest="detention",
        summoned="harassment",
    )
    assert found == {"detention": [], "harassment": [(8, "members")]}


def test_a_proposed_act_with_no_victims_phrase_keeps_the_count_of_its_sentence() -> None:
    found = proposed(
        "We left Ardel on the ninth of May, eleven families together, on foot.",
        left="forced_displacement",
    )
    assert found == {"forced_displacement": [(11, "families")]}
