"""What a role may see of stored sources: level checks, audited views, and redacted search.

The Redactor rewrites strings; this module applies it to whole records where rewriting alone
is not enough: a source above the role's levels does not exist for it, viewing a restricted or
confidential source leaves an audit entry, and search must not find a source by a name the
role is never shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from factfinder.errors import NotFound
from factfinder.protect import audit
from factfinder.protect.levels import PUBLIC
from factfinder.protect.redaction import Redactor
from factfinder.store.db import Store
from factfinder.store.models import Source
from factfinder.store.search import MARK_END, MARK_START, SearchHit, search_sources

SNIPPET_WORDS = 16


def source_level(store: Store, source_id: int) -> str:
    """A source's level; NotFound when there is no such source."""
    with store.session() as session:
        level = session.scalar(select(Source.level).where(Source.id == source_id))
    if level is None:
        raise NotFound(f"no source with id #{source_id}")
    return level


def check_source_visible(store: Store, source_id: int, redactor: Redactor) -> str:
    """The source's level when the role may see it; otherwise the same NotFound as for a source
    that does not exist, so a role cannot even learn that a hidden source is there."""
    level = source_level(store, source_id)
    if not redactor.allows(level):
        raise NotFound(f"no source with id #{source_id}")
    return level


def record_view(
    store: Store, actor: str, role: str | None, object_type: str, object_id: int, level: str
) -> None:
    """Audit a view of a restricted or confidential record (public ones are not logged)."""
    if level != PUBLIC:
        audit.record_now(
            store,
            actor,
            "viewed",
            object_type=object_type,
            object_id=object_id,
            details={"level": level, "role": role or "operator"},
        )


@dataclass(frozen=True)
class _Visible:
    title: str | None
    text: str


def redacted_search(
    store: Store, query: str, redactor: Redactor, limit: int = 20
) -> list[SearchHit]:
    """Search as `redactor`'s role sees the sources: only visible levels, titles and snippets
    redacted, and no hit that matched only through a protected name or term (otherwise a viewer
    could find which sources mention "Adam Vorin" by searching for him)."""
    if not redactor.active:
        return search_sources(store, query, limit=limit, levels=redactor.levels)
    # Ask for more than `limit`: some hits may be dropped below.
    hits = search_sources(store, query, limit=limit * 3 + 10, levels=redactor.levels)
    with store.session() as session:
        rows = session.execute(
            select(Source.id, Source.title, Source.text).where(
                Source.id.in_([hit.source_id for hit in hits])
            )
        ).all()
    visible = {
        row.id: _Visible(redactor.text(row.title), redactor.text(row.text or "") or "")
        for row in rows
    }
    protected = _protected_words(redactor, query)
    out = []
    for hit in hits:
        seen = visible.get(hit.source_id)
        if seen is None:
            continue
        haystack = f"{seen.title or ''}\n{seen.text}"
        if any(not _has_word(haystack, word) for word in protected):
            continue
        out.append(SearchHit(hit.source_id, seen.title, _snippet(seen.text, query), hit.rank))
        if len(out) == limit:
            break
    return out


def _words(value: str) -> list[str]:
    return re.findall(r"\w+", value.casefold())


def _protected_words(redactor: Redactor, query: str) -> list[str]:
    """The query's words that are part of a protected name or term: a hit must show them in
    its redacted text (as "camp" stays in "another camp"), not only in the hidden original."""
    return [word for word in _words(query) if redactor.covers(word)]


def _has_word(haystack: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", haystack, re.IGNORECASE) is not None


def _snippet(text: str, query: str) -> str:
    """A window of words around the first query word in the already redacted text, with the
    query's words marked as the store's snippets mark them."""
    words = set(_words(query))
    tokens = text.split()
    first = next((i for i, token in enumerate(tokens) if any(w in _words(token) for w in words)), 0)
    start = max(0, first - SNIPPET_WORDS // 2)
    window = tokens[start : start + SNIPPET_WORDS]
    marked = " ".join(
        f"{MARK_START}{token}{MARK_END}" if any(w in _words(token) for w in words) else token
        for token in window
    )
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_WORDS < len(tokens) else ""
    return prefix + marked + suffix


def set_source_level(store: Store, source_id: int, level: str, actor: str) -> tuple[str, int]:
    """Change a source's level and its claims' with it; audited. Returns the old level and the
    number of claims changed.

    A claim's level is its source's: claims say what the source says, so lowering a source's
    level (after consent, or once a witness is safe) lowers theirs too.
    """
    from factfinder.protect.levels import check_level
    from factfinder.store.models import Claim

    check_level(level)
    with store.session() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(f"no source with id #{source_id}")
        old = source.level
        source.level = level
        claims = session.scalars(select(Claim).where(Claim.source_id == source_id)).all()
        changed = 0
        for claim in claims:
            if claim.level != level:
                claim.level = level
                changed += 1
        audit.record(
            session,
            actor,
            "source.level",
            object_type="source",
            object_id=source_id,
            details={"old": old, "new": level, "claims": changed},
        )
    return old, changed
