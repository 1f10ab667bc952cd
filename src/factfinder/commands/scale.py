"""CLI commands of the scale stage: `batch` on Dask distributed workers, and `watch` for feeds."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from factfinder.cli import app, console, err_console

if TYPE_CHECKING:
    from factfinder.scale.pipeline import ItemOutcome


@contextmanager
def item_progress() -> Iterator[Callable[[list[ItemOutcome]], None]]:
    """A live line on stderr (when it is a terminal): items done, failed, and items per second."""
    if not err_console.is_terminal:
        yield lambda outcomes: None
        return
    started = time.perf_counter()
    counts = {"done": 0, "failed": 0}
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err_console
    ) as progress:
        task = progress.add_task("starting workers …")

        def update(outcomes: list[ItemOutcome]) -> None:
            for outcome in outcomes:
                counts["failed" if outcome.status == "failed" else "done"] += 1
            rate = (counts["done"] + counts["failed"]) / max(time.perf_counter() - started, 1e-9)
            progress.update(
                task,
                description=f"{counts['done']} done, {counts['failed']} failed, {rate:.1f} items/s",
            )

        yield update


@app.command("batch")
def batch_command(
    inputs: list[str] = typer.Argument(
        ...,
        metavar="INPUT",
        help="WARC files, JSONL files (one document per line), folders, feed URLs or "
        "feed-list files (*.feeds, *.urls: one URL per line).",
    ),
    scheduler: str = typer.Option(
        "local",
        "--scheduler",
        help="`local` for a LocalCluster on this machine, or a Dask scheduler address "
        "(tcp://host:8786).",
    ),
    workers: int = typer.Option(2, "--workers", min=1, help="Worker processes of a local cluster."),
    database: str | None = typer.Option(
        None,
        "--database",
        help="SQLAlchemy URL to write to (default: FACTFINDER_DATABASE_URL or the home's SQLite).",
    ),
    stages: str = typer.Option(
        "acquire,extract,link", "--stages", help="Stages to run, comma-separated."
    ),
    partition_size: int = typer.Option(
        50, "--partition-size", min=1, help="Items per Dask task (WARC records, JSONL lines …)."
    ),
) -> None:
    """Process whole archives on Dask distributed workers with the same stage code as the CLI.

    Resumable: a re-run skips what is already preserved (by SHA-256) and extracted. Failed
    items are recorded with their reason and listed at the end.
    """
    from factfinder.scale.cluster import open_client
    from factfinder.scale.pipeline import parse_stages, run_batch
    from factfinder.settings import load_settings
    from factfinder.store.db import open_store

    chosen = parse_stages(stages)
    settings = load_settings()
    if database:
        settings = settings.model_copy(update={"database_url": database})
    store = open_store(settings)
    with open_client(scheduler, workers) as client, item_progress() as progress:
        summary = run_batch(
            client, store, inputs, chosen, partition_size=partition_size, on_outcomes=progress
        )
    for failure in summary.failures:
        err_console.print(
            f"[red]failed[/] ({failure.stage}) {escape(failure.item)}: "
            f"{escape(failure.reason or '')}",
            highlight=False,
            soft_wrap=True,
        )
    rate = summary.items / summary.seconds if summary.seconds else 0.0
    console.print(
        f"{summary.done} processed, {summary.skipped} already done, {summary.failed} failed; "
        f"{summary.claims} claims; {summary.seconds:.1f} s ({rate:.1f} items/s)",
        highlight=False,
    )
    if summary.link is not None:
        console.print(
            f"linked ({summary.link.mode}): {summary.link.incidents} incidents written from "
            f"{summary.link.claims} claims; {summary.link.incidents_total} incidents in all",
            highlight=False,
        )
    if summary.failed:
        raise typer.Exit(1)


@app.command("watch")
def watch_command(
    feeds: list[str] = typer.Argument(
        ..., metavar="FEED", help="RSS/Atom feed URLs or page URLs to monitor."
    ),
    every: str = typer.Option("15m", "--every", help="Time between polls: 90s, 15m, 1h, 1d."),
    terms: str | None = typer.Option(
        None, "--terms", help='Comma-separated watch terms, e.g. "Osk,Tarnhold".'
    ),
    notify: str = typer.Option(
        "stdout", "--notify", help="`stdout`, or a URL that notices are POSTed to as JSON."
    ),
    once: bool = typer.Option(
        False, "--once", help="Poll one round and exit (for cron and tests)."
    ),
) -> None:
    """Poll feeds and pages, ingest new items, extract and link them, and report new claims
    matching the watch terms or changing a figure of an incident. A restart continues where
    the last run stopped (the state is in the database)."""
    from factfinder.errors import FactfinderError
    from factfinder.scale.watch import (
        WatchRound,
        parse_interval,
        parse_terms,
        send_notices,
        watch,
    )
    from factfinder.store.db import open_store

    interval = parse_interval(every)
    watched = parse_terms(terms)
    store = open_store()
    failed: list[int] = []  # failures per round; with --once they set the exit status

    def report(outcome: WatchRound) -> None:
        failed.append(len(outcome.failures))
        for url, reason in outcome.failures:
            err_console.print(f"[red]failed[/] {escape(url)}: {escape(reason)}", highlight=False)
        if outcome.notices and notify != "stdout":
            try:
                send_notices(
                    outcome.notices, notify, allow_private=store.settings.allow_private_addresses
                )
            except FactfinderError as exc:  # a dead webhook must not stop the watch
                err_console.print(f"[yellow]warning:[/] {exc}", highlight=False)
        elif outcome.notices:
            for notice in outcome.notices:
                console.print(
                    f"[bold]{notice.kind}[/] {escape(notice.message)} "
                    f"(claim #{notice.claim_id}, source #{notice.source_id})",
                    highlight=False,
                    soft_wrap=True,
                )
        err_console.print(
            f"polled {outcome.polled}: {outcome.unchanged} unchanged, "
            f"{len(outcome.new_sources)} new sources, {len(outcome.notices)} notices, "
            f"{len(outcome.failures)} failures",
            highlight=False,
        )

    try:
        watch(store, feeds, watched, interval, report, rounds=1 if once else None)
    except KeyboardInterrupt:
        err_console.print("stopped; the next run continues from here", highlight=False)
        raise typer.Exit(130) from None
    if once and failed and failed[-1]:
        raise typer.Exit(1)
