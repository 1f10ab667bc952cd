"""Roles and redaction on the web: levels hide records, names become pseudonyms, views audited."""

from __future__ import annotations

import html

import pytest
from sqlalchemy import select, update

from factfinder.protect import audit
from factfinder.protect.persons import add_person
from factfinder.store.models import Claim, Incident, IncidentClaim, Source
from tests.web.conftest import Workbench, sign_in

NAME = "Mira Dovan"  # the invented journalist of sample 06


@pytest.fixture(scope="module")
def protected(workbench: Workbench) -> dict[str, int]:
    """The journalist recorded as a protected person, and one source made restricted."""
    person = add_person(workbench.store, NAME, "witness", aliases=["Dovan"], actor="test")
    with workbench.store.session() as session:
        ids = list(session.scalars(select(Source.id).order_by(Source.id)))
        journalist = session.scalar(
            select(Source.id).where(Source.text.contains(NAME)).order_by(Source.id)
        )
        restricted = next(i for i in ids if i != journalist and i != ids[0])
        session.execute(update(Source).where(Source.id == restricted).values(level="restricted"))
        session.execute(
            update(Claim).where(Claim.source_id == restricted).values(level="restricted")
        )
        claim = session.scalar(select(Claim.id).where(Claim.source_id == restricted).limit(1))
    return {
        "journalist": journalist,
        "restricted": restricted,
        "restricted_claim": claim,
        "pseudonym": person.pseudonym,
    }


def test_viewers_get_pseudonyms_in_the_api(workbench: Workbench, protected: dict[str, int]) -> None:
    client = workbench.client()
    viewer, investigator = workbench.auth("viewer"), workbench.auth("investigator")
    source = protected["journalist"]
    urls = [
        f"/api/v1/sources/{source}",
        f"/api/v1/claims?source_id={source}&per_page=200",
        "/api/v1/timeline?per_page=200",
        "/api/v1/actors?per_page=200",
        "/api/v1/responses?per_page=200",
        "/api/v1/incidents?per_page=200",
    ]
    for url in urls:
        shown = client.get(url, headers=viewer)
        assert shown.status_code == 200, url
        assert "Dovan" not in shown.text, url
    assert protected["pseudonym"] in client.get(urls[0], headers=viewer).text
    assert NAME in client.get(urls[0], headers=investigator).text


def test_viewers_get_pseudonyms_in_pages(workbench: Workbench, protected: dict[str, int]) -> None:
    client = workbench.client()
    sign_in(client, "viewer")
    source = protected["journalist"]
    claim = client.get(
        f"/api/v1/claims?source_id={source}", headers=workbench.auth("viewer")
    ).json()["items"][0]["id"]
    pages = ["/", f"/sources/{source}", f"/claims/{claim}", "/sources?q=journalist", "/responses"]
    pages += [
        f"/incidents/{i['id']}"
        for i in client.get("/api/v1/incidents", headers=workbench.auth("viewer")).json()["items"]
    ]
    for url in pages:
        page = client.get(url)
        assert page.status_code == 200, url
        assert "Dovan" not in page.text, url
    assert protected["pseudonym"] in client.get(f"/sources/{source}").text
    assert "journalist" in client.get("/sources?q=journalist").text


def test_levels_hide_records_and_views_are_audited(
    workbench: Workbench, protected: dict[str, int]
) -> None:
    client = workbench.client()
    restricted, claim = protected["restricted"], protected["restricted_claim"]
    viewer, reviewer = workbench.auth("viewer"), workbench.auth("reviewer")
    for url in (
        f"/api/v1/sources/{restricted}",
        f"/api/v1/claims/{claim}",
        f"/api/v1/claims/{claim}/comments",
    ):
        answer = client.get(url, headers=viewer)
        assert answer.status_code == 404 and answer.json()["code"] == "not_found", url
    listed = client.get("/api/v1/sources?per_page=200", headers=viewer).json()
    assert restricted not in {s["id"] for s in listed["items"]}
    claims = client.get(f"/api/v1/claims?source_id={restricted}", headers=viewer).json()
    assert claims["total"] == 0
    assert client.get(f"/api/v1/sources/{restricted}", headers=reviewer).status_code == 200
    entry = audit.entries(workbench.store, limit=1)[0]
    assert (entry.action, entry.object_type, entry.object_id) == (
        "viewed",
        "source",
        str(restricted),
    )
    assert entry.details["level"] == "restricted" and entry.actor == "reviewer-user"
    public = client.get(f"/api/v1/sources/{protected['journalist']}", headers=reviewer)
    assert public.status_code == 200
    assert audit.entries(workbench.store, limit=1)[0].object_id != str(protected["journalist"])

    sign_in(page_client := workbench.client(), "viewer")
    assert page_client.get(f"/sources/{restricted}").status_code == 404
    assert page_client.get(f"/claims/{claim}").status_code == 404


def test_originals_only_for_identity_roles(workbench: Workbench, protected: dict[str, int]) -> None:
    client = workbench.client()
    url = f"/api/v1/sources/{protected['journalist']}/original"
    for role in ("viewer", "reviewer"):
        answer = client.get(url, headers=workbench.auth(role))
        assert answer.status_code == 403 and "investigators" in answer.json()["message"]
    assert client.get(url, headers=workbench.auth("investigator")).status_code == 200
    sign_in(client, "viewer")
    page = client.get(f"/sources/{protected['journalist']}").text
    assert "/original" not in page and "for investigators" in page


def test_redactor_follows_new_persons(workbench: Workbench, protected: dict[str, int]) -> None:
    client = workbench.client()
    with workbench.store.session() as session:
        source = session.scalar(select(Source.id).where(Source.text.contains("Pavel Rusk")))
    url = f"/api/v1/sources/{source}"
    assert "Pavel Rusk" in client.get(url, headers=workbench.auth("viewer")).text
    editor = add_person(workbench.store, "Pavel Rusk", "source", aliases=["Rusk"], actor="test")
    shown = client.get(url, headers=workbench.auth("viewer")).text
    assert "Rusk" not in shown and editor.pseudonym in shown


def test_a_reviewers_form_edit_never_stores_a_pseudonym_over_a_name(
    workbench: Workbench, protected: dict[str, int]
) -> None:
    with workbench.store.session() as session:
        claim = session.scalar(
            select(Claim.id)
            .where(
                Claim.kind == "event", Claim.level == "public", Claim.review_status == "extracted"
            )
            .order_by(Claim.id.desc())
            .limit(1)
        )
        session.execute(update(Claim).where(Claim.id == claim).values(agent=f"{NAME}'s guards"))
    client = workbench.client()
    token = sign_in(client, "reviewer")
    page = html.unescape(client.get(f"/claims/{claim}").text)
    assert f"{protected['pseudonym']}'s guards" in page and NAME not in page
    answer = client.post(
        f"/review/{claim}/edit",
        data={
            "csrf_token": token,
            "type": "torture",
            "agent": f"{protected['pseudonym']}'s guards",  # as the form showed it
            "back": "claim",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    with workbench.store.session() as session:
        row = session.get(Claim, claim)
        assert row.type == "torture" and row.agent == f"{NAME}'s guards"


def test_lists_show_only_what_visible_claims_say(fresh_workbench: Workbench) -> None:
    """The incident list, map and actors as a viewer say nothing that only a confidential
    claim says: not a place in the label `link` built from all claims, not an alias."""
    bench = fresh_workbench
    with bench.store.session() as session:
        confidential = session.scalar(
            select(Source.id).where(Source.text.contains("Governor Darius Holm"))
        )
        session.execute(
            update(Source).where(Source.id == confidential).values(level="confidential")
        )
        session.execute(
            update(Claim).where(Claim.source_id == confidential).values(level="confidential")
        )
        rows = session.execute(
            select(IncidentClaim.incident_id, Claim.source_id)
            .join(Claim, Claim.id == IncidentClaim.claim_id)
            .where(IncidentClaim.role == "event")
        ).all()
        sources: dict[int, set[int]] = {}
        for incident_id, source_id in rows:
            sources.setdefault(incident_id, set()).add(source_id)
        mixed = min(i for i, s in sources.items() if confidential in s and len(s) > 1)
        # What `link` would add to the label if the confidential report named a village.
        incident = session.get(Incident, mixed)
        incident.label = f"{incident.label} · Tarnholt"
    client = bench.client()
    investigator, viewer = bench.auth("investigator"), bench.auth("viewer")
    assert "Tarnholt" in client.get("/api/v1/incidents?per_page=200", headers=investigator).text
    listed = client.get("/api/v1/incidents?per_page=200", headers=viewer).json()["items"]
    mine = next(i for i in listed if i["id"] == mixed)
    alone = client.get(f"/api/v1/incidents/{mixed}", headers=viewer).json()
    assert "Tarnholt" not in mine["label"] and mine["label"] == alone["label"]
    assert mine["event_claims"] == alone["event_claims"]
    assert "Tarnholt" not in client.get("/api/v1/places?per_page=200", headers=viewer).text

    def holm(headers: dict[str, str]) -> list[str]:
        actors = client.get("/api/v1/actors?per_page=200", headers=headers).json()["items"]
        return next(a["aliases"] for a in actors if a["name"] == "Darius Holm")

    assert "Governor Darius Holm" in holm(investigator)
    assert holm(viewer) == ["the regional governor, Darius Holm"]

    sign_in(client, "viewer")
    for url in ("/incidents", "/map"):
        page = client.get(url)
        assert page.status_code == 200 and "Tarnholt" not in page.text, url
    assert html.escape(alone["label"]) in client.get("/incidents").text
