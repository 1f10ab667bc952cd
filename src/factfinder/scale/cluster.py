"""Where batch tasks run: a LocalCluster of worker processes or an existing Dask scheduler."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster, WorkerPlugin

from factfinder.errors import InputError

LOCAL = "local"
CONNECT_TIMEOUT_SECONDS = 5  # an unreachable scheduler is reported, not waited on for minutes


class PipelinePreload(WorkerPlugin):
    """Loads the spaCy pipeline once when a worker starts, so no task pays for it."""

    name = "factfinder-pipeline"

    def setup(self, worker: object) -> None:
        from factfinder.extract.nlp import load_pipeline

        load_pipeline()


@contextmanager
def open_client(scheduler: str = LOCAL, workers: int = 2) -> Iterator[Client]:
    """A client on a new LocalCluster (`local`: `workers` processes, one thread each, because
    spaCy holds the GIL) or on the scheduler at `scheduler` (host:port or tcp://host:port)."""
    if workers < 1:
        raise InputError("--workers must be at least 1")
    if scheduler == LOCAL:
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=40,
            ) as cluster,
            Client(cluster) as client,
        ):
            client.register_plugin(PipelinePreload())
            yield client
        return
    address = scheduler if "://" in scheduler else f"tcp://{scheduler}"
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_SECONDS)
    except (OSError, TimeoutError) as exc:
        raise InputError(
            f"cannot reach the Dask scheduler at {address} ({type(exc).__name__})"
        ) from None
    try:
        client.register_plugin(PipelinePreload())
        yield client
    finally:
        client.close()
