"""The docs test: every command, option and setting factfinder has is documented in README.md."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from factfinder.cli import app
from factfinder.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"
HEADING = re.compile(r"^(#{1,6})\s+(.*)$", re.MULTILINE)


def walk_commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, Any]]:
    """Every command and sub-command of the CLI as ('factfinder incidents merge', command)."""
    yield " ".join(("factfinder", *path)), command
    for name, sub in sorted((getattr(command, "commands", None) or {}).items()):
        if not getattr(sub, "hidden", False):
            yield from walk_commands(sub, (*path, name))


COMMANDS = dict(walk_commands(typer.main.get_command(app)))


def readme_text() -> str:
    return README.read_text(encoding="utf-8")


def command_section(text: str, command: str) -> str | None:
    """The README text under the heading that names `command` (in backticks) up to the next
    heading; None when no heading names it."""
    headings = list(HEADING.finditer(text))
    for index, heading in enumerate(headings):
        if f"`{command}`" in heading.group(2):
            end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
            return text[heading.end() : end]
    return None


def option_names(command: Any) -> list[str]:
    """The long (or only) spelling of each visible option, including --no-… switches."""
    names = []
    for param in command.params:
        if param.param_type_name != "option" or getattr(param, "hidden", False):
            continue
        spellings = [opt for opt in (*param.opts, *param.secondary_opts) if opt != "--help"]
        names.extend(opt for opt in spellings if opt.startswith("--") or len(spellings) == 1)
    return names


@pytest.mark.parametrize("command", sorted(name for name in COMMANDS if name != "factfinder"))
def test_every_command_has_a_readme_section_naming_each_option(command: str) -> None:
    section = command_section(readme_text(), command)
    assert section is not None, f"README.md has no heading naming `{command}`"
    missing = [name for name in option_names(COMMANDS[command]) if name not in section]
    assert not missing, f"`{command}` options not in its README section: {missing}"


def test_global_options_are_documented() -> None:
    text = readme_text()
    missing = [name for name in option_names(COMMANDS["factfinder"]) if name not in text]
    assert not missing


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_documented(field: str) -> None:
    variable = f"FACTFINDER_{field.upper()}"
    assert variable in readme_text(), f"{variable} is not documented in README.md"


def test_quick_start_is_exactly_two_commands() -> None:
    """A fresh machine needs one command to see factfinder work and one to test it."""
    section = command_section_by_title(readme_text(), "Quick start")
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", section, flags=re.DOTALL)
    commands = [line for block in blocks for line in block.splitlines() if line.strip()]
    assert commands == [
        "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/factfinder demo",
        "bash .ci/run",
    ]


def command_section_by_title(text: str, title: str) -> str:
    headings = list(HEADING.finditer(text))
    for index, heading in enumerate(headings):
        if heading.group(2).strip() == title:
            end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
            return text[heading.end() : end]
    raise AssertionError(f"README.md has no '{title}' section")
