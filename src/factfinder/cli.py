"""The factfinder command line: thin commands that parse arguments, call a stage and print."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.progress import Progress
from typer.core import TyperGroup

from factfinder import __version__
from factfinder.errors import FactfinderError

console = Console()
err_console = Console(stderr=True)


class ErrorReportingGroup(TyperGroup):
    """Turns every FactfinderError into one clear line on stderr and a non-zero exit."""

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except FactfinderError as exc:
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug: say so in one line; the text may hold names
            if os.environ.get("FACTFINDER_DEBUG"):
                raise
            err_console.print(
                f"[bold red]internal error:[/] {type(exc).__name__} "
                "(set FACTFINDER_DEBUG=1 to see the traceback)",
                highlight=False,
            )
            raise typer.Exit(70) from None


@contextmanager
def batch_progress(total: int, description: str) -> Iterator[Callable[[], None]]:
    """A Rich progress bar on stderr when it is a terminal; quiet otherwise (scripts, CI)."""
    if not err_console.is_terminal:
        yield lambda: None
        return
    with Progress(console=err_console, transient=True) as progress:
        task = progress.add_task(description, total=total)
        yield lambda: progress.advance(task)


app = typer.Typer(
    cls=ErrorReportingGroup,
    help="factfinder: preserve reports, extract sourced claims, link them into a verified record.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def version_callback(value: bool) -> None:
    if value:
        console.print(f"factfinder {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=version_callback, is_eager=True, help="Print the version."
    ),
) -> None:
    """Settings come from FACTFINDER_HOME, FACTFINDER_DATABASE_URL and FACTFINDER_COLLECTOR."""


# Commands live in factfinder/commands/, one module per stage; importing registers them on `app`.
import factfinder.commands.store  # noqa: E402, F401, I001
import factfinder.commands.sources  # noqa: E402, F401
import factfinder.commands.extract  # noqa: E402, F401
import factfinder.commands.link  # noqa: E402, F401
import factfinder.commands.protect  # noqa: E402, F401
import factfinder.commands.demo  # noqa: E402, F401
import factfinder.commands.report  # noqa: E402, F401
import factfinder.commands.web  # noqa: E402, F401
import factfinder.commands.scale  # noqa: E402, F401
import factfinder.commands.persons  # noqa: E402, F401

if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
