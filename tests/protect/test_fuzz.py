"""A short coverage-guided fuzzing run (atheris) of every parser that reads untrusted bytes.

Each target runs in its own subprocess for FACTFINDER_FUZZ_SECONDS (default 5) from
well-formed seeds; the only way a parser may refuse input is one of factfinder's own errors.
The executions each run did are written to test-artifacts/fuzz/summary.txt; a crashing input
is kept beside it (see tests/fuzz/harness.py to reproduce one).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.fuzz.harness import ARTIFACTS, FuzzRun, run
from tests.fuzz.targets import TARGETS

pytestmark = pytest.mark.slow
SECONDS = int(os.environ.get("FACTFINDER_FUZZ_SECONDS", "5"))


@pytest.fixture(scope="module")
def summary() -> Iterator[list[FuzzRun]]:
    runs: list[FuzzRun] = []
    yield runs
    lines = [done.line() for done in runs]
    lines.append(f"{'total':<11} {sum(done.executions for done in runs):>9} executions")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "summary.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\nfuzzing (atheris):\n" + "\n".join(lines))


@pytest.mark.parametrize("target", list(TARGETS))
def test_parser_survives_fuzzing(target: str, summary: list[FuzzRun]) -> None:
    done = run(target, SECONDS)
    summary.append(done)
    assert not done.crashed, f"{target} crashed:\n{done.output}"
    assert done.executions > 0
