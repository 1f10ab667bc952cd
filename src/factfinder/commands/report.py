"""Report commands: dossiers, open-format exports, evidence packages, their check, and import."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from factfinder.cli import app, console, err_console
from factfinder.errors import InputError


def _actor() -> str:
    """Who runs the command, as recorded in the audit and custody logs."""
    from factfinder.settings import load_settings

    return load_settings().collector


ROLE_HELP = (
    "Write it for this role (viewer, reviewer, investigator, admin): only the levels the role "
    "may see, every name and protected term redacted (default: everything, unredacted)."
)


def _role_option() -> str | None:
    return typer.Option(None, "--role", "--as-role", help=ROLE_HELP)


def _chosen_incidents(incident_ids: list[int] | None, all_incidents: bool) -> list[int] | None:
    """The incident ids named, or None for --all; exactly one of the two is required."""
    if incident_ids and all_incidents:
        raise InputError("name incident ids or use --all, not both")
    if not incident_ids and not all_incidents:
        raise InputError("name incident ids (see `factfinder incidents`) or use --all")
    return None if all_incidents else list(incident_ids or [])


def _for(role: str | None) -> str:
    return f" for role {role}" if role else ""


@app.command("report")
def report_command(
    incident_ids: list[int] = typer.Argument(
        None, help="Incident ids (see `factfinder incidents`)."
    ),
    all_incidents: bool = typer.Option(False, "--all", help="One dossier of every incident."),
    fmt: str | None = typer.Option(
        None,
        "--format",
        help="html, pdf or md (default: from the output file's suffix, else html).",
    ),
    output: Path = typer.Option(..., "-o", "--output", help="File to write the dossier to."),
    role: str | None = _role_option(),
) -> None:
    """Write an incident dossier: summary, timeline, figure histories with charts,
    corroboration, responses, actors, and a source appendix; every figure and statement
    carries a note quoting its sentence and naming its source."""
    from factfinder.report.outputs import REPORT_FORMATS, write_report
    from factfinder.store.db import open_store

    chosen = _chosen_incidents(incident_ids, all_incidents)
    suffix = output.suffix.lower().lstrip(".")
    fmt = fmt or (suffix if suffix in REPORT_FORMATS else "html")
    path = write_report(open_store(), chosen, fmt, output, _actor(), role)
    console.print(f"wrote {fmt} dossier {path}{_for(role)}", highlight=False, markup=False)


@app.command("export")
def export_command(
    fmt: str = typer.Option(..., "--format", help="csv (a folder of files), json, jsonl or esf."),
    output: Path = typer.Option(..., "-o", "--output", help="Folder (csv) or file to write."),
    incident: list[int] = typer.Option(
        None, "--incident", help="Only this incident and what it cites (repeatable)."
    ),
    base_url: str = typer.Option(
        "", "--base-url", help="Address of the factfinder server, prefixed to every record's url."
    ),
    role: str | None = _role_option(),
) -> None:
    """Export sources, claims, comments, decisions, actors, incidents, figure histories and
    responses as CSV, JSON or JSON Lines, or events after the HURIDOCS standard (esf)."""
    from factfinder.report.outputs import write_export
    from factfinder.store.db import open_store

    result = write_export(open_store(), fmt, output, _actor(), incident or None, base_url, role)
    counts = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in result.counts.items())
    console.print(f"wrote {output} ({fmt}{_for(role)}): {counts}", highlight=False, markup=False)


@app.command("package")
def package_command(
    incident_ids: list[int] = typer.Argument(
        None, help="Incident ids (see `factfinder incidents`)."
    ),
    all_incidents: bool = typer.Option(False, "--all", help="Package every incident."),
    output: Path = typer.Option(..., "-o", "--output", help="The zip file to write."),
    keep_encrypted: bool = typer.Option(
        False,
        "--keep-encrypted",
        help="Put the originals in encrypted, as stored, for a recipient who holds the key "
        "(default: decrypted).",
    ),
    role: str | None = _role_option(),
) -> None:
    """Build a BagIt evidence package (zip): originals, SHA-256 manifest, custody logs,
    claims and incidents as JSON, and the dossier (HTML and PDF)."""
    from factfinder.report.package import build_package
    from factfinder.store.db import open_store

    chosen = _chosen_incidents(incident_ids, all_incidents)
    result = build_package(
        open_store(), chosen, output, _actor(), keep_encrypted=keep_encrypted, role=role
    )
    console.print(
        f"wrote package {result.path}{_for(role)}: {result.sources} originals"
        + (" (encrypted)" if result.encrypted else "")
        + (f", {result.withheld} withheld (redacted texts instead)" if result.withheld else "")
        + f", {result.files} files; SHA-256:{result.sha256}",
        highlight=False,
        markup=False,
    )


@app.command("verify-package")
def verify_package_command(
    package: Path = typer.Argument(..., help="The package zip (or its unzipped folder)."),
    as_json: bool = typer.Option(False, "--json", help="Print the findings as JSON."),
) -> None:
    """Check a package without any database: manifests, every hash, originals, custody
    chains, and the zip's own bytes; exit 1 on any problem."""
    from factfinder.report.package import verify_package

    report = verify_package(package)
    if as_json:
        print(
            json.dumps(
                {
                    "package": str(package),
                    "intact": report.intact,
                    "checked": report.intact_lines,
                    "problems": report.problems,
                },
                indent=1,
            )
        )
    else:
        for line in report.intact_lines:
            console.print(f"ok {line}", highlight=False, markup=False)
        for problem in report.problems:
            err_console.print(f"BROKEN {problem}", highlight=False, markup=False)
    if not report.intact:
        err_console.print(
            f"package NOT intact: {len(report.problems)} problems", highlight=False, markup=False
        )
        raise typer.Exit(1)
    if not as_json:
        console.print(f"package intact: {report.files} files", highlight=False, markup=False)


@app.command("import")
def import_command(
    path: Path = typer.Argument(..., help="A package (.zip or folder) or a JSON/JSONL export."),
) -> None:
    """Load a package or export into this instance (all or nothing), then re-link; importing
    the same file again adds nothing."""
    from factfinder.report.importing import import_path
    from factfinder.store.db import open_store

    result = import_path(open_store(), path, _actor())
    names = sorted(set(result.added) | set(result.existing))
    summary = ", ".join(
        f"{name.replace('_', ' ')}: {result.added[name]} added, {result.existing[name]} present"
        for name in names
    )
    console.print(f"imported {path}: {summary or 'nothing'}", highlight=False, markup=False)
    if result.without_original:
        err_console.print(
            f"{result.without_original} sources came without their original bytes "
            "(a JSON export holds none; import a package for them)",
            highlight=False,
        )
