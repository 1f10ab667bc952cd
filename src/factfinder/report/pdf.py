"""Dossiers as PDF: the HTML rendered by WeasyPrint, with page numbers, contents and bookmarks."""

from __future__ import annotations

from typing import Any

from factfinder.report.html import render_html


def render_pdf(dossier: dict[str, Any]) -> bytes:
    """PDF bytes of the dossier: page numbers in the footer, a table of contents with page
    numbers, and PDF bookmarks from the headings (WeasyPrint makes one per h1–h4).

    The document's metadata carries the title and generator only: no author or user name.
    """
    from weasyprint import HTML

    document = HTML(string=render_html(dossier)).render()
    document.metadata.authors = []
    document.metadata.created = dossier["generated_at"]
    document.metadata.modified = dossier["generated_at"]
    document.metadata.generator = f"factfinder {dossier['factfinder_version']}"
    return document.write_pdf()
