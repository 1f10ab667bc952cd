"""The must-pass published report (GCN, 4 May 2017): every key claim the issue lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factfinder.extract import analyze
from factfinder.extract.claims import Claim

CORPUS = Path("/work/shared/corpus/gcn-2017-four-more-prisons.txt")
pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="corpus article not present")


@pytest.fixture(scope="module")
def claims() -> list[Claim]:
    text = CORPUS.read_text(encoding="utf-8")
    found = analyze(text, dt.date(2017, 5, 4))
    assert all(text[c.start : c.end] == c.sentence for c in found)
    return found


def find(claims: list[Claim], kind: str, words: str) -> Claim:
    matches = [c for c in claims if c.type == kind and words in c.sentence]
    assert matches, f"no {kind} claim in a sentence with {words!r}"
    return matches[0]


def test_detention_and_torture_in_six_prisons_superseding_two(claims: list[Claim]) -> None:
    for kind in ("detention", "torture"):
        claim = find(claims, kind, "six prisons")
        assert claim.target == "gay men"
        assert claim.place is not None and claim.place.name == "Chechnya"
        assert claim.place.country_code == "RU"
        [figure] = claim.counts
        assert (figure.low, figure.unit) == (6, "prisons")
        assert figure.supersedes is not None and figure.supersedes.low == 2


def test_kadyrov_incitement_dated_26_may(claims: list[Claim]) -> None:
    claim = find(claims, "incitement", "eliminated")
    assert claim.agent is not None and "Kadyrov" in claim.agent
    assert claim.when is not None and claim.when.start == dt.date(2017, 5, 26)
    assert claim.when.precision == "day"


def test_release_only_after_bribes(claims: list[Claim]) -> None:
    claim = find(claims, "extortion", "bribes")
    assert claim.agent == "police"
    assert claim.attributed_to == "The newspaper"


def test_death_threat_told_to_the_father(claims: list[Claim]) -> None:
    claim = find(claims, "death_threat", "his father")
    assert claim.agent == "the police"
    assert claim.attributed_to is not None and "escapee" in claim.attributed_to
    assert "CNN" in claim.attributed_to


def test_hundred_men_reported_by_novaya_gazeta_last_month(claims: list[Claim]) -> None:
    claim = find(claims, "detention", "100 men")
    assert claim.attributed_to == "Novaya Gazeta"
    assert claim.when is not None
    assert (claim.when.start, claim.when.end, claim.when.precision) == (
        dt.date(2017, 4, 1),
        dt.date(2017, 4, 30),
        "month",
    )
    assert sorted((f.low, f.unit) for f in claim.counts) == [(2, "prisons"), (100, "men")]


def test_journalist_forced_to_flee_amid_death_threats(claims: list[Claim]) -> None:
    for kind in ("forced_displacement", "death_threat"):
        # The journalist is named in the article; the project never writes her name down.
        claim = find(claims, kind, "forced to flee")
        assert claim.target is not None and claim.target.startswith("The journalist who broke")


def test_government_responses(claims: list[Claim]) -> None:
    condemn = find(claims, "condemn", "British government")
    assert condemn.agent == "The British government"
    assert condemn.target == "gay men"
    silent = find(claims, "no_public_statement", "Irish government")
    assert silent.agent == "The Irish government"


def test_clinton_criticism_and_demand_across_she_said(claims: list[Claim]) -> None:
    criticize = find(claims, "criticize", "Clinton")
    assert criticize.agent == "Hillary Clinton"
    assert criticize.target is not None and "Donald Trump" in criticize.target
    assert criticize.when is not None and criticize.when.start == dt.date(2017, 5, 1)
    demand = find(claims, "demand", "should demand")
    assert demand.agent == "Hillary Clinton"
    assert demand.quote


def test_lavrov_denial(claims: list[Claim]) -> None:
    claim = find(claims, "deny", "no reason to believe")
    assert claim.agent == "Russian Foreign Minister Sergey Lavrov"
    assert claim.when is not None and claim.when.start == dt.date(2017, 5, 3)


def test_page_furniture_gives_nothing(claims: list[Claim]) -> None:
    assert not [c for c in claims if "©" in c.sentence or "comment" in c.sentence.lower()]
    assert not [c for c in claims if c.sentence.startswith("Watch")]
