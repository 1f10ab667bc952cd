"""Nothing personal in logs: a full ingest → extract → link → export run, with the names of the
people in it registered as persons and a protected term defined, logs no protected string — not
in any logger's records (ours or a library's, at DEBUG), not on the CLI's stderr, not in the
audit log."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.store.db import Store

# Invented people in an invented country; the names must never reach a log record.
PROTECTED = ("Odalys Brennfeld", "Brennfeld", "Taviq Morrow-Senn", "Morrow-Senn")
TERM = "Quillan safehouse"
REPORTS = {
    "herald.html": """<html><head><title>Detentions in Kerrow</title>
<meta property="og:site_name" content="Northern Herald"></head><body><article>
<h1>Detentions in Kerrow</h1>
<p>Security officers detained Odalys Brennfeld, a teacher, in Kerrow on 2 April 2026, the
Ostrel Monitoring Group said. Forty men were held at a secret facility near Varn.</p>
<p>Her brother, Taviq Morrow-Senn, said officers beat him and demanded 2,000 dollars for
his release. He later hid at the Quillan safehouse.</p></article></body></html>""",
    "statement.txt": """Lantern Rights Network statement, 4 April 2026.
The Lantern Rights Network condemned the detention of Odalys Brennfeld and forty men in
Kerrow and called for an independent investigation. The Interior Ministry denied that anyone
was held at a facility near Varn. Taviq Morrow-Senn told the network he was threatened.""",
}
SECRETS = (*PROTECTED, TERM)


@pytest.fixture
def reports(tmp_path: Path) -> list[str]:
    paths = []
    for name, body in REPORTS.items():
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture
def every_log_record(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> Iterator[list[logging.LogRecord]]:
    """Every record any logger emits with the root logger at DEBUG (what an operator's
    `logging.basicConfig(level=DEBUG)` turns on), including loggers that do not propagate."""
    seen: list[logging.LogRecord] = []
    original = logging.Logger.handle

    def handle(self: logging.Logger, record: logging.LogRecord) -> None:
        seen.append(record)
        original(self, record)

    monkeypatch.setattr(logging.Logger, "handle", handle)
    caplog.set_level(logging.DEBUG)
    yield seen


def _leaks(line: str) -> list[str]:
    return [secret for secret in SECRETS if secret in line]


def test_ingest_extract_link_export_log_ids_and_hashes_only(
    store: Store,
    reports: list[str],
    tmp_path: Path,
    every_log_record: list[logging.LogRecord],
) -> None:
    runner = CliRunner()
    steps = [
        ["persons", "add", "Odalys Brennfeld", "--kind", "detainee", "--alias", "Brennfeld"],
        ["persons", "add", "Taviq Morrow-Senn", "--kind", "witness", "--alias", "Morrow-Senn"],
        ["redact", "terms", "add", TERM],
        ["ingest", reports[0], "--level", "confidential"],
        ["ingest", reports[1]],
        ["extract", "--all"],
        ["link"],
        ["claims", "--as-role", "viewer"],
        ["export", "--format", "json", "--output", str(tmp_path / "all.json")],
        ["report", "--all", "--format", "html", "--output", str(tmp_path / "dossier.html")],
        ["package", "--all", "--role", "viewer", "--output", str(tmp_path / "evidence.zip")],
        ["verify"],
        ["audit"],
    ]
    for step in steps:
        result = runner.invoke(app, step)
        assert result.exit_code == 0, (step[:2], result.output)
        assert not _leaks(result.stderr), (step[:2], "stderr")
    # Failures print one line on stderr, and it names no one either.
    junk = tmp_path / "notes.bin"
    junk.write_bytes(b"\x00\x01Odalys Brennfeld\xff\xfe" * 50)
    failed = runner.invoke(app, ["ingest", str(junk)])
    assert failed.exit_code != 0 and not _leaks(failed.stderr)
    assert every_log_record, "the run logged nothing: the check would prove nothing"
    formatter = logging.Formatter()
    for record in every_log_record:
        line = f"{formatter.format(record)} {record.__dict__!r}"
        assert not _leaks(line), (record.name, record.levelname)
    # The audit log, shown to anyone who checks the handling of the data, holds none either.
    with store.engine.connect() as connection:
        dump = " ".join(str(row) for row in connection.execute(text("SELECT * FROM audit_entries")))
    assert dump.count("'ingest'") == 2 and dump.count("'extract'") == 2
    assert dump.count("'exported'") == 3
    assert not _leaks(dump)
