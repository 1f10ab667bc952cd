"""Pictures drawn on the server: claim highlights in a text, figure-history charts as inline SVG."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

CHART_WIDTH, CHART_HEIGHT = 640, 240
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 48, 16, 28, 56


@dataclass
class TextPiece:
    """A run of a source's text, with the claims anchored there (none for plain text)."""

    text: str
    claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.claims[0]["kind"] if self.claims else ""

    @property
    def types(self) -> str:
        return ", ".join(sorted({c["type"] for c in self.claims}))


def highlight_pieces(text: str, claims: list[dict[str, Any]]) -> list[TextPiece]:
    """Cut a text into plain runs and claim spans, in order; overlapping spans share one mark.

    Claims are anchored by character offsets into the stored text, so a span that no longer
    fits the text (a stale claim after re-extraction) is left out rather than mis-placed.
    """
    spans = sorted(
        (c for c in claims if 0 <= c["start"] < c["end"] <= len(text)),
        key=lambda c: (c["start"], -c["end"]),
    )
    pieces: list[TextPiece] = []
    position = 0
    current: TextPiece | None = None
    current_end = 0
    for claim in spans:
        if current is not None and claim["start"] < current_end:
            current.claims.append(claim)
            if claim["end"] > current_end:
                current.text += text[current_end : claim["end"]]
                current_end = position = claim["end"]
            continue
        if claim["start"] > position:
            pieces.append(TextPiece(text[position : claim["start"]]))
        current = TextPiece(text[claim["start"] : claim["end"]], [claim])
        current_end = claim["end"]
        pieces.append(current)
        position = current_end
    if position < len(text):
        pieces.append(TextPiece(text[position:]))
    return pieces


def _label(value: dict[str, Any]) -> str:
    low, high = value["low"], value["high"]
    number = f"{low}–{high}" if high and high != low else f"{low}"
    return f"{number} ({value.get('qualifier') or 'exact'})"


def figure_chart(history: dict[str, Any]) -> Markup:
    """One figure's values (e.g. prisons: 2 → 6) by date and source, as an accessible SVG chart.

    Each value is a point (a bar from low to high for ranges) placed in reporting order; its
    tooltip and the chart's text alternative name the source and date, because every number
    shown must lead back to where it came from.
    """
    values = history["values"]
    unit = history["unit"]
    top = max([v["high"] or v["low"] for v in values] + [1])
    plot_w = CHART_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    step = plot_w / max(len(values), 1)

    def y(number: float) -> float:
        return MARGIN_TOP + plot_h - (number / top) * plot_h

    chart_id = "chart-" + re.sub(r"\W+", "-", unit)
    described = "; ".join(f"{_label(v)} per {v['source'] or '?'}" for v in values)
    parts = [
        f'<svg class="figure-chart" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}">How many {escape(unit)}: {escape(described)}</title>',
        f'<line x1="{MARGIN_LEFT}" y1="{y(0)}" x2="{CHART_WIDTH - MARGIN_RIGHT}" y2="{y(0)}" '
        'class="axis"/>',
        f'<line x1="{MARGIN_LEFT}" y1="{MARGIN_TOP}" x2="{MARGIN_LEFT}" y2="{y(0)}" class="axis"/>',
        f'<text x="{MARGIN_LEFT - 6}" y="{y(top) + 4}" text-anchor="end">{top}</text>',
        f'<text x="{MARGIN_LEFT - 6}" y="{y(0) + 4}" text-anchor="end">0</text>',
    ]
    previous: tuple[float, float] | None = None
    for index, value in enumerate(values):
        cx = MARGIN_LEFT + step * (index + 0.5)
        cy = y(value["low"])
        state = "disputed" if value.get("disputed") else "credible" if value.get("credible") else ""
        if previous:
            parts.append(
                f'<line x1="{previous[0]:.1f}" y1="{previous[1]:.1f}" x2="{cx:.1f}" '
                f'y2="{cy:.1f}" class="trend"/>'
            )
        if value["high"] and value["high"] != value["low"]:
            parts.append(
                f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{cx:.1f}" y2="{y(value["high"]):.1f}" '
                'class="range"/>'
            )
        date = value.get("date") or value.get("published_at") or "undated"
        parts.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="6" class="point {state}">'
            f"<title>{escape(_label(value))} per {escape(value['source'] or '?')}, "
            f"{escape(date)}</title></circle>"
            f'<text x="{cx:.1f}" y="{cy - 10:.1f}" text-anchor="middle">{value["low"]}</text>'
            f'<text x="{cx:.1f}" y="{y(0) + 16:.1f}" text-anchor="middle" class="tick">'
            f"{escape(date)}</text>"
            f'<text x="{cx:.1f}" y="{y(0) + 32:.1f}" text-anchor="middle" class="tick">'
            f"{escape((value['source'] or '?')[:18])}</text>"
        )
        previous = (cx, cy)
    parts.append("</svg>")
    return Markup("".join(parts))


def response_grid(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Actors × dates, each cell the stances an actor took then; silences kept as a stance."""
    dates = sorted({_row_date(r) for r in rows})
    actors: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for row in rows:
        actors.setdefault(row["actor"] or "?", {}).setdefault(_row_date(row), []).append(row)
    return {"dates": dates, "actors": sorted(actors.items(), key=lambda item: item[0].lower())}


def _row_date(row: dict[str, Any]) -> str:
    if row.get("as_of"):
        return str(row["as_of"])
    date = row.get("date") or {}
    return str(date.get("start") or "undated")
