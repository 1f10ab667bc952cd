"""Results the web reads on every request (list totals, the incident list), kept on SQLite
until the database changes: exact, never stale.

Counting 100,000 claims by status takes milliseconds even in an index, and every list page and
the dashboard show such totals; between two requests the data rarely changes. SQLite tells a
connection cheaply whether anything changed: `PRAGMA data_version` moves when another
connection (of any process) commits, and `total_changes` when this one writes. A result is
kept per connection under those two numbers and computed afresh as soon as either moves.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session

T = TypeVar("T")
MAX_KEPT = 256  # distinct results (filter combinations) kept per connection
_INFO_KEY = "factfinder.cache"


def until_changed(session: Session | Connection, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or its result from an earlier call with the same `key` when the database
    has not changed since; `key` must name everything the result depends on.

    Only on SQLite and outside a write transaction (uncommitted changes of this connection
    could still be rolled back); elsewhere `compute()` runs every time. Takes a session or,
    for reads that need no ORM, a plain connection.
    """
    connection = session if isinstance(session, Connection) else session.connection()
    if connection.dialect.name != "sqlite":
        return compute()
    raw: Any = connection.connection.dbapi_connection
    # pysqlite and SQLCipher's fork both tell; anything else is not trusted to.
    if getattr(raw, "in_transaction", True) or not hasattr(raw, "total_changes"):
        return compute()
    # Read the version before counting: a commit in between makes the next call recount.
    version = (raw.execute("PRAGMA data_version").fetchone()[0], raw.total_changes)
    kept: dict[Hashable, Any] = connection.info.setdefault(_INFO_KEY, {})
    if kept.get(_INFO_KEY) != version:
        kept.clear()
        kept[_INFO_KEY] = version
    if key in kept:
        return kept[key]
    value = compute()
    if len(kept) <= MAX_KEPT:
        kept[key] = value
    return value
