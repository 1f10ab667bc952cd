"""The signed-in user's own pages: the TOTP code step of signing in, and turning two-factor on."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from factfinder.errors import AccessDenied, InputError
from factfinder.protect import audit
from factfinder.protect.totp import (
    CODE_FAILED,
    PENDING_SIGN_IN,
    Enrolment,
    begin_enrolment,
    complete_sign_in,
    confirm_enrolment,
    is_enabled,
    pending_enrolment,
)
from factfinder.store.db import Store
from factfinder.web.auth import Caller, new_session, pending_user, requires
from factfinder.web.pages import _safe_next, render

router = APIRouter(include_in_schema=False)

Public = Annotated[Any, Depends(requires("public"))]
Read = Annotated[Caller, Depends(requires("read"))]
Code = Annotated[str, Form(max_length=20)]
EXPIRED = (
    f"the sign-in was not finished within {int(PENDING_SIGN_IN.total_seconds() // 60)} minutes "
    "(or not started): enter your name and password again"
)


def _store(request: Request) -> Store:
    return request.app.state.store


def _start_again(request: Request, next: str | None, error: str | None) -> HTMLResponse:
    """The password form again, dropping any half-finished sign-in."""
    response = render(request, "sign_in.html", status=400, next=_safe_next(next), error=error)
    session = request.app.state.sessions.read(request)
    if "pending_uid" in session:
        # Same CSRF token as the form just rendered, so that form still works.
        kept = {"uid": None, "csrf": session.get("csrf")}
        request.app.state.sessions.write(request, response, kept)
    return response


@router.get("/sign-in/code", response_class=HTMLResponse)
def code_page(request: Request, caller: Public, next: str | None = None) -> Response:
    if pending_user(request.app.state.sessions.read(request)) is None:
        return _start_again(request, next, EXPIRED)
    return render(request, "sign_in_code.html", next=_safe_next(next), error=None)


@router.post("/sign-in/code", response_class=HTMLResponse)
def code_sign_in(
    request: Request, caller: Public, code: Code, next: Annotated[str, Form()] = "/"
) -> Response:
    session = request.app.state.sessions.read(request)
    user_id = pending_user(session)
    if user_id is None:
        late = session.get("pending_uid")
        if isinstance(late, int):
            audit.record_now(
                _store(request),
                "anonymous",
                "signin.failed",
                object_type="user",
                object_id=late,
                details={"reason": "code too late"},
            )
        return _start_again(request, next, EXPIRED)
    try:
        complete_sign_in(_store(request), user_id, code)
    except AccessDenied as exc:
        if str(exc) != CODE_FAILED:
            return _start_again(request, next, str(exc))  # locked or disabled meanwhile
        return render(
            request, "sign_in_code.html", status=400, next=_safe_next(next), error=str(exc)
        )
    response = RedirectResponse(_safe_next(next), status_code=303)
    # A new session (and CSRF token) now that the user is signed in, as after a password.
    request.app.state.sessions.write(request, response, new_session(user_id))
    return response


def _account(
    request: Request,
    caller: Caller,
    *,
    status: int = 200,
    enrolment: Enrolment | None = None,
    notice: str | None = None,
    error: str | None = None,
) -> Response:
    store = _store(request)
    enabled = is_enabled(store, caller.user_id)
    if enrolment is None and not enabled:
        enrolment = pending_enrolment(store, caller.user_id)
    return render(
        request,
        "account.html",
        status=status,
        totp_enabled=enabled,
        enrolment=enrolment,
        # segno's SVG is made here from the otpauth URI alone: markup we wrote, not user text.
        enrolment_qr=Markup(enrolment.qr_svg()) if enrolment else None,
        notice=notice,
        error=error,
    )


@router.get("/account", response_class=HTMLResponse)
def account_page(request: Request, caller: Read) -> Response:
    notice = "Two-factor sign-in is on." if request.query_params.get("totp") == "on" else None
    return _account(request, caller, notice=notice)


@router.post("/account/totp", response_class=HTMLResponse)
def account_totp_start(request: Request, caller: Read) -> Response:
    try:
        enrolment = begin_enrolment(_store(request), caller.user_id)
    except InputError as exc:
        return _account(request, caller, status=400, error=str(exc))
    return _account(request, caller, enrolment=enrolment)


@router.post("/account/totp/confirm", response_class=HTMLResponse)
def account_totp_confirm(request: Request, caller: Read, code: Code) -> Response:
    try:
        confirm_enrolment(_store(request), caller.user_id, code)
    except InputError as exc:
        return _account(request, caller, status=400, error=str(exc))
    return RedirectResponse("/account?totp=on", status_code=303)
