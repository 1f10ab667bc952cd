"""Nothing personal in logs: a full ingest → extract → link run logs no protected name."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import text

from factfinder.extract.run import extract_sources
from factfinder.link.run import run_link
from factfinder.sources.ingest import IngestOptions, ingest_targets
from factfinder.store.db import Store

# Invented people in an invented country; the names must never reach a log record.
PROTECTED = ("Odalys Brennfeld", "Brennfeld", "Taviq Morrow-Senn", "Morrow-Senn")
REPORTS = {
    "herald.html": """<html><head><title>Detentions in Kerrow</title>
<meta property="og:site_name" content="Northern Herald"></head><body><article>
<h1>Detentions in Kerrow</h1>
<p>Security officers detained Odalys Brennfeld, a teacher, in Kerrow on 2 April 2026, the
Ostrel Monitoring Group said. Forty men were held at a secret facility near Varn.</p>
<p>Her brother, Taviq Morrow-Senn, said officers beat him and demanded 2,000 dollars for
his release.</p></article></body></html>""",
    "statement.txt": """Lantern Rights Network statement, 4 April 2026.
The Lantern Rights Network condemned the detention of Odalys Brennfeld and forty men in
Kerrow and called for an independent investigation. The Interior Ministry denied that anyone
was held at a facility near Varn. Taviq Morrow-Senn told the network he was threatened.""",
}


@pytest.fixture
def reports(tmp_path: Path) -> list[str]:
    paths = []
    for name, body in REPORTS.items():
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_ingest_extract_link_log_ids_and_hashes_only(
    store: Store, reports: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)
    results = ingest_targets(store, reports, IngestOptions(capture=False))
    assert all(result.status == "preserved" for result in results)
    extracted = extract_sources(store, [result.source_id for result in results])
    assert sum(result.claims for result in extracted) > 0
    run_link(store)
    assert caplog.records, "the run logged nothing: the check would prove nothing"
    for record in caplog.records:
        line = record.getMessage() + " " + record.name + " " + str(record.__dict__.get("extra", ""))
        assert not [name for name in PROTECTED if name in line], (record.name, record.levelname)
    # The audit log, shown to anyone who checks the handling of the data, holds none either.
    with store.engine.connect() as connection:
        dump = " ".join(str(row) for row in connection.execute(text("SELECT * FROM audit_entries")))
    actions = dump.count("'ingest'"), dump.count("'extract'")
    assert actions == (2, 2)
    assert not [name for name in PROTECTED if name in dump]
