"""Commands of the protect stage for people: persons (pseudonyms) and redact terms."""

from __future__ import annotations

import json
import sys

import typer
from rich.table import Table
from rich.text import Text

from factfinder.cli import ErrorReportingGroup, app, console, err_console
from factfinder.commands.display import as_role_option, print_plain
from factfinder.errors import InputError

persons_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="Victims, witnesses and others behind stable pseudonyms; identities encrypted.",
    no_args_is_help=True,
)
app.add_typer(persons_app, name="persons")


def _read_secret(value: str, what: str) -> str:
    """The argument, or one line from stdin for "-" (keeps a name out of the shell history)."""
    if value != "-":
        return value
    line = sys.stdin.readline().strip()
    if not line:
        raise InputError(f"no {what} on stdin")
    return line


def _check_role(role: str | None) -> str | None:
    from factfinder.protect.users import check_role

    return None if role is None else check_role(role)


@persons_app.command("add")
def persons_add(
    name: str = typer.Argument(..., help="The real name, or - to read it from stdin."),
    kind: str = typer.Option(
        ..., "--kind", help="victim, witness, detainee, source or other (sets the pseudonym)."
    ),
    alias: list[str] = typer.Option(
        [], "--alias", help="Another spelling of the name (repeat for several)."
    ),
    level: str = typer.Option(
        "public",
        "--level",
        help="Who may see the person's record: public, restricted, "
        "confidential (the name is redacted for reviewers and viewers at every level).",
    ),
    note: str | None = typer.Option(None, "--note", help="A note kept with the person."),
) -> None:
    """Record a person and print their pseudonym; the name is redacted wherever it appears."""
    from factfinder.protect.persons import NOT_ENCRYPTED, add_person
    from factfinder.store.db import open_store

    store = open_store()
    person = add_person(
        store,
        _read_secret(name, "name"),
        kind,
        aliases=alias,
        level=level,
        note=note,
        actor=store.settings.collector,
    )
    print_plain(console, person.pseudonym)
    if not person.encrypted:
        err_console.print(f"warning: {NOT_ENCRYPTED}", highlight=False)


@persons_app.command("list")
def persons_list(
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    as_role: str | None = as_role_option(),
) -> None:
    """Every person by pseudonym; real names and aliases only for admin and investigator."""
    from factfinder.protect import audit
    from factfinder.protect.levels import sees_identities, visible_levels
    from factfinder.protect.persons import list_persons
    from factfinder.store.db import open_store

    role = _check_role(as_role)
    store = open_store()
    people = list_persons(store, visible_levels(role))
    with_identity = sees_identities(role)
    if with_identity and people:
        audit.record_now(
            store,
            store.settings.collector,
            "viewed",
            object_type="persons",
            details={"count": len(people), "identities": True, "role": role or "operator"},
        )
    rows = [person.as_json(with_identity) for person in people]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        err_console.print("no persons (add one with `factfinder persons add`)")
        return
    table = Table("id", "pseudonym", "kind", "level", "encrypted")
    if with_identity:
        table.add_column("identity")
        table.add_column("aliases")
    for row in rows:
        cells = [
            str(row["id"]),
            Text(row["pseudonym"]),
            row["kind"],
            row["level"],
            "yes" if row["encrypted"] else "no",
        ]
        if with_identity:
            cells += [Text(row["identity"]), Text("; ".join(row["aliases"]))]
        table.add_row(*cells)
    console.print(table)


@persons_app.command("show")
def persons_show(
    person: str = typer.Argument(..., help='Id or pseudonym, e.g. 3 or "Witness A".'),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON object."),
    as_role: str | None = as_role_option(),
) -> None:
    """One person; the real name and aliases only for admin and investigator (audited)."""
    from factfinder.protect import audit
    from factfinder.protect.levels import sees_identities
    from factfinder.protect.persons import get_person
    from factfinder.store.db import open_store

    role = _check_role(as_role)
    store = open_store()
    record = get_person(store, person, role)
    with_identity = sees_identities(role)
    if with_identity or record.level != "public":
        audit.record_now(
            store,
            store.settings.collector,
            "viewed",
            object_type="person",
            object_id=record.id,
            details={
                "level": record.level,
                "identities": with_identity,
                "role": role or "operator",
            },
        )
    data = record.as_json(with_identity)
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    for key, value in data.items():
        if value is None or value == []:
            continue
        shown = "; ".join(value) if isinstance(value, list) else str(value)
        print_plain(console, f"{key}: {shown}")


redact_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="What redaction hides besides persons' names: user-defined protected terms.",
    no_args_is_help=True,
)
app.add_typer(redact_app, name="redact")
terms_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="Protected terms, shown as [REDACTED] to reviewers and viewers.",
    no_args_is_help=True,
)
redact_app.add_typer(terms_app, name="terms")


@terms_app.command("add")
def terms_add(
    term: str = typer.Argument(..., help="A word or phrase, or - to read it from stdin."),
) -> None:
    """Protect a word or phrase (a place of refuge, a phone number, a village)."""
    from factfinder.protect.keys import keyring_for
    from factfinder.protect.persons import NOT_ENCRYPTED, add_term
    from factfinder.store.db import open_store

    store = open_store()
    term_id, new = add_term(store, _read_secret(term, "term"), actor=store.settings.collector)
    console.print(
        f"term #{term_id} " + ("protected" if new else "was already protected"), highlight=False
    )
    if keyring_for(store.settings) is None:
        err_console.print(f"warning: {NOT_ENCRYPTED}", highlight=False)


@terms_app.command("list")
def terms_list(
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """Every protected term (only the operator can list them; the listing is audited)."""
    from factfinder.protect import audit
    from factfinder.protect.persons import list_terms
    from factfinder.store.db import open_store

    store = open_store()
    terms = list_terms(store)
    if terms:
        audit.record_now(
            store,
            store.settings.collector,
            "viewed",
            object_type="terms",
            details={"count": len(terms)},
        )
    if as_json:
        print(json.dumps([{"id": i, "term": t} for i, t in terms], ensure_ascii=False, indent=1))
        return
    if not terms:
        err_console.print("no protected terms")
        return
    for term_id, term in terms:
        print_plain(console, f"#{term_id} {term}")
