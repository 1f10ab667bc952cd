"""Persons behind pseudonyms and user-defined protected terms, with their identities encrypted.

A person's real name and aliases are envelope-encrypted fields (a fresh data key each, wrapped
by the home's key-encryption key), so a copy of the database alone does not reveal who the
witnesses are. Without a configured key they are stored as plain text, and the commands say so.
Everything shown outside identity roles uses the pseudonym ("Witness A", "Detainee 3").
"""

from __future__ import annotations

import base64
import json
import string
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError as DbIntegrityError
from sqlalchemy.orm import Session

from factfinder.errors import InputError, NotFound
from factfinder.protect import audit
from factfinder.protect.envelope import Kek, open_sealed, rewrap, seal
from factfinder.protect.keys import keyring_for
from factfinder.protect.levels import check_level, visible_levels
from factfinder.store.db import Store
from factfinder.store.models import Person, ProtectedTerm, utcnow

# Witnesses and sources are lettered, as courts and commissions of inquiry do ("Witness A");
# people the record counts (victims, detainees) are numbered.
KINDS = {
    "victim": ("Victim", "number"),
    "witness": ("Witness", "letter"),
    "detainee": ("Detainee", "number"),
    "source": ("Source", "letter"),
    "other": ("Person", "number"),
}
MAX_NAME_CHARS = 300
NOT_ENCRYPTED = (
    "no key is configured: identities are stored unencrypted "
    "(set FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE and run `factfinder keys init`)"
)


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise InputError(f"unknown kind {kind!r}: choose one of {', '.join(KINDS)}")
    return kind


def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise InputError(f"the {what} is empty")
    if len(cleaned) > MAX_NAME_CHARS:
        raise InputError(f"the {what} is longer than {MAX_NAME_CHARS} characters")
    if not any(ch.isalnum() for ch in cleaned):
        raise InputError(f"the {what} has no letters or digits")
    return cleaned


def _letters(n: int) -> str:
    """1 → A, 26 → Z, 27 → AA: spreadsheet-column lettering, so it never runs out."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = string.ascii_uppercase[rem] + out
    return out


def pseudonym_for(kind: str, n: int) -> str:
    word, style = KINDS[check_kind(kind)]
    return f"{word} {_letters(n) if style == 'letter' else n}"


# --- protected fields: "encrypted under key_id" or plain text when no key is configured ---


def seal_field(kek: Kek | None, value: str) -> tuple[str, str | None]:
    """A field's stored form and the id of the key it is sealed under (None: plain text)."""
    if kek is None:
        return value, None
    return base64.b64encode(seal(kek, value.encode("utf-8"))).decode("ascii"), kek.key_id_hex


def open_field(kek: Kek | None, stored: str, key_id: str | None, label: str) -> str:
    """The plaintext of a stored field; a sealed field without the key is a clear error."""
    if key_id is None:
        return stored
    if kek is None:
        raise InputError(
            f"{label} is encrypted: set FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE to read it"
        )
    return open_sealed(kek, base64.b64decode(stored), label).decode("utf-8")


@dataclass(frozen=True)
class PersonRecord:
    """A person with the identity decrypted: only for identity roles and the Redactor."""

    id: int
    pseudonym: str
    kind: str
    identity: str
    aliases: tuple[str, ...]
    level: str
    note: str | None
    encrypted: bool
    created_at: Any

    def as_json(self, with_identity: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "pseudonym": self.pseudonym,
            "kind": self.kind,
            "level": self.level,
            "note": self.note,
            "encrypted": self.encrypted,
            "created_at": self.created_at.isoformat(),
        }
        if with_identity:
            data["identity"] = self.identity
            data["aliases"] = list(self.aliases)
        return data


def _decrypt(kek: Kek | None, row: Person) -> PersonRecord:
    label = f"person {row.id}"
    return PersonRecord(
        id=row.id,
        pseudonym=row.pseudonym,
        kind=row.kind,
        identity=open_field(kek, row.identity, row.key_id, label),
        aliases=tuple(json.loads(open_field(kek, row.aliases, row.key_id, label))),
        level=row.level,
        note=row.note,
        encrypted=row.key_id is not None,
        created_at=row.created_at,
    )


def _next_number(session: Session, kind: str) -> int:
    # Persons are never deleted, so the count of a kind is also the last number it gave out.
    return (session.scalar(select(func.count()).where(Person.kind == kind)) or 0) + 1


def add_person(
    store: Store,
    name: str,
    kind: str,
    aliases: list[str] | tuple[str, ...] = (),
    level: str = "public",
    note: str | None = None,
    actor: str = "cli",
) -> PersonRecord:
    """Record a person and give them the next pseudonym of their kind; audited by id only.

    A name or alias already used by another person is refused, so a name always maps to one
    pseudonym and redaction stays consistent.
    """
    check_kind(kind)
    check_level(level)
    identity = _clean_name(name, "name")
    alias_list = []
    for alias in aliases:
        cleaned = _clean_name(alias, "alias")
        if cleaned.casefold() != identity.casefold() and cleaned not in alias_list:
            alias_list.append(cleaned)
    kek = keyring_for(store.settings)
    taken = {
        spelling.casefold(): person.pseudonym
        for person in list_persons(store)
        for spelling in (person.identity, *person.aliases)
    }
    for spelling in (identity, *alias_list):
        if spelling.casefold() in taken:
            raise InputError(f"that name is already recorded as {taken[spelling.casefold()]}")
    sealed_identity, key_id = seal_field(kek, identity)
    sealed_aliases, _ = seal_field(kek, json.dumps(alias_list, ensure_ascii=False))
    for _attempt in range(5):
        try:
            with store.session() as session:
                number = _next_number(session, kind)
                row = Person(
                    pseudonym=pseudonym_for(kind, number),
                    kind=kind,
                    identity=sealed_identity,
                    aliases=sealed_aliases,
                    key_id=key_id,
                    level=level,
                    note=note,
                    created_at=utcnow(),
                )
                session.add(row)
                session.flush()
                audit.record(
                    session,
                    actor,
                    "person.add",
                    object_type="person",
                    object_id=row.id,
                    details={"kind": kind, "level": level, "encrypted": key_id is not None},
                )
            return _decrypt(kek, row)
        except DbIntegrityError:
            continue  # another process took that pseudonym at the same moment: count again
    raise InputError("could not give a unique pseudonym; try again")


def list_persons(store: Store, levels: tuple[str, ...] | None = None) -> list[PersonRecord]:
    """Every person (at the given levels), identities decrypted, in the order they were added."""
    kek = keyring_for(store.settings)
    with store.session() as session:
        query = select(Person).order_by(Person.id)
        if levels is not None:
            query = query.where(Person.level.in_(levels))
        rows = session.scalars(query).all()
    return [_decrypt(kek, row) for row in rows]


def get_person(store: Store, ref: str, role: str | None = None) -> PersonRecord:
    """A person by id or pseudonym ("7" or "Witness A"); hidden above the role's levels."""
    with store.session() as session:
        query = select(Person)
        if ref.isdigit():
            query = query.where(Person.id == int(ref))
        else:
            query = query.where(func.lower(Person.pseudonym) == " ".join(ref.split()).lower())
        row = session.scalars(query).first()
    if row is None or row.level not in visible_levels(role):
        raise NotFound(f"no person {ref}")
    return _decrypt(keyring_for(store.settings), row)


def add_term(store: Store, term: str, actor: str = "cli") -> tuple[int, bool]:
    """Protect a word or phrase (shown as [REDACTED]); returns its id and whether it is new."""
    cleaned = _clean_name(term, "term")
    existing = {value.casefold(): term_id for term_id, value in list_terms(store)}
    if cleaned.casefold() in existing:
        return existing[cleaned.casefold()], False
    kek = keyring_for(store.settings)
    sealed, key_id = seal_field(kek, cleaned)
    with store.session() as session:
        row = ProtectedTerm(term=sealed, key_id=key_id, created_at=utcnow())
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            "term.add",
            object_type="term",
            object_id=row.id,
            details={"encrypted": key_id is not None},
        )
        return row.id, True


def list_terms(store: Store) -> list[tuple[int, str]]:
    """Every protected term (id, plaintext), oldest first."""
    kek = keyring_for(store.settings)
    with store.session() as session:
        rows = session.scalars(select(ProtectedTerm).order_by(ProtectedTerm.id)).all()
    return [(row.id, open_field(kek, row.term, row.key_id, f"term {row.id}")) for row in rows]


def reseal_fields(session: Session, old: Kek | None, new: Kek) -> int:
    """Move every protected field under `new`: re-wrap those under `old`, seal plain ones.

    For `keys init` (old None: fields stored before any key get encrypted) and `keys rotate`
    (only the wrapped data key changes). Runs in the caller's transaction; returns the count.
    """
    changed = 0
    for person in session.scalars(select(Person)):
        person.identity, person.aliases, key_id = _moved(
            old, new, person.key_id, f"person {person.id}", person.identity, person.aliases
        )
        changed += key_id != person.key_id
        person.key_id = key_id
    for term in session.scalars(select(ProtectedTerm)):
        term.term, key_id = _moved(old, new, term.key_id, f"term {term.id}", term.term)
        changed += key_id != term.key_id
        term.key_id = key_id
    return changed


def _moved(old: Kek | None, new: Kek, key_id: str | None, label: str, *values: str) -> tuple:
    """The values sealed under `new` (and the new key id), from plain text or from `old`."""
    if key_id == new.key_id_hex:
        return (*values, key_id)
    if key_id is None:
        return (*(seal_field(new, value)[0] for value in values), new.key_id_hex)
    if old is None or key_id != old.key_id_hex:
        raise InputError(f"{label} is encrypted under key {key_id}, which was not given")
    moved = (
        base64.b64encode(rewrap(old, new, base64.b64decode(value), label)).decode("ascii")
        for value in values
    )
    return (*moved, new.key_id_hex)
