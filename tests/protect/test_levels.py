"""Confidentiality levels: which role sees which level, and a claim's level from its source's."""

from __future__ import annotations

import pytest

from factfinder.errors import InputError
from factfinder.protect.levels import (
    LEVELS,
    check_level,
    sees_identities,
    strictest,
    visible_levels,
)
from factfinder.protect.users import ROLES


def test_roles_see_a_prefix_of_the_levels() -> None:
    assert visible_levels(None) == LEVELS
    assert visible_levels("admin") == LEVELS
    assert visible_levels("investigator") == LEVELS
    assert visible_levels("reviewer") == ("public", "restricted")
    assert visible_levels("viewer") == ("public",)


def test_every_user_role_has_a_rule() -> None:
    for role in ROLES:
        assert visible_levels(role)[0] == "public"


def test_only_identity_roles_see_identities() -> None:
    assert sees_identities(None)
    assert sees_identities("admin")
    assert sees_identities("investigator")
    assert not sees_identities("reviewer")
    assert not sees_identities("viewer")


def test_unknown_level_or_role_names_the_choices() -> None:
    with pytest.raises(InputError, match="public, restricted, confidential"):
        check_level("secret")
    with pytest.raises(InputError, match="viewer"):
        visible_levels("guest")
    assert check_level("restricted") == "restricted"


def test_strictest_of_levels() -> None:
    assert strictest() == "public"
    assert strictest(None, "public") == "public"
    assert strictest("public", "confidential", "restricted") == "confidential"
    assert strictest("restricted", None) == "restricted"
    with pytest.raises(InputError):
        strictest("public", "top-secret")


def test_sources_stored_before_levels_existed_become_public(database_url: str) -> None:
    import datetime as dt

    from alembic import command
    from sqlalchemy import text

    from factfinder.store.db import alembic_config, make_engine, upgrade

    engine = make_engine(database_url)
    cfg = alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0005")
        connection.execute(
            text(
                "INSERT INTO sources (uri, sha256, size, media_type, retrieved_at, collected_by,"
                " factfinder_version, tags, extra) VALUES ('a.txt', :sha, 1, 'text/plain', :at,"
                " 'tester', 'old', '[]', '{}')"
            ),
            {"sha": "a" * 64, "at": dt.datetime(2026, 1, 1)},
        )
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT level FROM sources")).scalar_one() == "public"
        assert connection.execute(text("SELECT count(*) FROM persons")).scalar_one() == 0
    engine.dispose()
