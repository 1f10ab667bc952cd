"""Web latency: p50/p95/p99 of the main pages and API lists on a SQLite home with many claims.

Run: .venv/bin/python benchmarks/web.py [--claims 100000] [--clients 20] [--seconds 30]
    [--rate 100] [--workers 2] [--home DIR]
The demo's samples are preserved, extracted and linked; their claims are then copied onto
generated sources until the home holds --claims claims (--home keeps that home for later runs).
The app runs in its own process(es), `factfinder serve --workers N`, on a free loopback port.
Three phases, each reporting latency per route, the rate, and the CPU milliseconds per request
of the server's processes and of this load generator:
1. one client requests each route in turn for a share of --single-seconds (the latency of a
   request on an otherwise idle server);
2. --clients concurrent closed-loop clients (each sends its next request as soon as the last is
   answered, round-robin over the routes) for --seconds: the server's capacity, with how many
   of the clients' connections each server process holds (a worker holding most of them is
   the bottleneck while the other idles);
3. an open loop offering --rate requests per second for --seconds, whatever the answers'
   pace (latency counted from each request's planned start, so a slow server is not excused
   by a client that waited): latency at a bounded, realistic load.
The clients speak HTTP/1.1 over keep-alive loopback connections with asyncio streams (a
request is a few bytes written and one response read), so the load generator costs a small
fraction of the server's CPU on the same machine and the figures measure the server.
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
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil
import uvloop
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


def server_cpu_seconds(server: psutil.Process) -> float:
    """CPU time the server and its worker processes have used so far."""
    total = 0.0
    for process in [server, *server.children(recursive=True)]:
        times = process.cpu_times()
        total += times.user + times.system
    return total


class Connection:
    """One keep-alive HTTP/1.1 connection that sends GET requests with the bearer token.

    Deliberately minimal (write the request line and headers, read the head, then exactly the
    body it announces): httpx's asyncio client spent about as much CPU per request as the
    server, on the same cores, so it measured itself as much as the server.
    """

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, head: bytes):
        self._reader = reader
        self._writer = writer
        self._head = head

    @classmethod
    async def open(cls, port: int, token: str) -> Connection:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        head = f"Host: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
        return cls(reader, writer, head)

    async def get(self, route: str) -> int:
        """The status of GET `route`, once its whole body has been read."""
        self._writer.write(b"GET " + route.encode() + b" HTTP/1.1\r\n" + self._head)
        await self._writer.drain()
        head = await self._reader.readuntil(b"\r\n\r\n")
        length, chunked = 0, False
        for line in head.split(b"\r\n")[1:]:
            name, _sep, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding":
                chunked = b"chunked" in value.lower()
        if chunked:
            await self._read_chunks()
        elif length:
            await self._reader.readexactly(length)
        return int(head[9:12])

    async def _read_chunks(self) -> None:
        while size := int((await self._reader.readuntil(b"\r\n")).split(b";")[0], 16):
            await self._reader.readexactly(size + 2)
        await self._reader.readuntil(b"\r\n")  # no trailers are sent: the final empty line

    def close(self) -> None:
        self._writer.close()


@dataclass
class Phase:
    """What one phase measured: latencies per route (ms) and CPU per request (ms)."""

    title: str
    seconds: float
    timings: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    failures: list[str] = field(default_factory=list)
    server_cpu: float = 0.0
    client_cpu: float = 0.0
    route_cpu: dict[str, float] | None = None
    spread: list[int] | None = None

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.timings.values())

    def record(self, route: str, started: float, status: int) -> None:
        self.timings[route].append((time.perf_counter() - started) * 1000)
        if status != 200:
            self.failures.append(f"{route}: {status}")


def connections_per_process(server: psutil.Process, port: int) -> list[int]:
    """Established connections on `port` held by each of the server's processes, most first:
    how evenly the workers took the clients' connections."""
    counts = []
    for process in [server, *server.children(recursive=True)]:
        connections = process.net_connections(kind="tcp")
        held = sum(1 for c in connections if c.status == "ESTABLISHED" and c.laddr.port == port)
        if held:
            counts.append(held)
    return sorted(counts, reverse=True)


class CpuMeter:
    """The CPU seconds the server's processes and this process use between two readings."""

    def __init__(self, server: psutil.Process) -> None:
        self._server = server
        self._start = (server_cpu_seconds(server), time.process_time())

    def per_request(self, requests: int) -> tuple[float, float]:
        """Server and load-generator CPU milliseconds per request since this meter started."""
        server, client = server_cpu_seconds(self._server), time.process_time()
        return tuple(  # type: ignore[return-value]
            (now - then) * 1000 / max(requests, 1)
            for now, then in zip((server, client), self._start, strict=True)
        )


async def one_client(port: int, token: str, seconds: float, server: psutil.Process) -> Phase:
    """One client requesting each route in turn for an equal share of `seconds`, with the
    server's CPU milliseconds per request of each route (less sensitive than latency to what
    else the machine is running)."""
    phase = Phase("1 client", seconds, route_cpu={})
    connection = await Connection.open(port, token)
    share = seconds / len(ROUTES)
    meter = CpuMeter(server)
    try:
        for route in ROUTES:
            await connection.get(route)  # warm: templates compiled, statements cached
            route_meter = CpuMeter(server)
            stop = time.monotonic() + share
            while time.monotonic() < stop:
                started = time.perf_counter()
                phase.record(route, started, await connection.get(route))
            phase.route_cpu[route] = route_meter.per_request(len(phase.timings[route]))[0]
    finally:
        connection.close()
    phase.server_cpu, phase.client_cpu = meter.per_request(phase.requests)
    return phase


async def closed_loop(
    port: int, token: str, clients: int, seconds: float, server: psutil.Process
) -> Phase:
    """`clients` clients, each on its own connection sending its next request (round-robin
    over the routes) as soon as the last is answered."""
    phase = Phase(f"{clients} clients, closed loop", seconds)
    connections = [await Connection.open(port, token) for _ in range(clients)]
    stop = time.monotonic() + seconds
    meter = CpuMeter(server)

    async def client(connection: Connection, offset: int) -> None:
        for route in itertools.islice(itertools.cycle(ROUTES), offset, None):
            if time.monotonic() > stop:
                return
            started = time.perf_counter()
            phase.record(route, started, await connection.get(route))

    async def count_connections() -> None:
        await asyncio.sleep(min(1.0, seconds / 2))  # every connection has been accepted
        phase.spread = connections_per_process(server, port)

    try:
        await asyncio.gather(
            count_connections(), *(client(c, i) for i, c in enumerate(connections))
        )
    finally:
        for connection in connections:
            connection.close()
    phase.server_cpu, phase.client_cpu = meter.per_request(phase.requests)
    return phase


async def open_loop(
    port: int, token: str, rate: float, seconds: float, server: psutil.Process
) -> Phase:
    """Requests started at `rate` per second (round-robin over the routes) whether or not the
    earlier ones were answered, each on an idle connection or a new one; latency counts from
    the planned start."""
    phase = Phase(f"open loop at {rate:g} requests/s", seconds)
    idle: list[Connection] = []
    pending: set[asyncio.Task[None]] = set()
    meter = CpuMeter(server)

    async def request(route: str, planned: float) -> None:
        connection = idle.pop() if idle else await Connection.open(port, token)
        try:
            status = await connection.get(route)
        except (asyncio.IncompleteReadError, ConnectionError):
            # The server closes connections idle for longer than its keep-alive timeout (5 s);
            # like any HTTP client, send the request again on a new one.
            connection.close()
            connection = await Connection.open(port, token)
            status = await connection.get(route)
        phase.record(route, planned, status)
        idle.append(connection)

    def done(task: asyncio.Task[None]) -> None:
        if not task.cancelled() and (error := task.exception()) is not None:
            phase.failures.append(f"{type(error).__name__}: {error}")

    began = time.perf_counter()
    for n, route in enumerate(itertools.islice(itertools.cycle(ROUTES), int(rate * seconds))):
        planned = began + n / rate
        if (wait := planned - time.perf_counter()) > 0:
            await asyncio.sleep(wait)
        task = asyncio.create_task(request(route, planned))
        pending.add(task)
        task.add_done_callback(pending.discard)
        task.add_done_callback(done)
    await asyncio.gather(*pending, return_exceptions=True)
    for connection in idle:
        connection.close()
    phase.server_cpu, phase.client_cpu = meter.per_request(phase.requests)
    return phase


async def run_phases(port: int, token: str, args: argparse.Namespace, pid: int) -> list[Phase]:
    server = psutil.Process(pid)
    phases = [await one_client(port, token, args.single_seconds, server)]
    phases.append(await closed_loop(port, token, args.clients, args.seconds, server))
    if args.rate > 0:
        phases.append(await open_loop(port, token, args.rate, args.seconds, server))
    for phase in phases:
        if phase.failures:
            raise SystemExit(f"{len(phase.failures)} failed requests, e.g. {phase.failures[:3]}")
    return phases


def quantile(ordered: list[float], q: float) -> float:
    """The value below which a share `q` of the (sorted) values lie: nearest rank, above."""
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def report(phase: Phase) -> float:
    """Print p50/p95/p99 per route (and server CPU per request when measured per route);
    returns the worst p95."""
    total = phase.requests
    print(
        f"{phase.title}: {total:,} requests in {phase.seconds:.0f} s "
        f"({total / phase.seconds:.0f}/s); CPU per request: server {phase.server_cpu:.2f} ms, "
        f"load generator {phase.client_cpu:.2f} ms"
    )
    if phase.spread:
        print(f"connections per server process: {' / '.join(map(str, phase.spread))}")
    cpu = phase.route_cpu
    print(
        f"{'route (ms)':45} {'requests':>8} {'p50':>7} {'p95':>7} {'p99':>7}"
        + ("  server CPU" if cpu else "")
    )
    worst = 0.0
    for route in ROUTES:
        ordered = sorted(phase.timings[route])
        p50, p95, p99 = statistics.median(ordered), quantile(ordered, 0.95), quantile(ordered, 0.99)
        worst = max(worst, p95)
        line = f"{route:45} {len(ordered):8d} {p50:7.1f} {p95:7.1f} {p99:7.1f}"
        print(line + (f" {cpu[route]:11.2f}" if cpu else ""))
    verdict = "meets" if worst < TARGET_P95_MS else "misses"
    print(f"worst p95 {worst:.1f} ms: {verdict} the {TARGET_P95_MS:.0f} ms target\n")
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0, help="Length of phases 2 and 3.")
    parser.add_argument("--single-seconds", type=float, default=10.0)
    parser.add_argument(
        "--rate", type=float, default=100.0, help="Open loop's requests per second (0: skip)."
    )
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
        try:
            phases = uvloop.run(run_phases(port, token, args, server.pid))
        finally:
            server.terminate()
            server.wait(timeout=30)
    averages = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"factfinder serve --workers {args.workers}; load average {averages}")
    for phase in phases:
        report(phase)


if __name__ == "__main__":
    main()
