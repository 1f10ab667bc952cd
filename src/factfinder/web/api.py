"""The REST API under /api/v1: sources, claims, reviews, incidents, responses, comments, users."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field
from pydantic_core import to_json

from factfinder.errors import InputError
from factfinder.extract.claims import EVENT_TYPES, STATEMENT_TYPES, Figure, When
from factfinder.extract.run import extract_source
from factfinder.link.run import run_link
from factfinder.link.views import (
    incident_dossier,
    list_actors,
    list_incidents,
    merge_incidents,
    responses,
    split_incident,
    timeline,
    visible_aliases,
)
from factfinder.protect import audit
from factfinder.protect.keys import keyring_for
from factfinder.protect.users import add_user, list_users, new_api_token
from factfinder.settings import MAX_SOURCE_BYTES
from factfinder.sources.ingest import IngestOptions, IngestResult, ingest_bytes, ingest_targets
from factfinder.sources.listing import source_details
from factfinder.sources.originals import read_original
from factfinder.store.claims import REVIEW_STATUSES
from factfinder.store.db import Store
from factfinder.web.auth import Caller, requires
from factfinder.web.curation import (
    add_incident_tag,
    apply_claim_edit,
    claim_edits,
    remove_incident_tag,
    tags_by_incident,
)
from factfinder.web.inline import in_event_loop
from factfinder.web.maps import incident_places
from factfinder.web.records import (
    Page,
    add_comment,
    decide_claim,
    get_claim,
    list_claims_page,
    list_comments,
    list_sources_page,
    slice_page,
)
from factfinder.web.viewing import View, view_for

UPLOAD_CHUNK = 1024 * 1024
MAX_UPLOAD_BYTES = MAX_SOURCE_BYTES  # the same limit as for files ingested from disk


class TooLarge(InputError):
    """An upload over the size limit (answered with 413)."""


class ErrorOut(BaseModel):
    """Every error the API answers with: a stable code for programs, a message for people."""

    code: str
    message: str


_ERRORS = {
    400: "The input cannot be used (invalid_input).",
    401: "No valid API token or session (unauthenticated).",
    403: "The caller's role may not do this, or the CSRF token is missing (forbidden, csrf).",
    404: "No such record (not_found).",
    409: "Preserved evidence no longer matches its hash (integrity).",
    413: "The upload is over the size limit (too_large).",
    422: "Malformed JSON, parameters or form fields (invalid_request).",
}
router = APIRouter(
    prefix="/api/v1",
    responses={
        status: {"model": ErrorOut, "description": text} for status, text in _ERRORS.items()
    },
)

Read = Annotated[Caller, Depends(requires("read"))]
Review = Annotated[Caller, Depends(requires("review"))]
Edit = Annotated[Caller, Depends(requires("edit"))]
Admin = Annotated[Caller, Depends(requires("admin"))]


def _store(request: Request) -> Store:
    return request.app.state.store


# What the read routes answer, for the OpenAPI document: they return `as_json(...)` responses.
JsonObject = dict[str, Any]
JsonList = list[dict[str, Any]]


def as_json(content: JsonObject | JsonList) -> Response:
    """`content` as a JSON answer, serialised once by pydantic's Rust core.

    Returned as is, FastAPI would first validate a returned dict against the route's
    `dict[str, Any]` model (for a plain `def` route, in another hop to a worker thread) and
    only then serialise it the same way: the same bytes for more CPU on every list request.
    """
    return Response(to_json(content), media_type="application/json")


async def page_of(
    page: Annotated[int, Query(ge=1, le=1_000_000, description="1-based page number.")] = 1,
    per_page: Annotated[int, Query(ge=1, le=200, description="Items per page.")] = 50,
) -> Page:
    # async although it awaits nothing: FastAPI runs a plain `def` dependency in a worker
    # thread, a hop that costs more than the function itself.
    return Page(page, per_page)


Paging = Annotated[Page, Depends(page_of)]
# Record ids fit the databases' 32-bit INTEGER columns; larger numbers are a 422, not a 500.
MAX_ID = 2**31 - 1
SourceId = Annotated[int, Path(ge=1, le=MAX_ID)]
ClaimId = Annotated[int, Path(ge=1, le=MAX_ID)]
IncidentId = Annotated[int, Path(ge=1, le=MAX_ID)]
IdFilter = Annotated[int | None, Query(ge=1, le=MAX_ID)]
# Filters take only the vocabulary's names, so a misspelt type is a 422, not an empty list.
ClaimTypeName = Enum("ClaimTypeName", {name: name for name in EVENT_TYPES + STATEMENT_TYPES})
ReviewStatusName = Enum("ReviewStatusName", {name: name for name in REVIEW_STATUSES})
BodyId = Annotated[int, Field(ge=1, le=MAX_ID)]


class ReviewIn(BaseModel):
    decision: Literal["confirm", "dispute", "reject"]
    note: str | None = Field(default=None, max_length=10_000)


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=10_000)


class ClaimEditIn(BaseModel):
    """A reviewer's corrections of a claim; fields left out stay as they are, null clears."""

    type: ClaimTypeName | None = None
    agent: str | None = Field(default=None, max_length=500)
    target: str | None = Field(default=None, max_length=500)
    counts: list[Figure] | None = Field(default=None, max_length=20)
    when: When | None = None


class TagIn(BaseModel):
    tag: str = Field(min_length=1, max_length=100)


class MergeIn(BaseModel):
    first: BodyId
    second: BodyId


class SplitIn(BaseModel):
    claim_ids: list[BodyId] = Field(min_length=1, max_length=10_000)


class UrlIn(BaseModel):
    url: str = Field(min_length=1, max_length=4000)
    tags: list[str] = Field(default_factory=list)
    extract: bool = True


class UserIn(BaseModel):
    name: str
    role: Literal["admin", "investigator", "reviewer", "viewer"]
    password: str


def _ingested(store: Store, result: IngestResult, extract: bool, link: bool) -> dict[str, Any]:
    """The answer to an ingest: the source, and its claims when extraction was asked for."""
    if not result.ok or result.source_id is None:
        raise InputError(f"not ingested: {result.reason}")
    answer: dict[str, Any] = {
        "status": result.status,
        "source_id": result.source_id,
        "sha256": result.sha256,
    }
    if extract:
        extracted = extract_source(store, result.source_id)
        answer["extraction"] = {
            "status": extracted.status,
            "claims": extracted.claims,
            "reason": extracted.reason,
        }
    if link:
        run_link(store)
    return answer


async def read_upload(upload: UploadFile) -> bytes:
    """The uploaded bytes, refusing (before keeping them) anything over MAX_UPLOAD_BYTES."""
    limit = MAX_UPLOAD_BYTES
    chunks, size = [], 0
    while chunk := await upload.read(UPLOAD_CHUNK):
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"the file is larger than the limit of {limit:,} bytes")
        chunks.append(chunk)
    data = b"".join(chunks)
    if not data:
        raise InputError("the uploaded file is empty")
    return data


def upload_source(
    store: Store,
    data: bytes,
    filename: str,
    caller: Caller,
    *,
    title: str | None = None,
    publisher: str | None = None,
    published: dt.date | None = None,
    tags: list[str] | None = None,
    extract: bool = True,
    link: bool = False,
) -> dict[str, Any]:
    """Preserve uploaded bytes as a source (the pages' upload form uses this too)."""
    options = IngestOptions(
        title=title or None,
        publisher=publisher or None,
        published=published,
        tags=[t for t in (tags or []) if t],
        collected_by=caller.name,
    )
    name = filename.replace("\\", "/").rsplit("/", 1)[-1] or "upload"
    result = ingest_bytes(store, data, f"upload:{name}", options, via="web upload")
    return _ingested(store, result, extract, link)


@router.get("/me", summary="Who is signed in")
@in_event_loop
def me(caller: Read) -> dict[str, Any]:
    return {"name": caller.name, "role": caller.role}


@router.get("/sources", summary="List sources", response_model=JsonObject)
@in_event_loop
def sources_list(
    request: Request,
    caller: Read,
    paging: Paging,
    tag: str | None = None,
    media_type: str | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Word in title or URI.")] = None,
) -> Response:
    view = view_for(request, caller)
    listing = list_sources_page(
        view.store, paging, tag=tag, media_type=media_type, text=q, levels=view.levels
    )
    return as_json(view.red(listing))


@router.post("/sources", status_code=201, summary="Upload a file as a new source")
async def sources_upload(
    request: Request,
    caller: Edit,
    file: Annotated[UploadFile, File(description="The report, byte for byte.")],
    title: Annotated[str | None, Form()] = None,
    publisher: Annotated[str | None, Form()] = None,
    published: Annotated[dt.date | None, Form()] = None,
    tags: Annotated[str | None, Form(description="Comma-separated tags.")] = None,
    extract: Annotated[bool, Form()] = True,
    link: Annotated[bool, Form()] = False,
) -> dict[str, Any]:
    data = await read_upload(file)
    return upload_source(
        _store(request),
        data,
        file.filename or "upload",
        caller,
        title=title,
        publisher=publisher,
        published=published,
        tags=[t.strip() for t in (tags or "").split(",")],
        extract=extract,
        link=link,
    )


@router.post("/sources/url", status_code=201, summary="Ingest a URL as a new source")
def sources_ingest_url(request: Request, caller: Edit, body: UrlIn) -> dict[str, Any]:
    if not body.url.lower().startswith(("http://", "https://")):
        raise InputError("only http:// and https:// URLs can be ingested")
    store = _store(request)
    options = IngestOptions(tags=body.tags, collected_by=caller.name, capture=False)
    results = ingest_targets(store, [body.url], options)
    return _ingested(store, results[0], body.extract, False)


@router.get(
    "/sources/{source_id}",
    summary="One source with its text and custody log",
    response_model=JsonObject,
)
@in_event_loop
def sources_get(request: Request, caller: Read, source_id: SourceId) -> Response:
    view = view_for(request, caller)
    level = view.check_source(source_id)
    details = source_details(view.store, source_id)
    view.viewed("source", source_id, level)
    return as_json(view.red(details | {"level": level}))


@router.get(
    "/sources/{source_id}/original",
    summary="The original bytes (investigators and admins); X-Content-SHA256 holds their hash",
    response_class=Response,
)
def sources_original(request: Request, caller: Read, source_id: SourceId) -> Response:
    view = view_for(request, caller)
    level = view.check_source(source_id)
    # An original cannot be redacted byte for byte: only roles that see identities get it.
    view.require_identities("the original file")
    store = view.store
    details = source_details(store, source_id)
    data = read_original(
        store.settings.originals_dir, details["sha256"], keyring_for(store.settings)
    )
    audit.record_now(
        store,
        caller.name,
        "source.download",
        object_type="source",
        object_id=source_id,
        details={"level": level},
    )
    return Response(
        data,
        media_type=details["media_type"],
        headers={
            "X-Content-SHA256": details["sha256"],
            # Named by hash: the original file name may hold anything, including path parts.
            "Content-Disposition": f'attachment; filename="{details["sha256"]}"',
        },
    )


@router.get("/claims", summary="List claims", response_model=JsonObject)
@in_event_loop
def claims_list(
    request: Request,
    caller: Read,
    paging: Paging,
    type: Annotated[
        list[ClaimTypeName] | None, Query(description="Claim type; repeatable.")
    ] = None,
    source_id: IdFilter = None,
    status: Annotated[
        list[ReviewStatusName] | None, Query(description="Review status; repeatable.")
    ] = None,
    incident_id: IdFilter = None,
) -> Response:
    view = view_for(request, caller)
    listing = list_claims_page(
        view.store,
        paging,
        types=[item.value for item in type] if type else None,
        source_id=source_id,
        statuses=[item.value for item in status] if status else None,
        incident_id=incident_id,
        levels=view.levels,
    )
    return as_json(view.red(listing))


def _claim_out(view: View, claim_id: int) -> dict[str, Any]:
    """One claim as the caller may see it, with its edit history; audited when not public."""
    level = view.check_claim(claim_id)
    claim = get_claim(view.store, claim_id, levels=view.levels)
    view.viewed("claim", claim_id, level)
    return view.red(claim | {"level": level, "edits": claim_edits(view.store, claim_id)})


@router.get(
    "/claims/{claim_id}",
    summary="One claim, with its reviewers' edits",
    response_model=JsonObject,
)
@in_event_loop
def claims_get(request: Request, caller: Read, claim_id: ClaimId) -> Response:
    return as_json(_claim_out(view_for(request, caller), claim_id))


@router.post("/claims/{claim_id}/review", summary="Confirm, dispute or reject a claim")
def claims_review(
    request: Request, caller: Review, claim_id: ClaimId, body: ReviewIn
) -> dict[str, Any]:
    view = view_for(request, caller)
    view.check_claim(claim_id)
    return view.red(decide_claim(view.store, claim_id, body.decision, caller.name, body.note))


@router.patch(
    "/claims/{claim_id}",
    summary="Edit a claim's type, agent, target, figures or date (the extraction is kept)",
)
def claims_edit(
    request: Request, caller: Review, claim_id: ClaimId, body: ClaimEditIn
) -> dict[str, Any]:
    view = view_for(request, caller)
    view.check_claim(claim_id)
    changes = body.model_dump(mode="json", include=body.model_fields_set)
    if body.type is not None:
        changes["type"] = body.type.value
    apply_claim_edit(view.store, claim_id, changes, caller.name, levels=view.levels)
    return _claim_out(view, claim_id)


@router.get("/claims/{claim_id}/comments", summary="Comments on a claim", response_model=JsonList)
@in_event_loop
def claims_comments(request: Request, caller: Read, claim_id: ClaimId) -> Response:
    view = view_for(request, caller)
    view.check_claim(claim_id)
    return as_json(view.red(list_comments(view.store, "claim", claim_id)))


@router.post("/claims/{claim_id}/comments", status_code=201, summary="Comment on a claim")
def claims_comment(
    request: Request, caller: Review, claim_id: ClaimId, body: CommentIn
) -> dict[str, Any]:
    view = view_for(request, caller)
    view.check_claim(claim_id)
    return view.red(add_comment(view.store, "claim", claim_id, caller.name, body.body))


def visible_incidents(view: View, tag: str | None = None) -> list[dict[str, Any]]:
    """The incidents the caller may see, each with its tags; only those tagged `tag` if given."""
    tags = tags_by_incident(view.store)
    incidents = [
        i | {"tags": tags.get(i["id"], [])}
        for i in view.visible_incidents(list_incidents(view.store))
    ]
    if tag:
        wanted = " ".join(tag.split()).lower()
        incidents = [i for i in incidents if wanted in i["tags"]]
    return incidents


@router.get("/incidents", summary="List incidents", response_model=JsonObject)
@in_event_loop
def incidents_list(
    request: Request,
    caller: Read,
    paging: Paging,
    tag: Annotated[
        str | None, Query(max_length=100, description="Only incidents with this tag.")
    ] = None,
) -> Response:
    return as_json(incident_listing(view_for(request, caller), tag, paging))


def incident_listing(view: View, tag: str | None, paging: Page) -> dict[str, Any]:
    """One page of the incident list as the caller may see it: the stored labels come from
    every claim, so the page's incidents with hidden claims are described anew."""
    listing = slice_page(visible_incidents(view, tag), paging)
    listing["items"] = view.described(listing["items"])
    return view.red(listing)


def incident_out(view: View, incident_id: int) -> dict[str, Any]:
    """One incident as the caller may see it (claims at hidden levels left out), with its
    tags; a look at restricted or confidential claims is audited."""
    dossier = incident_dossier(view.store, incident_id, levels=view.levels)
    level = view.incident_level(view.claim_levels([c["claim_id"] for c in dossier["claims"]]))
    view.viewed("incident", incident_id, level)
    dossier["tags"] = tags_by_incident(view.store).get(incident_id, [])
    dossier["level"] = level
    return view.red(dossier)


@router.get(
    "/incidents/{incident_id}",
    summary="One incident with figure history",
    response_model=JsonObject,
)
@in_event_loop
def incidents_get(request: Request, caller: Read, incident_id: IncidentId) -> Response:
    return as_json(incident_out(view_for(request, caller), incident_id))


@router.post("/incidents/merge", summary="Merge two incidents")
def incidents_merge(request: Request, caller: Edit, body: MergeIn) -> dict[str, Any]:
    merged = merge_incidents(_store(request), body.first, body.second, caller.name)
    return {"incident_id": merged}


@router.post("/incidents/{incident_id}/split", summary="Split claims off into a new incident")
def incidents_split(
    request: Request, caller: Edit, incident_id: IncidentId, body: SplitIn
) -> dict[str, Any]:
    kept, new = split_incident(_store(request), incident_id, body.claim_ids, caller.name)
    return {"incident_id": kept, "new_incident_id": new}


@router.get(
    "/incidents/{incident_id}/comments",
    summary="Comments on an incident",
    response_model=JsonList,
)
@in_event_loop
def incidents_comments(request: Request, caller: Read, incident_id: IncidentId) -> Response:
    view = view_for(request, caller)
    view.check_incident(incident_id)
    return as_json(view.red(list_comments(view.store, "incident", incident_id)))


@router.post("/incidents/{incident_id}/comments", status_code=201, summary="Comment on an incident")
def incidents_comment(
    request: Request, caller: Review, incident_id: IncidentId, body: CommentIn
) -> dict[str, Any]:
    view = view_for(request, caller)
    view.check_incident(incident_id)
    return view.red(add_comment(view.store, "incident", incident_id, caller.name, body.body))


@router.post("/incidents/{incident_id}/tags", summary="Tag an incident")
def incidents_tag(
    request: Request, caller: Review, incident_id: IncidentId, body: TagIn
) -> dict[str, Any]:
    view = view_for(request, caller)
    view.check_incident(incident_id)
    tags = add_incident_tag(view.store, incident_id, body.tag, caller.name)
    return {"incident_id": incident_id, "tags": tags}


@router.delete("/incidents/{incident_id}/tags", summary="Take a tag off an incident")
def incidents_untag(
    request: Request,
    caller: Review,
    incident_id: IncidentId,
    tag: Annotated[str, Query(min_length=1, max_length=100, description="The tag to remove.")],
) -> dict[str, Any]:
    view = view_for(request, caller)
    view.check_incident(incident_id)
    tags = remove_incident_tag(view.store, incident_id, tag, caller.name)
    return {"incident_id": incident_id, "tags": tags}


@router.get(
    "/places",
    summary="Places of incidents (for the map), with their incidents",
    response_model=JsonObject,
)
def places_list(request: Request, caller: Read, paging: Paging) -> Response:
    view = view_for(request, caller)
    places = incident_places(view, view.described(visible_incidents(view)))
    return as_json(slice_page(places, paging))


@router.get(
    "/responses",
    summary="Response matrix rows: actor × stance × date",
    response_model=JsonObject,
)
def responses_list(
    request: Request, caller: Read, paging: Paging, incident_id: IdFilter = None
) -> Response:
    view = view_for(request, caller)
    rows = responses(view.store, incident_id, levels=view.levels)
    return as_json(view.red(slice_page(rows, paging)))


@router.get("/timeline", summary="Events and statements in date order", response_model=JsonObject)
def timeline_list(
    request: Request, caller: Read, paging: Paging, incident_id: IdFilter = None
) -> Response:
    view = view_for(request, caller)
    rows = timeline(view.store, incident_id, levels=view.levels)
    return as_json(view.red(slice_page(rows, paging)))


@router.get("/actors", summary="Actors with their aliases", response_model=JsonObject)
def actors_list(request: Request, caller: Read, paging: Paging) -> Response:
    view = view_for(request, caller)
    listing = slice_page(view.visible_actors(list_actors(view.store)), paging)
    listing["items"] = visible_aliases(view.store, listing["items"], view.levels)
    return as_json(view.red(listing))


@router.get("/users", summary="Users (admin)")
def users_list(request: Request, caller: Admin) -> list[dict[str, Any]]:
    return list_users(_store(request))


@router.post("/users", status_code=201, summary="Add a user (admin)")
def users_add(request: Request, caller: Admin, body: UserIn) -> dict[str, Any]:
    return add_user(_store(request), body.name, body.role, body.password, caller.name)


@router.post("/users/{name}/tokens", status_code=201, summary="A new API token (admin)")
def users_token(request: Request, caller: Admin, name: str) -> dict[str, Any]:
    return {"token": new_api_token(_store(request), name, caller.name)}
