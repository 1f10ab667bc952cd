"""Web latency: p50/p95 of the main pages and API lists on a SQLite home with many claims.

Run: .venv/bin/python benchmarks/web.py [--claims 100000] [--clients 20] [--seconds 30]
The demo's samples are preserved, extracted and linked; their claims are then copied onto
generated sources until the home holds --claims claims (--home keeps that home for later runs).
The app runs in its own process(es), `factfinder serve --workers N`, on a free loopback port.
One client first requests each route in turn for a share of --single-seconds (the latency of
a request on an otherwise idle server, and the server's CPU time per request); then --clients
concurrent clients (asyncio tasks in this process, each sending its next request as soon as
the last is answered) request the routes round-robin for --seconds.
Target: p95 < 100 ms for lists and pages on SQLite.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx
import psutil
from sqlalchemy import insert, select

from factfinder.demo import run_demo
from factfinder.protect.users import add_user, new_api_token
from factfinder.settings import Settings
from factfinder.store.db import Store, open_store
from factfinder.store.models import Claim, Source, utcnow

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


def start_server(home: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    """`factfinder serve` in its own process(es), as a user runs it."""
    command = [
        str(Path(sys.executable).parent / "factfinder"),
        "serve",
        "--port",
        str(port),
    ]
    if workers > 1:
        command += ["--workers", str(workers)]
    env = dict(os.environ, FACTFINDER_HOME=str(home), FACTFINDER_DATABASE_URL="")
    server = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/sign-in", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start within 60 s")


async def load(base: str, token: str, clients: int, seconds: float) -> dict[str, list[float]]:
    """Latencies in ms per route from `clients` closed-loop clients requesting round-robin."""
    timings: dict[str, list[float]] = defaultdict(list)
    failures: list[str] = []
    stop = time.monotonic() + seconds
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30, limits=limits) as http:

        async def client(offset: int) -> None:
            for route in itertools.islice(itertools.cycle(ROUTES), offset, None):
                if time.monotonic() > stop:
                    return
                start = time.perf_counter()
                answer = await http.get(route)
                timings[route].append((time.perf_counter() - start) * 1000)
                if answer.status_code != 200:
                    failures.append(f"{route}: {answer.status_code}")

        await asyncio.gather(*(client(i) for i in range(clients)))
    if failures:
        raise SystemExit(f"{len(failures)} failed requests, e.g. {failures[:3]}")
    return timings


def server_cpu_seconds(server: psutil.Process) -> float:
    """CPU time the server and its worker processes have used so far."""
    total = 0.0
    for process in [server, *server.children(recursive=True)]:
        times = process.cpu_times()
        total += times.user + times.system
    return total


def one_client(
    base: str, token: str, seconds: float, server: psutil.Process
) -> tuple[dict[str, list[float]], dict[str, float]]:
    """Latencies of one client requesting each route in turn for an equal share of `seconds`,
    and the server's CPU milliseconds per request of each route (less sensitive than latency
    to what else the machine is running)."""
    timings: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, float] = {}
    share = seconds / len(ROUTES)
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as http:
        for route in ROUTES:
            http.get(route)  # warm: templates compiled, statements cached
            used = server_cpu_seconds(server)
            stop = time.monotonic() + share
            while time.monotonic() < stop:
                start = time.perf_counter()
                answer = http.get(route)
                timings[route].append((time.perf_counter() - start) * 1000)
                if answer.status_code != 200:
                    raise SystemExit(f"{route}: {answer.status_code}")
            cpu[route] = (server_cpu_seconds(server) - used) * 1000 / len(timings[route])
    return timings, cpu


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def report(
    title: str,
    timings: dict[str, list[float]],
    seconds: float,
    cpu: dict[str, float] | None = None,
) -> float:
    """Print p50/p95 per route (and server CPU per request when measured); returns worst p95."""
    total = sum(len(v) for v in timings.values())
    print(f"{title}: {total:,} requests in {seconds:.0f} s ({total / seconds:.0f}/s); ms")
    print(f"{'route':45} {'requests':>8} {'p50':>8} {'p95':>8}" + ("  server CPU" if cpu else ""))
    worst = 0.0
    for route in ROUTES:
        p50, p95 = percentiles(timings[route])
        worst = max(worst, p95)
        line = f"{route:45} {len(timings[route]):8d} {p50:8.1f} {p95:8.1f}"
        print(line + (f" {cpu[route]:11.1f}" if cpu else ""))
    verdict = "meets" if worst < TARGET_P95_MS else "misses"
    print(f"worst p95 {worst:.1f} ms: {verdict} the {TARGET_P95_MS:.0f} ms target\n")
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--single-seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=1, help="`factfinder serve --workers`")
    parser.add_argument(
        "--home", type=Path, help="Keep the generated home here and reuse it on later runs."
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp)
        settings = Settings(home=home, database_url=None, collector="bench")
        reuse = (home / "factfinder.db").exists()
        store = open_store(settings)
        if not reuse:
            run_demo(store)
            started = time.perf_counter()
            total = fill(store, args.claims)
            print(f"home with {total:,} claims made in {time.perf_counter() - started:.0f} s")
            add_user(store, "bench-user", "investigator", "bench-Pass-2025!", "bench")
        token = new_api_token(store, "bench-user", "bench")
        store.engine.dispose()
        port = _free_port()
        server = start_server(home, port, args.workers)
        base = f"http://127.0.0.1:{port}"
        try:
            single, cpu = one_client(base, token, args.single_seconds, psutil.Process(server.pid))
            loaded = asyncio.run(load(base, token, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    averages = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"factfinder serve --workers {args.workers}; load average {averages}")
    report("1 client", single, args.single_seconds, cpu)
    report(f"{args.clients} clients", loaded, args.seconds)


if __name__ == "__main__":
    main()
