"""One sentence read as part of a report, for the tests of event phrasing families."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from factfinder.extract import analyze
from factfinder.extract.claims import Claim

PUBLISHED = dt.date(2025, 6, 20)
# A first sentence in the voice of a report, as the sentences under test appear in one.
CONTEXT = "Human Rights Watch documented the cases in Varnia. "


def events_in_report(sentence: str) -> list[Claim]:
    """The event claims that `sentence` gives after a report's opening sentence."""
    return _events_after_context(sentence, "default")


def rule_events_in_report(sentence: str) -> list[Claim]:
    """events_in_report by the rules alone (`supplement=None`), for tests of what rules find."""
    return _events_after_context(sentence, None)


def assert_rule_event(sentence: str, etype: str, target: str | None) -> None:
    """The rules find an asserted (not negated) `etype` in `sentence`, befalling `target` as
    written when it is given: the check of every family-of-wordings test."""
    claims = [c for c in rule_events_in_report(sentence) if c.type == etype and not c.negated]
    assert claims, f"no {etype} in: {sentence}"
    if target is not None:
        assert target in {c.target for c in claims}, (target, [c.target for c in claims])


def _events_after_context(sentence: str, supplement: Literal["default"] | None) -> list[Claim]:
    return [
        claim
        for claim in analyze(CONTEXT + sentence, PUBLISHED, supplement=supplement)
        if claim.kind == "event" and sentence[:30] in claim.sentence
    ]
