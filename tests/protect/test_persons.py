"""Persons: stable pseudonyms per kind, identities encrypted under the home's key, terms."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from factfinder.errors import InputError, NotFound
from factfinder.protect import audit, keys, persons
from factfinder.protect.persons import add_person, get_person, list_persons, pseudonym_for
from factfinder.store.db import Store

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, keyed


def test_pseudonyms_count_per_kind() -> None:
    assert pseudonym_for("witness", 1) == "Witness A"
    assert pseudonym_for("witness", 27) == "Witness AA"
    assert pseudonym_for("detainee", 3) == "Detainee 3"
    assert pseudonym_for("other", 2) == "Person 2"


def test_add_gives_the_next_pseudonym_of_each_kind(store: Store) -> None:
    a = add_person(store, "Adam Vorin", "witness")
    b = add_person(store, "Marta Ilyenko", "detainee", aliases=["M. Ilyenko"], level="restricted")
    c = add_person(store, "Oleg Taran", "witness", note="met in Tarsk")
    assert (a.pseudonym, b.pseudonym, c.pseudonym) == ("Witness A", "Detainee 1", "Witness B")
    assert [p.pseudonym for p in list_persons(store)] == ["Witness A", "Detainee 1", "Witness B"]
    assert [p.pseudonym for p in list_persons(store, ("public",))] == ["Witness A", "Witness B"]
    found = get_person(store, "detainee 1")
    assert (found.identity, found.aliases, found.level) == (
        "Marta Ilyenko",
        ("M. Ilyenko",),
        "restricted",
    )
    assert get_person(store, str(c.id)).note == "met in Tarsk"
    with pytest.raises(NotFound):
        get_person(store, "Detainee 1", role="viewer")
    actions = [entry.action for entry in audit.entries(store)]
    assert actions.count("person.add") == 3
    assert all("Vorin" not in str(entry.details) for entry in audit.entries(store))


def test_bad_input_is_refused_and_nothing_written(store: Store) -> None:
    add_person(store, "Adam Vorin", "witness", aliases=["Vorin"])
    for call in (
        lambda: add_person(store, "   ", "witness"),
        lambda: add_person(store, "X Y", "spy"),
        lambda: add_person(store, "X Y", "witness", level="secret"),
        lambda: add_person(store, "adam  vorin", "victim"),
        lambda: add_person(store, "Someone Else", "victim", aliases=["VORIN"]),
    ):
        with pytest.raises(InputError):
            call()
    assert len(list_persons(store)) == 1


def test_without_a_key_identities_are_plain(store: Store) -> None:
    add_person(store, "Adam Vorin", "witness")
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT identity, key_id FROM persons")).one() == (
            "Adam Vorin",
            None,
        )


def test_with_a_key_identities_and_terms_are_encrypted(
    store: Store, monkeypatch: pytest.MonkeyPatch, reopen
) -> None:
    add_person(store, "Plain Before", "victim")
    persons.add_term(store, "Camp Zorya")
    keys.init_keys(keyed(store, monkeypatch, passphrase=PASSPHRASE), "tester")
    keyed_store = reopen()
    # Fields written before the key existed were sealed by `keys init` itself.
    record = add_person(keyed_store, "Adam Vorin", "witness", aliases=["Vorin"])
    assert record.encrypted
    with keyed_store.engine.connect() as conn:
        rows = [
            (table, tuple(row))
            for table in ("persons", "protected_terms")
            for row in conn.execute(text(f"SELECT * FROM {table}"))
        ]
    dump = " ".join(str(row) for row in rows)
    for secret in ("Adam", "Vorin", "Plain Before", "Zorya"):
        assert secret not in dump
    assert [p.identity for p in list_persons(keyed_store)] == ["Plain Before", "Adam Vorin"]
    assert persons.list_terms(keyed_store)[0][1] == "Camp Zorya"
    with pytest.raises(InputError, match="encrypted"):
        list_persons(keyed(keyed_store, monkeypatch, passphrase=None))


def test_rotation_keeps_identities_readable(
    store: Store, monkeypatch: pytest.MonkeyPatch, reopen
) -> None:
    keys.init_keys(keyed(store, monkeypatch, passphrase=PASSPHRASE), "tester")
    add_person(reopen(), "Adam Vorin", "witness")
    from typer.testing import CliRunner

    from factfinder.cli import app

    monkeypatch.setenv("FACTFINDER_PASSPHRASE", OTHER_PASSPHRASE)
    monkeypatch.setenv("FACTFINDER_OLD_PASSPHRASE", PASSPHRASE)
    result = CliRunner().invoke(app, ["keys", "rotate"])
    assert result.exit_code == 0, result.output
    after = reopen()
    assert list_persons(after)[0].identity == "Adam Vorin"
    with after.engine.connect() as conn:
        key_id = conn.execute(text("SELECT key_id FROM persons")).scalar_one()
    assert key_id == keys.keyring_for(after.settings).key_id_hex


def test_terms_are_kept_once(store: Store) -> None:
    first, new = persons.add_term(store, "Camp Zorya")
    again, new_again = persons.add_term(store, "camp  zorya")
    assert new and not new_again and first == again
    assert [t for _, t in persons.list_terms(store)] == ["Camp Zorya"]
    with pytest.raises(InputError):
        persons.add_term(store, " ")


def test_cli_add_reads_the_name_from_stdin_and_warns_without_a_key(store: Store) -> None:
    from typer.testing import CliRunner

    from factfinder.cli import app

    runner = CliRunner()
    result = runner.invoke(
        app, ["persons", "add", "-", "--kind", "detainee"], input="Oren Talvik\n"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "Detainee 1"
    assert "stored unencrypted" in result.stderr
    listed = runner.invoke(app, ["persons", "list", "--as-role", "viewer"])
    assert "Detainee 1" in listed.stdout and "Talvik" not in listed.stdout
    assert "Oren Talvik" in runner.invoke(app, ["persons", "show", "Detainee 1"]).stdout
    result = runner.invoke(app, ["redact", "terms", "add", "Quillon"])
    assert result.exit_code == 0 and "term #1 protected" in result.stdout
    assert "#1 Quillon" in runner.invoke(app, ["redact", "terms", "list"]).stdout
    empty = runner.invoke(app, ["persons", "add", "-", "--kind", "witness"], input="\n")
    assert empty.exit_code == 1 and "no name on stdin" in empty.output
