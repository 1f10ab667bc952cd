"""Incremental linking against the full relink, on SQLite and PostgreSQL, from generated worlds.

The generated world is benchmarks/link.py's: incidents told by three to five sources with
varied precision, missing fields, figures, statements and syndicated copies. Linked in
successive batches (each run incremental), it must give what one full relink of everything
gives: the same incidents (as sets of event claims), statement attachments, duplicate groups,
claim actors and origins.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from factfinder.link import incidents, incremental
from factfinder.link.actors import add_alias
from factfinder.link.run import run_link
from factfinder.link.views import merge_incidents, split_incident
from factfinder.store.claims import edit_claim, review_claim
from factfinder.store.db import Store
from factfinder.store.linking import load_duplicate_groups
from factfinder.store.models import (
    Claim,
    ClaimActor,
    Comment,
    Incident,
    IncidentClaim,
    IncidentTag,
    LinkState,
    utcnow,
)
from tests.link.conftest import StoryBuilder
from tests.link.stories import osk_story

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))

from link import generate, store_world  # noqa: E402

CLAIMS = 900
BATCHES = 4


FULL_RELINK_SHARE = incremental.FULL_RELINK_SHARE


@pytest.fixture(autouse=True)
def incremental_whatever_it_reaches(monkeypatch: pytest.MonkeyPatch) -> None:
    """These worlds are small and dense: each batch reaches most of the archive, and the
    incremental path (what is tested against the full relink) would give way to a full one."""
    monkeypatch.setattr(incremental, "FULL_RELINK_SHARE", 1.0)


def add_sources(store: Store, world: tuple[list, list], first: int, last: int) -> None:
    """Store the generated sources with ids in [first, last) and their claims."""
    sources, claims = world
    store_world(
        store,
        [s for s in sources if first <= s["id"] < last],
        [c for c in claims if first <= c["source_id"] < last],
    )


def batch_bounds(world: tuple[list, list], batches: int) -> list[tuple[int, int]]:
    last = len(world[0]) + 1
    step = -(-last // batches)
    return [(start, min(start + step, last)) for start in range(1, last, step)]


def snapshot(store: Store) -> dict[str, Any]:
    """What linking decided, without incident ids: incidents as sets of event claims, each
    statement's incident by its events, duplicates, claim actors, origins and corroboration."""
    with store.session() as session:
        rows = session.execute(
            select(
                IncidentClaim.claim_id,
                IncidentClaim.incident_id,
                IncidentClaim.role,
                IncidentClaim.origin,
            )
        ).all()
        events: dict[int, set[int]] = {}
        for claim_id, incident_id, role, _origin in rows:
            if role == "event":
                events.setdefault(incident_id, set()).add(claim_id)
        incidents = {i: frozenset(ids) for i, ids in events.items()}
        described = {
            incidents[row.id]: (row.label, row.independent_sources, row.when_start)
            for row in session.scalars(select(Incident))
        }
        return {
            "incidents": set(incidents.values()),
            "described": described,
            "statements": {c: incidents[i] for c, i, role, _o in rows if role == "statement"},
            "origins": {c: origin for c, _i, _r, origin in rows},
            "duplicates": load_duplicate_groups(session),
            "actors": set(session.execute(select(ClaimActor.claim_id, ClaimActor.role)).all()),
        }


def incident_rows(store: Store) -> list[tuple]:
    with store.session() as session:
        incidents = session.execute(
            select(Incident.id, Incident.label, Incident.independent_sources).order_by(Incident.id)
        ).all()
        members = session.execute(
            select(
                IncidentClaim.claim_id,
                IncidentClaim.incident_id,
                IncidentClaim.matched_claim_id,
                IncidentClaim.score,
                IncidentClaim.origin,
            ).order_by(IncidentClaim.claim_id)
        ).all()
    return [*map(tuple, incidents), *map(tuple, members)]


def incident_of(store: Store, claim_id: int) -> int | None:
    with store.session() as session:
        return session.scalar(
            select(IncidentClaim.incident_id).where(IncidentClaim.claim_id == claim_id)
        )


def events_of(store: Store, incident_id: int) -> set[int]:
    with store.session() as session:
        return set(
            session.scalars(
                select(IncidentClaim.claim_id).where(
                    IncidentClaim.incident_id == incident_id, IncidentClaim.role == "event"
                )
            )
        )


def linked_in_batches(
    store: Store, claims: int = CLAIMS, batches: int = BATCHES, seed: int = 11
) -> tuple:
    world = generate(claims, seed=seed)
    bounds = batch_bounds(world, batches)
    modes = []
    for first, last in bounds[:-1]:
        add_sources(store, world, first, last)
        modes.append(run_link(store).mode)
    assert modes == ["full"] + ["incremental"] * (len(modes) - 1)
    return world, bounds[-1]


def assert_same_as_full(store: Store) -> dict[str, Any]:
    incremental = snapshot(store)
    assert run_link(store, full=True).mode == "full"
    full = snapshot(store)
    for name in full:
        assert incremental[name] == full[name], name
    return full


@pytest.mark.parametrize("seed, batches", [(11, BATCHES), (3, 6)])
def test_batches_linked_incrementally_equal_one_full_link(
    store: Store, seed: int, batches: int
) -> None:
    world, last = linked_in_batches(store, batches=batches, seed=seed)
    add_sources(store, world, *last)
    summary = run_link(store)
    assert summary.mode == "incremental"
    assert 0 < summary.claims < CLAIMS  # the new claims and their neighbourhoods, not all
    full = assert_same_as_full(store)
    # the world has multi-source incidents, attached statements and syndicated copies
    assert any(len(ids) >= 3 for ids in full["incidents"])
    assert full["statements"] and full["duplicates"]


def test_statements_in_large_place_blocks_reach_the_same_events_both_ways(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With STATEMENT_BLOCK far below the world's place blocks, a statement is offered only
    the claims nearest before it: read from memory in the full relink, from the stored index
    in incremental runs, they must be the same claims."""
    monkeypatch.setattr(incidents, "STATEMENT_BLOCK", 5)
    monkeypatch.setattr(incremental, "STATEMENT_BLOCK", 5)
    world, last = linked_in_batches(store)
    add_sources(store, world, *last)
    assert run_link(store).mode == "incremental"
    full = assert_same_as_full(store)
    assert full["statements"]


def test_a_story_linked_report_by_report_equals_one_full_link(
    store: Store, story: StoryBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Osk story (attributions, a syndicated copy, statements, a second incident), each
    report linked as it arrives."""
    report = StoryBuilder.report
    modes = []

    def report_and_link(builder: StoryBuilder, *args: Any, **kwargs: Any) -> list[int]:
        ids = report(builder, *args, **kwargs)
        modes.append(run_link(store).mode)
        return ids

    monkeypatch.setattr(StoryBuilder, "report", report_and_link)
    ids = osk_story(story)
    assert modes[0] == "full" and set(modes[1:]) == {"incremental"}
    full = assert_same_as_full(store)
    assert len(full["incidents"]) == 2 and set(ids["condemnation"]) & full["statements"].keys()


@pytest.mark.parametrize("batches", [2, BATCHES])
def test_changes_reaching_most_of_the_archive_relink_it_all(
    store: Store, monkeypatch: pytest.MonkeyPatch, batches: int
) -> None:
    """Half the world at once is most of it; so are a quarter's incidents in a world this
    dense (the changed claims alone are not, the incidents around them are)."""
    world, last = linked_in_batches(store, batches=batches)
    monkeypatch.setattr(incremental, "FULL_RELINK_SHARE", FULL_RELINK_SHARE)
    add_sources(store, world, *last)
    assert run_link(store).mode == "full"
    assert_same_as_full(store)
    with store.session() as session:  # one rejected claim reaches a few incidents only
        claim_id = session.scalar(select(Claim.id).where(Claim.kind == "event").limit(1))
        review_claim(session, claim_id, "rejected", "reviewer-1", "not what the source says")
    assert run_link(store).mode == "incremental"
    assert_same_as_full(store)


def test_running_twice_changes_nothing(store: Store) -> None:
    world, last = linked_in_batches(store, batches=2)
    add_sources(store, world, *last)
    run_link(store)
    before = incident_rows(store)
    again = run_link(store)
    assert again.mode == "incremental" and again.claims == 0 and again.incidents == 0
    assert incident_rows(store) == before


def test_rejected_and_stale_claims_leave_their_incidents(store: Store) -> None:
    linked_in_batches(store, batches=2)
    with store.session() as session:
        rows = session.execute(
            select(IncidentClaim.incident_id, IncidentClaim.claim_id).where(
                IncidentClaim.role == "event"
            )
        ).all()
    members: dict[int, list[int]] = {}
    for incident_id, claim_id in rows:
        members.setdefault(incident_id, []).append(claim_id)
    crowded = [sorted(ids) for ids in members.values() if len(ids) >= 3]
    rejected, stale = crowded[0][0], crowded[1][-1]
    with store.session() as session:
        review_claim(session, rejected, "rejected", "reviewer-1", "not what the source says")
        # extraction marks a claim stale without a timestamp (store/claims.py save_claims)
        session.execute(update(Claim).where(Claim.id == stale).values(review_status="stale"))
    summary = run_link(store)
    assert summary.mode == "incremental"
    assert incident_of(store, rejected) is None and incident_of(store, stale) is None
    assert_same_as_full(store)


def test_an_edited_claim_is_relinked(store: Store) -> None:
    linked_in_batches(store, batches=2)
    with store.session() as session:
        claim_id, place = session.execute(
            select(Claim.id, Claim.place)
            .join(IncidentClaim, IncidentClaim.claim_id == Claim.id)
            .where(Claim.kind == "event", Claim.place.is_not(None))
            .order_by(Claim.id)
        ).first()
        edit_claim(session, claim_id, {"place": {"name": "Zenmarovo Nova"}}, "reviewer-1")
    assert run_link(store).mode == "incremental"
    assert events_of(store, incident_of(store, claim_id)) == {claim_id}  # nowhere else
    assert_same_as_full(store)


def test_merge_and_split_hold_through_incremental_runs(store: Store) -> None:
    world, last = linked_in_batches(store)
    with store.session() as session:
        ids = list(session.scalars(select(Incident.id).order_by(Incident.id)))
    first, second, third = ids[0], ids[-1], ids[len(ids) // 2]
    merged = merge_incidents(store, first, second, "investigator-1")  # a full run
    with store.session() as session:
        statement, attached_to = session.execute(
            select(IncidentClaim.claim_id, IncidentClaim.incident_id)
            .where(IncidentClaim.role == "statement")
            .order_by(IncidentClaim.claim_id)
        ).first()
    third = third if third != attached_to else ids[len(ids) // 3]
    apart = sorted(events_of(store, third))[:1]
    kept, new = split_incident(store, third, apart, "investigator-1")
    # a statement split off with an event of another incident stays with that event
    pinned_to = sorted(events_of(store, attached_to))[-1:]
    split_incident(store, attached_to, [*pinned_to, statement], "investigator-1")
    together = events_of(store, merged)
    add_sources(store, world, *last)
    assert run_link(store).mode == "incremental"
    assert together <= events_of(store, incident_of(store, min(together)))
    assert events_of(store, incident_of(store, apart[0])).isdisjoint(events_of(store, kept))
    assert incident_of(store, statement) == incident_of(store, pinned_to[0])
    assert_same_as_full(store)


def test_incident_ids_tags_and_comments_survive(store: Store) -> None:
    world, last = linked_in_batches(store, batches=2)
    with store.session() as session:
        incidents = {i: events_of(store, i) for i in session.scalars(select(Incident.id))}
        for incident_id in incidents:
            session.add(
                IncidentTag(incident_id=incident_id, tag="t", added_by="r", added_at=utcnow())
            )
            session.add(
                Comment(
                    object_type="incident",
                    object_id=incident_id,
                    author="r",
                    body="seen",
                    created_at=utcnow(),
                )
            )
    add_sources(store, world, *last)
    assert run_link(store).mode == "incremental"
    grown = 0
    for incident_id, events in incidents.items():
        now = incident_of(store, min(events))
        assert now == incident_id  # every old incident keeps its id …
        grown += events < events_of(store, now)
    assert grown  # … including those the new sources added claims to
    with store.session() as session:
        assert len(session.scalars(select(IncidentTag)).all()) == len(incidents)
        assert len(session.scalars(select(Comment)).all()) == len(incidents)


def test_alias_decision_and_extractor_changes_force_a_full_relink(store: Store) -> None:
    linked_in_batches(store, batches=2)
    add_alias(store, "Commander Belarov", "Commander Belenov")
    assert run_link(store).mode == "full"
    assert run_link(store).mode == "incremental"
    with store.session() as session:
        session.execute(update(LinkState).values(extractor_version="0.0+rules.0"))
    assert run_link(store).mode == "full"
    assert run_link(store, full=True).mode == "full"


@pytest.mark.parametrize("batches", [3])
def test_cli_full_and_incremental(store: Store, batches: int) -> None:
    import json

    from typer.testing import CliRunner

    from factfinder.cli import app

    world = generate(300, seed=5)
    runner = CliRunner()
    modes = []
    for first, last in batch_bounds(world, batches):
        add_sources(store, world, first, last)
        result = runner.invoke(app, ["link", "--json"])
        assert result.exit_code == 0, result.output
        modes.append(json.loads(result.stdout)["mode"])
    assert modes == ["full", "incremental", "incremental"]
    result = runner.invoke(app, ["link", "--full"])
    assert result.exit_code == 0 and result.stdout.startswith("full link of ")
