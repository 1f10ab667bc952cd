"""Reads of the stored block index: the nearest members of a block, from index ranges only."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from factfinder.store.db import Store
from factfinder.store.linking import (
    _WINDOWS,
    WINDOWS_PER_QUERY,
    block_windows,
    blocks_from,
    insert_blocks,
    load_claims,
    small_blocks,
)

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))

from link import store_world  # noqa: E402

KEY = "d|custody|name:zenmarovo|2031-04"


def big_block(store: Store, size: int = 600) -> None:
    """One dated block of `size` event claims of one source, two claims per day."""
    source = {"id": 1, "text": "", "published": dt.date(2031, 5, 1), "publisher": "Zenmar Daily"}
    claims = [
        {"source_id": 1, "kind": "event", "type": "detention", "sentence": "", "start": n}
        for n in range(size)
    ]
    store_world(store, [source], claims)
    with store.session() as session:
        insert_blocks(
            session,
            (
                {"key": KEY, "claim_id": n, "start_ordinal": 740_000 + n // 2, "source_id": 1}
                for n in range(1, size + 1)
            ),
        )


def test_a_window_is_the_nearest_members_on_each_side(store: Store) -> None:
    big_block(store)
    with store.session() as session:
        window = block_windows(session, [(KEY, (740_100, 201))], 9)
        assert sorted({c for c, _start in window}) == list(range(192, 210))
        # many windows, more than one statement's worth, read together
        positions = [(KEY, (740_000 + n, 2 * n + 1)) for n in range(0, 300, 5)]
        assert len(positions) > WINDOWS_PER_QUERY
        together = {c for c, _start in block_windows(session, positions, 2)}
        one_by_one = {c for p in positions for c, _start in block_windows(session, [p], 2)}
        assert together == one_by_one and len(together) == 4 * len(positions) - 2
        assert small_blocks(session, [KEY], 40) == {}
        whole = small_blocks(session, [KEY, "d|other"], 600)
        assert sorted(whole[KEY]) == list(range(1, 601)) and whole["d|other"] == []
        bounds = [(KEY, 740_250), (KEY, 740_010), ("d|other", 740_000)]
        later = blocks_from(session, bounds, 5)
        assert sorted(later[KEY, 740_250]) == list(range(500, 505))
        assert sorted(later[KEY, 740_010]) == list(range(20, 25))
        assert later["d|other", 740_000] == []
        earlier = blocks_from(session, bounds, 5, descending=True)
        assert sorted(earlier[KEY, 740_250]) == [497, 498, 499, 500, 501]


def test_windows_by_source_order_members_by_source_then_claim(store: Store) -> None:
    big_block(store)
    with store.session() as session:
        insert_blocks(
            session,
            (
                {"key": "l|x", "claim_id": n, "start_ordinal": None, "source_id": 1}
                for n in range(1, 11)
            ),
        )
        window = block_windows(session, [("l|x", (1, 5))], 2, by_source=True)
        assert sorted({c for c, _start in window}) == [3, 4, 5, 6]
        assert all(start is None for _c, start in window)


def test_a_dated_window_reads_the_index_without_sorting_the_block(store: Store) -> None:
    if store.engine.dialect.name != "sqlite":
        return  # the plan below is SQLite's; PostgreSQL runs the same statement
    big_block(store)
    compiled = _WINDOWS[False].compile(store.engine)
    parameters = compiled.construct_params(
        {"size": 9}
        | {f"key_{n}": KEY for n in range(WINDOWS_PER_QUERY)}
        | {f"first_{n}": 740_100 + n for n in range(WINDOWS_PER_QUERY)}
        | {f"second_{n}": 201 + 2 * n for n in range(WINDOWS_PER_QUERY)}
    )
    with store.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}",
            tuple(parameters[name] for name in compiled.positiontup or ()),
        ).all()
    details = " ".join(row[-1] for row in plan)
    assert "ix_event_blocks_key_start" in details and "TEMP B-TREE" not in details


def test_claims_load_without_their_sentences_for_linking(store: Store) -> None:
    source = {"id": 1, "text": "", "published": dt.date(2031, 5, 1), "publisher": "Zenmar Daily"}
    claims = [
        {
            "source_id": 1,
            "kind": "event",
            "type": "detention",
            "sentence": "Police held 3.",
            "start": 0,
        }
    ]
    store_world(store, [source], claims)
    with store.session() as session:
        (full,) = load_claims(session)
        (lean,) = load_claims(session, sentences=False)
    assert full.sentence == "Police held 3." and lean.sentence == ""
    assert (lean.id, lean.type, lean.published_at) == (full.id, full.type, dt.date(2031, 5, 1))
