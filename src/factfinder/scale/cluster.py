"""Where batch tasks run: a LocalCluster of worker processes or an existing Dask scheduler."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import dask
from distributed import Client, LocalCluster, WorkerPlugin

from factfinder.errors import InputError

LOCAL = "local"
CONNECT_TIMEOUT_SECONDS = 5  # an unreachable scheduler is reported, not waited on for minutes
# Dask defaults that only cost time on the workers of a LocalCluster we start ourselves:
LOCAL_WORKER_CONFIG = {
    # Dask starts workers with glibc's trim threshold at 64 KiB, to hand freed memory back at
    # once; setting it also turns off glibc's adaptive mmap threshold (mallopt(3)), so spaCy's
    # large arrays are mapped and unmapped again on every batch. Measured: 12-18 ms more CPU
    # per report (15 % of a worker's time). Workers keep glibc's defaults, as `factfinder
    # ingest` and `extract` do; peak memory per worker grows by about 6 % (361 → 383 MiB).
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # The statistical profiler samples the running task every 10 ms for the dashboard, which
    # a local cluster here does not start.
    "distributed.worker.profile.enabled": False,
}
# One sentence that exercises every lazily loaded part of extraction, the gazetteer included.
WARM_UP_TEXT = "Police detained five men in Paris on 3 March 2024, a witness said."


class PipelinePreload(WorkerPlugin):
    """Loads the spaCy pipeline and extraction's data once when a worker starts, so no task
    pays for it (the place gazetteer alone takes 0.6 s to build, 3 ms per report of a
    200-report run)."""

    name = "factfinder-pipeline"

    def setup(self, worker: object) -> None:
        from factfinder.extract import analyze

        analyze(WARM_UP_TEXT)


@contextmanager
def open_client(scheduler: str = LOCAL, workers: int = 2) -> Iterator[Client]:
    """A client on a new LocalCluster (`local`: `workers` processes, one thread each, because
    spaCy holds the GIL) or on the scheduler at `scheduler` (host:port or tcp://host:port)."""
    if workers < 1:
        raise InputError("--workers must be at least 1")
    if scheduler == LOCAL:
        with (
            dask.config.set(LOCAL_WORKER_CONFIG),
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
