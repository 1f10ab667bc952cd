"""`--as-role` on every listing and show command: levels filter records, names are redacted.

Four invented sample reports at three levels, a witness and a source recorded as persons, a
protected place name; then each command is run as a viewer, a reviewer and an investigator,
as text and as JSON, and its output is searched for the protected spellings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.protect import audit
from factfinder.store.db import Store
from factfinder.store.models import Claim, Incident, IncidentClaim

SAMPLES = Path(__file__).parents[2] / "src" / "factfinder" / "samples"
PROTECTED = ("helena strand", "strand", "mira dovan", "dovan", "belgrove")
runner = CliRunner()


def run(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.stdout


def run_json(*args: str):  # type: ignore[no-untyped-def]
    return json.loads(run(*args, "--json"))


def leaks(output: str) -> list[str]:
    lowered = output.casefold()
    return [spelling for spelling in PROTECTED if spelling in lowered]


@pytest.fixture
def record(store: Store, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Sources 1 public, 2 restricted by FACTFINDER_DEFAULT_LEVEL, 3 restricted, 4 confidential."""
    run("ingest", "--no-capture", str(SAMPLES / "01-osk-monitor-secret-facilities.html"))
    monkeypatch.setenv("FACTFINDER_DEFAULT_LEVEL", "restricted")
    run("ingest", "--no-capture", str(SAMPLES / "02-interior-ministry-statement.txt"))
    monkeypatch.delenv("FACTFINDER_DEFAULT_LEVEL")
    run(
        "ingest",
        "--no-capture",
        "--level",
        "restricted",
        str(SAMPLES / "03-meridian-press-denial.html"),
    )
    run(
        "ingest",
        "--no-capture",
        "--level",
        "confidential",
        str(SAMPLES / "07-varnia-observer-five-facilities.html"),
    )
    run("extract", "--all")
    run("link")
    assert (
        run("persons", "add", "Helena Strand", "--kind", "witness", "--alias", "Strand").strip()
        == "Witness A"
    )
    assert run("persons", "add", "Mira Dovan", "--kind", "source").strip() == "Source A"
    run("redact", "terms", "add", "Belgrove")
    return {"public": 1, "default": 2, "restricted": 3, "confidential": 4}


def outputs(role: str, incident_ids: list[int]) -> dict[str, str]:
    """Every listing and show command's output for a role, as text and as JSON."""
    commands = [
        ["sources"],
        ["show", "1"],
        ["claims"],
        ["incidents"],
        ["responses"],
        ["timeline"],
        ["actors"],
        ["persons", "list"],
        ["persons", "show", "Witness A"],
        *(["incident", str(i)] for i in incident_ids),
    ]
    out = {}
    for command in commands:
        for extra in ([], ["--json"]):
            args = [*command, *extra, "--as-role", role]
            out[" ".join(args)] = run(*args)
    for query in ("facilities", "men detained"):
        out[f"search {query}"] = run("search", query, "--as-role", role)
    return out


def test_each_role_sees_its_levels_and_only_pseudonyms(
    store: Store, record: dict[str, int]
) -> None:
    a_viewer_sees_public_records_with_pseudonyms()
    a_reviewer_sees_restricted_but_not_confidential(store)
    identity_roles_and_the_operator_see_everything()


def a_viewer_sees_public_records_with_pseudonyms() -> None:
    everything = run_json("incidents")
    seen = outputs("viewer", [i["id"] for i in run_json("incidents", "--as-role", "viewer")])
    assert len(seen) >= 20
    for command, output in seen.items():
        assert not leaks(output), f"{command} shows {leaks(output)}"
    assert any("Witness A" in output for output in seen.values())
    assert any("Source A" in output for output in seen.values())
    assert any("[REDACTED]" in output for output in seen.values())
    assert [s["id"] for s in run_json("sources", "--as-role", "viewer")] == [1]
    claims = run_json("claims", "--as-role", "viewer")
    assert (
        claims
        and {c["source_id"] for c in claims} == {1}
        and {c["level"] for c in claims} == {"public"}
    )
    viewer_incidents = run_json("incidents", "--as-role", "viewer")
    assert len(viewer_incidents) < len(everything)
    for source_id in (2, 3, 4):
        result = runner.invoke(app, ["show", str(source_id), "--as-role", "viewer"])
        assert result.exit_code == 1 and f"no source with id #{source_id}" in result.output
    # A viewer cannot find which sources mention a protected name by searching for it.
    assert runner.invoke(app, ["search", "Strand", "--as-role", "viewer"]).exit_code == 1


def a_reviewer_sees_restricted_but_not_confidential(store: Store) -> None:
    levels = {s["id"]: s["level"] for s in run_json("sources")}
    assert levels == {1: "public", 2: "restricted", 3: "restricted", 4: "confidential"}
    assert [s["id"] for s in run_json("sources", "--as-role", "reviewer")] == [1, 2, 3]
    assert {c["source_id"] for c in run_json("claims", "--as-role", "reviewer")} <= {1, 2, 3}
    shown = run("show", "3", "--as-role", "reviewer")
    assert "Witness A" in shown and not leaks(shown)
    viewed = [e for e in audit.entries(store) if e.action == "viewed"]
    assert viewed[-1].object_id == "3" and viewed[-1].details["role"] == "reviewer"
    assert runner.invoke(app, ["show", "4", "--as-role", "reviewer"]).exit_code == 1
    assert not leaks(run("persons", "list", "--as-role", "reviewer"))


def identity_roles_and_the_operator_see_everything() -> None:
    assert [s["id"] for s in run_json("sources", "--as-role", "investigator")] == [1, 2, 3, 4]
    assert "Helena Strand" in run("show", "3", "--as-role", "admin")
    assert "Helena Strand" in run("show", "3")
    people = run_json("persons", "list", "--as-role", "investigator")
    assert people[0]["identity"] == "Helena Strand" and people[0]["aliases"] == ["Strand"]
    assert "identity" not in run_json("persons", "list", "--as-role", "viewer")[0]
    assert "Strand" in run("search", "Strand")


def test_changing_a_source_level_moves_its_claims(store: Store, record: dict[str, int]) -> None:
    assert "public → confidential" in run("sources", "level", "1", "confidential")
    assert run_json("sources", "--as-role", "viewer") == []
    assert run_json("claims", "--as-role", "viewer") == []
    assert run_json("incidents", "--as-role", "viewer") == []
    assert {c["level"] for c in run_json("claims", "--source", "1")} == {"confidential"}
    entry = audit.entries(store)[-1]
    assert entry.action == "source.level" and entry.details["old"] == "public"


def test_bad_roles_and_levels_are_one_clear_line(store: Store) -> None:
    for args, message in (
        (["claims", "--as-role", "guest"], "unknown role 'guest'"),
        (
            ["ingest", "--level", "secret", str(SAMPLES / "02-interior-ministry-statement.txt")],
            "unknown level",
        ),
        (["sources", "level", "1", "secret"], "unknown level"),
        (["sources", "level", "99", "public"], "no source with id #99"),
        (["persons", "add", "X", "--kind", "spy"], "unknown kind"),
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 1 and message in result.output, result.output
        assert "Traceback" not in result.output
    assert run_json("sources") == []


def _mixed_incident(store: Store) -> int:
    """An incident with event claims of the public source 1 and of the confidential source 4."""
    with store.session() as session:
        rows = session.execute(
            select(IncidentClaim.incident_id, Claim.source_id)
            .join(Claim, Claim.id == IncidentClaim.claim_id)
            .where(IncidentClaim.role == "event")
        ).all()
    sources: dict[int, set[int]] = {}
    for incident_id, source_id in rows:
        sources.setdefault(incident_id, set()).add(source_id)
    return min(i for i, s in sources.items() if {1, 4} <= s)


def test_lists_describe_incidents_and_actors_from_visible_claims_only(
    store: Store, record: dict[str, int]
) -> None:
    # `link` labels an incident from all its claims; stand in a place that only the
    # confidential report names (an invented village) for what it would add.
    incident_id = _mixed_incident(store)
    with store.session() as session:
        incident = session.get(Incident, incident_id)
        incident.label = f"{incident.label} · Tarnholt"
        incident.place = {"name": "Tarnholt", "country_code": None}
    assert "Tarnholt" in run("incidents", "--json", "--as-role", "investigator")
    for role in ("viewer", "reviewer"):
        listed = {i["id"]: i for i in run_json("incidents", "--as-role", role)}
        assert "Tarnholt" not in json.dumps(listed) and incident_id in listed
        alone = run_json("incident", str(incident_id), "--as-role", role)
        assert listed[incident_id]["label"] == alone["label"]
        assert listed[incident_id]["place"] == alone["place"]

    # "Governor Darius Holm" is written only in the confidential report (sample 07); the
    # public one calls him "the regional governor, Darius Holm".
    def aliases(*role: str) -> set[str]:
        actors = run_json("actors", *role)
        return {a for actor in actors if actor["name"] == "Darius Holm" for a in actor["aliases"]}

    assert "Governor Darius Holm" in aliases("--as-role", "investigator")
    assert "Governor Darius Holm" in aliases()
    shown = aliases("--as-role", "viewer")
    assert "Governor Darius Holm" not in shown
    assert "the regional governor, Darius Holm" in shown
    assert "Governor Darius Holm" not in run("actors", "--as-role", "viewer")
