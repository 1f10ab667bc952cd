"""Highlights and charts drawn on the server: text kept whole, every claim marked, text escaped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factfinder.web.charts import figure_chart, highlight_pieces, response_grid


@st.composite
def text_and_claims(draw: st.DrawFn) -> tuple[str, list[dict]]:
    text = draw(st.text(min_size=0, max_size=80))
    claims = []
    for number in range(draw(st.integers(0, 6))):
        start = draw(st.integers(-2, len(text) + 2))
        end = draw(st.integers(start, len(text) + 3))
        claims.append(
            {"id": number, "kind": "event", "type": "detention", "start": start, "end": end}
        )
    return text, claims


@given(text_and_claims())
def test_highlighting_keeps_the_text_and_marks_every_fitting_claim(case) -> None:
    text, claims = case
    pieces = highlight_pieces(text, claims)
    assert "".join(p.text for p in pieces) == text
    fitting = {c["id"] for c in claims if 0 <= c["start"] < c["end"] <= len(text)}
    assert {c["id"] for p in pieces for c in p.claims} == fitting


def test_chart_escapes_source_names_and_names_every_value() -> None:
    history = {
        "unit": "prisons",
        "values": [
            {
                "low": 2,
                "high": None,
                "qualifier": "exact",
                "source": "<b>Osk</b>",
                "date": "2025-03-04",
            },
            {"low": 6, "high": 8, "qualifier": "about", "source": "Observer", "published_at": None},
        ],
    }
    svg = str(figure_chart(history))
    assert "<b>" not in svg and "&lt;b&gt;Osk" in svg
    assert "How many prisons: 2 (exact) per &lt;b&gt;Osk&lt;/b&gt;; 6–8 (about) per Observer" in svg
    assert svg.count("<circle") == 2


def test_response_grid_keeps_silences_at_their_date() -> None:
    rows = [
        {"actor": "Castrell", "stance": "no_public_statement", "as_of": "2025-03-10", "date": None},
        {"actor": "Castrell", "stance": "condemn", "as_of": None, "date": {"start": "2025-03-20"}},
    ]
    grid = response_grid(rows)
    assert grid["dates"] == ["2025-03-10", "2025-03-20"]
    ((actor, cells),) = grid["actors"]
    assert cells["2025-03-10"][0]["stance"] == "no_public_statement"
