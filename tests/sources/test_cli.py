"""The ingest, sources and show commands as a user runs them, bad input included."""

import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.settings import Settings
from factfinder.store.db import open_store
from factfinder.store.models import CustodyEntry, DerivedFile, Source
from tests.sources.conftest import (
    DATA,
    HERALD_HTML,
    PNG_BYTES,
    age,
    crash_while_staging,
    make_warc,
    minimal_pdf,
)

HERALD = str(DATA / "herald-six-prisons.html")
STATEMENT = str(DATA / "ngo-statement.txt")


def _rows(settings: Settings) -> tuple[int, int, int]:
    store = open_store(settings)
    try:
        with store.session() as session:
            return tuple(  # type: ignore[return-value]
                session.scalar(select(func.count()).select_from(model))
                for model in (Source, CustodyEntry, DerivedFile)
            )
    finally:
        store.engine.dispose()


def _assert_one_clean_failure(result, item: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, result.output
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed ")]
    assert failures == [f"failed {item}: {failures[0].split(': ', 1)[1]}"] if failures else False
    assert reason in failures[0]
    assert "Traceback" not in result.output


def test_ingest_prints_preserved_lines_and_summary(settings, runner: CliRunner) -> None:
    result = runner.invoke(app, ["ingest", HERALD, STATEMENT, "--tag", "prisons"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("preserved #1 SHA-256:") and lines[0].endswith(HERALD)
    assert lines[1].startswith("preserved #2 SHA-256:")
    assert lines[-1] == "2 preserved, 0 already preserved, 0 failed"
    again = runner.invoke(app, ["ingest", HERALD])
    assert again.exit_code == 0
    assert again.stdout.startswith("already preserved #1 SHA-256:")
    assert _rows(settings) == (2, 5, 0)


def test_ingest_says_how_many_leftovers_it_removed_and_kept(settings, runner: CliRunner) -> None:
    assert runner.invoke(app, ["ingest", STATEMENT]).exit_code == 0
    crash_while_staging(settings.originals_dir, "Ostrel report being read")
    recent = crash_while_staging(settings.originals_dir, "Kerrow report being read")
    age(recent, hours=0.1)
    result = runner.invoke(app, ["ingest", "--json", HERALD])
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)  # stdout stays machine-readable
    assert "removed 1 partial file(s) that an interrupted run left in originals/" in result.stderr
    assert "kept 1 recent partial file(s) in originals/" in result.stderr
    assert "Ostrel" not in result.stderr and ".partial-" not in result.stderr  # counts only
    age(recent, hours=2)  # its writer is long gone
    later = runner.invoke(app, ["ingest", STATEMENT])
    assert "removed 1 partial file(s)" in later.stderr and "kept" not in later.stderr
    assert "partial file" not in runner.invoke(app, ["ingest", STATEMENT]).stderr


def test_ingest_json_output(settings, runner: CliRunner) -> None:
    result = runner.invoke(app, ["ingest", "--json", STATEMENT, "/no/such/report.txt"])
    assert result.exit_code == 1
    items = json.loads(result.stdout)
    assert [(i["status"], i["target"]) for i in items] == [
        ("preserved", STATEMENT),
        ("failed", "/no/such/report.txt"),
    ]
    assert items[1]["reason"] == "no such file or folder"
    assert result.stderr.splitlines()[-1] == "1 preserved, 0 already preserved, 1 failed"


def test_stdin(settings, runner: CliRunner) -> None:
    result = runner.invoke(app, ["ingest", "-", "--title", "Phone note"], input="Forty men held.\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("preserved #1 SHA-256:") and "<stdin>" in result.stdout
    shown = json.loads(runner.invoke(app, ["show", "1", "--json"]).stdout)
    assert (shown["title"], shown["text"], shown["uri"]) == (
        "Phone note",
        "Forty men held.\n",
        "<stdin>",
    )


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("junk.bin", bytes(range(256)) * 4, "binary data"),
        ("photo.png", PNG_BYTES, "unsupported type image/png"),
        ("latin1.txt", "Statement from Kerrow café".encode("latin-1"), "invalid UTF-8"),
        ("scan.pdf", minimal_pdf("").replace(b"() Tj", b"   Tj"), "no text layer"),
        ("feed.xml", b"<?xml version='1.0'?><rss/>", "unsupported type application/xml"),
    ],
    ids=lambda value: value if isinstance(value, str) and "." in value else "",
)
def test_bad_files_fail_cleanly(settings, runner: CliRunner, tmp_path, name, data, reason):
    """Each kind of bad file: one line naming it and the reason, exit 1, nothing stored."""
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(app, ["ingest", str(path)])
    _assert_one_clean_failure(result, str(path), reason)
    assert _rows(settings) == (0, 0, 0)


def test_missing_path_and_empty_folder(settings, runner: CliRunner, tmp_path) -> None:
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    (tmp_path / "empty" / ".DS_Store").write_bytes(b"x")
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.html")])
    _assert_one_clean_failure(result, str(tmp_path / "missing.html"), "no such file or folder")
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty")])
    _assert_one_clean_failure(result, str(tmp_path / "empty"), "no readable files")
    assert _rows(settings) == (0, 0, 0)


def test_malformed_feed(settings, runner: CliRunner, tmp_path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>cut")
    result = runner.invoke(app, ["ingest", "--feed", str(path)])
    _assert_one_clean_failure(result, str(path), "malformed feed")
    assert _rows(settings) == (0, 0, 0)


def test_truncated_warc(settings, runner: CliRunner, tmp_path) -> None:
    path = tmp_path / "cut.warc"
    data = make_warc([("https://news.example.org/a", HERALD_HTML, "text/html")])
    path.write_bytes(data[: len(data) // 2])
    result = runner.invoke(app, ["ingest", str(path)])
    _assert_one_clean_failure(result, str(path), "truncated WARC")
    assert _rows(settings) == (0, 0, 0)


@pytest.mark.parametrize(
    "url", ["ftp://files.example.org/report.txt", "file:///etc/hostname", "javascript:alert(1)"]
)
def test_unknown_url_schemes(settings, runner: CliRunner, url: str) -> None:
    _assert_one_clean_failure(runner.invoke(app, ["ingest", url]), url, "unsupported URL scheme")


def test_unreachable_slow_and_oversized_hosts(
    settings, runner: CliRunner, web_server: str, closed_port_url: str
) -> None:
    result = runner.invoke(app, ["ingest", "--timeout", "2", closed_port_url])
    _assert_one_clean_failure(result, closed_port_url, "host unreachable")
    slow = f"{web_server}/slow"
    result = runner.invoke(app, ["ingest", "--timeout", "0.3", slow])
    _assert_one_clean_failure(result, slow, "host too slow")
    huge = f"{web_server}/huge"
    _assert_one_clean_failure(runner.invoke(app, ["ingest", huge]), huge, "over the size limit")
    missing = f"{web_server}/missing"
    _assert_one_clean_failure(runner.invoke(app, ["ingest", missing]), missing, "HTTP 404")
    image = f"{web_server}/image.png"
    _assert_one_clean_failure(runner.invoke(app, ["ingest", image]), image, "image/png")
    assert _rows(settings) == (0, 0, 0)


def test_batch_keeps_good_items_and_lists_bad_ones(settings, runner: CliRunner, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"Forty men were held in Kerrow.")
    (folder / "b.bin").write_bytes(b"\x00\x01\x02\xff" * 10)
    (folder / "c.html").write_bytes(HERALD_HTML)
    result = runner.invoke(app, ["ingest", str(folder), "ftp://x.example.org/y"])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "2 preserved, 0 already preserved, 2 failed"
    assert sorted(line.split(":")[0] for line in result.stderr.splitlines()) == [
        f"failed {folder / 'b.bin'}",
        "failed ftp",
    ]
    assert _rows(settings) == (2, 4, 0)


def test_published_flag_must_be_a_date(settings, runner: CliRunner) -> None:
    result = runner.invoke(app, ["ingest", "--published", "last week", STATEMENT])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "error: --published must be a date like 2026-04-03, not 'last week'"
    )


def test_published_flag_reads_dates_as_analyze_does(settings, runner: CliRunner) -> None:
    result = runner.invoke(app, ["ingest", "--published", "4 May 2017", "--json", STATEMENT])
    assert result.exit_code == 0, result.output
    listed = json.loads(runner.invoke(app, ["sources", "--json"]).stdout)
    assert listed[0]["published_at"] == "2017-05-04"


def test_sources_json_lists_every_source(settings, runner: CliRunner) -> None:
    runner.invoke(
        app, ["ingest", HERALD, STATEMENT, "--tag", "ostrel", "--published", "2026-04-02"]
    )
    rows = json.loads(runner.invoke(app, ["sources", "--json"]).stdout)
    assert [row["id"] for row in rows] == [1, 2]
    first = rows[0]
    for key in ("uri", "sha256", "title", "publisher", "published_at", "retrieved_at"):
        assert key in first
    assert first["published_at"] == "2026-04-02"
    assert first["media_type"] == "text/html"
    assert first["size"] == len(HERALD_HTML)
    assert first["tags"] == ["ostrel"]
    assert first["retrieved_at"].endswith("+00:00")
    table = runner.invoke(app, ["sources"])
    assert table.exit_code == 0 and "Monitors" in table.stdout
    assert f"SHA-256:{first['sha256'][:8]}…" in table.stdout


def test_show_metadata_custody_and_text(settings, runner: CliRunner) -> None:
    runner.invoke(app, ["ingest", HERALD])
    details = json.loads(runner.invoke(app, ["show", "1", "--json"]).stdout)
    assert details["text"].startswith("Monitors now count six secret prisons")
    assert [entry["seq"] for entry in details["custody"]] == [1, 2]
    entry = details["custody"][0]
    assert set(entry) == {"seq", "action", "actor", "at", "details", "prev_hash", "entry_hash"}
    assert entry["prev_hash"] == "0" * 64
    assert details["custody"][1]["prev_hash"] == entry["entry_hash"]
    human = runner.invoke(app, ["show", "1"])
    assert human.exit_code == 0
    assert f"SHA-256:{details['sha256']}" in "".join(human.stdout.split())
    assert "custody log" in human.stdout and "text-extracted" in human.stdout


def test_show_unknown_id(settings, runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "42"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: no source with id #42"
