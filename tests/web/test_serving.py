"""Listening sockets and the worker supervisor of `factfinder serve --workers N`."""

import socket
from collections import Counter
from pathlib import Path

import pytest

from factfinder.errors import InputError
from factfinder.settings import Settings
from factfinder.web.serving import BALANCED_ACCEPT, Supervisor, WorkersFailed, bind_listeners

needs_reuse_port = pytest.mark.skipif(not BALANCED_ACCEPT, reason="SO_REUSEPORT spreads on Linux")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _close(sockets: list[socket.socket]) -> None:
    for sock in sockets:
        sock.close()


@pytest.mark.parametrize("count", [1, 2])
def test_a_port_in_use_is_one_clear_error(count: int) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(InputError, match=f"cannot listen on 127.0.0.1:{port}: address already"):
            bind_listeners("127.0.0.1", port, count)


def test_an_unknown_host_is_one_clear_error() -> None:
    with pytest.raises(InputError, match="cannot listen on no-such-host.invalid:"):
        bind_listeners("no-such-host.invalid", _free_port(), 2)


@needs_reuse_port
def test_each_worker_socket_gets_a_share_of_the_connections() -> None:
    """The kernel hands new connections to every socket of the group, not all to one."""
    port = _free_port()
    sockets = bind_listeners("127.0.0.1", port, 3)
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(48)]
    try:
        accepted: Counter[int] = Counter()
        for index, sock in enumerate(sockets):
            sock.setblocking(False)
            while True:
                try:
                    conn, _address = sock.accept()
                except BlockingIOError:
                    break
                conn.close()
                accepted[index] += 1
        assert sum(accepted.values()) == 48
        assert all(accepted[index] > 0 for index in range(3)), accepted
    finally:
        _close(clients + sockets)


@needs_reuse_port
def test_a_second_server_cannot_join_the_group_on_the_same_port() -> None:
    """SO_REUSEPORT alone would let a second `serve --workers` silently take half the traffic."""
    port = _free_port()
    first = bind_listeners("127.0.0.1", port, 2)
    try:
        with pytest.raises(InputError, match="address already in use"):
            bind_listeners("127.0.0.1", port, 2)
    finally:
        _close(first)


@pytest.mark.slow
@needs_reuse_port
def test_a_worker_that_cannot_start_stops_the_whole_server(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "factfinder.db").write_bytes(b"not a database")
    sockets = bind_listeners("127.0.0.1", _free_port(), 2)
    supervisor = Supervisor(Settings(home=home, database_url=None), sockets)
    with pytest.raises(WorkersFailed, match="could not start"):
        supervisor.run()
    assert all(not worker.process.is_alive() for worker in supervisor.workers)
    assert all(sock.fileno() == -1 for sock in sockets)
    stderr = capfd.readouterr().err
    assert "could not open the home: cannot open the database" in stderr
    assert "Traceback" not in stderr
