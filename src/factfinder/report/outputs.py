"""Writing dossiers and exports to disk, whole or not at all, each recorded in the audit log."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

from factfinder.errors import InputError
from factfinder.protect import audit
from factfinder.report.audience import Audience
from factfinder.report.dossier import build_dossier
from factfinder.report.esf import build_esf
from factfinder.report.exports import (
    EXPORT_FORMATS,
    ExportResult,
    Scope,
    check_incidents,
    incident_ids_in,
    write_csv_folder,
    write_json,
    write_jsonl,
)
from factfinder.report.files import check_writable, write_atomically, write_bytes_atomically
from factfinder.report.html import render_html, render_markdown
from factfinder.sources.originals import sha256_hex
from factfinder.store.db import Store

REPORT_FORMATS = ("html", "pdf", "md")


def render_report(
    store: Store, incident_ids: list[int] | None, fmt: str, audience: Audience | None = None
) -> bytes:
    """The dossier of the incidents (None: all) in one format: html, pdf or md, as the
    audience (default: the operator, unredacted) may see it."""
    if fmt not in REPORT_FORMATS:
        raise InputError(f"unknown report format {fmt!r}: use html, pdf or md")
    dossier = build_dossier(store, incident_ids, audience)
    if fmt == "pdf":
        from factfinder.report.pdf import render_pdf

        return render_pdf(dossier)
    text = render_html(dossier) if fmt == "html" else render_markdown(dossier)
    return text.encode("utf-8")


def write_report(
    store: Store,
    incident_ids: list[int] | None,
    fmt: str,
    out: Path,
    actor: str,
    role: str | None = None,
) -> Path:
    """Write a dossier file, redacted for `role` when given, and record the export (ids,
    format, role and hash only) in the audit log."""
    audience = Audience.for_role(store, role)
    check_writable(out)
    data = render_report(store, incident_ids, fmt, audience)
    write_bytes_atomically(out, data)
    audit.record_now(
        store,
        actor,
        "exported",
        object_type="report",
        details={
            "format": fmt,
            "incidents": incident_ids or "all",
            "role": audience.name,
            "levels": audience.describe()["levels"],
            "redacted": audience.redactor.active,
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
    role: str | None = None,
) -> ExportResult:
    """Export the records (all, or the incidents named and what they cite) in one format,
    as `role` may see them: only its levels, every string redacted.

    csv writes one file per record type into the folder `out`; json, jsonl and esf write
    the file `out`. The export is recorded in the audit log with counts and the role only.
    """
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}: use csv, json, jsonl or esf")
    audience = Audience.for_role(store, role)
    scope = Scope(check_incidents(store, incident_ids, audience), base_url, audience)
    if fmt != "csv":
        check_writable(out)
    if fmt == "csv":
        result = write_csv_folder(store, scope, out)
    elif fmt == "esf":
        with store.engine.connect() as connection:
            chosen = list(scope.incident_ids or incident_ids_in(connection, scope))
        everything = scope.incident_ids is None
        document = build_esf(
            store, sorted(chosen) if everything else chosen, everything=everything, scope=scope
        )
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
        details={
            "format": fmt,
            "incidents": incident_ids or "all",
            "counts": result.counts,
            "role": audience.name,
            "levels": audience.describe()["levels"],
            "redacted": audience.redactor.active,
        },
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
