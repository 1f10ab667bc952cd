"""The factfinder command line: thin commands that parse arguments, call a stage and print."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from factfinder import __version__
from factfinder.errors import FactfinderError, InputError

if TYPE_CHECKING:
    from factfinder.extract.run import ExtractResult

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


@contextmanager
def batch_progress(total: int, description: str) -> Iterator[Callable[[], None]]:
    """A Rich progress bar on stderr when it is a terminal; quiet otherwise (scripts, CI)."""
    if not err_console.is_terminal:
        yield lambda: None
        return
    with Progress(console=err_console, transient=True) as progress:
        task = progress.add_task(description, total=total)
        yield lambda: progress.advance(task)


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


@app.command("extract")
def extract_command(
    ids: list[int] = typer.Argument(None, help="Source ids to extract (default with --all)."),
    all_sources: bool = typer.Option(False, "--all", help="Extract every stored source."),
    force: bool = typer.Option(
        False, "--force", help="Re-read sources already extracted by the current rules."
    ),
) -> None:
    """Extract claims from stored sources; re-running keeps every reviewer's decision."""
    from factfinder.extract.run import extract_sources, select_source_ids
    from factfinder.store.db import open_store

    if not ids and not all_sources:
        raise InputError("name source ids or use --all")
    store = open_store()
    source_ids = select_source_ids(store, ids)
    failed = 0
    with batch_progress(len(source_ids), "extracting") as advance:

        def report(result: ExtractResult) -> None:
            nonlocal failed
            advance()
            if result.status == "failed":
                failed += 1
                err_console.print(f"failed #{result.source_id}: {result.reason}", highlight=False)
            elif result.status == "up to date":
                console.print(f"up to date #{result.source_id}", highlight=False)
            else:
                stats = result.stats
                console.print(
                    f"extracted #{result.source_id}: {result.claims} claims "
                    f"({stats.added} new, {stats.updated} updated, "
                    f"{stats.kept_reviewed} kept as reviewed, {stats.stale} stale)",
                    highlight=False,
                )

        results = extract_sources(store, source_ids, force=force, on_result=report)
    done = len(results) - failed
    console.print(f"{done} sources extracted or up to date, {failed} failed", highlight=False)
    if failed:
        raise typer.Exit(1)


@app.command("claims")
def claims_command(
    source: list[int] = typer.Option(None, "--source", help="Only claims of this source id."),
    claim_type: list[str] = typer.Option(
        None, "--type", help="Only this type (detention, deny, …); repeatable."
    ),
    status: list[str] = typer.Option(
        None, "--status", help="Only this review status (extracted, confirmed, …); repeatable."
    ),
    limit: int = typer.Option(1000, min=1, help="Most claims to list."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """List stored claims with their type, agent, target, figures and sentence."""
    from factfinder.store.claims import claim_row_to_dict, claims_query
    from factfinder.store.db import open_store

    store = open_store()
    with store.session() as session:
        rows = session.scalars(claims_query(source, claim_type, status).limit(limit)).all()
        claims = [claim_row_to_dict(row) for row in rows]
    if as_json:
        print(json.dumps(claims, ensure_ascii=False, indent=1))
        return
    if not claims:
        err_console.print("no claims")
        return
    table = Table("id", "src", "type", "agent", "target", "counts", "when", "sentence")
    for claim in claims:
        table.add_row(
            str(claim["id"]),
            str(claim["source_id"]),
            claim["type"] + (" (negated)" if claim["negated"] else ""),
            claim["agent"] or "",
            claim["target"] or "",
            format_counts(claim["counts"]),
            format_when(claim["when"]),
            claim["sentence"],
        )
    console.print(table)


def format_counts(counts: list[dict]) -> str:
    """Figures as a reader says them: 'more than 100 men (was 2)'."""
    words = {
        "at_least": "at least ",
        "more_than": "more than ",
        "about": "about ",
        "up_to": "up to ",
    }
    parts = []
    for figure in counts:
        value = f"{figure['low']}" + (f"–{figure['high']}" if figure.get("high") else "")
        text = f"{words.get(figure.get('qualifier'), '')}{value} {figure['unit']}"
        if figure.get("supersedes"):
            text += f" (was {figure['supersedes']['low']})"
        parts.append(text)
    return "; ".join(parts)


def format_when(when: dict | None) -> str:
    """A date at the precision the source gave: a month stays a month, never a fake day."""
    if not when:
        return ""
    start = when["start"]
    precision = when["precision"]
    if precision == "year":
        return start[:4]
    if precision == "month":
        return start[:7]
    if precision == "week":
        return f"week of {start}"
    return start


# --- link commands (link, incidents, incident, responses, timeline, actors) ---

# --- demo command ---


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
