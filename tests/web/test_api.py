"""The REST API on both databases: lists, filters, uploads, downloads, reviews, comments, errors."""

from __future__ import annotations

import hashlib

import pytest

from factfinder.demo import SAMPLE_TAG
from factfinder.protect.audit import entries
from factfinder.web import api
from tests.web.conftest import Workbench

# An invented report (invented country, people and organisations).
UPLOAD = (
    b"Brenmoor Watch reported on 2 April 2025 that police in Tolvik detained 14 students "
    b"after a protest outside the Ministry of Culture. A spokesperson for the Brenmoor "
    b"government denied that any students were held.\n"
)


def test_sources_list_pages_and_filters(workbench: Workbench) -> None:
    client = workbench.client()
    viewer = workbench.auth("viewer")
    page = client.get("/api/v1/sources?per_page=3&page=2", headers=viewer).json()
    assert page["total"] >= 7 and page["page"] == 2 and len(page["items"]) == 3
    tagged = client.get(f"/api/v1/sources?tag={SAMPLE_TAG}&per_page=200", headers=viewer).json()
    assert tagged["total"] == 7
    found = client.get("/api/v1/sources?q=Meridian", headers=viewer).json()
    assert [s["publisher"] for s in found["items"]] == ["Meridian Press"]
    assert client.get("/api/v1/sources?per_page=1000", headers=viewer).status_code == 422


def test_source_download_carries_its_hash(workbench: Workbench) -> None:
    client = workbench.client()
    answer = client.get("/api/v1/sources/1/original", headers=workbench.auth("investigator"))
    assert answer.status_code == 200
    assert hashlib.sha256(answer.content).hexdigest() == answer.headers["X-Content-SHA256"]
    assert answer.headers["X-Content-SHA256"] in answer.headers["Content-Disposition"]
    actions = [e.action for e in entries(workbench.store, limit=5)]
    assert "source.download" in actions


def test_upload_preserves_extracts_and_dedupes(workbench: Workbench) -> None:
    client = workbench.client()
    headers = workbench.auth("investigator")
    files = {"file": ("brenmoor.txt", UPLOAD, "text/plain")}
    first = client.post(
        "/api/v1/sources", headers=headers, files=files, data={"tags": "brenmoor, students"}
    )
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["status"] == "preserved"
    assert body["sha256"] == hashlib.sha256(UPLOAD).hexdigest()
    assert body["extraction"]["claims"] >= 1
    claims = client.get(f"/api/v1/claims?source_id={body['source_id']}", headers=headers).json()
    assert "detention" in {c["type"] for c in claims["items"]}
    again = client.post("/api/v1/sources", headers=headers, files=files).json()
    assert again["status"] == "already preserved" and again["source_id"] == body["source_id"]
    source = client.get(f"/api/v1/sources/{body['source_id']}", headers=headers).json()
    assert source["tags"] == ["brenmoor", "students"]
    assert source["collected_by"] == "investigator-user"


def test_bad_uploads_get_clear_json_errors_and_save_nothing(
    workbench: Workbench, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = workbench.client()
    headers = workbench.auth("investigator")
    before = client.get("/api/v1/sources", headers=headers).json()["total"]
    empty = client.post("/api/v1/sources", headers=headers, files={"file": ("e.txt", b"")})
    assert empty.status_code == 400 and empty.json()["code"] == "invalid_input"
    junk = client.post(
        "/api/v1/sources", headers=headers, files={"file": ("x.bin", bytes(range(256)) * 40)}
    )
    assert junk.status_code == 400 and junk.json()["message"].startswith("not ingested")
    monkeypatch.setattr(api, "MAX_UPLOAD_BYTES", 100)
    big = client.post("/api/v1/sources", headers=headers, files={"file": ("b.txt", b"a " * 200)})
    assert big.status_code == 413 and big.json()["code"] == "too_large"
    assert client.get("/api/v1/sources", headers=headers).json()["total"] == before


def test_url_ingest_refuses_private_addresses_and_odd_schemes(workbench: Workbench) -> None:
    client = workbench.client()
    headers = workbench.auth("investigator")
    local = client.post("/api/v1/sources/url", headers=headers, json={"url": "http://127.0.0.1/"})
    assert local.status_code == 400 and local.json()["code"] == "invalid_input"
    odd = client.post("/api/v1/sources/url", headers=headers, json={"url": "file:///etc/passwd"})
    assert odd.status_code == 400


def test_claims_filter_by_type_status_source_and_incident(workbench: Workbench) -> None:
    client = workbench.client()
    viewer = workbench.auth("viewer")
    detentions = client.get("/api/v1/claims?type=detention&per_page=200", headers=viewer).json()
    assert detentions["total"] > 0
    assert {c["type"] for c in detentions["items"]} == {"detention"}
    mixed = client.get("/api/v1/claims?type=detention&type=deny", headers=viewer).json()
    assert mixed["total"] > detentions["total"]
    of_source = client.get("/api/v1/claims?source_id=2", headers=viewer).json()
    assert {c["source_id"] for c in of_source["items"]} == {2}
    incident = client.get("/api/v1/incidents", headers=viewer).json()["items"][0]
    linked = client.get(f"/api/v1/claims?incident_id={incident['id']}", headers=viewer).json()
    assert linked["total"] == incident["event_claims"] + incident["statements"]
    statuses = client.get("/api/v1/claims?status=rejected", headers=viewer).json()
    assert all(c["review_status"] == "rejected" for c in statuses["items"])


def test_review_records_decision_note_and_audit(workbench: Workbench) -> None:
    client = workbench.client()
    reviewer = workbench.auth("reviewer")
    for claim_id, decision, status in ((3, "confirm", "confirmed"), (4, "dispute", "disputed")):
        answer = client.post(
            f"/api/v1/claims/{claim_id}/review",
            headers=reviewer,
            json={"decision": decision, "note": "checked against the second report"},
        )
        assert answer.status_code == 200, answer.text
        claim = answer.json()
        assert claim["review_status"] == status and claim["reviewer"] == "reviewer-user"
        assert claim["reviewer_note"] == "checked against the second report"
    last = entries(workbench.store, limit=1)[0]
    assert (last.action, last.object_id, last.details) == (
        "claim.review",
        "4",
        {"status": "disputed", "note": True},
    )
    disputed = client.get("/api/v1/claims?status=disputed", headers=reviewer).json()
    assert 4 in {c["id"] for c in disputed["items"]}
    wrong = client.post("/api/v1/claims/5/review", headers=reviewer, json={"decision": "maybe"})
    assert wrong.status_code == 422 and wrong.json()["code"] == "invalid_request"
    missing = client.post(
        "/api/v1/claims/99999/review", headers=reviewer, json={"decision": "reject"}
    )
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"


def test_malformed_json_is_a_422_not_a_500(workbench: Workbench) -> None:
    client = workbench.client()
    headers = workbench.auth("reviewer") | {"Content-Type": "application/json"}
    answer = client.post("/api/v1/claims/5/review", headers=headers, content=b"{not json")
    assert answer.status_code == 422
    assert set(answer.json()) == {"code", "message"}


def test_unknown_types_and_nul_characters_are_refused_not_500(workbench: Workbench) -> None:
    client, viewer = workbench.client(), workbench.auth("viewer")
    assert client.get("/api/v1/claims?type=detentoin", headers=viewer).status_code == 422
    refused = client.get("/api/v1/sources?q=six%00prisons", headers=viewer)
    assert refused.status_code in (200, 400)  # SQLite stores NUL; PostgreSQL refuses it
    if refused.status_code == 400:
        assert refused.json()["code"] == "invalid_input"


def test_comments_on_claims_and_incidents(workbench: Workbench) -> None:
    client = workbench.client()
    reviewer = workbench.auth("reviewer")
    made = client.post(
        "/api/v1/claims/6/comments", headers=reviewer, json={"body": "Second source needed."}
    )
    assert made.status_code == 201
    listed = client.get("/api/v1/claims/6/comments", headers=workbench.auth("viewer")).json()
    assert [(c["author"], c["body"]) for c in listed] == [
        ("reviewer-user", "Second source needed.")
    ]
    incident = client.post(
        "/api/v1/incidents/1/comments", headers=reviewer, json={"body": "Dates overlap."}
    )
    assert incident.status_code == 201
    assert client.get("/api/v1/incidents/1/comments", headers=reviewer).json()[0]["body"] == (
        "Dates overlap."
    )
    blank = client.post("/api/v1/claims/6/comments", headers=reviewer, json={"body": "   "})
    assert blank.status_code == 400
    nowhere = client.post("/api/v1/claims/99999/comments", headers=reviewer, json={"body": "x"})
    assert nowhere.status_code == 404


def test_incidents_responses_timeline_actors(workbench: Workbench) -> None:
    client = workbench.client()
    viewer = workbench.auth("viewer")
    incidents = client.get("/api/v1/incidents", headers=viewer).json()
    assert incidents["total"] >= 1
    richest = max(incidents["items"], key=lambda i: i["event_claims"])
    dossier = client.get(f"/api/v1/incidents/{richest['id']}", headers=viewer).json()
    assert dossier["figures"] and dossier["claims"] and "corroboration" in dossier
    rows = client.get("/api/v1/responses", headers=viewer).json()
    assert {"condemn", "deny"} <= {r["stance"] for r in rows["items"]}
    timeline = client.get("/api/v1/timeline?per_page=5", headers=viewer).json()
    assert len(timeline["items"]) == 5 and timeline["total"] >= 5
    actors = client.get("/api/v1/actors", headers=viewer).json()
    assert any(a["type"] == "government" for a in actors["items"])
    assert client.get("/api/v1/incidents/99999", headers=viewer).json()["code"] == "not_found"


def test_users_and_tokens_are_for_admins(workbench: Workbench) -> None:
    client = workbench.client()
    admin = workbench.auth("admin")
    body = {"name": "new-viewer", "role": "viewer", "password": "tundra-Violet-88"}
    assert client.post("/api/v1/users", headers=admin, json=body).status_code == 201
    token = client.post("/api/v1/users/new-viewer/tokens", headers=admin).json()["token"]
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json()
    assert me == {"name": "new-viewer", "role": "viewer"}
    weak = client.post("/api/v1/users", headers=admin, json=body | {"name": "x2", "password": "a"})
    assert weak.status_code == 400 and "password" in weak.json()["message"]
    denied = client.get("/api/v1/users", headers=workbench.auth("investigator"))
    assert denied.status_code == 403 and denied.json()["code"] == "forbidden"
    bad = client.get("/api/v1/me", headers={"Authorization": "Bearer fft_not-a-token"})
    assert bad.status_code == 403 and bad.json()["message"] == "invalid API token"


def test_merge_and_split_incidents(fresh_workbench: Workbench) -> None:
    client = fresh_workbench.client()
    headers = fresh_workbench.auth("investigator")
    incidents = client.get("/api/v1/incidents", headers=headers).json()["items"]
    assert len(incidents) >= 2
    first, second = incidents[0]["id"], incidents[1]["id"]
    merged = client.post(
        "/api/v1/incidents/merge", headers=headers, json={"first": first, "second": second}
    )
    assert merged.status_code == 200, merged.text
    merged_id = merged.json()["incident_id"]
    dossier = client.get(f"/api/v1/incidents/{merged_id}", headers=headers).json()
    events = [c["claim_id"] for c in dossier["claims"] if c["role"] == "event"]
    assert len(events) >= 2
    split = client.post(
        f"/api/v1/incidents/{merged_id}/split", headers=headers, json={"claim_ids": events[:1]}
    )
    assert split.status_code == 200, split.text
    assert split.json()["new_incident_id"] != split.json()["incident_id"]
    same = client.post(
        "/api/v1/incidents/merge", headers=headers, json={"first": first, "second": first}
    )
    assert same.status_code == 400


def test_openapi_document_lists_the_api(workbench: Workbench) -> None:
    document = workbench.client().get("/api/v1/openapi.json").json()
    paths = document["paths"]
    assert "/api/v1/claims/{claim_id}/review" in paths
    assert "/api/v1/sources/{source_id}/original" in paths
    assert not any(not path.startswith("/api/v1/") for path in paths)
