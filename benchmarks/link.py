"""Benchmark of `factfinder link` on generated claims: seconds, peak memory, per-claim cost ratio.

Each size runs in a fresh process (so peak memory is its own) on a fresh SQLite database, or
on --database-url. The generated world is invented and deterministic (seeded): incidents told
by several sources with varied precision, missing fields, figures, statements and syndicated
copies. Linking alone is timed; generating and inserting the claims is not.

    .venv/bin/python benchmarks/link.py                 # 10,000 and 100,000 claims
    .venv/bin/python benchmarks/link.py --sizes 2000
    .venv/bin/python benchmarks/link.py --incremental 1000 10000   # archives of N documents

With --incremental, an archive of N generated documents is linked, then NEW more documents
are added and linked by the incremental run (timed) and by a full relink (timed, the old
cost): milliseconds per new document both ways, so archives of different size compare, and
the incremental run's CPU time (steadier than wall time on a shared machine).
A larger archive covers more years in the same 40 towns (as growth.py moves its copies by
years), so new documents meet the same density of happenings. With --database-url, give
one size per run: each needs an empty database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from factfinder.link.run import run_link
from factfinder.settings import Settings
from factfinder.store.db import open_store
from factfinder.store.models import Claim, Source

CLAIMS_PER_INCIDENT = 8
SYLLABLES = ["bel", "mar", "osk", "tan", "vel", "dor", "kest", "lin", "rav", "sor", "hal", "zen"]
REAL_TOWNS = [
    "Argun",
    "Grozny",
    "Gudermes",
    "Shali",
    "Makhachkala",
    "Derbent",
    "Mek'ele",
    "Adigrat",
]
CUSTODY = ["detention", "torture", "killing", "extortion", "enforced_disappearance", "release"]
THREAT = ["death_threat", "incitement", "harassment", "forced_displacement"]
VICTIMS = [
    "gay men",
    "journalists",
    "students",
    "activists",
    "lawyers",
    "protesters",
    "refugees",
    "women",
    "opposition supporters",
    "teachers",
    "farmers",
    "bloggers",
    "doctors",
]
AGENTS = (
    ["police", "security forces", "soldiers", "border guards"]
    + [f"Commander {a.title()}{b}ov" for a in SYLLABLES for b in ("ar", "en")]
    + ["Рамзан Кадыров", "Полиция"]
)
SPEAKERS = [f"the {a.title()}{b} government" for a in SYLLABLES for b in ("ian", "ese")]
STANCES = ["condemn", "deny", "express_concern", "call_for_investigation", "no_public_statement"]
OUTLETS = [
    f"{a.title()}{b} {c}" for a in SYLLABLES for b in ("a", "o") for c in ("Daily", "Monitor")
]
UNITS = ["men", "people", "prisons", "facilities", "detainees"]


def towns(rng: random.Random, count: int) -> list[str]:
    """Invented town names (unknown to the gazetteer) plus a few real ones it knows."""
    endings = ["a", "o", "grad", "ovo", ""]
    names = {
        f"{rng.choice(SYLLABLES).title()}{rng.choice(SYLLABLES)}{rng.choice(endings)}"
        for _ in range(count * 3)
    }
    return sorted(names)[:count] + REAL_TOWNS


def claim_date(rng: random.Random, day: dt.date) -> dict[str, str] | None:
    """A claim's date as reports give it: mostly a day, sometimes a week or month, or none."""
    roll = rng.random()
    if roll < 0.12:
        return None
    if roll < 0.3:
        first, last, precision = day.replace(day=1), day.replace(day=28), "month"
    elif roll < 0.4:
        first, last, precision = day, day + dt.timedelta(days=6), "week"
    else:
        first, last, precision = day, day, "day"
    return {"start": first.isoformat(), "end": last.isoformat(), "precision": precision}


def generate(
    n_claims: int, seed: int = 7, *, days: int = 730, places: int | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Sources and claims: ~8 claims per incident across 3-5 sources, ~5% syndicated copies,
    over `days` days in `places` towns (by default one per 250 claims, at least 40)."""
    rng = random.Random(seed)
    places = towns(rng, places or max(40, n_claims // 250))
    start = dt.date(2024, 1, 1)
    sources: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    incident = 0
    while len(claims) < n_claims:
        incident += 1
        family = CUSTODY if rng.random() < 0.75 else THREAT
        place = rng.choice(places)
        day = start + dt.timedelta(days=rng.randrange(days))
        victims = rng.choice(VICTIMS)
        agent = rng.choice(AGENTS)
        base = rng.randrange(5, 300)
        for _report in range(rng.randint(3, 5)):
            published = day + dt.timedelta(days=rng.randrange(1, 40))
            sentences = []
            items = []
            for _claim in range(rng.randint(1, 3)):
                if rng.random() < 0.15:
                    kind, type_ = "statement", rng.choice(STANCES)
                    who = rng.choice(SPEAKERS)
                    sentence = f"{who.capitalize()} responded ({type_}) to the events in {place}."
                    item = {
                        "kind": kind,
                        "type": type_,
                        "agent": who,
                        "target": victims,
                        "place": {"name": place} if rng.random() < 0.6 else None,
                    }
                    when = None
                else:
                    type_ = rng.choice(family)
                    sentence = (
                        f"{agent.capitalize()} {type_} of {base} {victims} in {place} reported."
                    )
                    item = {
                        "kind": "event",
                        "type": type_,
                        "agent": agent if rng.random() < 0.7 else None,
                        "target": victims if rng.random() < 0.85 else None,
                        "place": {"name": place} if rng.random() < 0.85 else None,
                        "counts": [
                            {
                                "low": base + rng.randrange(0, 50),
                                "high": None,
                                "unit": rng.choice(UNITS),
                                "qualifier": "at_least",
                                "supersedes": None,
                            }
                        ]
                        if rng.random() < 0.5
                        else [],
                    }
                    when = claim_date(rng, day)
                item["when"] = when
                item["attributed_to"] = rng.choice(OUTLETS) if rng.random() < 0.2 else None
                item["sentence"] = sentence
                sentences.append(sentence)
                items.append(item)
            text = " ".join(sentences) + (
                f" Incident {incident} coverage continues with witnesses and officials in "
                f"{place} quoted at length about what happened there."
            )
            copies = 2 if rng.random() < 0.05 else 1
            for copy in range(copies):
                body = text if copy == 0 else text.replace("at length", "in detail")
                source_id = len(sources) + 1
                sources.append(
                    {
                        "id": source_id,
                        "text": body,
                        "published": published,
                        "publisher": rng.choice(OUTLETS),
                    }
                )
                offset = 0
                for item in items:
                    claims.append(item | {"source_id": source_id, "start": offset})
                    offset += len(item["sentence"]) + 1
    return sources, claims[:n_claims]


def store_world(store: Any, sources: list[dict[str, Any]], claims: list[dict[str, Any]]) -> None:
    now = dt.datetime.now(dt.UTC)
    with store.session() as session:
        for offset in range(0, len(sources), 5000):
            session.execute(
                insert(Source),
                [
                    {
                        "id": s["id"],
                        "uri": f"bench:{s['id']}",
                        "sha256": hashlib.sha256(
                            s["text"].encode() + str(s["id"]).encode()
                        ).hexdigest(),
                        "size": len(s["text"]),
                        "media_type": "text/plain",
                        "retrieved_at": now,
                        "collected_by": "bench",
                        "factfinder_version": "bench",
                        "title": None,
                        "publisher": s["publisher"],
                        "published_at": s["published"],
                        "text": s["text"],
                        "tags": [],
                        "extra": {},
                    }
                    for s in sources[offset : offset + 5000]
                ],
            )
        for offset in range(0, len(claims), 5000):
            session.execute(
                insert(Claim),
                [
                    {
                        "source_id": c["source_id"],
                        "fingerprint": f"{offset + n}",
                        "kind": c["kind"],
                        "type": c["type"],
                        "sentence": c["sentence"],
                        "start": c["start"],
                        "end": c["start"] + len(c["sentence"]),
                        "agent": c.get("agent"),
                        "target": c.get("target"),
                        "place": c.get("place"),
                        "when": c.get("when"),
                        "when_start": dt.date.fromisoformat(c["when"]["start"])
                        if c.get("when")
                        else None,
                        "counts": c.get("counts", []),
                        "attributed_to": c.get("attributed_to"),
                        "quote": False,
                        "negated": False,
                        "hedged": False,
                        "confidence": 0.8,
                        "review_status": "extracted",
                        "extracted_at": now,
                    }
                    for n, c in enumerate(claims[offset : offset + 5000])
                ],
            )


def run_one(size: int, database_url: str | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(
            home=Path(home), database_url=database_url or f"sqlite:///{home}/bench.db"
        )
        store = open_store(settings)
        sources, claims = generate(size)
        store_world(store, sources, claims)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        summary = run_link(store)
        seconds = time.perf_counter() - started
        again = time.perf_counter()
        run_link(store)
        rerun = time.perf_counter() - again
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        store.engine.dispose()
    return {
        "claims": size,
        "sources": len(sources),
        "incidents": summary.incidents,
        "seconds": round(seconds, 2),
        "rerun_seconds": round(rerun, 2),
        "peak_rss_mb": round(peak / 1024),
        "rss_before_link_mb": round(rss_before / 1024),
    }


def run_incremental(documents: int, new: int, database_url: str | None) -> dict[str, Any]:
    """Link `documents` sources, add `new` more, time the incremental run and a full one."""
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(
            home=Path(home), database_url=database_url or f"sqlite:///{home}/bench.db"
        )
        store = open_store(settings)
        # As in growth.py, a larger archive covers more years, not more happenings per month
        # in each town: 40 towns, two years per 1,000 documents.
        total = documents + new
        sources, claims = generate(int(total * 2.6), days=max(730, 730 * total // 1000), places=40)
        sources = sources[: documents + new]

        def part(first: int, last: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            return (
                [s for s in sources if first <= s["id"] <= last],
                [c for c in claims if first <= c["source_id"] <= last],
            )

        store_world(store, *part(1, documents))
        started = time.perf_counter()
        run_link(store)
        base = time.perf_counter() - started
        added = part(documents + 1, documents + new)
        store_world(store, *added)
        started, cpu = time.perf_counter(), time.process_time()
        summary = run_link(store)
        incremental = time.perf_counter() - started
        incremental_cpu = time.process_time() - cpu
        started = time.perf_counter()
        run_link(store, full=True)
        full = time.perf_counter() - started
        store.engine.dispose()
    return {
        "documents": documents,
        "new": len(added[0]),
        "new_claims": len(added[1]),
        "mode": summary.mode,
        "claims_considered": summary.claims,
        "base_link_seconds": round(base, 2),
        "incremental_ms_per_new_document": round(1000 * incremental / len(added[0]), 2),
        # this process's CPU time: steadier than wall time on a shared machine (SQLite only:
        # PostgreSQL's own work is in its server processes)
        "incremental_cpu_ms_per_new_document": round(1000 * incremental_cpu / len(added[0]), 2),
        "full_ms_per_new_document": round(1000 * full / len(added[0]), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--database-url", default=None, help="Default: a temporary SQLite file.")
    parser.add_argument(
        "--incremental",
        type=int,
        nargs="+",
        metavar="DOCUMENTS",
        help="Time an incremental run of --new documents added to archives of these sizes.",
    )
    parser.add_argument("--new", type=int, default=200, help="New documents (--incremental).")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--one-incremental", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.database_url)))
        return
    if args.one_incremental:
        print(json.dumps(run_incremental(args.one_incremental, args.new, args.database_url)))
        return
    if args.incremental:
        measure_incremental(args.incremental, args.new, args.database_url)
        return
    results = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size)]
        if args.database_url:
            command += ["--database-url", args.database_url]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        result = json.loads(output.strip().splitlines()[-1])
        results.append(result)
        print(
            f"{result['claims']:>7} claims, {result['sources']:>6} sources: "
            f"link {result['seconds']:6.2f} s (re-run {result['rerun_seconds']:.2f} s), "
            f"{result['incidents']} incidents, peak RSS {result['peak_rss_mb']} MB "
            f"({result['rss_before_link_mb']} MB before linking), "
            f"{1e6 * result['seconds'] / result['claims']:.0f} µs/claim"
        )
    if len(results) >= 2:
        small, large = results[0], results[-1]
        ratio = (large["seconds"] / large["claims"]) / (small["seconds"] / small["claims"])
        sizes = f"{large['claims']:,} vs {small['claims']:,}"
        print(f"per-claim cost ratio {sizes}: {ratio:.2f} (target ≤ 1.5)")


def measure_incremental(sizes: list[int], new: int, database_url: str | None) -> None:
    """Each archive size in a fresh process; per-new-document cost both ways, and its ratio."""
    results = []
    for size in sizes:
        command = [sys.executable, __file__, "--one-incremental", str(size), "--new", str(new)]
        if database_url:
            command += ["--database-url", database_url]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        result = json.loads(output.strip().splitlines()[-1])
        results.append(result)
        print(
            f"{result['documents']:>7} documents + {result['new']} new "
            f"({result['new_claims']} claims, {result['claims_considered']} considered): "
            f"{result['mode']} {result['incremental_ms_per_new_document']:.1f} ms/new document "
            f"({result['incremental_cpu_ms_per_new_document']:.1f} ms CPU), "
            f"full relink {result['full_ms_per_new_document']:.1f} ms/new document "
            f"(first link {result['base_link_seconds']:.1f} s)"
        )
    if len(results) >= 2:
        small, large = results[0], results[-1]
        sizes = f"{large['documents']:,} vs {small['documents']:,}"
        for kind, column in (("", "incremental"), (" (CPU)", "incremental_cpu")):
            ratio = large[f"{column}_ms_per_new_document"] / small[f"{column}_ms_per_new_document"]
            print(f"incremental cost ratio {sizes}{kind}: {ratio:.2f}")


if __name__ == "__main__":
    main()
