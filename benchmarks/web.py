"""Web latency: p50/p95 of the main pages and API lists on a SQLite home with many claims.

Run: .venv/bin/python benchmarks/web.py [--claims 100000] [--clients 20] [--seconds 30]
The demo's samples are preserved, extracted and linked; their claims are then copied onto
generated sources until the home holds --claims claims. The app runs under uvicorn on a free
loopback port; --clients threads request the routes round-robin for --seconds.
Target: p95 < 100 ms for lists and pages on SQLite.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import socket
import statistics
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import insert, select

from factfinder.demo import run_demo
from factfinder.protect.users import add_user, new_api_token
from factfinder.settings import Settings
from factfinder.store.db import Store, open_store
from factfinder.store.models import Claim, Source, utcnow
from factfinder.web.app import create_app

TARGET_P95_MS = 100.0
ROUTES = (
    "/",
    "/sources",
    "/sources/1",
    "/review",
    "/incidents",
    "/api/v1/sources",
    "/api/v1/sources?page=20",
    "/api/v1/claims",
    "/api/v1/claims?type=detention&page=50",
    "/api/v1/claims?status=extracted",
    "/api/v1/claims/1",
    "/api/v1/incidents",
)
CLAIMS_PER_SOURCE = 100


def fill(store: Store, claims: int) -> int:
    """Copy the demo's claims onto generated sources until the home holds `claims` claims."""
    with store.session() as session:
        template = session.scalars(select(Source).where(Source.id == 1)).one()
        models = [c for c in session.scalars(select(Claim).order_by(Claim.id))]
        have = len(models)
    fields = [c.name for c in Claim.__table__.columns if c.name not in {"id", "source_id"}]
    now = utcnow()
    serial = 0
    while have < claims:
        with store.session() as session:
            for _ in range(50):
                serial += 1
                digest = hashlib.sha256(f"bench-{serial}".encode()).hexdigest()
                source_id = session.execute(
                    insert(Source).returning(Source.id),
                    {
                        "uri": f"bench:{serial}",
                        "sha256": digest,
                        "size": template.size,
                        "media_type": template.media_type,
                        "retrieved_at": now,
                        "collected_by": "bench",
                        "factfinder_version": template.factfinder_version,
                        "title": f"Generated report {serial}",
                        "text": template.text,
                        "tags": ["bench"],
                        "extra": {},
                    },
                ).scalar_one()
                rows = []
                for n, model in zip(range(CLAIMS_PER_SOURCE), itertools.cycle(models)):
                    row = {name: getattr(model, name) for name in fields}
                    row.update(source_id=source_id, fingerprint=f"{digest[:48]}{n:016d}")
                    rows.append(row)
                session.execute(insert(Claim), rows)
                have += len(rows)
                if have >= claims:
                    break
    return have


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load(base: str, token: str, clients: int, seconds: float) -> dict[str, list[float]]:
    """Latencies in ms per route from `clients` threads requesting round-robin for `seconds`."""
    timings: dict[str, list[float]] = defaultdict(list)
    failures: list[str] = []
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def client(offset: int) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base, headers=headers, timeout=30) as http:
            for route in itertools.islice(itertools.cycle(ROUTES), offset, None):
                if time.monotonic() > stop:
                    return
                start = time.perf_counter()
                answer = http.get(route)
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    timings[route].append(elapsed)
                    if answer.status_code != 200:
                        failures.append(f"{route}: {answer.status_code}")

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit(f"{len(failures)} failed requests, e.g. {failures[:3]}")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp), database_url=None, collector="bench")
        store = open_store(settings)
        run_demo(store)
        started = time.perf_counter()
        total = fill(store, args.claims)
        print(f"home with {total:,} claims made in {time.perf_counter() - started:.0f} s")
        add_user(store, "bench-user", "investigator", "bench-Pass-2025!", "bench")
        token = new_api_token(store, "bench-user", "bench")
        port = _free_port()
        server = uvicorn.Server(
            uvicorn.Config(create_app(settings), port=port, log_level="warning", access_log=False)
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        timings = load(f"http://127.0.0.1:{port}", token, args.clients, args.seconds)
        server.should_exit = True
        thread.join(timeout=10)
    print(f"{args.clients} clients for {args.seconds:.0f} s; latency in ms")
    print(f"{'route':45} {'requests':>8} {'p50':>8} {'p95':>8}")
    worst = 0.0
    for route in ROUTES:
        values = sorted(timings[route])
        p50 = statistics.median(values)
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        worst = max(worst, p95)
        print(f"{route:45} {len(values):8d} {p50:8.1f} {p95:8.1f}")
    verdict = "meets" if worst < TARGET_P95_MS else "misses"
    print(f"worst p95 {worst:.1f} ms: {verdict} the {TARGET_P95_MS:.0f} ms target")


if __name__ == "__main__":
    main()
