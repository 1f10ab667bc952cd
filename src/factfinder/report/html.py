"""Dossiers as text: HTML (also the source of the PDF) and Markdown, from Jinja2 templates."""

from __future__ import annotations

import base64
import functools
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined


def markdown_cell(value: Any) -> str:
    """Text safe inside a Markdown table cell: pipes escaped, line breaks flattened."""
    return " ".join(str(value).split()).replace("|", "\\|")


@functools.cache
def _environment(autoescape: bool) -> Environment:
    env = Environment(
        loader=PackageLoader("factfinder.report", "templates"),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=False,
    )
    env.filters["b64"] = lambda text: base64.b64encode(text.encode("utf-8")).decode("ascii")
    env.filters["cell"] = markdown_cell
    return env


def render_html(dossier: dict[str, Any]) -> str:
    """The dossier as one self-contained HTML page (charts inline, no external files)."""
    return _environment(True).get_template("dossier.html.j2").render(d=dossier)


def render_markdown(dossier: dict[str, Any]) -> str:
    """The dossier as Markdown with footnotes, for editors who work in plain text."""
    return _environment(False).get_template("dossier.md.j2").render(d=dossier)
