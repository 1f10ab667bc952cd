"""Serving the workbench: listening sockets, and N worker processes each on its own socket."""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

from factfinder.errors import FactfinderError, InputError
from factfinder.settings import Settings

# uvicorn's settings for every server process: warnings only and no access log, so the search
# words in URLs (names, places) never reach a log.
UVICORN_OPTIONS: dict[str, Any] = {"log_level": "warning", "access_log": False}
BACKLOG = 2048  # uvicorn's default: connections the kernel queues per socket before refusing
STARTUP_FAILURE = 3  # uvicorn's exit status for a process that could not start serving
WORKER_STARTUP_SECONDS = 120.0  # a worker not serving by then counts as failed to start
RESTARTS_PER_MINUTE = 5  # more crashes than this and the server stops instead of flapping
STOP_SECONDS = 30.0  # time the workers get to finish the requests in flight when stopped
POLL_SECONDS = 0.25  # how often the supervisor looks at its signals between worker events

# Linux spreads the connections of a port over the sockets bound to it with SO_REUSEPORT (by a
# hash of the client's address and port). BSDs and macOS accept the option but hand every
# connection to one socket, so there the workers share one socket instead (uvicorn's way).
BALANCED_ACCEPT = sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


class WorkersFailed(FactfinderError):
    """A worker process could not start, or kept crashing: the server stopped whole."""


def _new_socket(host: str, reuse_port: bool) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    return sock


def _listen(host: str, port: int, reuse_port: bool) -> socket.socket:
    sock = _new_socket(host, reuse_port)
    try:
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError as exc:
        sock.close()
        reason = (exc.strerror or type(exc).__name__).lower()
        raise InputError(f"cannot listen on {host}:{port}: {reason}") from None
    return sock


def bind_listeners(host: str, port: int, count: int) -> list[socket.socket]:
    """`count` sockets listening on host:port (several only with SO_REUSEPORT), bound before any
    worker starts so that a port in use or a bad host is one clear error.

    SO_REUSEPORT would also let the sockets join a group that another process of the same user
    already listens with (a second `serve --workers` on the port, perhaps for another home),
    silently splitting the connections between the two servers. A bind without the option fails
    on any port in use, so one is made, and closed, before the group is bound.
    """
    if count == 1:
        return [_listen(host, port, reuse_port=False)]
    _listen(host, port, reuse_port=False).close()
    group: list[socket.socket] = []
    try:
        for _ in range(count):
            group.append(_listen(host, port, reuse_port=True))
    except InputError:
        for sock in group:
            sock.close()
        raise
    return group


def serve_worker(settings: Settings, sock: socket.socket, supervisor: Connection) -> None:
    """One worker process: builds its own app for `settings` and serves on its own socket.

    It says "ready" to the supervisor once its app is built, and stops (as on SIGTERM, letting
    requests in flight finish) when the supervisor's end of the pipe closes, so a supervisor
    killed outright leaves no orphan serving on the port.
    """
    import uvicorn

    from factfinder.web.app import create_app, tune_server_process

    tune_server_process()
    try:
        web_app = create_app(settings)
    except FactfinderError as exc:
        print(f"error: a worker process could not open the home: {exc}", file=sys.stderr)
        sys.exit(STARTUP_FAILURE)
    except Exception as exc:  # a bug: one line, the type only (the text could quote a source)
        print(
            f"internal error: a worker process could not start: {type(exc).__name__}",
            file=sys.stderr,
        )
        sys.exit(STARTUP_FAILURE)
    server = uvicorn.Server(uvicorn.Config(web_app, **UVICORN_OPTIONS))
    supervisor.send("ready")
    threading.Thread(target=_stop_with_supervisor, args=(supervisor,), daemon=True).start()
    server.run(sockets=[sock])


def _stop_with_supervisor(supervisor: Connection) -> None:
    try:
        supervisor.recv()
    except (EOFError, OSError):
        pass
    os.kill(os.getpid(), signal.SIGTERM)


class Worker:
    """One worker process of the supervisor, and its end of the pipe to it."""

    def __init__(self, settings: Settings, sock: socket.socket) -> None:
        self.settings = settings
        self.sock = sock
        self.ready = False
        self.started = time.monotonic()
        self.pipe, child_end = multiprocessing.Pipe()
        context = multiprocessing.get_context("spawn")
        self.process: BaseProcess = context.Process(
            target=serve_worker, args=(settings, sock, child_end), name="factfinder-worker"
        )
        with _interrupts_ignored():
            self.process.start()
        child_end.close()

    def note_ready(self) -> None:
        """Read the worker's "ready" if it has said it; never waits for it."""
        try:
            if not self.ready and self.pipe.poll():
                self.ready = self.pipe.recv() == "ready"
        except (EOFError, OSError):
            pass  # it died before saying so: the process's exit tells the rest

    def stop(self) -> None:
        """Ask the worker to finish its requests in flight and exit (uvicorn's SIGTERM)."""
        if self.process.is_alive():
            self.process.terminate()

    def close(self) -> None:
        self.pipe.close()


@contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """A worker starts with Ctrl-C ignored until its server runs, then stops on it gracefully;
    without this, a Ctrl-C while it imports or opens the home prints a traceback. (Python keeps
    SIGINT ignored in a process started with it ignored.)"""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class Supervisor:
    """Runs one worker per socket until Ctrl-C or SIGTERM; restarts a worker that dies at any
    moment (serving, or killed while it starts), and stops the whole server (an error) if one
    cannot start or keeps dying, so the port is never left half-served."""

    def __init__(self, settings: Settings, sockets: list[socket.socket]) -> None:
        self.settings = settings
        self.sockets = sockets
        self.workers: list[Worker] = []
        self.signals = 0
        self.restarts: deque[float] = deque(maxlen=RESTARTS_PER_MINUTE)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.signals += 1
        if self.signals > 1:  # a second Ctrl-C: do not wait for requests in flight
            for worker in self.workers:
                if worker.process.is_alive():
                    worker.process.kill()

    def run(self) -> None:
        """Serve until asked to stop; raises WorkersFailed if a worker cannot be kept running."""
        handled = (signal.SIGINT, signal.SIGTERM)
        previous = {signum: signal.signal(signum, self._on_signal) for signum in handled}
        try:
            for sock in self.sockets:
                self.workers.append(Worker(self.settings, sock))
            while not self.signals:
                self._watch()
        finally:
            self._stop_all()
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _watch(self) -> None:
        events = wait(
            [w.pipe for w in self.workers] + [w.process.sentinel for w in self.workers],
            timeout=POLL_SECONDS,
        )
        for index, worker in enumerate(self.workers):
            if worker.pipe in events:
                worker.note_ready()
            if self.signals or worker.process.is_alive():
                if not worker.ready and time.monotonic() - worker.started > WORKER_STARTUP_SECONDS:
                    raise WorkersFailed("a worker process did not start serving in time")
                continue
            self.workers[index] = self._replace(worker)

    def _replace(self, dead: Worker) -> Worker:
        """A new worker on the socket of one that died, unless its death means the server cannot
        run: a worker that exited by itself before serving could not start (it said why on
        stderr), and one more would fail the same way.

        A worker killed by a signal while it was still starting is a crash like any other, not
        a failed start: the OOM killer or an operator can kill it at any moment, and it spends
        seconds importing and opening the home on a busy machine. The restart budget still stops
        a worker that is killed (or segfaults) every time it starts.
        """
        dead.note_ready()  # a "ready" it sent just before dying, after wait() had returned
        code = dead.process.exitcode
        dead.close()
        killed = code is not None and code < 0
        if not dead.ready and not killed:
            raise WorkersFailed(
                f"a worker process could not start ({_exit_reason(code)}); the server stopped"
            )
        self._note_restart()
        when = "unexpectedly" if dead.ready else "while starting"
        print(
            f"a worker process stopped {when} ({_exit_reason(code)}); restarting it",
            file=sys.stderr,
        )
        return Worker(self.settings, dead.sock)

    def _note_restart(self) -> None:
        now = time.monotonic()
        if len(self.restarts) == self.restarts.maxlen and now - self.restarts[0] < 60:
            raise WorkersFailed(
                f"worker processes kept dying ({RESTARTS_PER_MINUTE} restarts within a minute); "
                "the server stopped"
            )
        self.restarts.append(now)

    def _stop_all(self) -> None:
        # The supervisor's copies of the sockets go first: a connection the kernel hands to the
        # socket of a worker that has stopped would wait in its queue unanswered.
        for sock in self.sockets:
            sock.close()
        for worker in self.workers:
            worker.stop()
        deadline = time.monotonic() + STOP_SECONDS
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.close()


def _exit_reason(code: int | None) -> str:
    """How a worker ended, for people: multiprocessing gives a signal as its negative number."""
    if code is None or code >= 0:
        return f"exit status {code}"
    try:
        return f"killed by {signal.Signals(-code).name}"
    except ValueError:
        return f"killed by signal {-code}"
