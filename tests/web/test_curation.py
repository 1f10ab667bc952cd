"""Reviewers' edits of claims and tags on incidents, through the API and the pages."""

from __future__ import annotations

from sqlalchemy import select

from factfinder.extract.run import extract_source
from factfinder.link.run import run_link
from factfinder.protect import audit
from factfinder.store.models import Claim
from tests.web.conftest import Workbench, sign_in


def _unreviewed_event(workbench: Workbench, skip: int = 0) -> Claim:
    with workbench.store.session() as session:
        rows = session.scalars(
            select(Claim)
            .where(Claim.kind == "event", Claim.review_status == "extracted")
            .order_by(Claim.id)
        ).all()
        session.expunge_all()
        return rows[skip]


def test_edit_claim_keeps_the_extraction_and_survives_re_extraction(
    workbench: Workbench,
) -> None:
    client = workbench.client()
    claim = _unreviewed_event(workbench)
    answer = client.patch(
        f"/api/v1/claims/{claim.id}",
        json={
            "type": "enforced_disappearance",
            "agent": "  the regional  police ",
            "counts": [{"low": 40, "unit": "men", "qualifier": "at_least"}],
            "when": {"start": "2025-02-01", "end": "2025-02-28", "precision": "month"},
        },
        headers=workbench.auth("reviewer"),
    )
    assert answer.status_code == 200, answer.text
    edited = answer.json()
    assert edited["type"] == "enforced_disappearance" and edited["kind"] == "event"
    assert edited["agent"] == "the regional police"
    assert edited["counts"][0]["low"] == 40 and edited["counts"][0]["qualifier"] == "at_least"
    assert edited["when"]["precision"] == "month"
    fields = {e["field"] for e in edited["edits"]}
    assert {"type", "agent", "counts", "when"} <= fields
    assert all(e["edited_by"] == "reviewer-user" for e in edited["edits"])
    with workbench.store.session() as session:
        row = session.get(Claim, claim.id)
        assert row.original_values["type"] == claim.type  # the machine's reading is kept
        assert row.when_start.isoformat() == "2025-02-01"
    last = audit.entries(workbench.store, limit=1)[0]
    assert last.action == "claim.edit" and last.object_id == str(claim.id)
    assert "the regional police" not in str(last.details)  # field names only

    # A forced re-extraction updates the machine's values but never the reviewer's.
    extract_source(workbench.store, claim.source_id, force=True)
    again = client.get(f"/api/v1/claims/{claim.id}", headers=workbench.auth("viewer")).json()
    assert again["type"] == "enforced_disappearance"
    assert again["agent"] == "the regional police"
    assert again["review_status"] == "extracted"
    with workbench.store.session() as session:
        assert session.get(Claim, claim.id).original_values["type"] == claim.type


def test_bad_edits_are_refused_with_a_code_and_change_nothing(workbench: Workbench) -> None:
    client = workbench.client()
    claim = _unreviewed_event(workbench, skip=1)
    reviewer = workbench.auth("reviewer")
    cases = [
        ({"type": "tortured"}, 422, "invalid_request"),
        ({"counts": [{"low": "many", "unit": "men"}]}, 422, "invalid_request"),
        ({"when": {"start": "2025-03-02", "end": "2025-03-01", "precision": "day"}}, 400, None),
        ({}, 400, "invalid_input"),
    ]
    for body, status, code in cases:
        answer = client.patch(f"/api/v1/claims/{claim.id}", json=body, headers=reviewer)
        assert answer.status_code == status, (body, answer.text)
        assert answer.json()["code"] == (code or "invalid_input")
    assert (
        client.patch("/api/v1/claims/999999", json={"agent": "x"}, headers=reviewer).status_code
        == 404
    )
    viewer = client.patch(
        f"/api/v1/claims/{claim.id}", json={"agent": "x"}, headers=workbench.auth("viewer")
    )
    assert viewer.status_code == 403
    with workbench.store.session() as session:
        row = session.get(Claim, claim.id)
        assert row.type == claim.type and row.agent == claim.agent and not row.original_values


def test_review_page_edit_form_changes_only_what_differs(workbench: Workbench) -> None:
    client = workbench.client()
    token = sign_in(client, "reviewer")
    page = client.get("/review")
    assert 'id="edit-form"' in page.text and 'name="type"' in page.text
    claim = _unreviewed_event(workbench, skip=2)
    answer = client.post(
        f"/review/{claim.id}/edit",
        data={
            "csrf_token": token,
            "type": "torture",
            "agent": claim.agent or "",
            "target": claim.target or "",
            "counts": "",
            "when_start": "",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"].startswith(f"/review?after={claim.id - 1}")
    with workbench.store.session() as session:
        row = session.get(Claim, claim.id)
        assert row.type == "torture"
        assert row.agent == claim.agent  # unchanged fields are not recorded as edits
    shown = client.get(f"/claims/{claim.id}")
    assert 'id="edits"' in shown.text and "reviewer-user" in shown.text
    bad = client.post(
        f"/review/{claim.id}/edit",
        data={"csrf_token": token, "counts": "lots of men"},
        follow_redirects=False,
    )
    assert bad.status_code == 400 and "cannot read the figure" in bad.text


def test_incident_tags_api_filters_and_survive_relinking(workbench: Workbench) -> None:
    client = workbench.client()
    reviewer, viewer = workbench.auth("reviewer"), workbench.auth("viewer")
    incidents = client.get("/api/v1/incidents", headers=viewer).json()["items"]
    first, second = incidents[0]["id"], incidents[1]["id"]
    added = client.post(
        f"/api/v1/incidents/{first}/tags", json={"tag": " Osk  Purge "}, headers=reviewer
    )
    assert added.status_code == 200 and added.json()["tags"] == ["osk purge"]
    client.post(f"/api/v1/incidents/{first}/tags", json={"tag": "osk purge"}, headers=reviewer)
    client.post(f"/api/v1/incidents/{second}/tags", json={"tag": "follow-up"}, headers=reviewer)
    tagged = client.get("/api/v1/incidents", params={"tag": "osk purge"}, headers=viewer).json()
    assert [i["id"] for i in tagged["items"]] == [first] and tagged["total"] == 1
    assert client.get(f"/api/v1/incidents/{first}", headers=viewer).json()["tags"] == ["osk purge"]

    run_link(workbench.store)  # incidents are rebuilt with the same ids; tags stay
    assert client.get(f"/api/v1/incidents/{first}", headers=viewer).json()["tags"] == ["osk purge"]

    removed = client.delete(
        f"/api/v1/incidents/{second}/tags", params={"tag": "follow-up"}, headers=reviewer
    )
    assert removed.status_code == 200 and removed.json()["tags"] == []
    assert (
        client.post(
            f"/api/v1/incidents/{first}/tags", json={"tag": "<b>"}, headers=reviewer
        ).status_code
        == 400
    )
    assert (
        client.post("/api/v1/incidents/99999/tags", json={"tag": "x"}, headers=reviewer).status_code
        == 404
    )
    assert (
        client.post(
            f"/api/v1/incidents/{first}/tags", json={"tag": "x"}, headers=viewer
        ).status_code
        == 403
    )
    actions = [e.action for e in audit.entries(workbench.store, limit=5)]
    assert "incident.tag" in actions and "incident.untag" in actions


def test_tags_on_the_incident_page_and_tag_filters_in_lists(workbench: Workbench) -> None:
    client = workbench.client()
    token = sign_in(client, "reviewer")
    incident = client.get("/api/v1/incidents", headers=workbench.auth("viewer")).json()["items"][-1]
    page = client.get(f"/incidents/{incident['id']}")
    assert 'id="new-tag"' in page.text
    answer = client.post(
        f"/incidents/{incident['id']}/tags",
        data={"csrf_token": token, "tag": "needs-sources", "action": "add"},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert "needs-sources" in client.get(f"/incidents/{incident['id']}").text
    listing = client.get("/incidents", params={"tag": "needs-sources"}).text
    assert f'href="/incidents/{incident["id"]}"' in listing
    assert listing.count('href="/incidents/') == 1
    client.post(
        f"/incidents/{incident['id']}/tags",
        data={"csrf_token": token, "tag": "needs-sources", "action": "remove"},
        follow_redirects=False,
    )
    assert "No tags yet." in client.get(f"/incidents/{incident['id']}").text

    sources = client.get("/sources", params={"tag": "no-such-tag"}).text
    assert "(0 in all)" in sources
