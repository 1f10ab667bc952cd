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
from factfinder.extract.claims import EVENT_TYPES, PRECISIONS, STATEMENT_TYPES
from factfinder.link.views import responses
from factfinder.protect import audit
from factfinder.protect.users import SecondFactorRequired, authenticate
from factfinder.sources.listing import source_details
from factfinder.store.db import Store
from factfinder.store.search import MARK_END, MARK_START, search_sources
from factfinder.web.api import (
    MAX_ID,
    ClaimId,
    IncidentId,
    SourceId,
    incident_listing,
    incident_out,
    read_upload,
    upload_source,
    visible_incidents,
)
from factfinder.web.auth import (
    CSRF_FIELD,
    PERMISSIONS,
    Caller,
    half_signed_in,
    new_session,
    requires,
)
from factfinder.web.charts import TextPiece, figure_chart, highlight_pieces, response_grid
from factfinder.web.curation import (
    add_incident_tag,
    apply_claim_edit,
    claim_edits,
    form_changes,
    remove_incident_tag,
)
from factfinder.web.inline import in_event_loop
from factfinder.web.maps import incident_places, map_svg
from factfinder.web.records import (
    Page,
    add_comment,
    count_claims,
    dashboard_counts,
    decide_claim,
    get_claim,
    list_claims_page,
    list_comments,
    list_sources_page,
    next_claim_to_review,
    recent_activity,
    source_text,
)
from factfinder.web.viewing import View, view_for

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
# Templates ship inside the package and change only with it: no file check on every render.
TEMPLATES.env.auto_reload = False
PER_PAGE = 25
CONTEXT_CHARS = 400  # text shown either side of a claim's sentence in the review queue
# Extra text redacted beyond what is shown, so a name cut by the edge of the context is
# replaced whole before the cut (never shown as a recognisable half).
REDACTION_MARGIN = 200
SNIPPET_CHARS = 160

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
    # A caller signed in by API token has its writes checked by the token, not by a CSRF
    # token (web/auth.py), so it gets no new session cookie: signing one cost every such page
    # request CPU for a cookie that is never used.
    if fresh and not (caller is not None and caller.via == "token"):
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
    except SecondFactorRequired as pending:
        # Half signed in: the code page (web/account.py) finishes it within PENDING_SIGN_IN.
        response = _see_other(f"/sign-in/code?next={quote(_safe_next(next))}")
        request.app.state.sessions.write(request, response, half_signed_in(pending.user_id))
        return response
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
@in_event_loop
def dashboard(request: Request, caller: Read) -> Response:
    view = view_for(request, caller)
    store = view.store
    return render(
        request,
        "dashboard.html",
        counts=dashboard_counts(store, levels=view.levels),
        awaiting=view.red(
            list_claims_page(store, Page(1, 10), statuses=["extracted"], levels=view.levels)
        ),
        recent=recent_activity(store),
    )


def _snippet(view: View, text: str | None, query: str) -> str:
    """A search hit's snippet cut from the redacted text, for roles that see pseudonyms (the
    database's own snippet is cut from the unredacted text and could halve a name)."""
    redacted = view.text(text or "") or ""
    words = [w for w in query.lower().split() if w]
    lowered = redacted.lower()
    found = min((i for i in (lowered.find(w) for w in words) if i >= 0), default=0)
    start = max(0, found - SNIPPET_CHARS // 2)
    piece = redacted[start : start + SNIPPET_CHARS]
    if start > 0:
        piece = "…" + piece.split(" ", 1)[-1]
    if start + SNIPPET_CHARS < len(redacted):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return " ".join(piece.split())


@router.get("/sources", response_class=HTMLResponse)
@in_event_loop
def sources_page(
    request: Request,
    caller: Read,
    page: PageNumber = 1,
    q: Annotated[str | None, Query(max_length=200)] = None,
    tag: Annotated[str | None, Query(max_length=100)] = None,
) -> Response:
    view = view_for(request, caller)
    store = view.store
    hits = None
    if q and q.strip():
        found = search_sources(store, q, limit=50, levels=view.levels)
        texts: dict[int, str | None] = {}
        if view.redactor.active and found:
            details = [source_details(store, h.source_id) for h in found]
            texts = {d["id"]: d["text"] for d in details}
        hits = [
            {
                "source_id": h.source_id,
                "title": view.text(h.title),
                "snippet": _snippet(view, texts.get(h.source_id), q)
                if view.redactor.active
                else h.snippet.replace(MARK_START, "").replace(MARK_END, ""),
            }
            for h in found
        ]
    listing = view.red(list_sources_page(store, Page(page, PER_PAGE), tag=tag, levels=view.levels))
    extra = f"&tag={quote(tag)}" if tag else ""
    return render(
        request,
        "sources.html",
        listing=listing,
        hits=hits,
        q=q or "",
        tag=tag or "",
        extra_query=extra,
    )


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
@in_event_loop
def source_page(
    request: Request, caller: Read, source_id: SourceId, uploaded: str | None = None
) -> Response:
    view = view_for(request, caller)
    store = view.store
    level = view.check_source(source_id)
    details = source_details(store, source_id)
    claims = list_claims_page(store, Page(1, 200), source_id=source_id, levels=view.levels)["items"]
    # Highlights are placed by offsets into the unredacted text; each piece (a sentence or the
    # text between claims) is redacted on its own afterwards.
    pieces = [
        TextPiece(view.text(piece.text) or "", view.red(piece.claims))
        for piece in highlight_pieces(details["text"] or "", claims)
    ]
    view.viewed("source", source_id, level)
    text = details.pop("text")
    return render(
        request,
        "source.html",
        source=view.red(details) | {"level": level, "has_text": bool(text)},
        pieces=pieces,
        claims=view.red(claims),
        uploaded=uploaded,
        can_download=view.sees_identities,
    )


def _context(view: View, claim: dict[str, Any]) -> dict[str, str]:
    """The claim's sentence with some text before and after it, from its source, redacted
    for the caller."""
    details = source_text(view.store, claim["source_id"])
    text = details["text"] or ""
    start, end = claim["start"], claim["end"]
    reach = CONTEXT_CHARS + REDACTION_MARGIN
    before = view.text(text[max(0, start - reach) : start]) or ""
    after = view.text(text[end : end + reach]) or ""
    return {
        "before": before[-CONTEXT_CHARS:] if len(before) > CONTEXT_CHARS else before,
        "sentence": view.text(text[start:end] or claim["sentence"]) or "",
        "after": after[:CONTEXT_CHARS],
        "source_title": view.text(details["title"] or details["uri"]) or "",
    }


CLAIM_TYPES = {"event": EVENT_TYPES, "statement": STATEMENT_TYPES}


@router.get("/review", response_class=HTMLResponse)
@in_event_loop
def review_page(
    request: Request, caller: Review, after: Annotated[int, Query(ge=0, le=MAX_ID)] = 0
) -> Response:
    view = view_for(request, caller)
    store = view.store
    claim = next_claim_to_review(store, after, levels=view.levels) or (
        next_claim_to_review(store, levels=view.levels) if after else None
    )
    context = _context(view, claim) if claim else None
    remaining = count_claims(store, statuses=["extracted"], levels=view.levels)
    return render(
        request,
        "review.html",
        claim=view.red(claim),
        context=context,
        remaining=remaining,
        claim_types=CLAIM_TYPES,
        precisions=PRECISIONS,
    )


@router.post("/review/{claim_id}")
def review_decide(
    request: Request,
    caller: Review,
    claim_id: ClaimId,
    decision: Annotated[str, Form()],
    note: Annotated[str | None, Form(max_length=10_000)] = None,
    comment: Annotated[str | None, Form(max_length=10_000)] = None,
) -> Response:
    view = view_for(request, caller)
    view.check_claim(claim_id)
    decide_claim(view.store, claim_id, decision, caller.name, note)
    if comment and comment.strip():
        add_comment(view.store, "claim", claim_id, caller.name, comment)
    return _see_other(f"/review?after={claim_id}")


@router.post("/review/{claim_id}/edit")
def review_edit(
    request: Request,
    caller: Review,
    claim_id: ClaimId,
    type: Annotated[str | None, Form(max_length=40)] = None,
    agent: Annotated[str | None, Form(max_length=500)] = None,
    target: Annotated[str | None, Form(max_length=500)] = None,
    counts: Annotated[str | None, Form(max_length=2000)] = None,
    when_start: Annotated[str | None, Form(max_length=10)] = None,
    when_end: Annotated[str | None, Form(max_length=10)] = None,
    when_precision: Annotated[str | None, Form(max_length=10)] = None,
    back: Annotated[str | None, Form(max_length=20)] = None,
    fields: Annotated[str | None, Form(max_length=200)] = None,
) -> Response:
    """The review page's edit form: only fields that differ from the claim are changed.

    `fields` names the fields the form carried, so an emptied box (which browsers send as an
    empty value) clears that field while a field the form did not carry stays as it is."""
    view = view_for(request, caller)
    view.check_claim(claim_id)
    given = {
        "type": type,
        "agent": agent,
        "target": target,
        "counts": counts,
        "when_start": when_start,
        "when_end": when_end,
        "when_precision": when_precision,
    }
    carried = set((fields or "").split())
    form = {name: value for name, value in given.items() if name in carried or value}
    # Compared with the claim as the form showed it (redacted for this role), so a pseudonym
    # left untouched in a field never replaces the real name stored there.
    shown = view.red(get_claim(view.store, claim_id, levels=view.levels))
    changes = form_changes(form, shown)
    if changes:
        apply_claim_edit(view.store, claim_id, changes, caller.name, levels=view.levels)
    if back == "claim":
        return _see_other(f"/claims/{claim_id}?edited={len(changes)}")
    return _see_other(f"/review?after={claim_id - 1}&edited={len(changes)}")


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
@in_event_loop
def claim_page(request: Request, caller: Read, claim_id: ClaimId) -> Response:
    view = view_for(request, caller)
    level = view.check_claim(claim_id)
    store = view.store
    claim = get_claim(store, claim_id, levels=view.levels)
    view.viewed("claim", claim_id, level)
    return render(
        request,
        "claim.html",
        claim=view.red(claim),
        context=_context(view, claim),
        comments=view.red(list_comments(store, "claim", claim_id)),
        edits=view.red(claim_edits(store, claim_id)),
        claim_types=CLAIM_TYPES,
        precisions=PRECISIONS,
    )


@router.post("/claims/{claim_id}/comments")
def claim_comment(
    request: Request,
    caller: Review,
    claim_id: ClaimId,
    body: Annotated[str, Form(max_length=10_000)],
) -> Response:
    view = view_for(request, caller)
    view.check_claim(claim_id)
    add_comment(view.store, "claim", claim_id, caller.name, body)
    return _see_other(f"/claims/{claim_id}#comments")


@router.get("/incidents", response_class=HTMLResponse)
@in_event_loop
def incidents_page(
    request: Request,
    caller: Read,
    page: PageNumber = 1,
    tag: Annotated[str | None, Query(max_length=100)] = None,
) -> Response:
    view = view_for(request, caller)
    listing = incident_listing(view, tag, Page(page, PER_PAGE))
    extra = f"&tag={quote(tag)}" if tag else ""
    return render(request, "incidents.html", listing=listing, tag=tag or "", extra_query=extra)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
@in_event_loop
def incident_page(request: Request, caller: Read, incident_id: IncidentId) -> Response:
    view = view_for(request, caller)
    dossier = incident_out(view, incident_id)
    charts = [(h, figure_chart(h)) for h in dossier["figures"]]
    return render(
        request,
        "incident.html",
        incident=dossier,
        charts=charts,
        comments=view.red(list_comments(view.store, "incident", incident_id)),
    )


@router.post("/incidents/{incident_id}/comments")
def incident_comment(
    request: Request,
    caller: Review,
    incident_id: IncidentId,
    body: Annotated[str, Form(max_length=10_000)],
) -> Response:
    view = view_for(request, caller)
    view.check_incident(incident_id)
    add_comment(view.store, "incident", incident_id, caller.name, body)
    return _see_other(f"/incidents/{incident_id}#comments")


@router.post("/incidents/{incident_id}/tags")
def incident_tag(
    request: Request,
    caller: Review,
    incident_id: IncidentId,
    tag: Annotated[str, Form(max_length=100)],
    action: Annotated[str, Form(max_length=10)] = "add",
) -> Response:
    """Add (or, with action=remove, take off) a tag from the incident page."""
    view = view_for(request, caller)
    view.check_incident(incident_id)
    if action == "remove":
        remove_incident_tag(view.store, incident_id, tag, caller.name)
    else:
        add_incident_tag(view.store, incident_id, tag, caller.name)
    return _see_other(f"/incidents/{incident_id}#tags")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, caller: Read) -> Response:
    view = view_for(request, caller)
    places = incident_places(view, view.described(visible_incidents(view)))
    return render(request, "map.html", places=places, svg=map_svg(places))


@router.get("/responses", response_class=HTMLResponse)
def responses_page(
    request: Request, caller: Read, incident: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None
) -> Response:
    view = view_for(request, caller)
    rows = view.red(responses(view.store, incident, levels=view.levels))
    return render(request, "responses.html", grid=response_grid(rows), rows=rows, incident=incident)
