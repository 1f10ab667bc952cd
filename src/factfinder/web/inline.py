"""Which routes run on the event loop itself instead of in a worker thread (and why it pays)."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def in_event_loop(route: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    """`route` (a plain `def`) called on the event loop's thread, without the hop to a worker
    thread that FastAPI makes for every plain `def` route.

    The hop and the hand-overs of the GIL it brings cost 0.2–0.4 ms of CPU per request, a
    quarter of a list page's whole cost, and buy nothing for a route that only reads one page
    or one record: a process runs Python on one core either way. For the routes the workbench
    serves most (list pages cut along an index, one record, counts and the incident list kept
    until the database changes; an audit entry at most). Everything else (whole-archive lists
    and maps, linking, uploads, extraction) stays in a thread so that it cannot stall the
    other requests of its process; the price, measured with 20 closed-loop clients: a route
    left in a thread waits for the GIL behind the loop's routes at each SQLite call (p50
    68 ms against 14 ms for the incident list before it moved here), so a route that is
    called often belongs here or nowhere. FastAPI reads the parameters from the wrapped
    function.
    """

    @functools.wraps(route)
    async def call(*args: P.args, **kwargs: P.kwargs) -> R:
        return route(*args, **kwargs)

    return call
