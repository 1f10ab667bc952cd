"""Dossiers: every figure and statement cited to its sentence, sources hashed, PDF that renders."""

from __future__ import annotations

import re
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from markupsafe import escape
from PIL import Image
from pypdf import PdfReader

from factfinder.errors import InputError
from factfinder.report.dossier import build_dossier
from factfinder.report.html import render_html, render_markdown
from factfinder.report.outputs import render_report, write_report
from factfinder.store.db import Store
from tests.report.conftest import Seed


@pytest.fixture(scope="module")
def dossier(seed: Seed) -> dict:
    return build_dossier(seed.store, None)


@pytest.fixture(scope="module")
def pdf_bytes(seed: Seed) -> bytes:
    return render_report(seed.store, None, "pdf")


def cited(dossier: dict) -> dict[int, dict]:
    return {note["number"]: note for note in dossier["notes"]}


def test_every_figure_and_statement_has_a_note_quoting_its_sentence(dossier: dict) -> None:
    notes = cited(dossier)
    figures = [row for inc in dossier["incidents"] for f in inc["figures"] for row in f["rows"]]
    assert figures
    for row in figures:
        note = notes[row["note"]]
        assert note["claim_id"] == row["claim_id"]
        assert note["sentence"] == " ".join(row["sentence"].split())
        assert note["source"] and note["sha256"]
    statements = [r for inc in dossier["incidents"] for r in inc["responses"]]
    assert statements
    for row in statements:
        assert row["notes"], row
        assert {notes[n]["claim_id"] for n in row["notes"]} <= set(row["claim_ids"])


def test_summary_gives_ranges_and_conservative_estimates(dossier: dict) -> None:
    main = next(inc for inc in dossier["incidents"] if inc["summary"]["figures"])
    summary = main["summary"]
    assert summary["what"] and summary["where"] and summary["when"]
    men = next(f for f in summary["figures"] if f["unit"] == "men")
    assert "–" in men["range"] and men["conservative"] and men["notes"]


def test_source_appendix_lists_every_cited_source_with_hash_and_custody(dossier: dict) -> None:
    listed = {s["source_id"]: s for s in dossier["sources"]}
    assert {note["source_id"] for note in dossier["notes"]} <= set(listed)
    for source in listed.values():
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
        assert source["retrieved_at"] and source["uri"]
        assert source["custody"]["intact"] and source["custody"]["entries"] >= 1


def test_html_shows_every_note_and_source_hash(dossier: dict) -> None:
    page = render_html(dossier)
    for note in dossier["notes"]:
        assert f'id="note-{note["number"]}"' in page
        assert str(escape(note["sentence"])) in page
    for source in dossier["sources"]:
        assert f"SHA-256:{source['sha256']}" in page
    for heading in ("Summary", "Timeline", "Figure history", "Corroboration of key facts"):
        assert heading in page
    assert page.count("data:image/svg+xml;base64,") == sum(
        len(inc["figures"]) for inc in dossier["incidents"]
    )


def test_markdown_has_footnotes_and_tables(dossier: dict) -> None:
    text = render_markdown(dossier)
    for note in dossier["notes"]:
        assert f"[^{note['number']}]: “" in text
    assert "| Actor | Stance | Date | Sources |" in text
    assert text.count("[^1]") >= 2  # cited and defined


def test_pdf_has_page_numbers_contents_and_bookmarks(pdf_bytes: bytes) -> None:
    reader = PdfReader(BytesIO(pdf_bytes))
    pages = len(reader.pages)
    assert pages >= 3
    first = reader.pages[0].extract_text()
    assert "Contents" in first and f"Page 1 of {pages}" in first
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
    titles = [item.title for item in reader.outline[1] if not isinstance(item, list)]
    assert "Source appendix" in titles and "Notes" in titles
    assert any(title.startswith("Incident #") for title in titles)
    assert reader.metadata.get("/Author") is None


def test_pdf_pages_render_and_are_not_blank(pdf_bytes: bytes, tmp_path: Path) -> None:
    pdf = tmp_path / "dossier.pdf"
    pdf.write_bytes(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(PdfReader(pdf).pages)
    for image in images:
        gray = Image.open(image).convert("L")
        # Ink in the body of the page, between the running header (top 5 %) and the page
        # number (bottom 6 %): a page holding only the last rows of a table still counts.
        body = gray.crop((0, gray.height * 5 // 100, gray.width, gray.height * 94 // 100))
        assert sum(body.histogram()[:160]) > 100, image.name


def test_one_incident_dossier_on_each_database(populated: Store, tmp_path: Path) -> None:
    path = write_report(populated, [1], "html", tmp_path / "one.html", "test-collector")
    page = path.read_text(encoding="utf-8")
    assert "Incident #1:" in page and "Incident #2:" not in page


def test_unknown_incidents_are_named_and_nothing_is_written(
    populated: Store, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InputError, match="no incident #404, #405"):
        write_report(populated, [1, 404, 405], "html", out / "x.html", "test-collector")
    assert not list(out.iterdir())


def test_an_unwritable_output_path_is_refused_before_any_work(
    populated: Store, tmp_path: Path
) -> None:
    with pytest.raises(InputError, match="does not exist"):
        write_report(populated, [1], "pdf", tmp_path / "missing" / "x.pdf", "test-collector")
    with pytest.raises(InputError, match="is a folder"):
        write_report(populated, [1], "html", tmp_path / "home", "test-collector")
