"""The ingest library API: what a Source records, idempotence, and one transaction per item."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from factfinder import __version__
from factfinder.protect import audit
from factfinder.sources.custody import chain_problems
from factfinder.sources.ingest import IngestOptions, ingest_bytes, ingest_targets
from factfinder.sources.originals import Leftovers, original_path, sha256_hex
from factfinder.store.db import Store
from factfinder.store.models import CustodyEntry, Source
from tests.sources.conftest import (
    DATA,
    HERALD_HTML,
    STATEMENT_TXT,
    crash_while_staging,
    make_warc,
    minimal_pdf,
)

NO_CAPTURE = IngestOptions(capture=False, timeout=5)


def _count(store: Store, model) -> int:  # type: ignore[no-untyped-def]
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def _source(store: Store, source_id: int) -> Source:
    with store.session() as session:
        return session.get(Source, source_id)


def _actions(store: Store, source_id: int) -> list[str]:
    with store.session() as session:
        return list(
            session.scalars(
                select(CustodyEntry.action)
                .where(CustodyEntry.source_id == source_id)
                .order_by(CustodyEntry.seq)
            )
        )


def test_file_is_preserved_with_its_metadata(store: Store) -> None:
    before = dt.datetime.now(dt.UTC)
    path = str(DATA / "herald-six-prisons.html")
    [result] = ingest_targets(store, [path], IngestOptions(tags=["prisons", "prisons", "ostrel"]))
    assert (result.status, result.source_id) == ("preserved", 1)
    assert result.sha256 == sha256_hex(HERALD_HTML)
    source = _source(store, 1)
    assert source.uri == path
    assert source.sha256 == sha256_hex(HERALD_HTML)
    assert source.size == len(HERALD_HTML)
    assert source.media_type == "text/html"
    assert before <= source.retrieved_at <= dt.datetime.now(dt.UTC)
    assert source.collected_by == "test-collector"
    assert source.factfinder_version == __version__
    assert source.title == "Monitors now count six secret prisons in Ostrel"
    assert source.publisher == "The Varnia Herald"
    assert source.author == "Ilse Marrow"
    assert source.published_at == dt.date(2026, 4, 3)
    assert source.language == "en"
    assert source.tags == ["prisons", "ostrel"]
    assert "at least six secret prisons" in source.text
    assert source.extra["embedded_media"][0]["url"] == "https://video.example.org/embed/vell-speech"
    assert original_path(store.settings.originals_dir, source.sha256).read_bytes() == HERALD_HTML
    assert _actions(store, 1) == ["collected", "text-extracted"]


def test_user_flags_override_what_was_found(store: Store) -> None:
    options = IngestOptions(
        published=dt.date(2026, 4, 4),
        publisher="Varnia Herald (print)",
        title="Six prisons",
        author="Desk",
        collected_by="Monitor B",
        note="from the print edition",
    )
    [result] = ingest_targets(store, [str(DATA / "herald-six-prisons.html")], options)
    source = _source(store, result.source_id)
    assert (source.published_at, source.publisher, source.title, source.author) == (
        dt.date(2026, 4, 4),
        "Varnia Herald (print)",
        "Six prisons",
        "Desk",
    )
    assert (source.collected_by, source.note) == ("Monitor B", "from the print edition")
    with store.session() as session:
        assert {e.actor for e in session.scalars(select(CustodyEntry))} == {"Monitor B"}


def test_same_bytes_again_return_the_existing_source(store: Store, tmp_path) -> None:
    copy = tmp_path / "renamed-copy.html"
    copy.write_bytes(HERALD_HTML)
    first = ingest_targets(store, [str(DATA / "herald-six-prisons.html")], NO_CAPTURE)
    again = ingest_targets(store, [str(copy)], NO_CAPTURE)
    assert [r.status for r in first + again] == ["preserved", "already preserved"]
    assert again[0].source_id == first[0].source_id
    assert _count(store, Source) == 1
    assert _actions(store, 1) == ["collected", "text-extracted", "re-collected"]
    source_hash = sha256_hex(HERALD_HTML)  # one folder and the file; no run marks, no partials
    kept = [p.name for p in store.settings.originals_dir.rglob("*")]
    assert sorted(kept) == sorted([".writers.lock", sha256_hex(HERALD_HTML)[:2], source_hash])


def test_ingest_removes_what_a_killed_run_left_and_audits_the_count(store: Store) -> None:
    root = store.settings.originals_dir
    [first] = ingest_targets(store, [str(DATA / "ngo-statement.txt")], NO_CAPTURE)
    partial = crash_while_staging(root, "a report read when the machine died")
    seen: list[Leftovers] = []
    [second] = ingest_targets(
        store, [str(DATA / "herald-six-prisons.html")], NO_CAPTURE, on_leftovers=seen.append
    )
    assert seen == [Leftovers(removed=1)]
    assert not partial.exists()
    assert [first.status, second.status] == ["preserved", "preserved"]
    assert original_path(root, first.sha256 or "").read_bytes() == STATEMENT_TXT
    [entry] = [e for e in audit.entries(store) if e.action == "originals.leftovers-removed"]
    assert (entry.actor, entry.details) == ("test-collector", {"removed": 1, "kept": 0})


def test_ingest_bytes_for_other_stages(store: Store) -> None:
    at = dt.datetime(2026, 4, 5, 8, 0, tzinfo=dt.UTC)
    result = ingest_bytes(
        store, STATEMENT_TXT, "statement.txt", NO_CAPTURE, retrieved_at=at, extra={"k": 1}
    )
    assert result.status == "preserved"
    source = _source(store, result.source_id)
    assert source.retrieved_at == at
    assert source.extra["k"] == 1
    assert source.text == STATEMENT_TXT.decode()
    failed = ingest_bytes(store, b"", "empty.txt", NO_CAPTURE)
    assert (failed.status, failed.reason) == ("failed", "empty: no bytes to preserve")


def test_folder_is_ingested_recursively_skipping_hidden_files(store: Store, tmp_path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_bytes(STATEMENT_TXT)
    (tmp_path / "a" / "b" / "two.pdf").write_bytes(minimal_pdf("Forty men held in Kerrow."))
    (tmp_path / "a" / ".hidden.txt").write_bytes(b"Should not be read.")
    results = ingest_targets(store, [str(tmp_path / "a")], NO_CAPTURE)
    assert [(r.status, r.target.rsplit("/", 1)[-1]) for r in results] == [
        ("preserved", "two.pdf"),
        ("preserved", "one.txt"),
    ]
    assert _source(store, 1).media_type == "application/pdf"
    assert _source(store, 1).text == "Forty men held in Kerrow."


def test_url_records_http_facts_and_redirects(store: Store, web_server: str) -> None:
    [result] = ingest_targets(store, [f"{web_server}/hop1"], NO_CAPTURE)
    source = _source(store, result.source_id)
    assert source.uri == f"{web_server}/hop1"
    assert source.final_uri == f"{web_server}/article.html"
    assert source.http_status == 200
    assert source.http_headers["content-type"] == "text/html; charset=utf-8"
    assert [hop["status"] for hop in source.extra["redirects"]] == [302, 301]
    assert source.extra["no_screenshot"] == "capture turned off (--no-capture)"
    assert source.extra["embedded_media"][1]["url"] == f"{web_server}/images/ostrel-map.png"
    assert _actions(store, 1) == ["collected", "text-extracted"]


def test_feed_entries_become_sources_with_fallback_to_entry_content(
    store: Store, web_server: str
) -> None:
    options = IngestOptions(capture=False, timeout=5, feed=True)
    results = ingest_targets(store, [f"{web_server}/feed.xml"], options)
    assert [r.status for r in results] == ["preserved", "preserved"]
    page, fallback = (_source(store, r.source_id) for r in results)
    assert page.sha256 == sha256_hex(HERALD_HTML)
    assert page.extra["feed_entry"]["entry_id"] == "entry-1"
    assert "fallback_reason" not in page.extra["feed_entry"]
    assert fallback.uri == f"{web_server}/missing"
    assert fallback.extra["feed_entry"]["fallback_reason"] == "HTTP 404 Not Found"
    assert fallback.published_at == dt.date(2026, 4, 4)
    assert "demanded bribes" in fallback.text


def test_warc_records_become_sources_dated_by_the_archive(store: Store, tmp_path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        make_warc(
            [
                ("https://news.example.org/six-prisons", HERALD_HTML, "text/html"),
                ("https://ngo.example.org/statement.txt", STATEMENT_TXT, "text/plain"),
            ],
            gzip=True,
        )
    )
    results = ingest_targets(store, [str(path)], NO_CAPTURE)
    assert [r.target for r in results] == [
        "https://news.example.org/six-prisons",
        "https://ngo.example.org/statement.txt",
    ]
    source = _source(store, results[0].source_id)
    assert source.retrieved_at == dt.datetime(2026, 4, 5, 8, 15, tzinfo=dt.UTC)
    assert source.extra["warc"]["date"] == "2026-04-05T08:15:00Z"
    assert source.extra["warc"]["record_id"].startswith("<urn:uuid:")
    assert source.http_status == 200
    with store.session() as session:
        first = session.scalars(select(CustodyEntry).order_by(CustodyEntry.id)).first()
        assert first.details["warc_record_id"] == source.extra["warc"]["record_id"]


def test_a_failure_inside_the_transaction_leaves_no_partial_record(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factfinder.sources.ingest as ingest_module

    real_start_chains = ingest_module.start_chains

    def interrupted_after_the_custody_rows(*args, **kwargs):  # type: ignore[no-untyped-def]
        real_start_chains(*args, **kwargs)  # the rows are written inside the transaction …
        raise KeyboardInterrupt  # … then Ctrl-C comes before the commit

    monkeypatch.setattr(ingest_module, "start_chains", interrupted_after_the_custody_rows)
    with pytest.raises(KeyboardInterrupt):
        ingest_targets(store, [str(DATA / "ngo-statement.txt")], NO_CAPTURE)
    assert _count(store, Source) == 0
    assert _count(store, CustodyEntry) == 0


def test_ctrl_c_in_a_batch_keeps_finished_items_whole(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factfinder.sources.ingest as ingest_module

    real_extract = ingest_module.extract_text
    calls = []

    def interrupt_second(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_extract(*args, **kwargs)

    monkeypatch.setattr(ingest_module, "extract_text", interrupt_second)
    targets = [str(DATA / "ngo-statement.txt"), str(DATA / "herald-six-prisons.html")]
    with pytest.raises(KeyboardInterrupt):
        ingest_targets(store, targets, NO_CAPTURE)
    with store.session() as session:
        assert [s.uri for s in session.scalars(select(Source))] == [targets[0]]
    assert _actions(store, 1) == ["collected", "text-extracted"]


def _batch_folder(tmp_path):  # type: ignore[no-untyped-def]
    """Five targets in name order: three reports, a copy of the first, an empty file."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "1-herald.html").write_bytes(HERALD_HTML)
    (folder / "2-statement.txt").write_bytes(STATEMENT_TXT)
    (folder / "3-copy-of-herald.html").write_bytes(HERALD_HTML)
    (folder / "4-empty.txt").write_bytes(b"")
    (folder / "5-other.txt").write_bytes(b"A third report: the families of eleven men spoke.\n")
    return folder


def test_items_committed_in_batches_come_out_whole_and_in_order(
    store: Store, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factfinder.sources.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "BATCH_ITEMS", 2)
    folder = _batch_folder(tmp_path)
    results = ingest_targets(store, [str(folder)], NO_CAPTURE)
    assert [(r.target.rsplit("/", 1)[1], r.status) for r in results] == [
        ("1-herald.html", "preserved"),
        ("2-statement.txt", "preserved"),
        ("3-copy-of-herald.html", "already preserved"),
        ("4-empty.txt", "failed"),
        ("5-other.txt", "preserved"),
    ]
    assert results[2].source_id == results[0].source_id
    assert results[3].reason == "empty: no bytes to preserve"
    first, second, third = (r.source_id for r in results if r.status == "preserved")
    assert first < second < third  # (PostgreSQL may skip ids a rolled-back insert took)
    assert _count(store, Source) == 3
    assert _actions(store, first) == ["collected", "text-extracted", "re-collected"]
    with store.session() as session:
        for source_id in (first, second, third):
            chain = session.scalars(
                select(CustodyEntry).where(CustodyEntry.source_id == source_id)
            ).all()
            assert chain_problems(chain) == []
    assert audit.verify_chain(store).intact
    assert [(e.action, e.object_id) for e in audit.entries(store)] == [
        ("ingest", str(first)),
        ("ingest", str(second)),
        ("ingest", str(first)),
        ("ingest", str(third)),
    ]


def test_duplicates_inside_one_batch_fall_back_to_one_transaction_each(
    store: Store, tmp_path
) -> None:
    folder = _batch_folder(tmp_path)  # all five in one batch: the copy is found at the insert
    results = ingest_targets(store, [str(folder)], NO_CAPTURE)
    assert [r.status for r in results] == [
        "preserved",
        "preserved",
        "already preserved",
        "failed",
        "preserved",
    ]
    assert _count(store, Source) == 3
    assert audit.verify_chain(store).intact


def test_ctrl_c_while_a_batch_commits_leaves_that_batch_absent_and_earlier_ones_whole(
    store: Store, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factfinder.sources.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "BATCH_ITEMS", 2)
    real_start_chains = ingest_module.start_chains
    calls = []

    def interrupted_in_the_second_batch(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        real_start_chains(*args, **kwargs)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(ingest_module, "start_chains", interrupted_in_the_second_batch)
    folder = tmp_path / "reports"
    folder.mkdir()
    for number in range(4):
        (folder / f"{number}.txt").write_bytes(f"Report {number}: men were detained.\n".encode())
    with pytest.raises(KeyboardInterrupt):
        ingest_targets(store, [str(folder)], NO_CAPTURE)
    with store.session() as session:
        assert [s.uri.rsplit("/", 1)[1] for s in session.scalars(select(Source))] == [
            "0.txt",
            "1.txt",
        ]
    assert _count(store, CustodyEntry) == 4
    assert [e.object_id for e in audit.entries(store)] == ["1", "2"]
