"""The timeline: date order at the sources' precision; a month is never shown as a day."""

from __future__ import annotations

import datetime as dt

from factfinder.link.timeline import build_timeline
from factfinder.store.linking import ClaimRecord


def record(claim_id, kind, type_, when=None, source_id=1, **fields) -> ClaimRecord:
    return ClaimRecord(
        id=claim_id,
        source_id=source_id,
        kind=kind,
        type=type_,
        sentence=f"sentence {claim_id}",
        when=when,
        published_at=dt.date(2017, 5, 4),
        **fields,
    )


def test_month_sorts_at_the_head_of_its_month_and_displays_as_a_month() -> None:
    claims = [
        record(
            1,
            "event",
            "detention",
            {"start": "2017-04-03", "end": "2017-04-03", "precision": "day"},
        ),
        record(
            2,
            "event",
            "detention",
            {"start": "2017-04-01", "end": "2017-04-30", "precision": "month"},
        ),
        record(3, "event", "torture"),
        record(4, "statement", "condemn"),
        record(
            5,
            "event",
            "incitement",
            {"start": "2017-05-26", "end": "2017-05-26", "precision": "day"},
        ),
        record(
            6, "event", "killing", {"start": "2017-01-01", "end": "2017-12-31", "precision": "year"}
        ),
    ]
    entries = build_timeline(claims, {1: 9, 2: 9, 3: 9}, {4: "United Kingdom"})
    shown = [(e.span.display() if e.span else "undated", e.type) for e in entries]
    assert shown == [
        ("2017", "killing"),
        ("2017-04", "detention"),
        ("2017-04-03", "detention"),
        ("2017-05-04", "condemn"),
        ("2017-05-26", "incitement"),
        ("undated", "torture"),
    ]
    statement = entries[3].as_json()
    assert statement["date_basis"] == "published" and statement["actor"] == "United Kingdom"
    assert entries[1].as_json()["date"]["display"] == "2017-04"


def test_claims_of_one_incident_on_one_date_are_one_entry() -> None:
    day = {"start": "2017-04-03", "end": "2017-04-03", "precision": "day"}
    claims = [
        record(1, "event", "detention", day, source_id=1),
        record(2, "event", "detention", day, source_id=2),
        record(3, "event", "detention", day, source_id=3, review_status="rejected"),
    ]
    (entry,) = build_timeline(claims, {1: 4, 2: 4, 3: 4}, {})
    assert entry.claim_ids == [1, 2] and entry.source_ids == [1, 2]
