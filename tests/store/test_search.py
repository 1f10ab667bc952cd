"""Full-text search behaves the same on SQLite (FTS5) and PostgreSQL (tsvector)."""

import datetime as dt

from factfinder.store.db import Store
from factfinder.store.models import Source
from factfinder.store.search import MARK_END, MARK_START, search_sources


def _add_source(store: Store, sha: str, title: str, body: str) -> None:
    with store.session() as session:
        session.add(
            Source(
                uri=f"{sha[:4]}.txt",
                sha256=sha,
                size=len(body),
                media_type="text/plain",
                retrieved_at=dt.datetime.now(dt.UTC),
                collected_by="tester",
                factfinder_version="test",
                title=title,
                text=body,
                tags=[],
                extra={},
            )
        )


def test_search_finds_words_and_highlights(store: Store) -> None:
    _add_source(store, "a" * 64, "Prisons report", "Monitors now count six prisons in the north.")
    _add_source(store, "b" * 64, "Harvest news", "The harvest was good this year.")
    hits = search_sources(store, "six prisons")
    assert [hit.source_id for hit in hits] == [1]
    assert f"{MARK_START}six{MARK_END}" in hits[0].snippet


def test_search_stems_and_matches_titles(store: Store) -> None:
    _add_source(store, "c" * 64, "Detentions in Varnia", "Nothing else here.")
    assert [hit.title for hit in search_sources(store, "detention")] == ["Detentions in Varnia"]


def test_search_syntax_and_injection_are_plain_words(store: Store) -> None:
    _add_source(store, "d" * 64, "T", "Robert'); DROP TABLE sources;-- was here")
    assert search_sources(store, "'); DROP TABLE sources;--") != []
    assert search_sources(store, 'NEAR( " OR *') == []
    assert search_sources(store, "   ") == []
    assert store.table_names().count("sources") == 1


def test_search_command_lists_matches_with_highlight(store: Store) -> None:
    from typer.testing import CliRunner

    from factfinder.cli import app

    _add_source(
        store, "f" * 64, "Osk report [draft]", "Witnesses counted five facilities near Belgrove."
    )
    found = CliRunner().invoke(app, ["search", "five facilities"])
    assert found.exit_code == 0, found.output
    assert "#1 Osk report [draft]" in found.output
    assert "five facilities" in found.output
    missing = CliRunner().invoke(app, ["search", "harvest"])
    assert missing.exit_code == 1 and "no matching sources" in missing.output
