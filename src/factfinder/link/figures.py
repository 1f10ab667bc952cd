"""Figure histories: how each number of an incident evolved, source by source, and what to cite."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from factfinder.store.linking import ClaimRecord, SourceRecord


@dataclass(slots=True)
class FigureValue:
    """One value of a figure as one claim gives it, with everything needed to cite it."""

    claim_id: int
    source_id: int
    published_at: dt.date | None
    date: str | None
    attributed_to: str | None
    low: int
    high: int | None
    qualifier: str
    sentence: str
    disputed: bool
    hedged: bool
    negated: bool
    supersedes: dict[str, Any] | None = None
    superseded_by: int | None = None

    @property
    def credible(self) -> bool:
        """Not revised away, not denied in its own sentence and not disputed by a reviewer."""
        return self.superseded_by is None and not self.negated and not self.disputed

    def as_json(self, sources: dict[int, SourceRecord]) -> dict[str, Any]:
        source = sources.get(self.source_id)
        return {
            "claim_id": self.claim_id,
            "source_id": self.source_id,
            "source": _source_label(source),
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "date": self.date,
            "attributed_to": self.attributed_to,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "supersedes": self.supersedes,
            "superseded_by": self.superseded_by,
            "credible": self.credible,
            "disputed": self.disputed,
            "hedged": self.hedged,
            "sentence": self.sentence,
        }


@dataclass(slots=True)
class FigureHistory:
    """Every value of one figure (one unit) of an incident, in source order, with a summary."""

    unit: str
    values: list[FigureValue] = field(default_factory=list)

    @property
    def range(self) -> tuple[int, int]:
        return (
            min(v.low for v in self.values),
            max(v.high if v.high is not None else v.low for v in self.values),
        )

    @property
    def conservative(self) -> FigureValue:
        """ACLED's rule: the lowest credible figure (all figures if none is credible)."""
        pool = [v for v in self.values if v.credible] or self.values
        return min(pool, key=lambda v: (v.low, v.claim_id))

    @property
    def latest(self) -> FigureValue:
        """The most recently published credible value (the last value if none is credible)."""
        pool = [v for v in self.values if v.credible] or self.values
        return pool[-1]

    def as_json(self, sources: dict[int, SourceRecord]) -> dict[str, Any]:
        low, high = self.range
        return {
            "unit": self.unit,
            "values": [v.as_json(sources) for v in self.values],
            "range": {"low": low, "high": high},
            "conservative": _summary(self.conservative),
            "latest": _summary(self.latest),
        }


def _summary(value: FigureValue) -> dict[str, Any]:
    return {
        "low": value.low,
        "high": value.high,
        "qualifier": value.qualifier,
        "claim_id": value.claim_id,
        "source_id": value.source_id,
    }


def _source_label(source: SourceRecord | None) -> str | None:
    if source is None:
        return None
    return source.publisher or source.title or source.uri


def normalise_unit(unit: Any) -> str:
    return " ".join(str(unit or "").casefold().split())


# Deaths and releases are different measures from the number of people affected: "100 men
# detained" and "3 men died in custody" must not become one history whose lowest value is 3.
MEASURE_OF_TYPE = {"killing": "killed", "release": "released"}


def figure_label(unit: str, claim_type: str) -> str:
    """The history a figure belongs to: its unit, qualified by the measure for deaths/releases."""
    measure = MEASURE_OF_TYPE.get(claim_type)
    return f"{unit} {measure}" if measure else unit


def figure_histories(claims: list[ClaimRecord]) -> list[FigureHistory]:
    """One history per unit (and measure) over an incident's claims, values in source order.

    Source order is publication date, then acquisition (source id), then place in the text.
    A revision ("six, not two as originally reported") points at the most recent earlier value
    it supersedes, which is then marked superseded_by the revision and stops being credible.
    """
    histories: dict[str, FigureHistory] = {}
    ordered = sorted(
        (c for c in claims if c.counted),
        key=lambda c: (c.published_at or dt.date.max, c.source_id, _claim_date(c), c.start, c.id),
    )
    revisions: list[tuple[FigureValue, dict[str, Any], FigureHistory]] = []
    # "detained and tortured in six prisons" gives two claims but one figure: count it once
    seen: set[tuple[Any, ...]] = set()
    for claim in ordered:
        span = claim.span()
        for figure in claim.counts:
            if not isinstance(figure, dict) or not isinstance(figure.get("low"), int):
                continue
            unit = normalise_unit(figure.get("unit"))
            if unit:
                unit = figure_label(unit, claim.type)
            said = (claim.source_id, claim.sentence, unit, figure["low"], figure.get("high"))
            if not unit or said in seen:
                continue
            seen.add(said)
            value = FigureValue(
                claim_id=claim.id,
                source_id=claim.source_id,
                published_at=claim.published_at,
                date=span.display() if span else None,
                attributed_to=claim.attributed_to,
                low=figure["low"],
                high=figure.get("high") if isinstance(figure.get("high"), int) else None,
                qualifier=str(figure.get("qualifier") or "exact"),
                sentence=claim.sentence,
                disputed=claim.disputed,
                hedged=claim.hedged,
                negated=claim.negated,
            )
            history = histories.setdefault(unit, FigureHistory(unit))
            history.values.append(value)
            if isinstance(figure.get("supersedes"), dict):
                revisions.append((value, figure["supersedes"], history))
    for value, supersedes, history in revisions:
        _link_revision(value, supersedes, history)
    return sorted(histories.values(), key=lambda h: (-len(h.values), h.unit))


def _claim_date(claim: ClaimRecord) -> dt.date:
    span = claim.span()
    return span.start if span else dt.date.max


def _link_revision(value: FigureValue, supersedes: dict[str, Any], history: FigureHistory) -> None:
    """Point a revision at the value it replaces (the latest before it, else any other) and
    mark every earlier report of that value superseded: "five, not two as first reported"
    says the two was wrong, whoever repeated it."""
    if not isinstance(supersedes.get("low"), int):
        return
    position = history.values.index(value)
    candidates = [
        v
        for v in history.values
        if v.low == supersedes["low"] and v.claim_id != value.claim_id and v.superseded_by is None
    ]
    before = [v for v in candidates if history.values.index(v) < position]
    earlier = before[-1] if before else (candidates[0] if candidates else None)
    value.supersedes = {
        "low": supersedes["low"],
        "high": supersedes.get("high"),
        "claim_id": earlier.claim_id if earlier else None,
    }
    for replaced in before or ([earlier] if earlier else []):
        replaced.superseded_by = value.claim_id
