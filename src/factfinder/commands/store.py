"""Commands on the store itself: init and search."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.text import Text

from factfinder.cli import app, console, err_console
from factfinder.commands.display import as_role_option, highlighted_snippet, redactor_for


@app.command()
def init() -> None:
    """Create the database in FACTFINDER_HOME (or FACTFINDER_DATABASE_URL) or upgrade it."""
    from factfinder.store.db import open_store

    store = open_store()
    console.print(f"database ready ({store.dialect}); home: {store.settings.home}")


@app.command()
def search(
    query: str = typer.Argument(..., help="Words to find in source titles and texts."),
    limit: int = typer.Option(20, min=1, max=1000, help="Most results to list."),
    as_role: str | None = as_role_option(),
) -> None:
    """Full-text search over sources; matches are highlighted in a snippet."""
    from factfinder.protect.visibility import redacted_search
    from factfinder.store.db import open_store

    store = open_store()
    hits = redacted_search(store, query, redactor_for(store, as_role), limit=limit)
    if not hits:
        err_console.print("no matching sources")
        raise typer.Exit(1)
    for hit in hits:
        console.print(f"[bold]#{hit.source_id}[/] {escape(hit.title or '(untitled)')}")
        console.print(Text("    ").append_text(highlighted_snippet(hit.snippet)))
