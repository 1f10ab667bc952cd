"""Bounded coverage-guided fuzzing of the parsers (atheris, libFuzzer) — one subprocess per target.

    .venv/bin/python -m tests.fuzz.harness --seconds 10          # every target, then a summary
    .venv/bin/python -m tests.fuzz.harness --seconds 60 html warc
    .venv/bin/python -m tests.fuzz.harness --one html -runs=500  # in this process, libFuzzer flags

Each target starts from well-formed seeds (tests/fuzz/targets.py) and may only end in one of
factfinder's own errors. A crashing input is saved under test-artifacts/fuzz/ to reproduce it:
`.venv/bin/python -m tests.fuzz.harness --one NAME test-artifacts/fuzz/crash-…`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "fuzz"
# Modules whose branches guide the fuzzer for each target: ours and the parsing library's.
INSTRUMENTED = {
    "html": ["factfinder.extract.text", "trafilatura.utils", "trafilatura.htmlprocessing"],
    "text": ["factfinder.extract.text"],
    "pdf": ["factfinder.extract.text", "pypdf._reader", "pypdf.generic._base", "pypdf.filters"],
    "feed": ["factfinder.sources.feeds", "feedparser"],
    "warc": ["factfinder.sources.warc", "warcio"],
    "dates": ["factfinder.extract.dates"],
    "quantities": ["factfinder.extract.quantities"],
    "url": ["factfinder.sources.web", "factfinder.protect.netguard"],
}
# pypdf's glyph and font-metric tables are large data modules: instrumenting them costs seconds
# and guides nothing.
NOT_INSTRUMENTED = [
    f"pypdf._codecs.{name}"
    for name in ("adobe_glyphs", "core_font_metrics", "pdfdoc", "std", "symbol", "zapfding")
]
# Longest input per target: a page, a document or a sentence (longer ones only run slower).
MAX_LEN = {
    "html": 8192,
    "text": 65536,
    "pdf": 16384,
    "feed": 16384,
    "warc": 16384,
    "dates": 2048,
    "quantities": 2048,
    "url": 2048,
}
_DONE = re.compile(r"Done (\d+) runs in (\d+) second")


@dataclass
class FuzzRun:
    """What one bounded run of one target did."""

    target: str
    executions: int
    seconds: float
    crashed: bool
    output: str  # libFuzzer's and atheris's report (the last lines on a crash)

    def line(self) -> str:
        state = "CRASH" if self.crashed else "no crash"
        return (
            f"{self.target:<11} {self.executions:>9} executions in {self.seconds:5.1f} s  {state}"
        )


def fuzz_in_process(name: str, libfuzzer_args: list[str]) -> None:
    """Instrument the target's modules, then hand control to libFuzzer (never returns)."""
    import atheris

    with atheris.instrument_imports(include=INSTRUMENTED[name], exclude=NOT_INSTRUMENTED):
        for module in INSTRUMENTED[name]:
            __import__(module)
    from tests.fuzz.targets import TARGETS, run_one, seed_directory

    target = TARGETS[name]

    def one_input(data: bytes) -> None:
        run_one(target, data)

    corpus = [] if any(not a.startswith("-") for a in libfuzzer_args) else [seed_directory(name)]
    atheris.Setup([sys.argv[0], *libfuzzer_args, *map(str, corpus)], one_input)
    atheris.Fuzz()


def run(name: str, seconds: int) -> FuzzRun:
    """Fuzz one target in a subprocess for about `seconds`; its executions and whether it
    crashed (an exception other than FactfinderError, a hang, or running out of memory)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "tests.fuzz.harness",
        "--one",
        name,
        f"-max_total_time={seconds}",
        f"-max_len={MAX_LEN[name]}",
        "-timeout=120",
        "-report_slow_units=60",
        "-rss_limit_mb=2048",
        f"-artifact_prefix={ARTIFACTS}/{name}-",
        "-print_final_stats=1",
    ]
    started = time.monotonic()
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, errors="replace", timeout=seconds + 300
    )
    elapsed = time.monotonic() - started
    output = done.stdout + done.stderr
    match = _DONE.search(output)
    executions = int(match.group(1)) if match else _last_count(output)
    crashed = done.returncode != 0 or match is None
    return FuzzRun(name, executions, elapsed, crashed, output[-4000:] if crashed else output[-600:])


def _last_count(output: str) -> int:
    counts = re.findall(r"^#(\d+)\s", output, re.M)
    return int(counts[-1]) if counts else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        fuzz_in_process(argv[1], argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", help="targets to fuzz (default: all)")
    parser.add_argument("--seconds", type=int, default=10, help="time per target")
    args = parser.parse_args(argv)
    from tests.fuzz.targets import TARGETS

    runs = [run(name, args.seconds) for name in args.targets or TARGETS]
    for done in runs:
        print(done.line())
        if done.crashed:
            print(done.output)
    total = sum(done.executions for done in runs)
    print(f"{'total':<11} {total:>9} executions, {sum(d.crashed for d in runs)} targets crashed")
    return 1 if any(done.crashed for done in runs) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
