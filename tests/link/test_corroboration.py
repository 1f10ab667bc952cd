"""Origins: attribution beats the reporting source; near-duplicates and one publisher count once."""

from __future__ import annotations

from factfinder.link.corroboration import NO_EVIDENCE, about_situation, claim_origin, corroborate
from factfinder.store.linking import ClaimRecord


def record(claim_id: int, source_id: int) -> ClaimRecord:
    return ClaimRecord(
        id=claim_id, source_id=source_id, kind="event", type="detention", sentence="…"
    )


def test_origin_is_the_attributed_actor_then_the_group_publisher_then_the_group() -> None:
    groups = {8: 3, 3: 3}  # source 8 is a syndicated copy of source 3
    publishers = {3: 40, 5: 41}
    assert claim_origin(record(1, 8), 77, groups, publishers) == "actor:77"
    assert claim_origin(record(1, 8), None, groups, publishers) == "actor:40"
    assert claim_origin(record(1, 5), None, groups, publishers) == "actor:41"
    assert claim_origin(record(1, 6), None, groups, publishers) == "source:6"


def test_no_evidence_wording() -> None:
    assert NO_EVIDENCE.search("Moscow had no reason to believe reports about the persecution")
    assert NO_EVIDENCE.search("The ministry said it found no evidence of detentions.")
    assert not NO_EVIDENCE.search("The ministry denied the reports.")


def test_a_denial_tied_to_no_incident_still_contradicts_its_situation() -> None:
    events = [
        ClaimRecord(
            id=1, source_id=1, kind="event", type="detention", sentence="…", target="gay men"
        )
    ]
    denial = ClaimRecord(
        id=2,
        source_id=2,
        kind="statement",
        type="deny",
        sentence="The ministry denies reports alleging that men are held in secret facilities.",
        target="reports alleging that men are being held in secret facilities",
    )
    unrelated = ClaimRecord(
        id=3, source_id=3, kind="statement", type="deny", sentence="…", target="the tax figures"
    )
    assert about_situation(denial, events) and not about_situation(unrelated, events)
    result = corroborate(events, [], {1: "source:1"}, [], [denial])
    (item,) = result.contradictions
    assert (item.kind, item.against, item.detail) == ("denial", [1], "about the situation")
    assert result.per_claim[1]["contradicted_by"] == [2]
