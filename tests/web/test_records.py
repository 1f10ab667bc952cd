"""Claim lists cut in SQL: every page in reading order, totals exact right after a review."""

import datetime as dt
import random

from sqlalchemy import insert, select, update

from factfinder.store.claims import claim_row_to_dict
from factfinder.store.db import Store
from factfinder.store.models import Claim, Source
from factfinder.web.records import (
    Page,
    count_claims,
    dashboard_counts,
    decide_claim,
    list_claims_page,
    recent_activity,
)

NOW = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
TYPES = ("detention", "torture", "deny")


def _claims(store: Store) -> list[tuple[int, int, int, str]]:
    """Three sources whose claims were stored out of reading order; (source, start, id, type)."""
    rng = random.Random(7)
    made = []
    with store.session() as session:
        for n in range(3):
            source_id = session.execute(
                insert(Source).returning(Source.id),
                {
                    "uri": f"report-{n}.txt",
                    "sha256": f"{n}" * 64,
                    "size": 10,
                    "media_type": "text/plain",
                    "retrieved_at": NOW,
                    "collected_by": "tester",
                    "factfinder_version": "test",
                    "text": "x" * 500,
                    "tags": [],
                    "extra": {},
                },
            ).scalar_one()
            for k in range(23):
                start, kind = rng.randrange(400), TYPES[k % 3]
                claim_id = session.execute(
                    insert(Claim).returning(Claim.id),
                    {
                        "source_id": source_id,
                        "fingerprint": f"{n}-{k}",
                        "kind": "statement" if kind == "deny" else "event",
                        "type": kind,
                        "sentence": "Police detained 40 men in Osk.",
                        "start": start,
                        "end": start + 30,
                        "confidence": 0.9,
                        "extracted_at": NOW,
                    },
                ).scalar_one()
                made.append((source_id, start, claim_id, kind))
    return sorted(made)


def _all_pages(store: Store, size: int, **filters: list[str]) -> tuple[list[int], set[int]]:
    ids, totals, number = [], set(), 1
    while True:
        page = list_claims_page(store, Page(number, size), **filters)
        totals.add(page["total"])
        if not page["items"]:
            return ids, totals
        ids += [item["id"] for item in page["items"]]
        number += 1


def test_pages_follow_reading_order_under_every_filter(store: Store) -> None:
    claims = _claims(store)
    assert _all_pages(store, 10) == ([c[2] for c in claims], {len(claims)})
    torture = [c[2] for c in claims if c[3] == "torture"]
    assert _all_pages(store, 4, types=["torture"]) == (torture, {len(torture)})
    two = [c[2] for c in claims if c[3] in ("torture", "deny")]
    assert _all_pages(store, 7, types=["deny", "torture"], statuses=["extracted"]) == (
        two,
        {len(two)},
    )


def test_totals_follow_each_review_at_once(store: Store) -> None:
    claims = _claims(store)
    first = claims[0][2]
    assert count_claims(store, statuses=["extracted"]) == len(claims)
    assert list_claims_page(store, Page(1, 5), statuses=["confirmed"])["total"] == 0
    decide_claim(store, first, "confirm", "reviewer", None)
    assert count_claims(store, statuses=["extracted"]) == len(claims) - 1
    confirmed = list_claims_page(store, Page(1, 5), statuses=["confirmed"])
    assert confirmed["total"] == 1 and [c["id"] for c in confirmed["items"]] == [first]
    unreviewed = list_claims_page(store, Page(1, 200), statuses=["extracted"])
    assert first not in [c["id"] for c in unreviewed["items"]]


def test_list_rows_are_the_claims_as_stored(store: Store) -> None:
    """Lists read plain rows for speed; each item is exactly what the ORM object gives."""
    claims = _claims(store)
    decide_claim(store, claims[1][2], "dispute", "reviewer", "one witness only")
    with store.session() as session:
        session.execute(
            update(Claim)
            .where(Claim.id == claims[0][2])
            .values(
                when={"start": "2026-04-02", "end": "2026-04-02", "precision": "day"},
                place={"name": "Osk", "country": "XK"},
                counts=[{"value": 40, "unit": "men"}],
            )
        )
    with store.session() as session:
        stored = {row.id: claim_row_to_dict(row) for row in session.scalars(select(Claim))}
    listed = list_claims_page(store, Page(1, 200))["items"]
    assert listed == [stored[item["id"]] for item in listed]
    assert [list(item) for item in listed] == [list(stored[item["id"]]) for item in listed]
    assert listed[0]["counts"] == [{"value": 40, "unit": "men"}]
    assert {item["reviewed_at"] is None for item in listed} == {True, False}


def test_dashboard_follows_each_review_at_once(store: Store) -> None:
    """The dashboard's counts and activity are kept between requests, never past a change."""
    claims = _claims(store)
    assert dashboard_counts(store)["claims_by_status"] == {"extracted": len(claims)}
    assert recent_activity(store) == ()
    decide_claim(store, claims[0][2], "confirm", "reviewer", None)
    counts = dashboard_counts(store, levels=["public"])
    assert counts["claims_by_status"] == {"extracted": len(claims) - 1, "confirmed": 1}
    assert counts["claims"] == len(claims) and counts["sources"] == 3
    assert dashboard_counts(store)["claims_by_status"]["confirmed"] == 1
    assert recent_activity(store)[0].action == "claim.review"


def test_listed_claims_never_share_their_figures(store: Store) -> None:
    """Empty figure lists are made without the JSON parser, one new list per claim."""
    _claims(store)
    items = list_claims_page(store, Page(1, 3))["items"]
    assert [item["counts"] for item in items] == [[], [], []]
    assert {item["when"] for item in items} == {None}
    items[0]["counts"].append({"value": 1})
    assert items[1]["counts"] == []
