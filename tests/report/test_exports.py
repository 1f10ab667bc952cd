"""Exports: documented CSV columns with urls and related ids, JSON/JSONL, ESF, bounded memory."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert

from factfinder.errors import InputError
from factfinder.report.esf import ACT_TYPES, pseudonym
from factfinder.report.exports import CSV_COLUMNS, SECTIONS, csv_cell
from factfinder.report.outputs import write_export
from factfinder.settings import Settings
from factfinder.store.db import Store, open_store
from factfinder.store.models import Claim, Source


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_one_file_per_record_type_with_documented_columns(
    populated: Store, tmp_path: Path
) -> None:
    result = write_export(
        populated, "csv", tmp_path / "csv", "test-collector", base_url="https://ff.example"
    )
    assert sorted(p.name for p in result.paths) == sorted(f"{name}.csv" for name in SECTIONS)
    for name in SECTIONS:
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8") as handle:
            assert next(csv.reader(handle)) == list(CSV_COLUMNS[name])
    claims = read_csv(tmp_path / "csv" / "claims.csv")
    sources = {row["id"]: row for row in read_csv(tmp_path / "csv" / "sources.csv")}
    incidents = {row["id"]: row for row in read_csv(tmp_path / "csv" / "incidents.csv")}
    assert len(claims) == result.counts["claims"]
    for claim in claims:
        assert claim["url"] == f"https://ff.example/api/v1/claims/{claim['id']}"
        assert sources[claim["source_id"]]["sha256"] == claim["source_sha256"]
        if claim["incident_id"]:
            assert claim["id"] in incidents[claim["incident_id"]]["claim_ids"].split()
    linked = [c for c in claims if c["incident_id"]]
    assert linked and any(c["agent_actor_id"] for c in claims)
    for incident in incidents.values():
        assert incident["url"].endswith(f"/incidents/{incident['id']}")
        assert set(incident["source_ids"].split()) <= set(sources)


def test_json_and_jsonl_hold_the_same_records(populated: Store, tmp_path: Path) -> None:
    write_export(populated, "json", tmp_path / "all.json", "test-collector")
    write_export(populated, "jsonl", tmp_path / "all.jsonl", "test-collector")
    whole = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    lines = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text().splitlines()]
    assert lines[0]["record"] == "header" and lines[0]["schema_version"] == whole["schema_version"]
    for name in SECTIONS:
        from_lines = [
            {k: v for k, v in r.items() if k != "record"} for r in lines if r["record"] == name
        ]
        assert from_lines == whole[name], name
    assert whole["sources"][0]["text"]  # the text travels, for re-linking elsewhere


def test_incident_export_holds_only_that_incident_and_what_it_cites(
    populated: Store, tmp_path: Path
) -> None:
    write_export(populated, "json", tmp_path / "one.json", "test-collector", incident_ids=[1])
    records = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert [i["id"] for i in records["incidents"]] == [1]
    assert {c["incident_id"] for c in records["claims"]} == {1}
    assert {s["id"] for s in records["sources"]} == {c["source_id"] for c in records["claims"]}
    assert {f["incident_id"] for f in records["figure_histories"]} == {1}
    with pytest.raises(InputError, match="no incident #77"):
        write_export(populated, "json", tmp_path / "x.json", "test-collector", incident_ids=[77])


def test_esf_events_acts_victims_by_pseudonym_and_interventions(
    populated: Store, tmp_path: Path
) -> None:
    write_export(populated, "esf", tmp_path / "esf.json", "test-collector")
    document = json.loads((tmp_path / "esf.json").read_text(encoding="utf-8"))
    assert document["standard"] == "HURIDOCS Events Standard Formats"
    acts = [act for event in document["events"] for act in event["acts"]]
    assert acts and all(act["type_of_act"] in ACT_TYPES.values() for act in acts)
    information = {info["information_id"]: info for info in document["information"]}
    for act in acts:
        assert all(ref in information for ref in act["information_ids"])
    victims = document["victims"]
    assert victims and all(set(v) == {"victim_id", "pseudonym", "type"} for v in victims)
    assert {v["pseudonym"] for v in victims} == {pseudonym(i) for i in range(len(victims))}
    assert {i["reliability"]["level"] for i in document["information"]} <= {
        "high",
        "medium",
        "low",
        "unverified",
    }
    assert any(i["reliability"]["level"] == "high" for i in document["information"])
    interventions = document["interventions"]
    assert any(i["response"] == "No response" for i in interventions)
    assert any(i["type_of_intervention"] == "condemn" for i in interventions)


@given(st.integers(min_value=0, max_value=5000))
def test_pseudonyms_are_distinct_letters(index: int) -> None:
    name = pseudonym(index)
    assert name.startswith("Victim ") and name[7:].isalpha() and name[7:].isupper()
    assert name != pseudonym(index + 1)


@given(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.text(),
        st.lists(st.integers()),
        st.dictionaries(st.text(), st.integers()),
    )
)
def test_csv_cells_are_flat_and_lossless_for_nested_values(value: object) -> None:
    cell = csv_cell(value)
    assert isinstance(cell, str | int)
    if isinstance(value, dict) or (isinstance(value, list) and value and False):
        assert json.loads(cell) == value
    if isinstance(value, list) and value:
        assert [int(part) for part in str(cell).split()] == value


def seed_claims(store: Store, count: int) -> None:
    """`count` claims on one source, bulk-inserted (what a large archive leaves)."""
    now = dt.datetime.now(dt.UTC)
    with store.session() as session:
        session.execute(
            insert(Source),
            [
                {
                    "id": 1,
                    "uri": "file:bulk.txt",
                    "sha256": "0" * 64,
                    "size": 1,
                    "media_type": "text/plain",
                    "retrieved_at": now,
                    "collected_by": "bulk",
                    "factfinder_version": "0",
                    "tags": [],
                    "extra": {},
                }
            ],
        )
        for first in range(0, count, 10_000):
            session.execute(
                insert(Claim),
                [
                    {
                        "source_id": 1,
                        "fingerprint": f"{n:064x}",
                        "kind": "statement" if n % 500 == 0 else "event",
                        "type": "deny" if n % 500 == 0 else "detention",
                        "sentence": f"Officers of the Varnian police detained {n} men in Osk.",
                        "start": n * 60,
                        "end": n * 60 + 55,
                        "agent": "Varnian police",
                        "counts": [{"low": n, "high": None, "unit": "men", "qualifier": "exact"}],
                        "confidence": 0.8,
                        "review_status": "extracted",
                        "extracted_at": now,
                    }
                    for n in range(first, min(first + 10_000, count))
                ],
            )


EXPORT_AND_MEASURE = """
import resource, sys
from pathlib import Path
from factfinder.report.outputs import write_export
from factfinder.settings import Settings
from factfinder.store.db import open_store
home = Path(sys.argv[1])
store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'factfinder.db'}"))
result = write_export(store, sys.argv[2], Path(sys.argv[3]), "bulk")
print(result.counts["claims"], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


@pytest.fixture(scope="module")
def bulk_homes(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    homes = {}
    for count in (5_000, 50_000):
        home = tmp_path_factory.mktemp(f"bulk-{count}")
        store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'factfinder.db'}"))
        seed_claims(store, count)
        store.engine.dispose()
        homes[count] = home
    return homes


def export_growth(home: Path, fmt: str, out: Path) -> tuple[int, int]:
    """Claims exported and the peak memory of a fresh process that did only that export."""
    done = subprocess.run(
        [sys.executable, "-c", EXPORT_AND_MEASURE, str(home), fmt, str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    claims, peak = done.stdout.split()
    return int(claims), int(peak)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_large_exports_stream_with_bounded_memory(
    bulk_homes: dict[int, Path], tmp_path: Path, fmt: str
) -> None:
    """50,000 claims take about as much memory to export as 5,000: records are streamed."""
    small_claims, small = export_growth(bulk_homes[5_000], fmt, tmp_path / f"small.{fmt}")
    large_claims, large = export_growth(bulk_homes[50_000], fmt, tmp_path / f"large.{fmt}")
    assert (small_claims, large_claims) == (5_000, 50_000)
    # Holding 50,000 claims in memory would take well over 30 MB more than 5,000 do.
    assert large - small < 15_000_000, (small, large)
