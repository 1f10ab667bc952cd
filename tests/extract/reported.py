"""One sentence read as part of a report, for the tests of event phrasing families."""

from __future__ import annotations

import datetime as dt

from factfinder.extract import analyze
from factfinder.extract.claims import Claim

PUBLISHED = dt.date(2025, 6, 20)
# A first sentence in the voice of a report, as the sentences under test appear in one.
CONTEXT = "Human Rights Watch documented the cases in Varnia. "


def events_in_report(sentence: str) -> list[Claim]:
    """The event claims that `sentence` gives after a report's opening sentence."""
    return [
        claim
        for claim in analyze(CONTEXT + sentence, PUBLISHED)
        if claim.kind == "event" and sentence[:30] in claim.sentence
    ]


def rule_events_in_report(sentence: str) -> list[Claim]:
    """events_in_report by the rules alone (`supplement=None`), for tests of what rules find."""
    return [
        claim
        for claim in analyze(CONTEXT + sentence, PUBLISHED, supplement=None)
        if claim.kind == "event" and sentence[:30] in claim.sentence
    ]
