"""Writing dossiers and exports to disk, whole or not at all, each recorded in the audit log."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

from sqlalchemy import select

from factfinder.errors import InputError
from factfinder.protect import audit
from factfinder.report.dossier import build_dossier
from factfinder.report.esf import build_esf
from factfinder.report.exports import (
    EXPORT_FORMATS,
    ExportResult,
    Scope,
    check_incidents,
    write_csv_folder,
    write_json,
    write_jsonl,
)
from factfinder.report.files import check_writable, write_atomically, write_bytes_atomically
from factfinder.report.html import render_html, render_markdown
from factfinder.sources.originals import sha256_hex
from factfinder.store.db import Store
from factfinder.store.models import Incident

REPORT_FORMATS = ("html", "pdf", "md")


def render_report(store: Store, incident_ids: list[int] | None, fmt: str) -> bytes:
    """The dossier of the incidents (None: all) in one format: html, pdf or md."""
    if fmt not in REPORT_FORMATS:
        raise InputError(f"unknown report format {fmt!r}: use html, pdf or md")
    dossier = build_dossier(store, incident_ids)
    if fmt == "pdf":
        from factfinder.report.pdf import render_pdf

        return render_pdf(dossier)
    text = render_html(dossier) if fmt == "html" else render_markdown(dossier)
    return text.encode("utf-8")


def write_report(
    store: Store, incident_ids: list[int] | None, fmt: str, out: Path, actor: str
) -> Path:
    """Write a dossier file and record the export (ids, format and hash only) in the audit log."""
    check_writable(out)
    data = render_report(store, incident_ids, fmt)
    write_bytes_atomically(out, data)
    audit.record_now(
        store,
        actor,
        "exported",
        object_type="report",
        details={
            "format": fmt,
            "incidents": incident_ids or "all",
            "sha256": sha256_hex(data),
            "bytes": len(data),
        },
    )
    return out


def write_export(
    store: Store,
    fmt: str,
    out: Path,
    actor: str,
    incident_ids: list[int] | None = None,
    base_url: str = "",
) -> ExportResult:
    """Export the records (all, or the incidents named and what they cite) in one format.

    csv writes one file per record type into the folder `out`; json, jsonl and esf write
    the file `out`. The export is recorded in the audit log with counts only.
    """
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}: use csv, json, jsonl or esf")
    scope = Scope(check_incidents(store, incident_ids), base_url)
    if fmt != "csv":
        check_writable(out)
    if fmt == "csv":
        result = write_csv_folder(store, scope, out)
    elif fmt == "esf":
        with store.engine.connect() as connection:
            chosen = list(scope.incident_ids or connection.scalars(select(Incident.id)).all())
        everything = scope.incident_ids is None
        document = build_esf(store, sorted(chosen) if everything else chosen, everything=everything)
        write_atomically(
            out, lambda handle: json.dump(document, handle, ensure_ascii=False, indent=1)
        )
        counts = {key: len(document[key]) for key in ("events", "information", "interventions")}
        result = ExportResult([out], counts)
    else:
        writer = write_json if fmt == "json" else write_jsonl
        result = ExportResult([out], write_atomically(out, partial(writer, store, scope)))
    audit.record_now(
        store,
        actor,
        "exported",
        object_type="export",
        details={"format": fmt, "incidents": incident_ids or "all", "counts": result.counts},
    )
    return result


def write_demo_outputs(store: Store, out_dir: Path) -> list[Path]:
    """What `factfinder demo` leaves to open: the best-corroborated incident's dossier as
    HTML and PDF, and its evidence package; returns their paths."""
    from factfinder.link.views import list_incidents
    from factfinder.report.package import build_package

    incidents = sorted(
        list_incidents(store),
        key=lambda incident: (-incident["independent_sources"], -incident["event_claims"]),
    )
    if not incidents:
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    chosen = [incidents[0]["id"]]
    actor = store.settings.collector
    paths = [
        write_report(store, chosen, fmt, out_dir / f"dossier-incident-{chosen[0]}.{fmt}", actor)
        for fmt in ("html", "pdf")
    ]
    package = build_package(store, chosen, out_dir / f"package-incident-{chosen[0]}.zip", actor)
    return [*paths, package.path]
