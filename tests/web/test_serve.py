"""`factfinder serve --workers 2`: several processes answer on one port from one migrated home."""

import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import time
import types
from pathlib import Path

import httpx
import psutil
import pytest

from factfinder.settings import Settings
from factfinder.store.db import open_store
from factfinder.web import serving
from factfinder.web.serving import BALANCED_ACCEPT, STARTUP_FAILURE


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_server(port: int, workers: int, stderr: Path | None = None) -> subprocess.Popen[bytes]:
    """`factfinder serve`; with `stderr`, what the supervisor says goes to that file, for the
    assertions to quote (why it stopped, what it restarted)."""
    command = [str(Path(sys.executable).parent / "factfinder"), "serve", "--port", str(port)]
    command += ["--workers", str(workers)]
    if stderr is None:
        return subprocess.Popen(command, env=dict(os.environ))
    with stderr.open("wb") as log:  # the server has its own copy of the file once started
        return subprocess.Popen(command, env=dict(os.environ), stderr=log)


def _answers(port: int, count: int) -> list[httpx.Response]:
    """`count` answers to GET /api/v1/me, waiting up to 90 s for the server to come up."""
    answers: list[httpx.Response] = []
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and len(answers) < count:
        try:
            answers.append(httpx.get(f"http://127.0.0.1:{port}/api/v1/me", timeout=5))
        except httpx.TransportError:
            time.sleep(0.2)
    return answers


def _workers(server: subprocess.Popen[bytes]) -> list[psutil.Process]:
    """The server's live worker processes; one just killed and not yet reaped is a zombie
    whose command line cannot be read, and is left out."""
    workers = []
    for child in psutil.Process(server.pid).children(recursive=True):
        try:
            if "spawn_main" in " ".join(child.cmdline()):
                workers.append(child)
        except psutil.NoSuchProcess:  # gone, or a zombie (ZombieProcess is a NoSuchProcess)
            continue
    return workers


def _stop(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
def test_two_worker_processes_serve_one_home(sqlite_settings: Settings) -> None:
    open_store(sqlite_settings).engine.dispose()
    port = _free_port()
    server = _start_server(port, 2)
    try:
        answers = _answers(port, 6)
        assert [a.status_code for a in answers] == [401] * 6
        assert answers[0].json()["code"] == "unauthenticated"
        assert len(_workers(server)) == 2
    finally:
        _stop(server)


@pytest.mark.slow
@pytest.mark.skipif(not BALANCED_ACCEPT, reason="SO_REUSEPORT spreads connections on Linux")
def test_a_burst_of_connections_is_spread_over_the_workers_and_ctrl_c_stops_all(
    sqlite_settings: Settings,
) -> None:
    """20+ keep-alive connections opened at once: both workers answer some (with one shared
    socket one worker could accept the whole burst); Ctrl-C then stops every process."""
    open_store(sqlite_settings).engine.dispose()
    port = _free_port()
    server = _start_server(port, 2)
    try:
        assert len(_answers(port, 1)) == 1
        workers = _workers(server)
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(24)]
        for client in clients:
            client.sendall(b"GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert all(client.recv(65536).startswith(b"HTTP/1.1 401") for client in clients)
        served = {worker.pid: _established(worker, port) for worker in workers}
        assert sum(served.values()) == 24
        assert all(count > 0 for count in served.values()), served
        for client in clients:
            client.close()
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
        assert not [w for w in workers if w.is_running() and w.status() != psutil.STATUS_ZOMBIE]
    finally:
        _stop(server)


def _replaced(server: subprocess.Popen[bytes], victim: int) -> set[int]:
    """The live workers once `victim` has a replacement (or after 60 s, whatever they are).

    Waits for the end state itself: on a busy machine the replacement passes through states
    (not yet started, not yet named spawn_main) that are neither start nor end.
    """
    deadline, workers = time.monotonic() + 60, set()
    while time.monotonic() < deadline and server.poll() is None:
        workers = {w.pid for w in _workers(server)}
        if len(workers) == 2 and victim not in workers:
            break
        time.sleep(0.2)
    return workers


def _kill_first_worker(server: subprocess.Popen[bytes]) -> int:
    """Kills the first worker process as soon as it exists, and gives its pid: it has only just
    been exec'd, seconds of imports and opening the home away from serving."""
    deadline = time.monotonic() + 90  # the supervisor builds and checks the app first
    while time.monotonic() < deadline and server.poll() is None:
        for worker in _workers(server):
            worker.kill()
            return worker.pid
        time.sleep(0.01)
    raise AssertionError(f"no worker process started (server exit status {server.poll()})")


@pytest.mark.slow
@pytest.mark.skipif(not BALANCED_ACCEPT, reason="the supervisor runs where SO_REUSEPORT spreads")
def test_a_worker_that_dies_is_replaced(sqlite_settings: Settings, tmp_path: Path) -> None:
    """One answer means one worker serves; the other may still be starting on a busy machine,
    and the victim is either: both kinds of death are replaced."""
    open_store(sqlite_settings).engine.dispose()
    port, said = _free_port(), tmp_path / "serve-stderr.txt"
    server = _start_server(port, 2, stderr=said)
    try:
        assert len(_answers(port, 1)) == 1, (server.poll(), said.read_text())
        victim, survivor = _workers(server)
        victim.kill()
        replaced = _replaced(server, victim.pid)
        assert len(replaced) == 2 and victim.pid not in replaced, (
            replaced,
            server.poll(),
            said.read_text(),
        )
        assert survivor.pid in replaced
        assert [a.status_code for a in _answers(port, 20)] == [401] * 20
        assert server.poll() is None, said.read_text()
        assert "(killed by SIGKILL); restarting it" in said.read_text()
    finally:
        _stop(server)


@pytest.mark.slow
@pytest.mark.skipif(not BALANCED_ACCEPT, reason="the supervisor runs where SO_REUSEPORT spreads")
def test_a_worker_killed_while_it_starts_is_replaced(
    sqlite_settings: Settings, tmp_path: Path
) -> None:
    """The OOM killer or an operator may kill a worker before it serves: a crash to recover
    from, not a worker that could not start (the supervisor used to stop the server, exit 1)."""
    open_store(sqlite_settings).engine.dispose()
    port, said = _free_port(), tmp_path / "serve-stderr.txt"
    server = _start_server(port, 2, stderr=said)
    try:
        victim = _kill_first_worker(server)
        replaced = _replaced(server, victim)
        assert len(replaced) == 2 and victim not in replaced, (
            replaced,
            server.poll(),
            said.read_text(),
        )
        assert [a.status_code for a in _answers(port, 6)] == [401] * 6, said.read_text()
        assert server.poll() is None, said.read_text()
        assert said.read_text().strip().splitlines() == [
            "a worker process stopped while starting (killed by SIGKILL); restarting it"
        ]
    finally:
        _stop(server)


class _DeadWorker:
    """Stands for a worker process that has ended, `ready` or not, with `exitcode`."""

    def __init__(self, exitcode: int, ready: bool) -> None:
        self.process = types.SimpleNamespace(exitcode=exitcode)
        self.ready, self.sock, self.closed = ready, None, False

    def note_ready(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize(
    ("exitcode", "ready", "replaced"),
    [
        (STARTUP_FAILURE, False, False),  # it said why it could not start: one more would too
        (1, False, False),  # a traceback before serving (an import error, say)
        (-signal.SIGKILL, False, True),  # killed while it started: a crash
        (-signal.SIGSEGV, False, True),
        (-signal.SIGKILL, True, True),
        (0, True, True),  # stopped by someone's SIGTERM while serving
    ],
)
def test_only_a_worker_that_exits_by_itself_before_serving_stops_the_server(
    sqlite_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    exitcode: int,
    ready: bool,
    replaced: bool,
) -> None:
    monkeypatch.setattr(serving, "Worker", lambda settings, sock: "new worker")
    supervisor = serving.Supervisor(sqlite_settings, [])
    dead = _DeadWorker(exitcode, ready)
    if replaced:
        assert supervisor._replace(dead) == "new worker"  # type: ignore[arg-type]
    else:
        with pytest.raises(serving.WorkersFailed, match="could not start"):
            supervisor._replace(dead)  # type: ignore[arg-type]
    assert dead.closed


def test_a_ready_said_just_before_dying_is_read_and_reading_never_waits() -> None:
    """The supervisor reads a dead worker's pipe before judging its death (the "ready" may have
    come after its last wait()), so reading must not block on a pipe with nothing in it."""
    worker = serving.Worker.__new__(serving.Worker)
    for said, expected in [(None, False), ("ready", True)]:
        worker.ready, (worker.pipe, child_end) = False, multiprocessing.Pipe()
        worker.note_ready()  # the worker is alive (its end open) and has said nothing yet
        assert not worker.ready
        if said:
            child_end.send(said)
        child_end.close()
        worker.note_ready()
        assert worker.ready is expected
        worker.close()


def test_a_port_in_use_is_one_line_and_a_non_zero_exit(sqlite_settings: Settings) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [str(Path(sys.executable).parent / "factfinder"), "serve", "--port", str(port)]
        result = subprocess.run(
            [*command, "--workers", "2"], capture_output=True, text=True, timeout=60
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: cannot listen on 127.0.0.1:{port}: address already in use"
    ]


def _established(worker: psutil.Process, port: int) -> int:
    connections = worker.net_connections(kind="tcp")
    return sum(1 for c in connections if c.status == "ESTABLISHED" and c.laddr.port == port)


def test_server_processes_switch_threads_often() -> None:
    """Route threads queue for the GIL under load; a server process hands it on every 0.5 ms."""
    import sys

    from factfinder.web.app import SERVER_SWITCH_INTERVAL, tune_server_process

    before = sys.getswitchinterval()
    try:
        tune_server_process()
        assert sys.getswitchinterval() == pytest.approx(SERVER_SWITCH_INTERVAL)
    finally:
        sys.setswitchinterval(before)


def test_route_calls_share_a_few_threads(sqlite_settings: Settings) -> None:
    """Plain `def` routes run in at most ROUTE_THREADS threads per process, not anyio's 40."""
    import anyio.to_thread
    from fastapi.testclient import TestClient

    from factfinder.web.app import ROUTE_THREADS, create_app

    def tokens() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    with TestClient(create_app(sqlite_settings)) as client:
        assert client.get("/api/v1/me").status_code == 401
        assert client.portal is not None
        assert client.portal.call(tokens) == ROUTE_THREADS == 4
