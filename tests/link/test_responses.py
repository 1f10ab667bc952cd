"""The response matrix: stances with dates and sources, silences, and silences that end."""

from __future__ import annotations

import datetime as dt

from factfinder.link.responses import response_matrix
from factfinder.store.linking import ClaimRecord


def statement(claim_id, type_, published, source_id=1, when=None, **fields) -> ClaimRecord:
    return ClaimRecord(
        id=claim_id,
        source_id=source_id,
        kind="statement",
        type=type_,
        sentence="…",
        when=when,
        published_at=dt.date.fromisoformat(published),
        **fields,
    )


ACTORS = {1: ("Ireland", "government", "IE"), 2: ("United Kingdom", "government", "GB")}


def test_silence_as_of_publication_ended_by_a_later_statement() -> None:
    claims = [
        statement(1, "no_public_statement", "2017-05-04"),
        statement(2, "condemn", "2017-05-04", source_id=1),
        statement(3, "express_concern", "2017-06-01", source_id=2),
        statement(
            4,
            "condemn",
            "2017-04-28",
            source_id=3,
            when={"start": "2017-04-27", "end": "2017-04-27", "precision": "day"},
        ),
    ]
    rows = response_matrix(claims, {1: 1, 2: 2, 3: 1, 4: 2}, ACTORS, {2: 5})
    ireland = [r for r in rows if r.actor == "Ireland"]
    assert [r.describe() for r in ireland] == [
        "no public statement as of 2017-05-04",
        "express concern",
    ]
    assert ireland[0].ended_by == {
        "stance": "express_concern",
        "date": "2017-06-01",
        "claim_ids": [3],
    }
    assert ireland[1].ends_silence_of == [1]
    uk = [r for r in rows if r.actor == "United Kingdom"]
    assert [(r.stance, r.date) for r in uk] == [
        ("condemn", "2017-04-27"),
        ("condemn", "2017-05-04"),
    ]
    assert uk[1].incident_ids == [5]


def test_same_stance_same_day_from_two_sources_is_one_row() -> None:
    claims = [
        statement(1, "deny", "2017-05-04", source_id=1, agent="Sergey Lavrov"),
        statement(
            2, "deny", "2017-05-04", source_id=2, agent="Sergey Lavrov", review_status="disputed"
        ),
        statement(3, "deny", "2017-05-04", source_id=3, review_status="stale"),
        statement(4, "condemn", "2017-05-04", source_id=3, negated=True),
    ]
    rows = response_matrix(claims, {}, {}, {})
    assert len(rows) == 1
    assert rows[0].actor == "Sergey Lavrov" and rows[0].source_ids == [1, 2] and rows[0].disputed
