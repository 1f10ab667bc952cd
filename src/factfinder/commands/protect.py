"""Commands of the protect stage: keys, users, audit."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from factfinder.cli import ErrorReportingGroup, app, console, err_console
from factfinder.commands.display import print_plain

keys_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="Encryption at rest: set up, rotate and inspect the key-encryption key.",
    no_args_is_help=True,
)
app.add_typer(keys_app, name="keys")


def _operator() -> str:
    """Who runs a protect command: the configured collector (the CLI user is the local admin)."""
    from factfinder.settings import load_settings

    return load_settings().collector


@keys_app.command("init")
def keys_init() -> None:
    """Encrypt originals and the database under FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE.

    Writes FACTFINDER_HOME/keys.json (salt and Argon2id parameters, or the key file's key id,
    and the database key wrapped under the key; nothing secret), creates the key file when it
    does not exist yet, turns a plaintext SQLite database into a SQLCipher one, encrypts
    originals preserved before, and refuses to replace existing keys. Run again to finish an
    interrupted init.
    """
    from factfinder.protect.keys import init_keys
    from factfinder.store.db import open_store

    change = init_keys(open_store(for_key_setup=True), _operator())
    console.print(
        f"key {change.key_id} set up (from a {change.source.replace('_', ' ')}); "
        f"{change.encrypted} existing files encrypted"
        + ("; the database is now encrypted (SQLCipher)" if change.database_encrypted else ""),
        highlight=False,
    )
    if change.database_encrypted:
        err_console.print(
            "copies or backups of the database made before now are still plaintext: "
            "destroy them, and back up the encrypted home together with keys.json",
            highlight=False,
        )


@keys_app.command("rotate")
def keys_rotate(
    old_key_file: str | None = typer.Option(
        None,
        "--old-key-file",
        envvar="FACTFINDER_OLD_KEY_FILE",
        help="Key file of the current key (or set FACTFINDER_OLD_PASSPHRASE).",
    ),
) -> None:
    """Re-wrap every data key under the new key (FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE).

    The old key comes from FACTFINDER_OLD_PASSPHRASE, --old-key-file, or a hidden prompt.
    Only each file's wrapped-key header changes, file by file and atomically; an interrupted
    rotation is finished by running the same command again.
    """

    from factfinder.protect.keys import rotate_keys, secret_from, store_for_rotation
    from factfinder.settings import load_settings

    old_passphrase = os.environ.get("FACTFINDER_OLD_PASSPHRASE")
    if old_passphrase is None and old_key_file is None:
        old_passphrase = typer.prompt("old passphrase", hide_input=True, err=True)
    old = secret_from(
        old_passphrase,
        Path(old_key_file) if old_key_file else None,
        "FACTFINDER_OLD_PASSPHRASE",
        "--old-key-file",
    )
    change = rotate_keys(store_for_rotation(load_settings(), old), old, _operator())
    console.print(
        f"rotated to key {change.key_id}: {change.rewrapped} files re-wrapped"
        + (f", {change.already} already done" if change.already else "")
        + (f", {change.encrypted} plaintext files encrypted" if change.encrypted else ""),
        highlight=False,
    )


DATABASE_STATES = {
    "sqlcipher": "encrypted (SQLCipher: every page, the WAL and the search index)",
    "plaintext": "NOT encrypted (plain SQLite file)",
    "new": "not created yet",
    "server": "on the PostgreSQL server: protected by the server's own disk encryption",
}


@keys_app.command("status")
def keys_status(
    as_json: bool = typer.Option(False, "--json", help="Print the status as JSON."),
) -> None:
    """Whether originals are encrypted, under which key, and how many files each key holds."""
    from factfinder.protect.keys import key_status
    from factfinder.settings import load_settings

    status = key_status(load_settings())
    if as_json:
        print(json.dumps(status, indent=1))
        return
    console.print(status["sentence"], highlight=False)
    console.print(f"database: {DATABASE_STATES[status['database']]}", highlight=False)
    by_key = ", ".join(f"{key}: {count}" for key, count in status["files_by_key"].items())
    console.print(
        f"{status['files']} preserved files ({status['plaintext_files']} not encrypted"
        + (f"; by key: {by_key}" if by_key else "")
        + ")",
        highlight=False,
    )


users_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="Users and roles (admin, investigator, reviewer, viewer) and their API tokens.",
    no_args_is_help=True,
)
app.add_typer(users_app, name="users")


def _new_password() -> str:
    """FACTFINDER_NEW_PASSWORD for scripts, else a hidden prompt asked twice."""
    password = os.environ.get("FACTFINDER_NEW_PASSWORD")
    if password is not None:
        return password
    return typer.prompt("password", hide_input=True, confirmation_prompt=True, err=True)


@users_app.command("add")
def users_add(
    name: str = typer.Argument(..., help="Sign-in name (letters, digits, . _ @ -)."),
    role: str = typer.Option(..., "--role", help="admin, investigator, reviewer or viewer."),
) -> None:
    """Add a user; the password comes from FACTFINDER_NEW_PASSWORD or a hidden prompt."""
    from factfinder.protect.users import add_user, check_name, check_role
    from factfinder.store.db import open_store

    check_name(name)
    check_role(role)
    user = add_user(open_store(), name, role, _new_password(), _operator())
    print_plain(console, f"user #{user['id']} {user['name']} added as {user['role']}")


@users_app.command("list")
def users_list(
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """Every user with role, state and last sign-in (never a password hash)."""
    from factfinder.protect.users import list_users
    from factfinder.store.db import open_store

    users = list_users(open_store())
    if as_json:
        print(json.dumps(users, indent=1))
        return
    table = Table("id", "name", "role", "state", "two-factor", "last sign-in (UTC)")
    for user in users:
        state = "disabled" if user["disabled"] else "locked" if user["locked_until"] else "active"
        table.add_row(
            str(user["id"]),
            Text(user["name"]),
            user["role"],
            state,
            "on" if user["totp_enabled"] else "",
            user["last_sign_in_at"] or "",
        )
    console.print(table)


@users_app.command("disable")
def users_disable(name: str = typer.Argument(..., help="Sign-in name.")) -> None:
    """Disable a user: no more sign-ins; their API tokens stop working."""
    from factfinder.protect.users import disable_user
    from factfinder.store.db import open_store

    user = disable_user(open_store(), name, _operator())
    print_plain(console, f"user #{user['id']} {user['name']} disabled")


@users_app.command("set-role")
def users_set_role(
    name: str = typer.Argument(..., help="Sign-in name."),
    role: str = typer.Argument(..., help="admin, investigator, reviewer or viewer."),
) -> None:
    """Change a user's role (recorded in the audit log with the old and new role)."""
    from factfinder.protect.users import set_role
    from factfinder.store.db import open_store

    user = set_role(open_store(), name, role, _operator())
    print_plain(console, f"user #{user['id']} {user['name']} is now {user['role']}")


@users_app.command("token")
def users_token(name: str = typer.Argument(..., help="Sign-in name.")) -> None:
    """Make a new API token for a user and print it once: only its hash is stored."""
    from factfinder.protect.users import new_api_token
    from factfinder.store.db import open_store

    token = new_api_token(open_store(), name, _operator())
    print(token)
    err_console.print("store this token now: it cannot be shown again", highlight=False)


totp_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="Two-factor sign-in with one-time codes from an authenticator app (TOTP).",
    no_args_is_help=True,
)
users_app.add_typer(totp_app, name="totp")


@totp_app.command("enable")
def users_totp_enable(name: str = typer.Argument(..., help="Sign-in name.")) -> None:
    """Turn on two-factor sign-in with a new secret; prints the secret and otpauth URI once.

    Enabling again replaces the secret (for a lost phone). The secret is encrypted under the
    home's key when one is configured.
    """
    from factfinder.protect.totp import enable_totp
    from factfinder.store.db import open_store

    enrolment = enable_totp(open_store(), name, _operator())
    print(f"secret: {enrolment.secret}")
    print(f"uri: {enrolment.uri}")
    err_console.print(
        f"two-factor sign-in is on for {name}: add the secret or URI to an authenticator app "
        "now; it cannot be shown again",
        highlight=False,
        markup=False,
    )


@totp_app.command("disable")
def users_totp_disable(name: str = typer.Argument(..., help="Sign-in name.")) -> None:
    """Turn off two-factor sign-in for a user and forget their secret."""
    from factfinder.protect.totp import disable_totp
    from factfinder.store.db import open_store

    disable_totp(open_store(), name, _operator())
    print_plain(console, f"two-factor sign-in is off for {name}")


audit_app = typer.Typer(
    cls=ErrorReportingGroup,
    help="The hash-chained audit log (with no subcommand: list it), or verify it.",
    invoke_without_command=True,
)
app.add_typer(audit_app, name="audit")


@audit_app.callback()
def audit_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the newest N entries."),
) -> None:
    """Who did what and when: ingests, extractions, key operations, user changes, sign-ins."""
    if ctx.invoked_subcommand is not None:
        return
    from factfinder.protect.audit import entries, entry_as_json
    from factfinder.store.db import open_store

    rows = [entry_as_json(entry) for entry in entries(open_store(), limit)]
    if as_json:
        print(json.dumps(rows, indent=1))
        return
    table = Table("seq", "at (UTC)", "actor", "action", "object", "details", "hash")
    for row in rows:
        target = f"{row['object_type']} {row['object_id']}" if row["object_type"] else ""
        table.add_row(
            str(row["seq"]),
            row["at"][:19],
            Text(row["actor"]),
            row["action"],
            Text(target),
            Text(json.dumps(row["details"], sort_keys=True)),
            row["entry_hash"][:12] + "…",
        )
    console.print(table)


@audit_app.command("verify")
def audit_verify() -> None:
    """Re-hash the audit log and check every link; exit 1 when the chain is broken."""
    from factfinder.protect.audit import verify_chain
    from factfinder.store.db import open_store

    report = verify_chain(open_store())
    for problem in report.problems:
        print_plain(err_console, f"BROKEN {problem}")
    if not report.intact:
        err_console.print(
            f"audit log broken: {len(report.problems)} problems in {report.checked} entries",
            highlight=False,
        )
        raise typer.Exit(1)
    console.print(f"audit log intact: {report.checked} entries", highlight=False)
