"""The web workbench's FastAPI app: the store, sessions, the API and pages, and one error format."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from factfinder import __version__
from factfinder.errors import AccessDenied, FactfinderError, InputError, IntegrityError, NotFound
from factfinder.settings import Settings, load_settings
from factfinder.store.db import open_store
from factfinder.web.account import router as account_router
from factfinder.web.api import TooLarge
from factfinder.web.api import router as api_router
from factfinder.web.auth import CsrfRejected, NotSignedIn, Sessions, session_secret
from factfinder.web.pages import render_error
from factfinder.web.pages import router as pages_router

STATIC_DIR = Path(__file__).parent / "static"
log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "invalid_input",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "integrity",
    413: "too_large",
    422: "invalid_request",
}


def error_status(exc: FactfinderError) -> tuple[int, str]:
    """The HTTP status and stable code for one of factfinder's errors."""
    if isinstance(exc, TooLarge):
        return 413, "too_large"
    if isinstance(exc, NotSignedIn):
        return 401, "unauthenticated"
    if isinstance(exc, CsrfRejected):
        return 403, "csrf"
    if isinstance(exc, AccessDenied):
        return 403, "forbidden"
    if isinstance(exc, NotFound):
        return 404, "not_found"
    if isinstance(exc, IntegrityError):
        return 409, "integrity"
    if isinstance(exc, InputError):
        return 400, "invalid_input"
    return 400, "error"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error_response(
    request: Request,
    status: int,
    code: str,
    message: str,
    headers: Mapping[str, str] | None = None,
) -> Response:
    if _wants_json(request):
        return JSONResponse({"code": code, "message": message}, status_code=status, headers=headers)
    if status == 401:
        return RedirectResponse(f"/sign-in?next={request.url.path}", status_code=303)
    return render_error(request, status, message)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", ""))
    return "; ".join(parts) or "the request is malformed"


# How many of a process's route calls run at once. FastAPI runs each plain `def` route (nearly
# all of ours) in a worker thread, up to anyio's default of 40 at a time; every running thread
# competes for the GIL, and the hand-overs cost CPU without adding any (one process runs Python
# on one core). Measured with benchmarks/web.py, 20 closed-loop clients on 2 workers, four
# interleaved rounds on a loaded machine (load 10-13): server CPU per request 2.0-2.2 ms at 4
# against 2.5-3.2 ms at 40, 420-560 against 326-443 requests/s, worst p95 99-176 against
# 148-202 ms; 2 threads did no better than 4. A few, not one: a slow call (an upload being
# extracted) must not hold up every other request of its process.
ROUTE_THREADS = 4


@asynccontextmanager
async def _route_threads_limited(app: FastAPI) -> AsyncIterator[None]:
    """Caps the threads route calls run in (ROUTE_THREADS) for the event loop serving `app`."""
    anyio.to_thread.current_default_thread_limiter().total_tokens = ROUTE_THREADS
    yield


def create_app(settings: Settings) -> FastAPI:
    """The app for one factfinder home: opens (and migrates) its store once, at creation."""
    store = open_store(settings)
    app = FastAPI(
        title="factfinder",
        version=__version__,
        description="Sources, claims, incidents and responses of a factfinder home. "
        "Sign in with an API token: `Authorization: Bearer fft_…` (`factfinder users token`).",
        docs_url="/api/docs",
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
        openapi_url="/api/v1/openapi.json",
        lifespan=_route_threads_limited,
    )
    app.state.store = store
    app.state.sessions = Sessions(session_secret(settings))

    @app.exception_handler(FactfinderError)
    async def factfinder_error(request: Request, exc: FactfinderError) -> Response:
        status, code = error_status(exc)
        return _error_response(request, status, code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        return _error_response(request, 422, "invalid_request", _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = _HTTP_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        # Headers such as Allow on a 405 are part of the answer (RFC 9110).
        return _error_response(request, exc.status_code, code, message, exc.headers)

    @app.exception_handler(DataError)
    async def value_refused(request: Request, exc: DataError) -> Response:
        # The caller sent a value the database cannot hold (PostgreSQL refuses NUL characters
        # in text); the transaction was rolled back, so nothing was half-saved.
        return _error_response(
            request, 400, "invalid_input", "a value in the request cannot be stored or searched"
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        # Ids only in the log: the exception text could quote source material.
        log.error("unexpected %s on %s %s", type(exc).__name__, request.method, request.url.path)
        return _error_response(request, 500, "internal", "something went wrong on the server")

    app.include_router(api_router)
    app.include_router(account_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


# How long a thread may hold the GIL before another may take it (Python's default is 5 ms).
# A server process runs its routes on a pool of threads; under load they queue for the GIL and
# a request can wait several whole intervals behind others. Measured with benchmarks/web.py, 20
# closed-loop clients on 2 workers, idle machine: 784 and 819 requests/s, worst p95 102 and
# 98 ms at 0.5 ms, against 550 and 788/s, 116 and 126 ms at 5 ms (runs in which most
# connections landed on one worker were slow either way); one client's latency is unchanged.
SERVER_SWITCH_INTERVAL = 0.0005


def tune_server_process() -> None:
    """Settings for a process that only serves requests (`factfinder serve`, each worker)."""
    sys.setswitchinterval(SERVER_SWITCH_INTERVAL)


def app_from_environment() -> FastAPI:
    """The app for the home the environment names (FACTFINDER_*): what each worker process of
    `factfinder serve --workers N` builds for itself."""
    tune_server_process()
    return create_app(load_settings())
