"""`factfinder serve --workers 2`: several processes answer on one port from one migrated home."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest

from factfinder.settings import Settings
from factfinder.store.db import open_store


@pytest.mark.slow
def test_two_worker_processes_serve_one_home(sqlite_settings: Settings) -> None:
    open_store(sqlite_settings).engine.dispose()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(Path(sys.executable).parent / "factfinder"), "serve", "--port", str(port)]
    server = subprocess.Popen([*command, "--workers", "2"], env=dict(os.environ))
    try:
        answers = []
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and len(answers) < 6:
            try:
                answers.append(httpx.get(f"http://127.0.0.1:{port}/api/v1/me", timeout=5))
            except httpx.TransportError:
                time.sleep(0.2)
        assert [a.status_code for a in answers] == [401] * 6
        assert answers[0].json()["code"] == "unauthenticated"
        spawned = [p for p in _children(server.pid) if "spawn_main" in " ".join(p)]
        assert len(spawned) == 2
    finally:
        server.terminate()
        server.wait(timeout=30)


def _children(pid: int) -> list[list[str]]:
    return [child.cmdline() for child in psutil.Process(pid).children(recursive=True)]


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
