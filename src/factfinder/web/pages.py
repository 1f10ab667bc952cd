"""Server-rendered pages of the workbench: sign-in, dashboard, sources, review queue, incidents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from factfinder.errors import AccessDenied, InputError
from factfinder.link.views import incident_dossier, list_incidents, responses
from factfinder.protect import audit
from factfinder.protect.users import authenticate
from factfinder.sources.listing import source_details
from factfinder.store.db import Store
from factfinder.store.search import MARK_END, MARK_START, search_sources
from factfinder.web.api import MAX_ID, ClaimId, IncidentId, SourceId, read_upload, upload_source
from factfinder.web.auth import CSRF_FIELD, PERMISSIONS, Caller, new_session, requires
from factfinder.web.charts import figure_chart, highlight_pieces, response_grid
from factfinder.web.records import (
    Page,
    add_comment,
    dashboard_counts,
    decide_claim,
    get_claim,
    list_claims_page,
    list_comments,
    list_sources_page,
    next_claim_to_review,
    slice_page,
)

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
PER_PAGE = 25
CONTEXT_CHARS = 400  # text shown either side of a claim's sentence in the review queue

router = APIRouter(include_in_schema=False)

Public = Annotated[Any, Depends(requires("public"))]
Read = Annotated[Caller, Depends(requires("read"))]
Review = Annotated[Caller, Depends(requires("review"))]
Edit = Annotated[Caller, Depends(requires("edit"))]
PageNumber = Annotated[int, Query(ge=1, le=1_000_000)]


def _store(request: Request) -> Store:
    return request.app.state.store


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page with what every template needs: the caller, the CSRF token, the role's permissions."""
    caller: Caller | None = getattr(request.state, "caller", None)
    session = request.app.state.sessions.read(request)
    fresh = not session.get("csrf")
    if fresh:
        session = new_session(None)
    role = caller.role if caller else "anonymous"
    response = TEMPLATES.TemplateResponse(
        request,
        template,
        {
            "caller": caller,
            "csrf_field": CSRF_FIELD,
            "csrf_token": session["csrf"],
            "can": {p for p, roles in PERMISSIONS.items() if role in roles},
            **context,
        },
        status_code=status,
    )
    if fresh:
        request.app.state.sessions.write(request, response, session)
    return response


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _safe_next(target: str | None) -> str:
    """Only same-site paths, so the sign-in form cannot send a user to another site."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_page(request: Request, caller: Public, next: str | None = None) -> Response:
    return render(request, "sign_in.html", next=_safe_next(next), error=None)


@router.post("/sign-in", response_class=HTMLResponse)
def sign_in(
    request: Request,
    caller: Public,
    name: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form()] = "/",
) -> Response:
    store = _store(request)
    try:
        with store.session() as session:
            user = authenticate(session, name, password)
            user_id = user.id
    except AccessDenied as exc:
        return render(request, "sign_in.html", status=400, next=_safe_next(next), error=str(exc))
    response = _see_other(_safe_next(next))
    # A new session (and CSRF token) at sign-in: a cookie planted before it is worth nothing.
    request.app.state.sessions.write(request, response, new_session(user_id))
    return response


@router.post("/sign-out")
def sign_out(request: Request, caller: Read) -> Response:
    audit.record_now(
        _store(request), caller.name, "signout", object_type="user", object_id=caller.user_id
    )
    response = _see_other("/sign-in")
    request.app.state.sessions.clear(response)
    return response


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, caller: Read) -> Response:
    store = _store(request)
    recent = [e for e in audit.entries(store, limit=15)][::-1]
    return render(
        request,
        "dashboard.html",
        counts=dashboard_counts(store),
        awaiting=list_claims_page(store, Page(1, 10), statuses=["extracted"]),
        recent=recent,
    )


@router.get("/sources", response_class=HTMLResponse)
def sources_page(
    request: Request,
    caller: Read,
    page: PageNumber = 1,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    store = _store(request)
    hits = None
    if q and q.strip():
        hits = [
            {
                "source_id": h.source_id,
                "title": h.title,
                "snippet": h.snippet.replace(MARK_START, "").replace(MARK_END, ""),
            }
            for h in search_sources(store, q, limit=50)
        ]
    listing = list_sources_page(store, Page(page, PER_PAGE))
    return render(request, "sources.html", listing=listing, hits=hits, q=q or "")


@router.post("/sources/upload")
async def sources_upload(
    request: Request,
    caller: Edit,
    file: Annotated[UploadFile, File()],
    title: Annotated[str | None, Form()] = None,
    publisher: Annotated[str | None, Form()] = None,
    published: Annotated[str | None, Form()] = None,
    tags: Annotated[str | None, Form()] = None,
) -> Response:
    try:
        when = dt.date.fromisoformat(published) if published else None
    except ValueError:
        raise InputError("the publication date must be YYYY-MM-DD") from None
    data = await read_upload(file)
    answer = upload_source(
        _store(request),
        data,
        file.filename or "upload",
        caller,
        title=title,
        publisher=publisher,
        published=when,
        tags=[t.strip() for t in (tags or "").split(",")],
        extract=True,
        link=True,
    )
    return _see_other(f"/sources/{answer['source_id']}?uploaded={quote(answer['status'])}")


@router.get("/sources/{source_id}", response_class=HTMLResponse)
def source_page(
    request: Request, caller: Read, source_id: SourceId, uploaded: str | None = None
) -> Response:
    store = _store(request)
    details = source_details(store, source_id)
    claims = list_claims_page(store, Page(1, 200), source_id=source_id)["items"]
    return render(
        request,
        "source.html",
        source=details,
        pieces=highlight_pieces(details["text"] or "", claims),
        claims=claims,
        uploaded=uploaded,
    )


def _context(store: Store, claim: dict[str, Any]) -> dict[str, str]:
    """The claim's sentence with some text before and after it, from its source."""
    details = source_details(store, claim["source_id"])
    text = details["text"] or ""
    start, end = claim["start"], claim["end"]
    return {
        "before": text[max(0, start - CONTEXT_CHARS) : start],
        "sentence": text[start:end] or claim["sentence"],
        "after": text[end : end + CONTEXT_CHARS],
        "source_title": details["title"] or details["uri"],
    }


@router.get("/review", response_class=HTMLResponse)
def review_page(
    request: Request, caller: Review, after: Annotated[int, Query(ge=0, le=MAX_ID)] = 0
) -> Response:
    store = _store(request)
    claim = next_claim_to_review(store, after) or (next_claim_to_review(store) if after else None)
    context = _context(store, claim) if claim else None
    remaining = list_claims_page(store, Page(1, 1), statuses=["extracted"])["total"]
    return render(request, "review.html", claim=claim, context=context, remaining=remaining)


@router.post("/review/{claim_id}")
def review_decide(
    request: Request,
    caller: Review,
    claim_id: ClaimId,
    decision: Annotated[str, Form()],
    note: Annotated[str | None, Form(max_length=10_000)] = None,
    comment: Annotated[str | None, Form(max_length=10_000)] = None,
) -> Response:
    store = _store(request)
    decide_claim(store, claim_id, decision, caller.name, note)
    if comment and comment.strip():
        add_comment(store, "claim", claim_id, caller.name, comment)
    return _see_other(f"/review?after={claim_id}")


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, caller: Read, claim_id: ClaimId) -> Response:
    store = _store(request)
    claim = get_claim(store, claim_id)
    return render(
        request,
        "claim.html",
        claim=claim,
        context=_context(store, claim),
        comments=list_comments(store, "claim", claim_id),
    )


@router.post("/claims/{claim_id}/comments")
def claim_comment(
    request: Request,
    caller: Review,
    claim_id: ClaimId,
    body: Annotated[str, Form(max_length=10_000)],
) -> Response:
    add_comment(_store(request), "claim", claim_id, caller.name, body)
    return _see_other(f"/claims/{claim_id}#comments")


@router.get("/incidents", response_class=HTMLResponse)
def incidents_page(request: Request, caller: Read, page: PageNumber = 1) -> Response:
    listing = slice_page(list_incidents(_store(request)), Page(page, PER_PAGE))
    return render(request, "incidents.html", listing=listing)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, caller: Read, incident_id: IncidentId) -> Response:
    store = _store(request)
    dossier = incident_dossier(store, incident_id)
    charts = [(h, figure_chart(h)) for h in dossier["figures"]]
    return render(
        request,
        "incident.html",
        incident=dossier,
        charts=charts,
        comments=list_comments(store, "incident", incident_id),
    )


@router.post("/incidents/{incident_id}/comments")
def incident_comment(
    request: Request,
    caller: Review,
    incident_id: IncidentId,
    body: Annotated[str, Form(max_length=10_000)],
) -> Response:
    add_comment(_store(request), "incident", incident_id, caller.name, body)
    return _see_other(f"/incidents/{incident_id}#comments")


@router.get("/responses", response_class=HTMLResponse)
def responses_page(
    request: Request, caller: Read, incident: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None
) -> Response:
    rows = responses(_store(request), incident)
    return render(request, "responses.html", grid=response_grid(rows), rows=rows, incident=incident)
