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
    from factfinder.demo import DemoReport
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


def _parse_published(value: str | None):  # type: ignore[no-untyped-def]
    """The --published date, or a clear error naming the expected form."""
    import datetime as dt

    from factfinder.errors import InputError

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--published must be a date like 2026-04-03, not {value!r}") from None


def _print_plain(target: Console, line: str) -> None:
    """Print text from sources (URIs, titles) literally: no markup, no wrapping mid-line."""
    target.print(line, markup=False, highlight=False, soft_wrap=True)


def _print_ingest_result(result) -> None:  # type: ignore[no-untyped-def]
    """One line per item: "preserved #ID SHA-256:… uri", "already preserved …" or "failed …"."""
    from factfinder.sources.originals import labelled_hash

    if result.status == "failed":
        _print_plain(err_console, f"failed {result.target}: {result.reason}")
        return
    hashed = labelled_hash(result.sha256 or "")
    _print_plain(console, f"{result.status} #{result.source_id} {hashed} {result.target}")
    if result.capture_note:
        _print_plain(console, f"  {result.capture_note}")


def _ingest_summary(results: list) -> str:  # type: ignore[type-arg]
    """The closing count: N preserved, N already preserved, N failed."""
    counts = {status: 0 for status in ("preserved", "already preserved", "failed")}
    for result in results:
        counts[result.status] += 1
    return ", ".join(f"{count} {status}" for status, count in counts.items())


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
    as_json: bool = typer.Option(False, "--json", help="Print the per-item results as JSON."),
) -> None:
    """Preserve reports byte for byte with SHA-256, a custody log, and their text and metadata."""
    import dataclasses
    import json

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

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
    )
    store = open_store()
    results: list[IngestResult] = []

    def on_result(result: IngestResult) -> None:
        results.append(result)
        if as_json:
            if not result.ok:
                _print_plain(err_console, f"failed {result.target}: {result.reason}")
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
    import json

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
            _print_plain(
                console,
                f"intact #{report.source_id} {labelled_hash(report.sha256)} "
                f"({report.files_checked} files, custody chain ok)",
            )
        else:
            for problem in report.problems:
                _print_plain(err_console, f"BROKEN #{report.source_id}: {problem}")
    broken = sum(not r.intact for r in reports)
    err_console.print(f"{len(reports) - broken} intact, {broken} broken", highlight=False)
    if broken:
        raise typer.Exit(1)


@app.command("sources")
def list_sources_command(
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array instead of a table."),
) -> None:
    """One row per preserved source."""
    import json

    from rich.table import Table

    from factfinder.sources.listing import list_sources
    from factfinder.sources.originals import labelled_hash
    from factfinder.store.db import open_store

    rows = list_sources(open_store())
    if as_json:
        console.print_json(json.dumps(rows))
        return
    table = Table()
    table.add_column("id", no_wrap=True, justify="right")
    table.add_column("published", no_wrap=True)
    table.add_column("publisher")
    table.add_column("title", ratio=1)
    table.add_column("hash", no_wrap=True)
    for row in rows:
        table.add_row(
            str(row["id"]),
            row["published_at"] or "",
            Text(row["publisher"] or ""),
            Text(row["title"] or row["uri"]),
            labelled_hash(row["sha256"][:8]) + "…",
        )
    console.print(table)


@app.command()
def show(
    source_id: int = typer.Argument(..., help="Id of the source (see `factfinder sources`)."),
    as_json: bool = typer.Option(False, "--json", help="Print everything, text too, as JSON."),
) -> None:
    """A source's metadata, derived files, custody log and text."""
    import json

    from rich.table import Table

    from factfinder.sources.listing import source_details
    from factfinder.sources.originals import labelled_hash
    from factfinder.store.db import open_store

    details = source_details(open_store(), source_id)
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
    _print_plain(console, details["text"] or "")


# --- extract commands (analyze, eval) ---


@app.command()
def analyze(
    path: str = typer.Argument(..., help="A report (HTML, plain text or PDF), or - for stdin."),
    published: str | None = typer.Option(
        None,
        "--published",
        help="Publication date (2017-05-04, 4 May 2017 …) for relative dates; "
        "default: the date in the HTML metadata.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per claim a line."),
) -> None:
    """Print the claims a report makes (events, statements, figures, sources); stores nothing."""
    from factfinder.extract import analyze as analyze_text
    from factfinder.extract.language import detect_language

    text, found_date = _read_report(path)
    language = detect_language(text)
    if language not in (None, "en"):
        raise InputError(f"text is not English (detected: {language}); no claims extracted")
    claims = analyze_text(text, _user_date(published) or found_date)
    if not claims:
        err_console.print("no claims found", highlight=False)
        return
    if as_json:
        for claim in claims:
            _print_plain(console, json.dumps(claim.model_dump(mode="json"), ensure_ascii=False))
        return
    _print_claims_by_type(claims)


def _read_report(path: str):  # type: ignore[no-untyped-def]
    """The text of a report file (as ingest reads it) and the publication date found in it."""
    from pathlib import Path

    from factfinder.extract.text import extract_text
    from factfinder.sources.media import detect_media_type

    if path == "-":
        data, name = sys.stdin.buffer.read(), None
    else:
        file = Path(path)
        if not file.is_file():
            raise InputError(f"no such file: {path}")
        data, name = file.read_bytes(), file.name
    extracted = extract_text(data, detect_media_type(data, name=name))
    return extracted.text, extracted.published


def _user_date(value: str | None):  # type: ignore[no-untyped-def]
    from factfinder.extract.dates import parse_user_date

    return parse_user_date(value) if value else None


def _print_claims_by_type(claims: list) -> None:  # type: ignore[type-arg]
    """One table per claim type (events first): who, whom, figures, date, place, source."""
    ordered = sorted(claims, key=lambda c: (c.kind != "event", c.type, c.start))
    types = list(dict.fromkeys(claim.type for claim in ordered))
    for claim_type in types:
        group = [claim for claim in ordered if claim.type == claim_type]
        table = Table(title=f"{claim_type} ({len(group)})", title_justify="left", expand=True)
        for column in ("agent", "target", "details", "attributed to", "sentence"):
            table.add_column(column, overflow="fold", ratio=3 if column == "sentence" else 2)
        for claim in group:
            details = [_figure_text(f) for f in claim.counts]
            if claim.when:
                details.append(f"{claim.when.start}\u2026{claim.when.end} ({claim.when.precision})")
            if claim.place:
                details.append(claim.place.name)
            details += [flag for flag in ("negated", "hedged", "quote") if getattr(claim, flag)]
            sentence = claim.sentence
            if len(sentence) > 200:
                sentence = sentence[:199] + "\u2026"
            table.add_row(
                Text(claim.agent or ""),
                Text(claim.target or ""),
                Text("; ".join(details)),
                Text(claim.attributed_to or ""),
                Text(sentence),
            )
        console.print(table)


def _figure_text(figure) -> str:  # type: ignore[no-untyped-def]
    value = f"{figure.low}" if figure.high is None else f"{figure.low}\u2013{figure.high}"
    qualifier = "" if figure.qualifier == "exact" else f"{figure.qualifier.replace('_', ' ')} "
    revised = f" (was {figure.supersedes.low})" if figure.supersedes else ""
    return f"{qualifier}{value} {figure.unit}{revised}"


@app.command(name="eval")
def eval_command(
    gold: str = typer.Argument(
        ..., metavar="GOLD.jsonl", help="Annotated gold set (JSONL: one document per line)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    baseline: str | None = typer.Option(
        None,
        "--baseline",
        metavar="FILE",
        help="JSON file of pinned score floors; exit 1 when any score is below its floor.",
    ),
    pin: str | None = typer.Option(
        None,
        "--pin",
        metavar="FILE",
        help="Write the measured scores, less 0.03, as the new baseline floors to FILE.",
    ),
) -> None:
    """Score analyze against a gold set: P/R/F1 per type, figures, attribution, dates."""
    from factfinder.extract import analyze as analyze_text
    from factfinder.extract.evaluation import (
        below_baseline,
        evaluate,
        load_baseline,
        load_gold,
        report_tables,
        write_baseline,
    )

    docs = load_gold(gold)
    limits = load_baseline(baseline) if baseline else None
    report = evaluate(docs, analyze_text)
    if as_json:
        _print_plain(console, json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        for table in report_tables(report):
            console.print(table)
    if pin:
        pinned = write_baseline(report, pin)
        err_console.print(f"pinned {len(pinned)} limits in {pin}", highlight=False)
    if limits is None:
        return
    failures = below_baseline(report, limits)
    for failure in failures:
        _print_plain(err_console, f"below baseline: {failure}")
    if failures:
        raise typer.Exit(1)
    err_console.print(f"all {len(limits)} scores meet the baseline", highlight=False)


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


@app.command("link")
def link_command(
    as_json: bool = typer.Option(False, "--json", help="Print the run summary as JSON."),
) -> None:
    """Link stored claims into duplicates, actors, incidents; idempotent, keeps all decisions."""
    from factfinder.link.run import run_link
    from factfinder.store.db import open_store

    summary = run_link(open_store())
    if as_json:
        print(json.dumps(summary.as_json(), indent=1))
        return
    console.print(
        f"linked {summary.claims} claims from {summary.sources} sources: "
        f"{summary.incidents} incidents from {summary.events} event claims, "
        f"{summary.statements_attached} of {summary.statements} statements tied to an incident, "
        f"{summary.duplicate_sources} sources in near-duplicate groups, "
        f"{summary.actors_new} new actors, {summary.decisions_applied} user decisions applied "
        f"({summary.seconds:.1f} s)",
        highlight=False,
    )


incidents_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="List incidents (with no subcommand), or merge and split them.",
    invoke_without_command=True,
)
app.add_typer(incidents_app, name="incidents")


@incidents_app.callback()
def incidents_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """List incidents from the last `factfinder link` run, earliest first."""
    if ctx.invoked_subcommand is not None:
        return
    from factfinder.link.views import list_incidents
    from factfinder.store.db import open_store

    incidents = list_incidents(open_store())
    if as_json:
        print(json.dumps(incidents, ensure_ascii=False, indent=1))
        return
    if not incidents:
        err_console.print("no incidents (run `factfinder link` after `factfinder extract`)")
        return
    table = Table("id", "incident", "when", "place", "claims", "statements", "independent sources")
    for incident in incidents:
        table.add_row(
            str(incident["id"]),
            escape(incident["label"]),
            format_when(incident["when"]),
            escape((incident["place"] or {}).get("name") or ""),
            str(incident["event_claims"]),
            str(incident["statements"]),
            str(incident["independent_sources"]),
        )
    console.print(table)


def _decided_by() -> str:
    from factfinder.settings import load_settings

    return load_settings().collector


@incidents_app.command("merge")
def incidents_merge(
    first: int = typer.Argument(..., help="Incident id."),
    second: int = typer.Argument(..., help="Incident id to merge into the first."),
) -> None:
    """Merge two incidents; the decision is kept and re-applied on every `factfinder link`."""
    from factfinder.link.views import merge_incidents
    from factfinder.store.db import open_store

    merged = merge_incidents(open_store(), first, second, _decided_by())
    console.print(f"merged #{first} and #{second} into incident #{merged}", highlight=False)


@incidents_app.command("split")
def incidents_split(
    incident_id: int = typer.Argument(..., help="Incident id."),
    claims: str = typer.Option(
        ..., "--claims", help="Comma-separated claim ids to move into a new incident."
    ),
) -> None:
    """Split claims off an incident into a new one; kept across every `factfinder link`."""
    from factfinder.link.views import split_incident
    from factfinder.store.db import open_store

    try:
        claim_ids = [int(part) for part in claims.split(",") if part.strip()]
    except ValueError:
        raise InputError("--claims takes comma-separated claim ids, e.g. --claims 4,7,9") from None
    kept, new = split_incident(open_store(), incident_id, claim_ids, _decided_by())
    console.print(f"incident #{kept} kept the other claims; new incident #{new}", highlight=False)


@app.command("incident")
def incident_command(
    incident_id: int = typer.Argument(..., help="Incident id (see `factfinder incidents`)."),
    as_json: bool = typer.Option(False, "--json", help="Print the dossier as JSON."),
) -> None:
    """One incident: its claims and why they were linked, sources, figures, corroboration."""
    from factfinder.link.views import incident_dossier
    from factfinder.store.db import open_store

    dossier = incident_dossier(open_store(), incident_id)
    if as_json:
        print(json.dumps(dossier, ensure_ascii=False, indent=1))
        return
    console.print(
        f"[bold]Incident #{dossier['id']}[/] {escape(dossier['label'])}\n"
        f"independent sources: {dossier['corroboration']['independent_sources']} "
        f"({escape(', '.join(dossier['corroboration']['origins']))})",
        highlight=False,
    )
    table = Table("claim", "src", "type", "when", "figures", "origin", "indep.", "linked by")
    for claim in dossier["claims"]:
        flags = [f for f in ("negated", "disputed") if claim[f]]
        table.add_row(
            str(claim["claim_id"]),
            str(claim["source_id"]),
            claim["type"] + (f" ({', '.join(flags)})" if flags else ""),
            (claim["when"] or {}).get("display", ""),
            format_counts(claim["counts"]),
            escape(claim["origin"]),
            "" if claim["independent_sources"] is None else str(claim["independent_sources"]),
            escape(", ".join(claim["features"])),
        )
    console.print(table)
    for history in dossier["figures"]:
        console.print(figure_history_text(history), highlight=False)
    for item in dossier["contradictions"]:
        against = ", ".join(str(c) for c in item["against"])
        console.print(
            f"contradiction: {item['kind']} — claim {item['claim_id']} against {against}"
            + (f" ({escape(item['detail'])})" if item["detail"] else ""),
            highlight=False,
        )
    sources = ", ".join(
        f"#{s['source_id']} {s['publisher'] or s['title'] or s['uri']}" for s in dossier["sources"]
    )
    console.print(f"sources: {escape(sources)}", highlight=False)


def figure_history_text(history: dict) -> str:
    """A figure's history in one block: values in source order, range, conservative, latest."""
    lines = [f"[bold]{escape(history['unit'])}[/]"]
    for value in history["values"]:
        amount = f"{value['low']}" + (f"–{value['high']}" if value["high"] else "")
        notes = [value["published_at"] or "undated", escape(value["source"] or "?")]
        if value["attributed_to"]:
            notes.append(f"per {escape(value['attributed_to'])}")
        if value["qualifier"] != "exact":
            notes.append(value["qualifier"].replace("_", " "))
        if value["supersedes"]:
            notes.append(f"revises {value['supersedes']['low']}")
        if value["superseded_by"]:
            notes.append(f"revised by claim {value['superseded_by']}")
        lines.append(f"  {amount} · claim {value['claim_id']} · " + " · ".join(notes))
    low, high = history["range"]["low"], history["range"]["high"]
    lines.append(
        f"  range {low}–{high}; conservative {history['conservative']['low']}; "
        f"latest {history['latest']['low']}"
    )
    return "\n".join(lines)


@app.command("responses")
def responses_command(
    incident: int = typer.Option(None, "--incident", help="Only statements tied to this incident."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of matrix rows."),
) -> None:
    """The response matrix: who condemned, denied or stayed silent, when, and per which source."""
    from factfinder.link.views import responses
    from factfinder.store.db import open_store

    rows = responses(open_store(), incident)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        err_console.print("no statements (run `factfinder extract` and `factfinder link`)")
        return
    console.print(response_table(rows))


def response_table(rows: list[dict]) -> Table:
    """The response matrix as a table: actor, stance, date, incident, sources, notes."""
    table = Table("actor", "stance", "date", "incident", "sources", "notes")
    for row in rows:
        notes = []
        if row["ended_by"]:
            notes.append(f"ended: {row['ended_by']['stance']} {row['ended_by']['date']}")
        if row["ends_silence_of"]:
            notes.append("ends a silence")
        notes += [flag for flag in ("disputed", "hedged") if row[flag]]
        table.add_row(
            escape(row["actor"]) + (f" ({row['actor_type']})" if row["actor_type"] else ""),
            row["description"],
            (row["date"] or {}).get("display", ""),
            ", ".join(f"#{i}" for i in row["incident_ids"]),
            escape(", ".join(s.get("publisher") or f"#{s['source_id']}" for s in row["sources"])),
            ", ".join(notes),
        )
    return table


@app.command("timeline")
def timeline_command(
    incident: int = typer.Option(None, "--incident", help="Only this incident's claims."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """Events and statements in date order; a month stays a month, never a made-up day."""
    from factfinder.link.views import timeline
    from factfinder.store.db import open_store

    entries = timeline(open_store(), incident)
    if as_json:
        print(json.dumps(entries, ensure_ascii=False, indent=1))
        return
    if not entries:
        err_console.print("nothing to show (run `factfinder extract` and `factfinder link`)")
        return
    table = Table("date", "what", "incident", "claims", "sentence")
    for entry in entries:
        what = entry["type"].replace("_", " ")
        if entry["actor"]:
            what = f"{entry['actor']}: {what}"
        sentence = " ".join(entry["sentence"].split())
        table.add_row(
            entry["display_date"] + (" (published)" if entry["date_basis"] == "published" else ""),
            escape(what),
            f"#{entry['incident_id']}" if entry["incident_id"] is not None else "",
            ", ".join(str(c) for c in entry["claim_ids"]),
            escape(sentence if len(sentence) <= 100 else sentence[:99] + "…"),
        )
    console.print(table)


actors_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="List actors (with no subcommand), or add an alias.",
    invoke_without_command=True,
)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """List resolved actors with type, country, aliases and how many claims name them."""
    if ctx.invoked_subcommand is not None:
        return
    from factfinder.link.views import list_actors
    from factfinder.store.db import open_store

    actors = list_actors(open_store())
    if as_json:
        print(json.dumps(actors, ensure_ascii=False, indent=1))
        return
    if not actors:
        err_console.print("no actors yet (run `factfinder link`)")
        return
    table = Table("id", "actor", "type", "country", "claims", "aliases")
    for actor in actors:
        table.add_row(
            str(actor["id"]),
            escape(actor["name"]),
            actor["type"],
            actor["country_code"] or "",
            str(actor["claims"]),
            escape("; ".join(actor["aliases"])),
        )
    console.print(table)


@actors_app.command("alias")
def actors_alias(
    alias: str = typer.Argument(..., help='A spelling as written, e.g. "Ramazan Kadyrov".'),
    canonical: str = typer.Argument(..., help='The actor\'s name, e.g. "Ramzan Kadyrov".'),
    as_json: bool = typer.Option(False, "--json", help="Print the actor as JSON."),
) -> None:
    """Make ALIAS a spelling of the actor CANONICAL (kept across every `factfinder link`)."""
    from factfinder.link.actors import add_alias
    from factfinder.link.run import run_link
    from factfinder.store.db import open_store

    store = open_store()
    actor = add_alias(store, alias, canonical)
    run_link(store)
    if as_json:
        print(json.dumps(actor.as_json(), ensure_ascii=False, indent=1))
        return
    console.print(
        f"{escape(alias)} → actor #{actor.actor_id} {escape(actor.name)} ({actor.type})",
        highlight=False,
    )


# --- protect commands (keys, users, audit) ---

keys_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="Encryption at rest: set up, rotate and inspect the key-encryption key.",
    no_args_is_help=True,
)
app.add_typer(keys_app, name="keys")


def _operator() -> str:
    """Who runs a protect command: the configured collector (the CLI user is the local admin)."""
    from factfinder.settings import load_settings

    return load_settings().collector


@keys_app.command("init")
def keys_init() -> None:
    """Encrypt originals from now on with the key from FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE.

    Writes FACTFINDER_HOME/keys.json (salt and Argon2id parameters, or the key file's key id;
    nothing secret), creates the key file when it does not exist yet, encrypts originals
    preserved before, and refuses to replace existing keys.
    """
    from factfinder.protect.keys import init_keys
    from factfinder.store.db import open_store

    change = init_keys(open_store(), _operator())
    console.print(
        f"key {change.key_id} set up (from a {change.source.replace('_', ' ')}); "
        f"{change.encrypted} existing files encrypted",
        highlight=False,
    )


@keys_app.command("rotate")
def keys_rotate(
    old_key_file: str | None = typer.Option(
        None,
        "--old-key-file",
        envvar="FACTFINDER_OLD_KEY_FILE",
        help="Key file of the current key (or set FACTFINDER_OLD_PASSPHRASE).",
    ),
) -> None:
    """Re-wrap every data key under the new key (FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE).

    The old key comes from FACTFINDER_OLD_PASSPHRASE, --old-key-file, or a hidden prompt.
    Only each file's wrapped-key header changes, file by file and atomically; an interrupted
    rotation is finished by running the same command again.
    """
    from pathlib import Path

    from factfinder.protect.keys import rotate_keys, secret_from
    from factfinder.store.db import open_store

    old_passphrase = os.environ.get("FACTFINDER_OLD_PASSPHRASE")
    if old_passphrase is None and old_key_file is None:
        old_passphrase = typer.prompt("old passphrase", hide_input=True, err=True)
    old = secret_from(
        old_passphrase,
        Path(old_key_file) if old_key_file else None,
        "FACTFINDER_OLD_PASSPHRASE",
        "--old-key-file",
    )
    change = rotate_keys(open_store(), old, _operator())
    console.print(
        f"rotated to key {change.key_id}: {change.rewrapped} files re-wrapped"
        + (f", {change.already} already done" if change.already else "")
        + (f", {change.encrypted} plaintext files encrypted" if change.encrypted else ""),
        highlight=False,
    )


@keys_app.command("status")
def keys_status(
    as_json: bool = typer.Option(False, "--json", help="Print the status as JSON."),
) -> None:
    """Whether originals are encrypted, under which key, and how many files each key holds."""
    from factfinder.protect.keys import key_status
    from factfinder.settings import load_settings

    status = key_status(load_settings())
    if as_json:
        print(json.dumps(status, indent=1))
        return
    console.print(status["sentence"], highlight=False)
    by_key = ", ".join(f"{key}: {count}" for key, count in status["files_by_key"].items())
    console.print(
        f"{status['files']} preserved files ({status['plaintext_files']} not encrypted"
        + (f"; by key: {by_key}" if by_key else "")
        + ")",
        highlight=False,
    )


users_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="Users and roles (admin, investigator, reviewer, viewer) and their API tokens.",
    no_args_is_help=True,
)
app.add_typer(users_app, name="users")


def _new_password() -> str:
    """FACTFINDER_NEW_PASSWORD for scripts, else a hidden prompt asked twice."""
    password = os.environ.get("FACTFINDER_NEW_PASSWORD")
    if password is not None:
        return password
    return typer.prompt("password", hide_input=True, confirmation_prompt=True, err=True)


@users_app.command("add")
def users_add(
    name: str = typer.Argument(..., help="Sign-in name (letters, digits, . _ @ -)."),
    role: str = typer.Option(..., "--role", help="admin, investigator, reviewer or viewer."),
) -> None:
    """Add a user; the password comes from FACTFINDER_NEW_PASSWORD or a hidden prompt."""
    from factfinder.protect.users import add_user, check_name, check_role
    from factfinder.store.db import open_store

    check_name(name)
    check_role(role)
    user = add_user(open_store(), name, role, _new_password(), _operator())
    _print_plain(console, f"user #{user['id']} {user['name']} added as {user['role']}")


@users_app.command("list")
def users_list(
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """Every user with role, state and last sign-in (never a password hash)."""
    from factfinder.protect.users import list_users
    from factfinder.store.db import open_store

    users = list_users(open_store())
    if as_json:
        print(json.dumps(users, indent=1))
        return
    table = Table("id", "name", "role", "state", "last sign-in (UTC)")
    for user in users:
        state = "disabled" if user["disabled"] else "locked" if user["locked_until"] else "active"
        table.add_row(
            str(user["id"]), Text(user["name"]), user["role"], state, user["last_sign_in_at"] or ""
        )
    console.print(table)


@users_app.command("disable")
def users_disable(name: str = typer.Argument(..., help="Sign-in name.")) -> None:
    """Disable a user: no more sign-ins; their API tokens stop working."""
    from factfinder.protect.users import disable_user
    from factfinder.store.db import open_store

    user = disable_user(open_store(), name, _operator())
    _print_plain(console, f"user #{user['id']} {user['name']} disabled")


@users_app.command("set-role")
def users_set_role(
    name: str = typer.Argument(..., help="Sign-in name."),
    role: str = typer.Argument(..., help="admin, investigator, reviewer or viewer."),
) -> None:
    """Change a user's role (recorded in the audit log with the old and new role)."""
    from factfinder.protect.users import set_role
    from factfinder.store.db import open_store

    user = set_role(open_store(), name, role, _operator())
    _print_plain(console, f"user #{user['id']} {user['name']} is now {user['role']}")


@users_app.command("token")
def users_token(name: str = typer.Argument(..., help="Sign-in name.")) -> None:
    """Make a new API token for a user and print it once: only its hash is stored."""
    from factfinder.protect.users import new_api_token
    from factfinder.store.db import open_store

    token = new_api_token(open_store(), name, _operator())
    print(token)
    err_console.print("store this token now: it cannot be shown again", highlight=False)


audit_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="The hash-chained audit log (with no subcommand: list it), or verify it.",
    invoke_without_command=True,
)
app.add_typer(audit_app, name="audit")


@audit_app.callback()
def audit_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the newest N entries."),
) -> None:
    """Who did what and when: ingests, extractions, key operations, user changes, sign-ins."""
    if ctx.invoked_subcommand is not None:
        return
    from factfinder.protect.audit import entries, entry_as_json
    from factfinder.store.db import open_store

    rows = [entry_as_json(entry) for entry in entries(open_store(), limit)]
    if as_json:
        print(json.dumps(rows, indent=1))
        return
    table = Table("seq", "at (UTC)", "actor", "action", "object", "details", "hash")
    for row in rows:
        target = f"{row['object_type']} {row['object_id']}" if row["object_type"] else ""
        table.add_row(
            str(row["seq"]),
            row["at"][:19],
            Text(row["actor"]),
            row["action"],
            Text(target),
            Text(json.dumps(row["details"], sort_keys=True)),
            row["entry_hash"][:12] + "…",
        )
    console.print(table)


@audit_app.command("verify")
def audit_verify() -> None:
    """Re-hash the audit log and check every link; exit 1 when the chain is broken."""
    from factfinder.protect.audit import verify_chain
    from factfinder.store.db import open_store

    report = verify_chain(open_store())
    for problem in report.problems:
        _print_plain(err_console, f"BROKEN {problem}")
    if not report.intact:
        err_console.print(
            f"audit log broken: {len(report.problems)} problems in {report.checked} entries",
            highlight=False,
        )
        raise typer.Exit(1)
    console.print(f"audit log intact: {report.checked} entries", highlight=False)


# --- demo command ---


@app.command()
def demo(
    home: str | None = typer.Option(
        None,
        "--home",
        help="Folder for the demo's data. Default: FACTFINDER_HOME if set, else a "
        "'factfinder-demo' folder in the user's data directory (never the default home).",
    ),
    serve: bool = typer.Option(
        False,
        "--serve/--no-serve",
        help="Afterwards, serve the web workbench on the demo's home at http://127.0.0.1:8000/ "
        "until Ctrl-C.",
    ),
) -> None:
    """Preserve the shipped sample reports (an invented country), extract and link their claims,
    and show the result.

    Re-running on the same home changes nothing: the samples are already preserved.
    """
    from pathlib import Path

    from factfinder.demo import demo_settings, run_demo
    from factfinder.store.db import open_store

    store = open_store(demo_settings(Path(home) if home else None))
    console.print(f"[bold]factfinder demo[/] · home: {escape(str(store.settings.home))}")
    report = run_demo(store)
    table = Table("id", "title", "publisher", "published", "SHA-256", "status")
    table.title, table.title_justify = "Preserved reports", "left"
    for sample in report.preserved:
        table.add_row(
            f"#{sample.source_id}",
            escape(sample.title or "(untitled)"),
            escape(sample.publisher or "-"),
            sample.published.isoformat() if sample.published else "-",
            f"SHA-256:{sample.sha256[:12]}…",
            sample.status,
        )
    console.print(table)
    new = sum(1 for sample in report.preserved if sample.status == "preserved")
    console.print(
        f"{new} preserved, {len(report.preserved) - new} already preserved; originals are kept "
        f"byte for byte under a hash-chained custody log; {report.encryption}.",
        highlight=False,
    )
    for failure in report.extract_failures:
        err_console.print(f"extraction failed #{failure.source_id}: {failure.reason}")
    console.print(
        f"\n[bold]Claims[/]: {report.claim_count} from {len(report.preserved)} reports, by type"
    )
    for claim_type, claims in report.claims_by_type.items():
        console.print(f"\n[bold cyan]{claim_type}[/] ({len(claims)})")
        for claim in claims:
            console.print(demo_claim_line(claim), highlight=False)
    print_demo_links(report)
    if report.outputs:
        console.print("\n[bold]Written[/] (dossier of the main incident, evidence package):")
        for path in report.outputs:
            console.print(f"  {escape(str(path))}", highlight=False, soft_wrap=True)
    console.print(
        f"\nExplore: FACTFINDER_HOME={escape(str(store.settings.home))} factfinder sources "
        "(or show ID, claims, incidents, incident ID, responses, timeline, actors, verify, "
        "serve)",
        highlight=False,
    )
    if serve:
        from factfinder.commands.web import serve_app

        # The workbench reads its settings from the environment: point it at the demo's home.
        os.environ["FACTFINDER_HOME"] = str(store.settings.home)
        serve_app("127.0.0.1", 8000)


def print_demo_links(report: DemoReport) -> None:
    """The linked picture: incidents, the main incident's figure history, the responses."""
    summary = report.link_summary
    if summary is None:
        return
    console.print(
        f"\n[bold]Incidents[/]: {summary.incidents} from {summary.events} event claims; "
        f"{summary.duplicate_sources} sources in near-duplicate groups count once",
        highlight=False,
    )
    for incident in report.incidents:
        console.print(
            f"  #{incident['id']} {escape(incident['label'])} — {incident['event_claims']} "
            f"claims, {incident['statements']} statements, "
            f"{incident['independent_sources']} independent sources",
            highlight=False,
        )
    if report.main_incident and report.figure_history:
        console.print(
            f"\n[bold]Figure history[/] of incident #{report.main_incident['id']}", highlight=False
        )
        console.print(figure_history_text(report.figure_history), highlight=False)
    if report.responses:
        console.print("\n[bold]Response matrix[/]")
        console.print(response_table(report.responses))


def demo_claim_line(claim: dict) -> str:
    """A claim in two lines: source, who → whom, figures, when, who says so; then its sentence."""
    parts = [f"#{claim['source_id']}"]
    if claim["agent"] or claim["target"]:
        parts.append(f"{claim['agent'] or '?'} → {claim['target'] or '?'}")
    for text in (format_counts(claim["counts"]), format_when(claim["when"])):
        if text:
            parts.append(text)
    if claim["attributed_to"]:
        parts.append(f"per {claim['attributed_to']}")
    flags = [name for name in ("negated", "hedged", "quote") if claim[name]]
    if flags:
        parts.append(f"({', '.join(flags)})")
    sentence = " ".join(claim["sentence"].split())
    if len(sentence) > 120:
        sentence = sentence[:119] + "…"
    return f"  {escape(' · '.join(parts))}\n    [dim]“{escape(sentence)}”[/]"


# Commands in factfinder/commands/ register themselves on `app` when imported, one line each:
# --- command modules ---
import factfinder.commands.report  # noqa: E402, F401
import factfinder.commands.web  # noqa: E402, F401
import factfinder.commands.scale  # noqa: E402, F401

if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
