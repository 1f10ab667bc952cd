"""Full-text search over source titles and texts: FTS5 on SQLite, tsvector + GIN on PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import TextClause, bindparam, text

from factfinder.store.db import Store

MARK_START, MARK_END = "⟦", "⟧"  # match markers in snippets; rare in reports, so never ambiguous


@dataclass(frozen=True)
class SearchHit:
    source_id: int
    title: str | None
    snippet: str
    rank: float


def _fts5_query(query: str) -> str:
    """Turn what a user typed into an FTS5 query of quoted words (so no FTS syntax leaks in)."""
    words = re.findall(r"\w+", query, flags=re.UNICODE)
    return " ".join(f'"{word}"' for word in words)


def _statement(sql: str, levels: Collection[str] | None) -> tuple[TextClause, dict]:
    """The query, filtered on the source's confidentiality level when levels are given."""
    if levels is None:
        return text(sql.format(levels="")), {}
    statement = text(sql.format(levels="AND s.level IN :levels"))
    return statement.bindparams(bindparam("levels", expanding=True)), {"levels": list(levels)}


def search_sources(
    store: Store, query: str, limit: int = 20, levels: Collection[str] | None = None
) -> list[SearchHit]:
    """Sources whose title or text contain every word of `query`, best first, with a snippet;
    only sources at `levels` when given (protect/levels.visible_levels of a role)."""
    if not re.search(r"\w", query):
        return []
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            statement, params = _statement(
                "SELECT s.id, s.title, snippet(sources_fts, 1, :a, :b, ' … ', 16), "
                "bm25(sources_fts, 5.0, 1.0) AS rank FROM sources_fts "
                "JOIN sources s ON s.id = sources_fts.rowid "
                "WHERE sources_fts MATCH :q {levels} ORDER BY rank LIMIT :limit",
                levels,
            )
            params |= {"q": _fts5_query(query), "a": MARK_START, "b": MARK_END, "limit": limit}
            rows = conn.execute(statement, params).all()
            return [SearchHit(r[0], r[1], r[2] or "", float(r[3])) for r in rows]
        statement, params = _statement(
            "SELECT s.id, s.title, ts_headline('english', coalesce(s.text, ''), q, "
            ":options), ts_rank(s.search_vector, q) AS rank "
            "FROM sources s, plainto_tsquery('english', :q) q "
            "WHERE s.search_vector @@ q {levels} ORDER BY rank DESC, s.id LIMIT :limit",
            levels,
        )
        params |= {
            "q": query,
            "limit": limit,
            "options": f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=10",
        }
        rows = conn.execute(statement, params).all()
        return [SearchHit(r[0], r[1], r[2] or "", -float(r[3])) for r in rows]
