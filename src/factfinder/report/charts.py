"""Charts for dossiers: a figure's history as an SVG drawn offline with matplotlib."""

from __future__ import annotations

import io
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display, no network: reports are made on air-gapped machines too

import matplotlib.pyplot as plt  # noqa: E402

# Text drawn as paths (no font files needed to view it) and a fixed id salt and no date, so
# the same history always gives the same bytes and a package's hash does not drift.
matplotlib.rcParams.update({"svg.fonttype": "path", "svg.hashsalt": "factfinder"})


def figure_chart_svg(history: dict[str, Any]) -> str:
    """The values of one figure in source order: a dot at each low, a bar up to each high.

    Revised and disputed values are drawn hollow so the eye does not take them for the
    current figure; the dashed line is the conservative value the dossier quotes.
    """
    values = history["values"]
    positions = list(range(len(values)))
    labels = [
        f"{value['published_at'] or 'undated'}\n{_short(value['source'] or '?')}"
        for value in values
    ]
    fig, ax = plt.subplots(figsize=(7.0, 2.8), dpi=100)
    for position, value in zip(positions, values, strict=True):
        credible = value["credible"]
        if value["high"]:
            ax.vlines(position, value["low"], value["high"], color="#1f4e79", linewidth=3)
        ax.plot(
            position,
            value["low"],
            "o",
            color="#1f4e79",
            markerfacecolor="#1f4e79" if credible else "white",
            markersize=8,
        )
        ax.annotate(
            str(value["low"]) + (f"–{value['high']}" if value["high"] else ""),
            (position, value["high"] or value["low"]),
            textcoords="offset points",
            xytext=(0, 6),
            ha="center",
            fontsize=8,
        )
    ax.axhline(history["conservative"]["low"], color="#999999", linestyle="--", linewidth=1)
    ax.set_xticks(positions, labels, fontsize=7)
    ax.set_ylabel(history["unit"], fontsize=8)
    ax.set_xlim(-0.5, len(values) - 0.5)
    top = max((v["high"] or v["low"]) for v in values)
    ax.set_ylim(0, top * 1.25 + 1)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    plt.close(fig)
    return buffer.getvalue()


def _short(label: str) -> str:
    return label if len(label) <= 22 else label[:21] + "…"
