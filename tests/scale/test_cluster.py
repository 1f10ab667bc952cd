"""The LocalCluster `batch` starts: workers ready to extract, without Dask's costly defaults."""

from __future__ import annotations

from typing import Any

from distributed import Client


def _worker_state() -> dict[str, Any]:
    import os

    import dask

    from factfinder.extract.nlp import load_pipeline
    from factfinder.extract.places import _gazetteer

    return {
        "trim threshold": os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        "profiler": dask.config.get("distributed.worker.profile.enabled"),
        "pipeline loaded": load_pipeline.cache_info().currsize,
        "gazetteer loaded": _gazetteer.cache_info().currsize,
    }


def test_workers_start_with_extraction_loaded_and_glibc_defaults(client: Client) -> None:
    # No task may pay for loading the model or the gazetteer, and workers must not run with
    # the 64 KiB trim threshold that makes every large spaCy array a fresh mmap.
    states = client.run(_worker_state)
    assert len(states) == 2
    for state in states.values():
        assert state == {
            "trim threshold": None,
            "profiler": False,
            "pipeline loaded": 1,
            "gazetteer loaded": 1,
        }


def test_peak_memory_is_this_process_own() -> None:
    """A child started by exec reports its own peak, not the parent's (ru_maxrss survives exec)."""
    import subprocess
    import sys

    ballast = bytearray(800 * 1024 * 1024)  # the parent's peak is now at least 800 MiB
    ballast[::4096] = b"x" * len(ballast[::4096])
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "from factfinder.scale.pipeline import peak_rss_mb; print(peak_rss_mb())",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    del ballast
    assert 0 < float(child.stdout) < 600  # the child's own peak: the import of Dask, not 800
