"""How the CLI shows records: figures, dates at their precision, snippets, response tables."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from factfinder.protect.redaction import Redactor
    from factfinder.store.db import Store

AS_ROLE_HELP = (
    "Show only what this role may see, names as pseudonyms and protected terms redacted "
    "(admin, investigator, reviewer, viewer; default: everything, as the operator)."
)


def as_role_option() -> Any:
    """The `--as-role ROLE` option every listing and show command takes."""
    return typer.Option(None, "--as-role", metavar="ROLE", help=AS_ROLE_HELP)


def redactor_for(store: Store, role: str | None) -> Redactor:
    """The Redactor of `--as-role` (a no-op without it); an unknown role is a clear error."""
    from factfinder.protect.redaction import Redactor
    from factfinder.protect.users import check_role

    return Redactor.for_role(store, None if role is None else check_role(role))


def print_plain(target: Console, line: str) -> None:
    """Print text from sources (URIs, titles) literally: no markup, no wrapping mid-line."""
    target.print(line, markup=False, highlight=False, soft_wrap=True)


def format_counts(counts: list[dict]) -> str:
    """Figures as a reader says them: 'more than 100 men (was 2)'."""
    words = {
        "at_least": "at least ",
        "more_than": "more than ",
        "about": "about ",
        "up_to": "up to ",
    }
    parts = []
    for figure in counts:
        value = f"{figure['low']}" + (f"–{figure['high']}" if figure.get("high") else "")
        text = f"{words.get(figure.get('qualifier'), '')}{value} {figure['unit']}"
        if figure.get("supersedes"):
            text += f" (was {figure['supersedes']['low']})"
        parts.append(text)
    return "; ".join(parts)


def format_when(when: dict | None) -> str:
    """A date at the precision the source gave: a month stays a month, never a fake day."""
    if not when:
        return ""
    start = when["start"]
    precision = when["precision"]
    if precision == "year":
        return start[:4]
    if precision == "month":
        return start[:7]
    if precision == "week":
        return f"week of {start}"
    return start


def figure_history_text(history: dict) -> str:
    """A figure's history in one block: values in source order, range, conservative, latest."""
    lines = [f"[bold]{escape(history['unit'])}[/]"]
    for value in history["values"]:
        amount = f"{value['low']}" + (f"–{value['high']}" if value["high"] else "")
        notes = [value["published_at"] or "undated", escape(value["source"] or "?")]
        if value["attributed_to"]:
            notes.append(f"per {escape(value['attributed_to'])}")
        if value["qualifier"] != "exact":
            notes.append(value["qualifier"].replace("_", " "))
        if value["supersedes"]:
            notes.append(f"revises {value['supersedes']['low']}")
        if value["superseded_by"]:
            notes.append(f"revised by claim {value['superseded_by']}")
        lines.append(f"  {amount} · claim {value['claim_id']} · " + " · ".join(notes))
    low, high = history["range"]["low"], history["range"]["high"]
    lines.append(
        f"  range {low}–{high}; conservative {history['conservative']['low']}; "
        f"latest {history['latest']['low']}"
    )
    return "\n".join(lines)


def response_table(rows: list[dict]) -> Table:
    """The response matrix as a table: actor, stance, date, incident, sources, notes."""
    table = Table("actor", "stance", "date", "incident", "sources", "notes")
    for row in rows:
        notes = []
        if row["ended_by"]:
            notes.append(f"ended: {row['ended_by']['stance']} {row['ended_by']['date']}")
        if row["ends_silence_of"]:
            notes.append("ends a silence")
        notes += [flag for flag in ("disputed", "hedged") if row[flag]]
        table.add_row(
            escape(row["actor"]) + (f" ({row['actor_type']})" if row["actor_type"] else ""),
            row["description"],
            (row["date"] or {}).get("display", ""),
            ", ".join(f"#{i}" for i in row["incident_ids"]),
            escape(", ".join(s.get("publisher") or f"#{s['source_id']}" for s in row["sources"])),
            ", ".join(notes),
        )
    return table


def highlighted_snippet(snippet: str) -> Text:
    """A snippet with the store's match markers turned into bold yellow, the text left literal."""
    from factfinder.store.search import MARK_END, MARK_START

    out = Text()
    for index, part in enumerate(
        re.split(f"{re.escape(MARK_START)}|{re.escape(MARK_END)}", snippet)
    ):
        out.append(part, style="bold yellow" if index % 2 else None)
    return out
