"""The pages a monitor uses: upload, highlighted claims, review queue, incident chart, matrix."""

from __future__ import annotations

import re

from factfinder.web.charts import highlight_pieces
from tests.web.conftest import Workbench, sign_in

# An invented report (invented country, people and organisations).
REPORT = (
    b"Harrowgate Voice reported on 9 May 2025 that soldiers in Pellmar beat 6 farmers "
    b"and detained 3 of them. The Pellmar governor denied the reports."
)
XSS = '<script>alert("x")</script>'


def test_upload_form_shows_the_source_with_claims_highlighted(workbench: Workbench) -> None:
    client = workbench.client()
    token = sign_in(client, "investigator")
    answer = client.post(
        "/sources/upload",
        data={"csrf_token": token, "title": "Pellmar report", "published": "2025-05-10"},
        files={"file": ("pellmar.txt", REPORT, "text/plain")},
    )
    assert answer.status_code == 200 and "Upload: preserved." in answer.text
    assert "Pellmar report" in answer.text
    marks = re.findall(r'<mark class="claim k-(\w+)"', answer.text)
    assert "event" in marks and "statement" in marks
    assert re.search(r"SHA-256:[0-9a-f]{64}", answer.text)
    assert "collected" in answer.text  # the custody log


def test_upload_form_errors_are_shown_in_the_page(workbench: Workbench) -> None:
    client = workbench.client()
    token = sign_in(client, "investigator")
    answer = client.post(
        "/sources/upload",
        data={"csrf_token": token, "published": "not a date"},
        files={"file": ("r.txt", REPORT, "text/plain")},
    )
    assert answer.status_code == 400 and "YYYY-MM-DD" in answer.text
    viewer = workbench.client()
    sign_in(viewer, "viewer")
    assert "Upload a report" not in viewer.get("/sources").text


def test_review_queue_confirms_and_disputes_with_a_comment(workbench: Workbench) -> None:
    client = workbench.client()
    token = sign_in(client, "reviewer")
    page = client.get("/review?after=20").text
    first = int(re.search(r'action="/review/(\d+)"', page).group(1))
    assert 'data-key="c"' in page and 'data-key="d"' in page
    answer = client.post(f"/review/{first}", data={"csrf_token": token, "decision": "confirm"})
    second = int(re.search(r'action="/review/(\d+)"', answer.text).group(1))
    assert second > first
    client.post(
        f"/review/{second}",
        data={
            "csrf_token": token,
            "decision": "dispute",
            "note": "figure differs",
            "comment": "The ministry gives another number.",
        },
    )
    claim = client.get(f"/claims/{second}").text
    assert "disputed" in claim and "figure differs" in claim
    assert "The ministry gives another number." in claim and "reviewer-user" in claim
    assert "confirmed" in client.get(f"/claims/{first}").text


def test_comments_and_titles_are_rendered_escaped(workbench: Workbench) -> None:
    client = workbench.client()
    token = sign_in(client, "reviewer")
    client.post("/incidents/1/comments", data={"csrf_token": token, "body": XSS})
    page = client.get("/incidents/1").text
    assert XSS not in page and "&lt;script&gt;" in page


def test_incident_page_has_a_figure_history_chart(workbench: Workbench) -> None:
    client = workbench.client()
    sign_in(client, "viewer")
    listing = client.get("/incidents").text
    ids = [int(i) for i in re.findall(r'href="/incidents/(\d+)"', listing)]
    pages = [client.get(f"/incidents/{i}").text for i in ids]
    charted = [p for p in pages if '<svg class="figure-chart"' in p]
    assert charted, "no incident shows a figure-history chart"
    assert re.search(r"<title[^>]*>How many \w+", charted[0])
    assert "Comments" in charted[0]


def test_response_matrix_shows_stances_and_silences(workbench: Workbench) -> None:
    client = workbench.client()
    sign_in(client, "viewer")
    page = client.get("/responses").text
    assert 'id="response-matrix"' in page
    assert "s-condemn" in page and "s-deny" in page
    assert ("silent" in page) == (
        "no_public_statement"
        in str(
            client.get("/api/v1/responses?per_page=200", headers=workbench.auth("viewer")).json()
        )
    )


def test_dashboard_and_lists_page(workbench: Workbench) -> None:
    client = workbench.client()
    sign_in(client, "viewer")
    dashboard = client.get("/").text
    assert "awaiting review" in dashboard and "Recent activity" in dashboard
    sources = client.get("/sources?page=1").text
    assert "Page 1 of" in sources
    assert "Meridian" in client.get("/sources?q=Meridian").text
    missing = client.get("/sources/99999")
    assert missing.status_code == 404 and "no source" in missing.text


def test_highlights_cover_the_text_exactly_once() -> None:
    text = "One. Two three. Four."
    claims = [
        {"id": 1, "kind": "event", "type": "detention", "start": 5, "end": 15},
        {"id": 2, "kind": "statement", "type": "deny", "start": 5, "end": 15},
        {"id": 3, "kind": "event", "type": "torture", "start": 10, "end": 21},
        {"id": 4, "kind": "event", "type": "killing", "start": 30, "end": 40},
    ]
    pieces = highlight_pieces(text, claims)
    assert "".join(p.text for p in pieces) == text
    marked = [p for p in pieces if p.claims]
    assert [[c["id"] for c in p.claims] for p in marked] == [[1, 2, 3]]
