"""Confidentiality levels of sources, claims and persons, and which roles may see each level.

A level is one of three words, ordered from least to most sensitive. Roles see a prefix of
that order: a viewer sees public material only, a reviewer public and restricted, and the
people who run an investigation (admin, investigator, or the local operator at the CLI without
`--as-role`) everything, including the real identities behind pseudonyms.
"""

from __future__ import annotations

from factfinder.errors import InputError

LEVELS = ("public", "restricted", "confidential")
PUBLIC = LEVELS[0]
# The CLI without --as-role is the operator of this home, who already holds the database file
# and the key: hiding anything from them would protect nothing.
_VISIBLE = {
    None: LEVELS,
    "admin": LEVELS,
    "investigator": LEVELS,
    "reviewer": LEVELS[:2],
    "viewer": LEVELS[:1],
}
_IDENTITY_ROLES = frozenset({None, "admin", "investigator"})


def check_level(level: str) -> str:
    """The level itself when it is one of LEVELS; an InputError naming the choices otherwise."""
    if level not in LEVELS:
        raise InputError(f"unknown level {level!r}: choose one of {', '.join(LEVELS)}")
    return level


def _check_role(role: str | None) -> str | None:
    if role not in _VISIBLE:
        roles = ", ".join(str(r) for r in _VISIBLE if r is not None)
        raise InputError(f"unknown role {role!r}: choose one of {roles}")
    return role


def visible_levels(role: str | None) -> tuple[str, ...]:
    """The levels a role may see, least sensitive first (None: the local operator, all)."""
    return _VISIBLE[_check_role(role)]


def sees_identities(role: str | None) -> bool:
    """Whether a role may see real names behind pseudonyms and unredacted protected terms."""
    return _check_role(role) in _IDENTITY_ROLES


def strictest(*levels: str | None) -> str:
    """The most sensitive of the given levels (None counts as public): a claim is at least as
    confidential as the source it comes from, whatever level it was given itself."""
    rank = max((LEVELS.index(check_level(level)) for level in levels if level), default=0)
    return LEVELS[rank]
