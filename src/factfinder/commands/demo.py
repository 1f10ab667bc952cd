"""The demo command: the main job on the shipped invented sample reports."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.table import Table

from factfinder.cli import app, console, err_console
from factfinder.commands.display import (
    figure_history_text,
    format_counts,
    format_when,
    response_table,
)

if TYPE_CHECKING:
    from factfinder.demo import DemoReport


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
        f"\n[bold]Incidents[/]: {summary.incidents_total} ({summary.mode} link: "
        f"{summary.incidents} written from {summary.events} event claims); "
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
