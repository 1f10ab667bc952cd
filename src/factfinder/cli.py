"""The factfinder command line: thin commands that parse arguments, call a stage and print."""

from __future__ import annotations

import os
import re
import sys

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text
from typer.core import TyperGroup

from factfinder import __version__
from factfinder.errors import FactfinderError

console = Console()
err_console = Console(stderr=True)


class ErrorReportingGroup(TyperGroup):
    """Turns every FactfinderError into one clear line on stderr and a non-zero exit."""

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except FactfinderError as exc:
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug: say so in one line; the text may hold names
            if os.environ.get("FACTFINDER_DEBUG"):
                raise
            err_console.print(
                f"[bold red]internal error:[/] {type(exc).__name__} "
                "(set FACTFINDER_DEBUG=1 to see the traceback)",
                highlight=False,
            )
            raise typer.Exit(70) from None


app = typer.Typer(
    cls=ErrorReportingGroup,
    help="factfinder: preserve reports, extract sourced claims, link them into a verified record.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def version_callback(value: bool) -> None:
    if value:
        console.print(f"factfinder {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=version_callback, is_eager=True, help="Print the version."
    ),
) -> None:
    """Settings come from FACTFINDER_HOME, FACTFINDER_DATABASE_URL and FACTFINDER_COLLECTOR."""


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
) -> None:
    """Full-text search over sources; matches are highlighted in a snippet."""
    from factfinder.store.db import open_store
    from factfinder.store.search import search_sources

    hits = search_sources(open_store(), query, limit=limit)
    if not hits:
        err_console.print("no matching sources")
        raise typer.Exit(1)
    for hit in hits:
        console.print(f"[bold]#{hit.source_id}[/] {escape(hit.title or '(untitled)')}")
        console.print(Text("    ").append_text(highlighted_snippet(hit.snippet)))


def highlighted_snippet(snippet: str) -> Text:
    """A snippet with the store's match markers turned into bold yellow, the text left literal."""
    from factfinder.store.search import MARK_END, MARK_START

    out = Text()
    for index, part in enumerate(
        re.split(f"{re.escape(MARK_START)}|{re.escape(MARK_END)}", snippet)
    ):
        out.append(part, style="bold yellow" if index % 2 else None)
    return out


# --- sources commands (ingest, verify, sources, show) ---

# --- extract commands (analyze, eval) ---

# --- claims commands (extract, claims) ---

# --- link commands (link, incidents, incident, responses, timeline, actors) ---

# --- demo command ---


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
