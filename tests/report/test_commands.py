"""The report commands: report, export, package, verify-package and import, good and bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.store.db import Store
from tests.report.conftest import Seed

runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def test_report_export_package_verify_and_import_from_the_command_line(
    populated: Store, seed: Seed, tmp_path: Path
) -> None:
    result = invoke("report", "1", "-o", str(tmp_path / "one.md"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "one.md").read_text().startswith("# Incident dossier")
    result = invoke("report", "--all", "--format", "html", "-o", str(tmp_path / "all.html"))
    assert result.exit_code == 0, result.output

    result = invoke("export", "--format", "csv", "-o", str(tmp_path / "csv"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "csv" / "claims.csv").is_file()
    result = invoke("export", "--format", "json", "--incident", "1", "-o", str(tmp_path / "1.json"))
    assert result.exit_code == 0, result.output

    package = tmp_path / "incident-1.zip"
    result = invoke("package", "1", "-o", str(package))
    assert result.exit_code == 0, result.output
    assert "SHA-256:" in result.output
    result = invoke("verify-package", str(package))
    assert result.exit_code == 0, result.output
    assert "package intact" in result.output

    result = invoke("import", str(seed.package))
    assert result.exit_code == 0, result.output
    assert "claims: 0 added" in result.output


def test_verify_package_needs_no_database(
    seed: Seed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTFINDER_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    monkeypatch.setenv("FACTFINDER_HOME", str(tmp_path / "no-home"))
    copy = tmp_path / "copy.zip"
    shutil.copy(seed.package, copy)
    result = invoke("verify-package", str(copy), "--json")
    assert result.exit_code == 0, result.output
    assert '"intact": true' in result.output
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0xFF
    copy.write_bytes(bytes(data))
    result = invoke("verify-package", str(copy))
    assert result.exit_code == 1
    assert "BROKEN" in result.output and "NOT intact" in result.output


def test_bad_input_is_one_clear_line_and_exit_1(populated: Store, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(b"PK\x03\x04 cut short")
    cases = [
        (("report", "404", "-o", str(tmp_path / "x.html")), "no incident #404"),
        (("report", "-o", str(tmp_path / "x.html")), "or use --all"),
        (("report", "1", "--format", "docx", "-o", str(tmp_path / "x")), "unknown report format"),
        (("report", "1", "-o", str(tmp_path / "nowhere" / "x.pdf")), "does not exist"),
        (("export", "--format", "xml", "-o", str(tmp_path / "x")), "unknown export format"),
        (("package", "9", "-o", str(tmp_path / "p.zip")), "no incident #9"),
        (("verify-package", str(truncated)), "corrupt or truncated"),
        (("verify-package", str(tmp_path / "missing.zip")), "no such package"),
        (("import", str(truncated)), "corrupt or truncated"),
        (("import", str(tmp_path / "missing.json")), "no such file"),
    ]
    for args, message in cases:
        result = invoke(*args)
        assert result.exit_code == 1, (args, result.output)
        assert message in result.output, (args, result.output)
        assert "Traceback" not in result.output
    assert not (tmp_path / "p.zip").exists() and not (tmp_path / "x.html").exists()
