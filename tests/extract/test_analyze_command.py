"""`factfinder analyze`: claims of a file as JSON lines or a table, nothing stored, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factfinder.cli import app

REPORT = (
    "Crackdown in Korvath\n\n"
    "Police detained 40 students in Korvath yesterday, the Valdorian Herald reported.\n\n"
    "The Ardenian government has not yet spoken out.\n"
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("FACTFINDER_HOME", str(home))
    monkeypatch.delenv("FACTFINDER_DATABASE_URL", raising=False)
    return home


def test_json_lines_follow_the_contract(tmp_path: Path, home: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["analyze", str(report), "--published", "2021-03-10", "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["type"] for row in rows] == ["detention", "no_public_statement"]
    detention = rows[0]
    assert REPORT[detention["start"] : detention["end"]] == detention["sentence"]
    assert detention["when"] == {"start": "2021-03-09", "end": "2021-03-09", "precision": "day"}
    assert detention["counts"][0]["low"] == 40
    assert detention["attributed_to"] == "the Valdorian Herald"
    assert set(detention) == {
        "kind", "type", "sentence", "start", "end", "agent", "target", "place", "when",
        "counts", "attributed_to", "quote", "negated", "hedged", "confidence",
    }  # fmt: skip
    assert not home.exists()  # nothing stored


def test_html_metadata_date_is_used_without_published(tmp_path: Path, home: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Korvath</title>"
        '<meta property="article:published_time" content="2021-03-10T09:00:00Z"></head>'
        "<body><article><p>Police detained 40 students in Korvath yesterday, "
        "the Valdorian Herald reported. Officers beat several of them at the station, "
        "witnesses told reporters on the scene.</p></article></body></html>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["analyze", str(page), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    detention = next(row for row in rows if row["type"] == "detention")
    assert detention["when"]["start"] == "2021-03-09"


def test_table_groups_claims_by_type(tmp_path: Path, home: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(report), "--published", "10 March 2021"])
    assert result.exit_code == 0, result.output
    assert "detention" in result.stdout and "no_public_statement" in result.stdout


def test_stdin_is_read_with_a_dash(home: Path) -> None:
    result = CliRunner().invoke(app, ["analyze", "-", "--json"], input=REPORT)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2


def test_non_english_text_is_refused_in_one_line(tmp_path: Path, home: Path) -> None:
    report = tmp_path / "rapport.txt"
    report.write_text(
        "La police a arrêté cinq militants dans la capitale et les a battus.", "utf-8"
    )
    result = CliRunner().invoke(app, ["analyze", str(report)])
    assert result.exit_code == 1
    assert "text is not English (detected: fr); no claims extracted" in result.stderr
    assert "Traceback" not in result.output


def test_missing_file_and_bad_date_are_clear_errors(tmp_path: Path, home: Path) -> None:
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "no such file" in result.stderr
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(report), "--published", "someday"])
    assert result.exit_code == 1 and "not a date" in result.stderr


def test_text_without_claims_says_so(tmp_path: Path, home: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Ministers met on Monday to discuss the budget.", "utf-8")
    result = CliRunner().invoke(app, ["analyze", str(report), "--json"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no claims found" in result.stderr
