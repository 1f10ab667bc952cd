"""With a key, no plaintext of a source is anywhere under the home: every byte of every file read.

The embedded database is a SQLCipher file (pages, WAL and FTS5 index encrypted), originals are
sealed envelopes, keys.json holds only wrapped keys. Searching still works through the CLI with
the key; a wrong or missing key is one clear error that changes no byte.
"""

from __future__ import annotations

import gc
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.errors import InputError
from factfinder.protect import keys
from factfinder.settings import Settings
from factfinder.sources.ingest import IngestOptions, ingest_targets
from factfinder.store import db
from factfinder.store.db import Store, open_store
from factfinder.store.models import Claim
from factfinder.store.search import search_sources
from tests.protect.conftest import OTHER_PASSPHRASE, PASSPHRASE

# Invented people and places: words that appear nowhere else, so any hit on disk is a leak.
PHRASES = [
    "Quenvatte",
    "Marisol Quenvatte-Ibarro",
    "Brasko grain depot",
    "Tzerafine",
    "Omunsk",
    "Kettering-Vos barracks",
    "forty-three men",
]
HTML = (
    "<html><head><title>Tzerafine Hollow detentions</title></head><body><article>"
    "<p>Marisol Quenvatte-Ibarro was taken from the Brasko grain depot on 2 April 2026, "
    "according to the Ostrel Monitoring Group, which said forty-three men were held in a "
    "secret facility near Varn.</p><p>Police in Tzerafine detained twelve journalists on "
    "3 April 2026.</p></article></body></html>"
)
TEXT = (
    "The witness Dravel Omunsk said guards at the Kettering-Vos barracks beat detainees on "
    "4 April 2026. The Lantern Rights Network said at least nine men were detained there.\n"
)


def forms(phrase: str) -> list[bytes]:
    """How a phrase could sit on disk: UTF-8 or UTF-16 (SQLite's two text encodings), as
    written or lower-cased (FTS5 stores folded tokens)."""
    return [
        variant.encode(encoding)
        for variant in (phrase, phrase.lower())
        for encoding in ("utf-8", "utf-16-le")
    ]


def leaks(home: Path) -> list[str]:
    """Every (file, phrase) where a phrase sits in plaintext in a file under `home`."""
    found = []
    for path in sorted(home.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        found += [
            f"{path.relative_to(home)}: {phrase}"
            for phrase in PHRASES
            if any(form in data for form in forms(phrase))
        ]
    return found


def every_byte(home: Path) -> dict[str, bytes]:
    return {str(path): path.read_bytes() for path in sorted(home.rglob("*")) if path.is_file()}


def write_sources(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    html, txt = folder / "tzerafine.html", folder / "omunsk.txt"
    html.write_text(HTML, encoding="utf-8")
    txt.write_text(TEXT, encoding="utf-8")
    return [html, txt]


def cli(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def refused(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.exception is not None
    return " ".join(result.output.split())


def ingest_extract_link(runner: CliRunner, sources: list[Path]) -> None:
    html, txt = sources
    cli(runner, "ingest", "--no-capture", str(html))
    cli(runner, "ingest", "--no-capture", "--title", "Omunsk testimony", str(txt))
    cli(runner, "extract", "--all")
    cli(runner, "link")


@pytest.fixture
def home(sqlite_settings: Settings) -> Path:
    return sqlite_settings.home


@pytest.fixture
def keyed_home(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> Path:
    """An embedded home set up with a key, then fed both sources through the CLI."""
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", PASSPHRASE)
    cli(runner, "keys", "init")
    ingest_extract_link(runner, write_sources(tmp_path / "in"))
    gc.collect()  # the commands' engines close their connections: SQLite folds the WAL back in
    return home


def test_no_phrase_of_a_source_is_anywhere_under_the_home_and_search_still_finds_it(
    keyed_home: Path, tmp_path: Path, runner: CliRunner, reopen: Callable[..., Store]
) -> None:
    store = reopen()
    with store.session() as session:  # the database does hold the claims and sentences
        sentences = " ".join(session.scalars(select(Claim.sentence)))
    assert "Quenvatte" in sentences and "Omunsk" in sentences
    assert [hit.title for hit in search_sources(store, "Brasko depot")] == [
        "Tzerafine Hollow detentions"
    ]
    # One more source while this engine keeps its connection open, so the WAL and its index
    # are on disk when every file is read.
    extra = tmp_path / "extra.txt"
    extra.write_text("Tzerafine police held Omunsk's brother at the Brasko grain depot.\n")
    [result] = ingest_targets(store, [str(extra)], IngestOptions(capture=False))
    assert result.ok
    with store.engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM sources_fts")).scalar_one()
        pragmas = [
            conn.execute(text(f"PRAGMA {name}")).scalar_one()
            for name in ("journal_mode", "foreign_keys", "temp_store", "cipher_page_size")
        ]
        assert pragmas == ["wal", 1, 2, "4096"]  # temp_store 2: temporary tables in memory only
        assert (keyed_home / "factfinder.db-wal").stat().st_size > 0
        assert (keyed_home / "factfinder.db-shm").exists()
        assert leaks(keyed_home) == []
    assert sorted(p.name for p in keyed_home.iterdir()) == [
        "factfinder.db",
        "factfinder.db-shm",
        "factfinder.db-wal",
        "keys.json",
        "originals",
    ]
    with pytest.raises(sqlite3.DatabaseError):  # without SQLCipher and the key: noise
        sqlite3.connect(keyed_home / "factfinder.db").execute("SELECT * FROM sqlite_master")
    store.engine.dispose()
    assert leaks(keyed_home) == []
    output = cli(runner, "search", "Quenvatte")
    assert "Tzerafine Hollow detentions" in output and "Quenvatte-Ibarro" in output
    assert "Omunsk testimony" in cli(runner, "search", "Kettering-Vos barracks")
    status = json.loads(runner.invoke(app, ["keys", "status", "--json"]).output)
    assert status["database"] == "sqlcipher" and status["plaintext_files"] == 0


def test_without_a_key_the_same_scan_finds_the_phrases(
    home: Path, tmp_path: Path, runner: CliRunner
) -> None:
    """The control: the scan above would see plaintext if there were any."""
    ingest_extract_link(runner, write_sources(tmp_path / "in"))
    found = leaks(home)
    assert any(hit.startswith("factfinder.db") for hit in found)
    assert any(hit.startswith("originals/") for hit in found)
    assert "originals are not encrypted" in cli(runner, "keys", "status")


def test_a_wrong_or_missing_key_is_one_clear_error_and_changes_no_byte(
    keyed_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    before = every_byte(keyed_home)
    assert str(keyed_home / "factfinder.db") in before
    new_source = write_sources(tmp_path / "new")[1]
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", OTHER_PASSPHRASE)
    for command in (["search", "Quenvatte"], ["ingest", "--no-capture", str(new_source)]):
        assert "wrong key" in refused(runner, *command)
    monkeypatch.delenv("FACTFINDER_PASSPHRASE")
    for command in (["search", "Quenvatte"], ["sources"], ["extract", "--all"]):
        assert "this home is encrypted" in refused(runner, *command)
    assert every_byte(keyed_home) == before


def test_a_database_from_another_home_does_not_open_with_this_homes_key(
    keyed_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    other = tmp_path / "other-home"
    monkeypatch.setenv("FACTFINDER_HOME", str(other))
    cli(runner, "keys", "init")  # same passphrase, but a new salt and a new database key
    shutil.copyfile(keyed_home / "factfinder.db", other / "factfinder.db")
    copied = (other / "factfinder.db").read_bytes()
    with pytest.raises(InputError, match="cannot be opened with this key"):
        open_store(Settings())
    assert "cannot be opened with this key" in refused(runner, "search", "Quenvatte")
    assert (other / "factfinder.db").read_bytes() == copied


def test_rotation_rewraps_the_database_key_and_the_old_key_stops_opening_it(
    keyed_home: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", OTHER_PASSPHRASE)
    monkeypatch.setenv("FACTFINDER_OLD_PASSPHRASE", PASSPHRASE)
    assert "2 files re-wrapped" in cli(runner, "keys", "rotate")
    assert "Tzerafine Hollow detentions" in cli(runner, "search", "Quenvatte")
    config = json.loads((keyed_home / "keys.json").read_text())
    assert "database_key" in config["current"]
    assert all("database_key" not in entry for entry in config["retired"])
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", PASSPHRASE)
    assert "wrong key" in refused(runner, "search", "Quenvatte")
    assert leaks(keyed_home) == []


def test_an_interrupted_rotation_leaves_the_database_readable_with_either_key(
    keyed_home: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", OTHER_PASSPHRASE)
    old = keys.KeySecret(passphrase=PASSPHRASE)
    real_replace = keys.replace_file_atomically

    def crash_on_originals(path: Path, data: bytes) -> None:
        if path.parent != keyed_home:  # keys.json (with the pending key) is written, then stop
            raise KeyboardInterrupt
        real_replace(path, data)

    monkeypatch.setattr(keys, "replace_file_atomically", crash_on_originals)
    store = keys.store_for_rotation(Settings(), old)
    with pytest.raises(KeyboardInterrupt):
        keys.rotate_keys(store, old, "tester")
    store.engine.dispose()
    monkeypatch.setattr(keys, "replace_file_atomically", real_replace)
    assert json.loads((keyed_home / "keys.json").read_text())["pending"]
    for passphrase in (PASSPHRASE, OTHER_PASSPHRASE):
        monkeypatch.setenv("FACTFINDER_PASSPHRASE", passphrase)
        assert "Tzerafine Hollow detentions" in cli(runner, "search", "Quenvatte")
    monkeypatch.setenv("FACTFINDER_OLD_PASSPHRASE", PASSPHRASE)
    assert "2 files re-wrapped" in cli(runner, "keys", "rotate")
    assert "Omunsk testimony" in cli(runner, "search", "Omunsk")


def test_keys_init_encrypts_a_plaintext_database_and_an_interrupted_init_is_finished(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    ingest_extract_link(runner, write_sources(tmp_path / "in"))
    assert leaks(home)
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", PASSPHRASE)

    def crash(path: Path, key: bytes) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(db, "encrypt_sqlite_file", crash)
    assert runner.invoke(app, ["keys", "init"]).exit_code != 0
    monkeypatch.undo()
    monkeypatch.setenv("FACTFINDER_HOME", str(home))
    monkeypatch.delenv("FACTFINDER_DATABASE_URL", raising=False)
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", PASSPHRASE)
    assert (home / "keys.json").exists()  # written first: the database key is never lost
    assert "not encrypted yet" in refused(runner, "search", "Quenvatte")
    assert "NOT encrypted" in cli(runner, "keys", "status")
    output = cli(runner, "keys", "init")
    assert "2 existing files encrypted" in output and "database is now encrypted" in output
    assert leaks(home) == []
    assert not [p.name for p in home.iterdir() if p.name.startswith(".partial")]
    assert "Tzerafine Hollow detentions" in cli(runner, "search", "Quenvatte")
    assert "already set up" in refused(runner, "keys", "init")
