"""The `batch` command: a clear summary, failures listed, and clean refusals of bad setups."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.errors import InputError
from factfinder.scale.cluster import open_client
from factfinder.scale.pipeline import parse_stages
from factfinder.settings import Settings
from factfinder.store.db import open_store
from factfinder.store.models import Source

ON_SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@ON_SQLITE
def test_batch_command_reports_counts_and_lists_failures(
    settings: Settings, jsonl_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "more.jsonl"
    bad.write_text('{"text": ""}\n')
    result = CliRunner().invoke(
        app, ["batch", str(jsonl_path), str(bad), "--workers", "1", "--partition-size", "5"]
    )
    assert result.exit_code == 1, result.output
    assert "12 processed, 0 already done, 1 failed" in result.stdout
    assert "linked (full): " in result.stdout
    assert "line has no `html` or `text`" in result.stderr


@ON_SQLITE
def test_unreachable_scheduler_is_one_clear_line_and_writes_nothing(
    settings: Settings, jsonl_path: Path
) -> None:
    started = time.monotonic()
    result = CliRunner().invoke(app, ["batch", str(jsonl_path), "--scheduler", "127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert time.monotonic() - started < 30
    store = open_store(settings)
    with store.session() as session:
        assert session.scalar(select(func.count(Source.id))) == 0


def test_unreachable_database_is_refused_before_any_worker_starts(jsonl_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["batch", str(jsonl_path), "--database", "postgresql+psycopg://nobody@127.0.0.1:9/x"]
    )
    assert result.exit_code == 1
    assert "cannot open the database" in result.stderr


def test_bad_stage_names_and_worker_counts_are_input_errors() -> None:
    assert parse_stages("extract, link") == {"extract", "link"}
    with pytest.raises(InputError, match="unknown stage"):
        parse_stages("acquire,translate")
    with pytest.raises(InputError), open_client("local", workers=0):
        pass
