"""The `link` job end to end on SQLite and PostgreSQL, from invented multi-source stories."""

from __future__ import annotations

from sqlalchemy import select

from factfinder.link.actors import add_alias
from factfinder.link.run import run_link
from factfinder.link.views import (
    incident_dossier,
    list_actors,
    list_incidents,
    merge_incidents,
    responses,
    split_incident,
    timeline,
)
from factfinder.store.claims import review_claim
from factfinder.store.db import Store
from factfinder.store.models import Claim
from tests.link.conftest import StoryBuilder, claim, figure
from tests.link.stories import osk_story


def incident_of(store: Store, claim_id: int) -> dict:
    for incident in list_incidents(store):
        dossier = incident_dossier(store, incident["id"])
        if any(c["claim_id"] == claim_id for c in dossier["claims"]):
            return dossier
    raise AssertionError(f"claim {claim_id} is in no incident")


def test_same_incident_told_differently_is_one_incident(store: Store, story: StoryBuilder) -> None:
    ids = osk_story(story)
    run_link(store)
    dossier = incident_of(store, ids["monitor"][0])
    members = {c["claim_id"] for c in dossier["claims"]}
    # the monitor's report, the wire story, its syndicated copy and the late month-dated report
    assert set(ids["monitor"]) | set(ids["wire"][:2]) | set(ids["syndicated"][:2]) <= members
    assert ids["condemnation"][1] in members
    linked = next(c for c in dossier["claims"] if c["claim_id"] == ids["wire"][0])
    assert "place:same" in linked["features"] and linked["score"] >= 3.0


def test_two_incidents_in_the_same_place_and_month_stay_apart(
    store: Store, story: StoryBuilder
) -> None:
    ids = osk_story(story)
    run_link(store)
    journalists = incident_of(store, ids["journalists"][0])
    assert [c["claim_id"] for c in journalists["claims"]] == ids["journalists"]
    assert len(list_incidents(store)) == 2


def test_syndicated_copy_counts_once_and_attribution_counts_as_its_origin(
    store: Store, story: StoryBuilder
) -> None:
    ids = osk_story(story)
    run_link(store)
    dossier = incident_of(store, ids["monitor"][0])
    groups = {s["source_id"]: s["duplicate_group"] for s in dossier["sources"]}
    assert groups[story.sources["syndicated"]] == story.sources["wire"]
    # Osk Monitor (its report, and the wire's "according to the Osk Monitor"), Varnia Daily
    # (wire and syndicated copy count once) and Ruritania Today: three, not five.
    assert dossier["independent_sources"] == 3
    assert sorted(dossier["corroboration"]["origins"]) == [
        "Osk Monitor",
        "Ruritania Today",
        "Varnia Daily",
    ]
    wire = next(c for c in dossier["claims"] if c["claim_id"] == ids["wire"][0])
    assert wire["origin"] == "Osk Monitor"


def test_figure_history_with_revision_range_conservative_and_latest(
    store: Store, story: StoryBuilder
) -> None:
    ids = osk_story(story)
    run_link(store)
    figures = {h["unit"]: h for h in incident_of(store, ids["monitor"][0])["figures"]}
    facilities = figures["facilities"]
    assert [v["low"] for v in facilities["values"]] == [2, 5, 5]
    first, revision = facilities["values"][0], facilities["values"][1]
    assert revision["supersedes"]["claim_id"] == first["claim_id"] == ids["monitor"][0]
    assert first["superseded_by"] == revision["claim_id"] and not first["credible"]
    assert facilities["range"] == {"low": 2, "high": 5}
    assert facilities["conservative"]["low"] == 5 and facilities["latest"]["low"] == 5
    men = figures["men"]
    assert [(v["low"], v["qualifier"]) for v in men["values"]] == [
        (40, "at_least"),
        (100, "more_than"),
        (100, "more_than"),
    ]
    assert men["values"][1]["attributed_to"] == "the Osk Monitor"
    assert men["conservative"]["low"] == 40 and men["latest"]["low"] == 100


def test_contradictions_denial_and_lower_figure(store: Store, story: StoryBuilder) -> None:
    ids = osk_story(story)
    radio = story.report(
        "radio",
        [
            claim(
                "event",
                "detention",
                "About 30 gay men were detained in Osk in March, the station learnt.",
                target="About 30 gay men",
                place="Osk",
                when=("2026-03-01", "2026-03-31", "month"),
                counts=[figure(30, "men", "about")],
            )
        ],
        publisher="Varnia Radio",
        published="2026-03-25",
    )
    run_link(store)
    dossier = incident_of(store, ids["monitor"][0])
    kinds = {(c["kind"], c["claim_id"]) for c in dossier["contradictions"]}
    assert ("no_evidence", ids["ministry"][0]) in kinds
    assert ("lower_figure", radio[0]) in kinds
    # the Osk Monitor raising its own count from 40 to 100 is an update, not a contradiction
    assert ("lower_figure", ids["monitor"][0]) not in kinds
    detention = next(c for c in dossier["claims"] if c["claim_id"] == ids["monitor"][0])
    assert ids["ministry"][0] in detention["contradicted_by"]
    # corroboration comes from other origins only: not from the wire story quoting the monitor
    assert radio[0] in detention["corroborated_by"]
    assert ids["wire"][0] not in detention["corroborated_by"]


def test_response_matrix_silence_that_later_ends(store: Store, story: StoryBuilder) -> None:
    ids = osk_story(story)
    run_link(store)
    rows = responses(store)
    ruritania = [r for r in rows if r["actor"] == "Ruritanian government"]
    silences = [r for r in ruritania if r["stance"] == "no_public_statement"]
    assert [r["as_of"] for r in silences] == ["2026-03-20", "2026-03-21"]
    assert silences[0]["description"] == "no public statement as of 2026-03-20"
    assert all(r["ended_by"]["stance"] == "condemn" for r in silences)
    condemn = next(r for r in ruritania if r["stance"] == "condemn")
    assert condemn["date"]["display"] == "2026-03-30"
    assert set(condemn["ends_silence_of"]) == {ids["wire"][2], ids["syndicated"][2]}
    denial = next(r for r in rows if r["stance"] == "deny")
    assert denial["actor"] == "Dario Velk" and denial["actor_type"] == "official"
    assert denial["incident_ids"] == [incident_of(store, ids["monitor"][0])["id"]]


def test_timeline_keeps_month_precision(store: Store, story: StoryBuilder) -> None:
    ids = osk_story(story)
    run_link(store)
    entries = timeline(store)
    dates = [e["display_date"] for e in entries]
    assert dates[:3] == ["2026-03", "week of 2026-03-02", "2026-03-15"]
    assert entries[0]["claim_ids"] == [ids["condemnation"][1]]
    assert dates[-1] == "undated"
    incident = incident_of(store, ids["journalists"][0])["id"]
    assert [e["claim_ids"] for e in timeline(store, incident)] == [ids["journalists"]]


def test_link_is_idempotent_and_keeps_reviews_and_decisions(
    store: Store, story: StoryBuilder
) -> None:
    ids = osk_story(story)
    run_link(store)
    with store.session() as session:
        review_claim(session, ids["condemnation"][1], "rejected", "reviewer-1", "misdated")
        review_claim(session, ids["wire"][0], "disputed", "reviewer-1")
    run_link(store)
    first = incident_of(store, ids["monitor"][0])
    members = {c["claim_id"] for c in first["claims"]}
    assert ids["condemnation"][1] not in members  # rejected claims never count
    disputed = next(c for c in first["claims"] if c["claim_id"] == ids["wire"][0])
    assert disputed["disputed"] and disputed["review_status"] == "disputed"

    kept, new = split_incident(store, first["id"], [ids["wire"][1], ids["syndicated"][1]], "ana")
    assert kept == first["id"] and new != kept
    before = list_incidents(store)
    summary = run_link(store)
    assert summary.actors_new == 0 and summary.decisions_applied == 1
    assert list_incidents(store) == before
    assert incident_of(store, ids["wire"][1])["id"] == new

    merged = merge_incidents(store, kept, new, "ana")
    assert merged == kept
    run_link(store)
    assert incident_of(store, ids["wire"][1])["id"] == kept
    with store.session() as session:
        statuses = dict(session.execute(select(Claim.id, Claim.review_status)).tuples().all())
    assert statuses[ids["condemnation"][1]] == "rejected"
    assert statuses[ids["wire"][0]] == "disputed"


def test_alias_merges_transliterations_and_survives_relinking(
    store: Store, story: StoryBuilder
) -> None:
    story.report(
        "leader",
        [
            claim(
                "event",
                "incitement",
                "Varnian leader Ramazan Koldar called for gay people to be eliminated by May.",
                agent="Varnian leader Ramazan Koldar",
                target="gay people",
            ),
            claim(
                "event",
                "incitement",
                "Ramzan Koldar repeated the call on state television.",
                agent="Ramzan Koldar",
                target="gay people",
            ),
        ],
        publisher="Osk Monitor",
        published="2026-05-02",
    )
    run_link(store)
    koldar = [a for a in list_actors(store) if "Koldar" in a["name"]]
    assert len(koldar) == 1 and koldar[0]["claims"] == 2  # fuzzy: one actor, two spellings
    result = add_alias(store, "Ramazan Koldar", "Ramzan Koldar")
    run_link(store)
    actors = [a for a in list_actors(store) if "Koldar" in a["name"]]
    assert [(a["id"], a["name"]) for a in actors] == [(result.actor_id, "Ramzan Koldar")]
    assert "Ramazan Koldar" in actors[0]["aliases"]


def test_a_town_inside_a_region_counts_as_the_same_place(store: Store, story: StoryBuilder) -> None:
    first = story.report(
        "region",
        [
            claim(
                "event",
                "detention",
                "Men were held in a secret prison in Chechnya in April.",
                target="men",
                place="Chechnya",
                when=("2026-04-01", "2026-04-30", "month"),
            )
        ],
        published="2026-05-01",
    )
    second = story.report(
        "town",
        [
            claim(
                "event",
                "detention",
                "Dozens of men were detained in Argun on 12 April.",
                target="Dozens of men",
                place="Argun",
                when=("2026-04-12", "2026-04-12", "day"),
                counts=[figure(12, "men")],
            )
        ],
        published="2026-05-03",
    )
    run_link(store)
    dossier = incident_of(store, first[0])
    argun = next(c for c in dossier["claims"] if c["claim_id"] == second[0])
    assert "place:inside" in argun["features"]


def test_claims_without_dates_places_or_agents_are_not_merged(
    store: Store, story: StoryBuilder
) -> None:
    bare = [
        claim("event", "detention", f"People were detained, report {n} said.") for n in range(3)
    ]
    for n, item in enumerate(bare):
        story.report(f"bare{n}", [item], published="2026-01-0" + str(n + 1))
    run_link(store)
    assert len(list_incidents(store)) == 3


def test_contradictory_dates_link_and_are_flagged(store: Store, story: StoryBuilder) -> None:
    first = story.report(
        "a",
        [
            claim(
                "event",
                "killing",
                "A teacher was killed by soldiers in Belgrove on 3 May.",
                agent="soldiers",
                target="a teacher",
                place="Belgrove",
                when=("2026-05-03", "2026-05-03", "day"),
            )
        ],
        published="2026-05-04",
    )
    second = story.report(
        "b",
        [
            claim(
                "event",
                "killing",
                "Soldiers killed a teacher in Belgrove on 5 May.",
                agent="Soldiers",
                target="a teacher",
                place="Belgrove",
                when=("2026-05-05", "2026-05-05", "day"),
            )
        ],
        published="2026-05-06",
    )
    run_link(store)
    dossier = incident_of(store, first[0])
    assert {c["claim_id"] for c in dossier["claims"]} == {first[0], second[0]}
    assert any(c["kind"] == "different_date" for c in dossier["contradictions"])


def test_a_source_with_thousands_of_claims_and_other_scripts(
    store: Store, story: StoryBuilder
) -> None:
    towns = [f"Town{n}" for n in range(60)]
    claims = [
        claim(
            "event",
            "detention" if n % 2 else "harassment",
            f"Сотрудники полиции задержали {n} человек в {towns[n % 60]} ({n}).",
            agent="Рамзан Кадыров" if n % 3 else "полиция",
            target=f"{n} activists",
            place=towns[n % 60],
            when=(f"2026-{n % 12 + 1:02d}-01", f"2026-{n % 12 + 1:02d}-28", "month")
            if n % 5
            else None,
        )
        for n in range(2000)
    ]
    ids = story.report("annual", claims, publisher="Гражданский контроль", published="2026-12-31")
    summary = run_link(store)
    assert summary.events == len(ids) == 2000
    assert 60 <= summary.incidents < 2000
    assert any(a["name"] == "Рамзан Кадыров" for a in list_actors(store))


def test_merge_keeps_the_first_id_and_split_keeps_the_rest_in_place(
    store: Store, story: StoryBuilder
) -> None:
    ids = osk_story(story)
    run_link(store)
    big = incident_of(store, ids["monitor"][0])["id"]
    small = incident_of(store, ids["journalists"][0])["id"]
    assert merge_incidents(store, small, big, "ana") == small
    assert {i["id"] for i in list_incidents(store)} == {small}
    most = [c["claim_id"] for c in incident_of(store, ids["monitor"][0])["claims"]]
    events = [c for c in most if c not in (ids["journalists"][0],)]
    kept, new = split_incident(store, small, events[:-1], "ana")
    assert kept == small and new != small
    assert incident_of(store, ids["monitor"][0])["id"] == new
