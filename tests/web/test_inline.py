"""Bounded read routes run on the event loop; whole-archive work stays in worker threads."""

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

from fastapi.routing import APIRoute

from factfinder.web.app import create_app
from factfinder.web.inline import in_event_loop
from tests.web.conftest import Workbench


def test_a_route_on_the_event_loop_keeps_its_parameters_and_answer() -> None:
    def page(number: int, size: int = 50) -> dict[str, int]:
        return {"number": number, "size": size}

    wrapped = in_event_loop(page)
    assert inspect.iscoroutinefunction(wrapped)
    assert inspect.signature(wrapped) == inspect.signature(page)
    assert asyncio.run(wrapped(3, size=7)) == {"number": 3, "size": 7}


def _routes(routes: list[Any]) -> Iterator[Any]:
    for route in routes:
        included = getattr(route, "original_router", None)
        yield from _routes(included.routes) if included is not None else [route]


def test_only_bounded_reads_skip_the_worker_thread(workbench: Workbench) -> None:
    app = create_app(workbench.settings)
    on_loop = {
        (method, route.path)
        for route in _routes(app.routes)
        if isinstance(route, APIRoute) and inspect.iscoroutinefunction(route.endpoint)
        for method in route.methods
    }
    for hot in ("/", "/sources", "/sources/{source_id}", "/review", "/incidents", "/api/v1/claims"):
        assert ("GET", hot) in on_loop, hot
    # Lists built from the whole archive, linking and extraction must not hold up the loop.
    for heavy in ("/api/v1/timeline", "/api/v1/responses", "/map", "/api/v1/places"):
        assert ("GET", heavy) not in on_loop, heavy
    assert ("POST", "/api/v1/sources/url") not in on_loop
