"""Commands of the extract stage: analyze, eval, extract, claims."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table
from rich.text import Text

from factfinder.cli import app, batch_progress, console, err_console
from factfinder.commands.display import (
    as_role_option,
    format_counts,
    format_when,
    print_plain,
    redactor_for,
)
from factfinder.errors import InputError

if TYPE_CHECKING:
    from factfinder.extract.run import ExtractResult


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
            print_plain(console, json.dumps(claim.model_dump(mode="json"), ensure_ascii=False))
        return
    _print_claims_by_type(claims)


def _read_report(path: str):  # type: ignore[no-untyped-def]
    """The text of a report file (as ingest reads it) and the publication date found in it."""

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
            details = [format_counts([figure.model_dump()]) for figure in claim.counts]
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
    learned: bool | None = typer.Option(
        None,
        "--learned/--rules-only",
        help="Score with the learned type model, or the rules alone (default: as analyze).",
    ),
) -> None:
    """Score analyze against a gold set: P/R/F1 per type, figures, attribution, dates."""
    import functools

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
    if learned is not None:
        analyze_text = functools.partial(analyze_text, supplement="shipped" if learned else None)
    report = evaluate(docs, analyze_text)
    if as_json:
        print_plain(console, json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
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
        print_plain(err_console, f"below baseline: {failure}")
    if failures:
        raise typer.Exit(1)
    err_console.print(f"all {len(limits)} scores meet the baseline", highlight=False)


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
    as_role: str | None = as_role_option(),
) -> None:
    """List stored claims with their type, agent, target, figures and sentence."""
    from factfinder.store.claims import claim_row_to_dict, claims_query
    from factfinder.store.db import open_store
    from factfinder.store.models import Claim, Source

    store = open_store()
    redactor = redactor_for(store, as_role)
    query = claims_query(source, claim_type, status)
    if as_role is not None:
        # A claim is shown only when both it and its source are at a level the role sees.
        query = query.join(Source, Source.id == Claim.source_id).where(
            Claim.level.in_(redactor.levels), Source.level.in_(redactor.levels)
        )
    with store.session() as session:
        rows = session.scalars(query.limit(limit)).all()
        claims = [redactor.value(claim_row_to_dict(row)) for row in rows]
    if as_json:
        print(json.dumps(claims, ensure_ascii=False, indent=1))
        return
    if not claims:
        err_console.print("no claims")
        return
    table = Table(expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("src", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("status", no_wrap=True)
    for column in ("agent", "target", "figures"):
        table.add_column(column, min_width=10, ratio=2, overflow="fold")
    table.add_column("when", min_width=7, no_wrap=True)
    table.add_column("sentence", ratio=5)
    for claim in claims:
        # Text(), not markup: a sentence may contain "[…]", which must print as written.
        table.add_row(
            str(claim["id"]),
            str(claim["source_id"]),
            claim["type"] + (" (negated)" if claim["negated"] else ""),
            claim["review_status"],
            Text(claim["agent"] or ""),
            Text(claim["target"] or ""),
            Text(format_counts(claim["counts"])),
            format_when(claim["when"]),
            Text(claim["sentence"]),
        )
    console.print(table)
