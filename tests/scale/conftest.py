"""Scale fixtures: generated WARC/JSONL corpora (benchmarks' generator) and one shared cluster."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client

from factfinder.scale.cluster import open_client

BENCHMARKS = Path(__file__).parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from corpus import generate_reports  # noqa: E402
from warcgen import write_jsonl, write_warc  # noqa: E402

REPORTS = 12


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scale-corpus")
    reports = generate_reports(REPORTS, seed=7)
    write_warc(reports, folder / "reports.warc.gz")
    write_jsonl(reports, folder / "reports.jsonl")
    return folder


@pytest.fixture(scope="session")
def warc_path(corpus_dir: Path) -> Path:
    return corpus_dir / "reports.warc.gz"


@pytest.fixture(scope="session")
def jsonl_path(corpus_dir: Path) -> Path:
    return corpus_dir / "reports.jsonl"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A LocalCluster of two worker processes, started once per test module."""
    with open_client("local", workers=2) as opened:
        yield opened
