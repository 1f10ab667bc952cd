"""Redaction of every output a role receives: names become pseudonyms, protected terms [REDACTED].

One Redactor is built per caller (a CLI command with `--as-role`, a web request, an export)
from the persons and protected terms in the store. It filters by confidentiality level
(`allows`) and rewrites strings (`text`, `value`). Identity roles get a no-op Redactor.
"""

from __future__ import annotations

import copy
import hashlib
import re
import threading
import unicodedata
from typing import Any

from sqlalchemy import select

from factfinder.protect.levels import PUBLIC, sees_identities, visible_levels
from factfinder.store.cache import until_changed
from factfinder.store.db import Store

REDACTED = "[REDACTED]"
# Redactors by (database, role), with the version of persons and terms they were built from:
# a web request or a report reuses one until a person or a term changes (building one decrypts
# every identity, which must not happen on every request).
_CACHE: dict[tuple[str, str | None], tuple[str, Redactor]] = {}
_CACHE_LOCK = threading.Lock()


def _version(store: Store) -> str:
    """A digest of the stored persons and terms: it changes whenever a name, alias or term does,
    and when the database itself is replaced (a test or a restore reusing the same URL)."""
    from factfinder.store.models import Person, ProtectedTerm

    digest = hashlib.sha256()
    with store.session() as session:
        for row in session.execute(
            select(Person.id, Person.identity, Person.aliases, Person.key_id).order_by(Person.id)
        ):
            digest.update(repr(tuple(row)).encode())
        digest.update(b"|")
        for row in session.execute(
            select(ProtectedTerm.id, ProtectedTerm.term, ProtectedTerm.key_id).order_by(
                ProtectedTerm.id
            )
        ):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


# What may stand between the words of a name: spaces and line breaks, and the separators of
# file names, URLs and e-mail addresses ("adam_vorin.txt", "adam-vorin", "Adam%20Vorin"), so a
# name is found in a file name or a link as well as in prose. Hyphens count too, so that
# "Desh-Kallo" and "Desh Kallo" are one spelling.
_SEPARATORS = r"(?:[\s_.+\-\u2010-\u2015]|%20)+"
# Letters and digits only: an underscore is a separator here, not part of a word.
_WORD = r"[^\W_]"


def _words(spelling: str) -> list[str]:
    return [word for word in re.split(_SEPARATORS, spelling) if word]


def _key(spelling: str) -> str:
    """How a matched spelling is looked up: case-folded words, separators made one space."""
    return " ".join(_words(spelling.casefold()))


def _pattern(spelling: str) -> str:
    # The look-arounds in Redactor are Unicode-aware, so "Ayşe" does not match inside
    # "Ayşegül", while "Ayşe's", "(Ayşe)" and "ayşe_kara.pdf" do match.
    return _SEPARATORS.join(re.escape(word) for word in _words(spelling))


class Redactor:
    """Decides what a role may see and rewrites what it is shown.

    Matching is case-insensitive and whole-word, longest spelling first (so "Adam Vorin" wins
    over "Adam"); a person's name and every alias give the same pseudonym everywhere.
    """

    def __init__(self, role: str | None, replacements: dict[str, str] | None = None) -> None:
        self.role = role
        self.levels = visible_levels(role)
        given = {
            unicodedata.normalize("NFC", spelling): replacement
            for spelling, replacement in (replacements or {}).items()
            if _key(spelling)
        }
        self._replacements: dict[str, str] = {}
        for spelling, replacement in given.items():
            self._replacements.setdefault(_key(spelling), replacement)
        # Every word of every protected spelling, for search: a query word among them may only
        # match what the role is shown (protect/visibility.py).
        self._words = {word for spelling in given for word in _words(spelling.casefold())}
        self._regex: re.Pattern[str] | None = None
        if given:
            # Both the spelling and its case-folded form, since "ß" folds to "ss" and an
            # ignore-case match of one does not find the other.
            spellings = set(given) | set(self._replacements)
            ordered = sorted(spellings, key=lambda s: (-len(s), s))
            alternatives = "|".join(_pattern(s) for s in ordered)
            self._regex = re.compile(rf"(?<!{_WORD})(?:{alternatives})(?!{_WORD})", re.IGNORECASE)

    @property
    def active(self) -> bool:
        """Whether this Redactor changes anything (False for identity roles)."""
        return self._regex is not None

    def covers(self, word: str) -> bool:
        """Whether `word` is (case-insensitively) one of the words of a protected spelling."""
        return word.casefold() in self._words

    def allows(self, level: str | None) -> bool:
        """Whether a record at `level` (None: public) may be shown to this role at all."""
        return (level or PUBLIC) in self.levels

    def text(self, value: str | None) -> str | None:
        """`value` with every protected name replaced by its pseudonym and terms [REDACTED]."""
        if value is None or self._regex is None:
            return value
        if not unicodedata.is_normalized("NFC", value):
            value = unicodedata.normalize("NFC", value)
        return self._regex.sub(self._replace, value)

    def _replace(self, match: re.Match[str]) -> str:
        return self._replacements.get(_key(match.group(0)), REDACTED)

    def value(self, obj: Any) -> Any:
        """A deep copy of `obj` with every string in it (in dicts, lists, tuples) redacted.

        Dict keys are field names, not content, and stay as they are.
        """
        if self._regex is None:
            return copy.deepcopy(obj)
        if isinstance(obj, str):
            return self.text(obj)
        if isinstance(obj, dict):
            return {key: self.value(item) for key, item in obj.items()}
        if isinstance(obj, list):
            return [self.value(item) for item in obj]
        if isinstance(obj, tuple):
            return tuple(self.value(item) for item in obj)
        return copy.deepcopy(obj)

    @classmethod
    def for_role(cls, store: Store, role: str | None) -> Redactor:
        """The Redactor for `role`: persons and terms loaded (and decrypted) from the store.

        One per database and role, reused until a person or a term changes. A web request
        asks for one every time, so on SQLite it is also kept per connection until the
        database changes (store/cache.py: one PRAGMA), sparing the digest of every person and
        term that tells whether the kept one is still right.
        """
        if sees_identities(role):
            return cls(role)
        with store.session() as session:
            return until_changed(session, ("redactor", role), lambda: cls._current(store, role))

    @classmethod
    def _current(cls, store: Store, role: str | None) -> Redactor:
        """The kept Redactor for `role` if the persons and terms are as when it was built."""
        version = _version(store)
        cache_key = (store.settings.resolved_database_url, role)
        with _CACHE_LOCK:
            cached = _CACHE.get(cache_key)
        if cached is not None and cached[0] == version:
            return cached[1]
        redactor = cls._load(store, role)
        with _CACHE_LOCK:
            _CACHE[cache_key] = (version, redactor)
        return redactor

    @classmethod
    def _load(cls, store: Store, role: str | None) -> Redactor:
        from factfinder.protect.persons import list_persons, list_terms

        # A person's spellings come first: where a term has the same spelling as a name, the
        # pseudonym tells the reader more than [REDACTED] and reveals nothing. The first person
        # recorded with a spelling keeps it.
        replacements: dict[str, str] = {}
        seen: set[str] = set()
        spellings = [
            (spelling, person.pseudonym)
            for person in list_persons(store)
            for spelling in (person.identity, *person.aliases)
        ]
        spellings += [(term, REDACTED) for _term_id, term in list_terms(store)]
        for spelling, replacement in spellings:
            if _key(spelling) not in seen:
                seen.add(_key(spelling))
                replacements[spelling] = replacement
        return cls(role, replacements)

    @classmethod
    def none(cls) -> Redactor:
        """A Redactor that allows everything and changes nothing (the local operator)."""
        return cls(None)
