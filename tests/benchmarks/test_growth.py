"""The growth benchmark's replication of claims onto the fill's sources (benchmarks/growth.py)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))

from growth import chunks, later, moved  # noqa: E402

TEMPLATE = {
    "source_id": 3,
    "kind": "event",
    "type": "detention",
    "when": {
        "start": "2025-03-01",
        "end": "2025-03-31",
        "precision": "month",
        "display": "2025-03",
    },
    "when_start": dt.date(2025, 3, 1),
}


def test_a_copy_belongs_to_its_new_source_and_happens_years_later() -> None:
    copy = moved(TEMPLATE, source_id=4711, years=7)
    assert copy["source_id"] == 4711
    assert copy["when"] == {
        "start": "2032-03-01",
        "end": "2032-03-31",
        "precision": "month",
        "display": "2032-03",
    }
    assert copy["when_start"] == dt.date(2032, 3, 1)
    assert copy["extracted_at"].tzinfo is not None
    assert TEMPLATE["when_start"] == dt.date(2025, 3, 1)  # the template is left as it was


def test_an_undated_claim_stays_undated() -> None:
    copy = moved({**TEMPLATE, "when": None, "when_start": None}, source_id=5, years=2)
    assert copy["when"] is None and copy["when_start"] is None


def test_29_february_moves_to_28_february_of_a_common_year() -> None:
    assert later(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)
    assert later(dt.date(2024, 2, 29), 4) == dt.date(2028, 2, 29)


def test_fill_sources_are_cut_into_copies_of_the_measured_set() -> None:
    assert list(chunks(list(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
