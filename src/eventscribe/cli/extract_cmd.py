"""`eventscribe extract`: the contract's face (shared/CONTRACT.md)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from ..ingest import UsageError, check_paths, parse_date, read_paths


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    paths: Annotated[list[str] | None, typer.Argument(help="JSONL, .txt/.md, .html files or directories; '-' or none reads JSONL from stdin.")] = None,
    published_default: Annotated[str | None, typer.Option("--published-default", help="Reference date (YYYY-MM-DD) for documents without one.")] = None,
    processes: Annotated[int, typer.Option("--processes", "-p", help="Parser processes.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per parser batch.")] = 16,
) -> None:
    """Extract events: one JSON object per input document on standard output.

    Exit status: 0 all documents processed, 3 some failed (their lines carry `error`),
    2 usage error or unreadable PATH.

    Example: eventscribe extract examples/articles > events.jsonl
    """
    paths = paths or ["-"]
    default = None
    if published_default:
        default = parse_date(published_default)
        if default is None:
            typer.echo(f"error: --published-default: not a date: {published_default}", err=True)
            raise typer.Exit(2)
    try:
        check_paths(paths)
    except UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    from ..pipeline import Pipeline  # spaCy loads only for commands that parse

    pipeline = Pipeline(n_process=processes, batch_size=batch_size)
    failed = 0
    out = sys.stdout
    try:
        for result in pipeline.process(read_paths(paths, default_published=default)):
            if result.error is not None:
                failed += 1
                typer.echo(f"{result.id}: {result.error.code}: {result.error.message}", err=True)
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    except UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    raise typer.Exit(3 if failed else 0)
