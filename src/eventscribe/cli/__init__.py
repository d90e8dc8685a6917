"""The command line: a thin Typer layer over the library.

Each command module exposes ``register(app)``; commands parse options, make one library
call and print.
"""

from __future__ import annotations

import typer

from . import eval_cmd, extract_cmd, serve_cmd, store_cmds

app = typer.Typer(
    name="eventscribe",
    help="Turn news articles into a structured, source-traceable dataset of political events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _module in (extract_cmd, store_cmds, eval_cmd, serve_cmd):
    _module.register(app)


@app.callback()
def _root() -> None:
    """eventscribe: political events from news text (PLOVER, ACLED), offline."""


def main() -> None:
    app()
