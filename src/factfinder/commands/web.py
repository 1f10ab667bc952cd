"""CLI for the web workbench: `factfinder serve` runs the app under uvicorn."""

from __future__ import annotations

import secrets

import typer

from factfinder.cli import app, console
from factfinder.settings import Settings, load_settings

DEMO_USER = "demo"


def serve_app(host: str, port: int, settings: Settings | None = None, workers: int = 1) -> None:
    """Serve a home's workbench until Ctrl-C (used by `serve`, and by `demo --serve`).

    Without `settings`, the home comes from the environment (FACTFINDER_HOME and friends). The
    port is bound first (in use: one clear error, nothing opened), then the app built here
    opens (and migrates) the store once, so several workers never migrate side by side.
    """
    import uvicorn

    from factfinder.web.app import create_app, tune_server_process
    from factfinder.web.serving import (
        BALANCED_ACCEPT,
        UVICORN_OPTIONS,
        Supervisor,
        bind_listeners,
    )

    settings = settings or load_settings()
    balanced = workers > 1 and BALANCED_ACCEPT
    sockets = bind_listeners(host, port, workers if balanced else 1)
    try:
        web_app = create_app(settings)
        address = f"http://{host}:{port}/"
        console.print(f"factfinder workbench on {address} (Ctrl-C stops it)", highlight=False)
        if balanced:
            # Each worker gets its own socket: with one shared socket the worker that wakes
            # first accepts a whole burst of connections while the other idles.
            web_app.state.store.engine.dispose()
            Supervisor(settings, sockets).run()
        elif workers > 1:
            web_app.state.store.engine.dispose()
            sockets[0].close()
            uvicorn.run(
                "factfinder.web.app:app_from_environment",
                factory=True,
                workers=workers,
                host=host,
                port=port,
                **UVICORN_OPTIONS,
            )
        else:
            tune_server_process()
            uvicorn.Server(uvicorn.Config(web_app, **UVICORN_OPTIONS)).run(sockets=sockets)
    finally:
        for sock in sockets:
            sock.close()


def demo_sign_in(settings: Settings) -> str:
    """Make the demo's investigator account on first use and say how to sign in with it.

    The password is random and shown only when the account is made: the demo home holds
    invented data, but a guessable password is a bad habit to teach.
    """
    from factfinder.protect.users import add_user, list_users
    from factfinder.store.db import open_store

    store = open_store(settings)
    try:
        if any(user["name"] == DEMO_USER for user in list_users(store)):
            return f"sign in as {DEMO_USER!r} with the password shown when the demo made it"
        password = "-".join(secrets.token_urlsafe(6) for _ in range(3))
        add_user(store, DEMO_USER, "investigator", password, "demo")
        return f"sign in as {DEMO_USER!r} with password {password}"
    finally:
        store.engine.dispose()


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(
        1, "--workers", min=1, max=64, help="Worker processes (one per core serves most)."
    ),
) -> None:
    """Serve the web workbench and the REST API (/api/v1, documented at /api/docs)."""
    serve_app(host, port, workers=workers)
