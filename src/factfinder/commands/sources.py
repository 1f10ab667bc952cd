"""Commands of the sources stage: ingest, verify, sources (and sources level), show."""

from __future__ import annotations

import json
import os

import typer
from rich.table import Table
from rich.text import Text

from factfinder.cli import ErrorReportingGroup, app, console, err_console
from factfinder.commands.display import as_role_option, print_plain, redactor_for
from factfinder.errors import InputError


def _parse_published(value: str | None):  # type: ignore[no-untyped-def]
    """The --published date, read as `analyze` reads it, or a clear error naming the form."""
    from factfinder.extract.dates import parse_user_date

    if value is None:
        return None
    try:
        return parse_user_date(value)
    except InputError:
        raise InputError(f"--published must be a date like 2026-04-03, not {value!r}") from None


def _print_ingest_result(result) -> None:  # type: ignore[no-untyped-def]
    """One line per item: "preserved #ID SHA-256:… uri", "already preserved …" or "failed …"."""
    from factfinder.sources.originals import labelled_hash

    if result.status == "failed":
        print_plain(err_console, f"failed {result.target}: {result.reason}")
        return
    hashed = labelled_hash(result.sha256 or "")
    print_plain(console, f"{result.status} #{result.source_id} {hashed} {result.target}")
    if result.capture_note:
        print_plain(console, f"  {result.capture_note}")


def _ingest_summary(results: list) -> str:  # type: ignore[type-arg]
    """The closing count: N preserved, N already preserved, N failed."""
    counts = {status: 0 for status in ("preserved", "already preserved", "failed")}
    for result in results:
        counts[result.status] += 1
    return ", ".join(f"{count} {status}" for status, count in counts.items())


def _print_leftovers(leftovers) -> None:  # type: ignore[no-untyped-def]
    """Say on stderr what was tidied among the originals before ingesting (counts, no names)."""
    from factfinder.sources.originals import LEFTOVER_MIN_AGE_SECONDS

    if leftovers.removed:
        err_console.print(
            f"removed {leftovers.removed} partial file(s) that an interrupted run left in "
            "originals/",
            highlight=False,
        )
    if leftovers.kept:
        err_console.print(
            f"kept {leftovers.kept} recent partial file(s) in originals/ (another program may "
            f"still be writing them; removed by a later ingest once "
            f"{LEFTOVER_MIN_AGE_SECONDS // 60} minutes old)",
            highlight=False,
        )


@app.command()
def ingest(
    targets: list[str] = typer.Argument(
        ...,
        help="Files, folders (recursive), http(s) URLs, .warc/.warc.gz files, or - for stdin.",
    ),
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD); overrides what was found."
    ),
    publisher: str | None = typer.Option(
        None, "--publisher", help="Publisher name; overrides the site name found."
    ),
    title: str | None = typer.Option(None, "--title", help="Title; overrides the title found."),
    author: str | None = typer.Option(None, "--author", help="Author; overrides the author found."),
    tag: list[str] = typer.Option(
        [], "--tag", help="Topic tag for every item (repeat for several)."
    ),
    collected_by: str | None = typer.Option(
        None, "--collected-by", help="Who collected the items (default: FACTFINDER_COLLECTOR)."
    ),
    note: str | None = typer.Option(None, "--note", help="A note kept with every item."),
    feed: bool = typer.Option(
        False, "--feed", help="Targets are RSS/Atom feeds: each entry becomes a source."
    ),
    capture: bool = typer.Option(
        True,
        "--capture/--no-capture",
        help="Screenshot and rendered HTML of URLs with Chromium (when installed).",
    ),
    timeout: float | None = typer.Option(
        None, "--timeout", min=0.1, help="Seconds to wait for a web host (default: 20)."
    ),
    allow_private_addresses: bool = typer.Option(
        False,
        "--allow-private-addresses",
        help="Fetch URLs whose host is on loopback, private or link-local addresses "
        "(refused by default; also FACTFINDER_ALLOW_PRIVATE_ADDRESSES).",
    ),
    level: str | None = typer.Option(
        None,
        "--level",
        help="Confidentiality: public, restricted or confidential "
        "(default: FACTFINDER_DEFAULT_LEVEL, else public).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the per-item results as JSON."),
) -> None:
    """Preserve reports byte for byte with SHA-256, a custody log, and their text and metadata."""
    import dataclasses

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from factfinder.protect.levels import check_level
    from factfinder.settings import HTTP_TIMEOUT_SECONDS
    from factfinder.sources.ingest import IngestOptions, IngestResult, ingest_targets
    from factfinder.store.db import open_store

    options = IngestOptions(
        published=_parse_published(published),
        publisher=publisher,
        title=title,
        author=author,
        tags=tag,
        collected_by=collected_by,
        note=note,
        feed=feed,
        capture=capture,
        timeout=timeout or HTTP_TIMEOUT_SECONDS,
        allow_private_addresses=allow_private_addresses,
        level=check_level(level) if level else None,
    )
    store = open_store()
    check_level(store.settings.default_level)
    results: list[IngestResult] = []

    def on_result(result: IngestResult) -> None:
        results.append(result)
        if as_json:
            if not result.ok:
                print_plain(err_console, f"failed {result.target}: {result.reason}")
        else:
            _print_ingest_result(result)

    batch = len(targets) > 1 or any(os.path.isdir(target) for target in targets)
    show_progress = err_console.is_terminal and batch
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err_console,
        transient=True,
        disable=not show_progress,
    )
    task = progress.add_task("ingest", total=None)
    try:
        with progress:
            ingest_targets(
                store,
                targets,
                options,
                on_result=on_result,
                on_progress=lambda done, total: progress.update(task, completed=done, total=total),
                on_leftovers=_print_leftovers,
            )
    except KeyboardInterrupt:
        err_console.print(f"interrupted: {_ingest_summary(results)}", highlight=False)
        raise typer.Exit(130) from None
    if as_json:
        console.print_json(json.dumps([dataclasses.asdict(result) for result in results]))
        err_console.print(_ingest_summary(results), highlight=False)
    else:
        console.print(_ingest_summary(results), highlight=False)
    if any(not result.ok for result in results):
        raise typer.Exit(1)


@app.command()
def verify(
    ids: list[int] = typer.Argument(None, help="Source ids to verify (default: every source)."),
    as_json: bool = typer.Option(False, "--json", help="Print the findings as JSON."),
) -> None:
    """Re-hash every preserved original and derived file and re-check every custody chain."""

    from factfinder.sources.originals import labelled_hash
    from factfinder.sources.verify import verify_sources
    from factfinder.store.db import open_store

    reports = verify_sources(open_store(), ids or None)
    if as_json:
        console.print_json(
            json.dumps(
                [
                    {
                        "id": r.source_id,
                        "sha256": r.sha256,
                        "intact": r.intact,
                        "problems": r.problems,
                    }
                    for r in reports
                ]
            )
        )
    for report in reports:
        if as_json:
            continue
        if report.intact:
            print_plain(
                console,
                f"intact #{report.source_id} {labelled_hash(report.sha256)} "
                f"({report.files_checked} files, custody chain ok)",
            )
        else:
            for problem in report.problems:
                print_plain(err_console, f"BROKEN #{report.source_id}: {problem}")
    broken = sum(not r.intact for r in reports)
    err_console.print(f"{len(reports) - broken} intact, {broken} broken", highlight=False)
    if broken:
        raise typer.Exit(1)


sources_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="List sources (with no subcommand), or change a source's confidentiality level.",
    invoke_without_command=True,
)
app.add_typer(sources_app, name="sources")


@sources_app.callback()
def list_sources_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array instead of a table."),
    as_role: str | None = as_role_option(),
) -> None:
    """One row per preserved source."""
    if ctx.invoked_subcommand is not None:
        return

    from factfinder.sources.listing import list_sources
    from factfinder.sources.originals import labelled_hash
    from factfinder.store.db import open_store

    store = open_store()
    redactor = redactor_for(store, as_role)
    rows = [redactor.value(row) for row in list_sources(store) if redactor.allows(row["level"])]
    if as_json:
        console.print_json(json.dumps(rows))
        return
    table = Table()
    table.add_column("id", no_wrap=True, justify="right")
    table.add_column("published", no_wrap=True)
    table.add_column("publisher")
    table.add_column("title", ratio=1)
    table.add_column("level", no_wrap=True)
    table.add_column("hash", no_wrap=True)
    for row in rows:
        table.add_row(
            str(row["id"]),
            row["published_at"] or "",
            Text(row["publisher"] or ""),
            Text(row["title"] or row["uri"]),
            row["level"],
            labelled_hash(row["sha256"][:8]) + "…",
        )
    console.print(table)


@sources_app.command("level")
def sources_level(
    source_id: int = typer.Argument(..., help="Id of the source (see `factfinder sources`)."),
    level: str = typer.Argument(..., help="public, restricted or confidential."),
) -> None:
    """Change a source's confidentiality level (its claims follow); recorded in the audit log."""
    from factfinder.protect.visibility import set_source_level
    from factfinder.store.db import open_store

    store = open_store()
    old, claims = set_source_level(store, source_id, level, store.settings.collector)
    console.print(
        f"source #{source_id}: {old} → {level} ({claims} claims changed)", highlight=False
    )


@app.command()
def show(
    source_id: int = typer.Argument(..., help="Id of the source (see `factfinder sources`)."),
    as_json: bool = typer.Option(False, "--json", help="Print everything, text too, as JSON."),
    as_role: str | None = as_role_option(),
) -> None:
    """A source's metadata, derived files, custody log and text."""

    from factfinder.protect.visibility import check_source_visible, record_view
    from factfinder.sources.listing import source_details
    from factfinder.sources.originals import labelled_hash
    from factfinder.store.db import open_store

    store = open_store()
    redactor = redactor_for(store, as_role)
    level = check_source_visible(store, source_id, redactor)
    details = redactor.value(source_details(store, source_id))
    record_view(store, store.settings.collector, as_role, "source", source_id, level)
    if as_json:
        console.print_json(json.dumps(details))
        return
    fields = Table.grid(padding=(0, 2))
    fields.add_column(no_wrap=True)
    fields.add_column(overflow="fold")
    for label, key in (
        ("uri", "uri"),
        ("final uri", "final_uri"),
        ("title", "title"),
        ("publisher", "publisher"),
        ("author", "author"),
        ("published", "published_at"),
        ("retrieved (UTC)", "retrieved_at"),
        ("collected by", "collected_by"),
        ("media type", "media_type"),
        ("size", "size"),
        ("language", "language"),
        ("HTTP status", "http_status"),
        ("note", "note"),
        ("level", "level"),
    ):
        if details[key] is not None:
            fields.add_row(label, Text(str(details[key])))
    fields.add_row("hash", labelled_hash(details["sha256"]))
    if details["tags"]:
        fields.add_row("tags", Text(", ".join(details["tags"])))
    if details["extra"].get("no_screenshot"):
        fields.add_row("capture", Text(f"no screenshot taken: {details['extra']['no_screenshot']}"))
    for link in details["extra"].get("embedded_media", []):
        fields.add_row("embedded " + link["kind"], Text(link["url"]))
    console.print(Text(f"source #{details['id']}", style="bold"))
    console.print(fields)
    if details["derived_files"]:
        derived = Table("kind", "SHA-256", "size", "created (UTC)", title="derived files")
        for item in details["derived_files"]:
            derived.add_row(
                item["kind"], labelled_hash(item["sha256"]), str(item["size"]), item["created_at"]
            )
        console.print(derived)
    custody = Table("seq", "action", "actor", "at (UTC)", "entry hash", title="custody log")
    for entry in details["custody"]:
        custody.add_row(
            str(entry["seq"]),
            entry["action"],
            Text(entry["actor"]),
            entry["at"],
            entry["entry_hash"][:16] + "…",
        )
    console.print(custody)
    console.rule("text")
    print_plain(console, details["text"] or "")
