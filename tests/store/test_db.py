"""Opening the store creates or upgrades the schema, on both databases, any number of times."""

from alembic.script import ScriptDirectory
from sqlalchemy import text
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.settings import Settings
from factfinder.store.db import alembic_config, open_store


def test_open_twice_is_an_upgrade_not_an_error(settings: Settings) -> None:
    first = open_store(settings)
    second = open_store(settings)
    assert {"sources", "custody_entries", "claims", "derived_files"} <= set(second.table_names())
    script = ScriptDirectory.from_config(alembic_config(first.engine))
    with second.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert [version] == script.get_heads()
    first.engine.dispose()
    second.engine.dispose()


def test_migrations_have_one_head(sqlite_settings: Settings) -> None:
    store = open_store(sqlite_settings)
    assert len(ScriptDirectory.from_config(alembic_config(store.engine)).get_heads()) == 1


def test_init_command(settings: Settings) -> None:
    result = CliRunner().invoke(app, ["init"])
    assert result.exit_code == 0, result.output
    assert "database ready" in result.output


def test_bad_database_url_is_one_clear_line(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FACTFINDER_HOME", str(tmp_path))
    monkeypatch.setenv("FACTFINDER_DATABASE_URL", "nosuchdb://nowhere")
    result = CliRunner().invoke(app, ["init"])
    assert result.exit_code == 1
    assert "cannot open the database" in result.output
    assert "Traceback" not in result.output


def test_unreachable_postgres_is_one_clear_line(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FACTFINDER_HOME", str(tmp_path))
    monkeypatch.setenv(
        "FACTFINDER_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    )
    result = CliRunner().invoke(app, ["init"])
    assert result.exit_code == 1
    assert "cannot open the database" in result.output
