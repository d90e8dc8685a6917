"""`eventscribe eval`: figures per field against gold sets (docs/eval.md)."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperCommand


class _EvalCommand(TyperCommand):
    """Lets ``--json`` stand alone (JSON on standard output): click options need a value."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        fixed: list[str] = []
        for i, arg in enumerate(args):
            fixed.append(arg)
            if arg == "--json":
                nxt = args[i + 1] if i + 1 < len(args) else None
                if nxt is None or (nxt.startswith("-") and nxt != "-"):
                    fixed.append("-")
        return super().parse_args(ctx, fixed)


def register(app: typer.Typer) -> None:
    app.command("eval", cls=_EvalCommand)(eval_command)


def eval_command(
    gold: Annotated[list[str], typer.Argument(help="Gold JSONL files (native, plover-gsr, glocon, mass-mobilization or india-police shape; detected per record).")],
    errors: Annotated[int, typer.Option("--errors", "-e", help="List the N worst misses of each file.")] = 0,
    json_out: Annotated[str | None, typer.Option("--json", help="Write all figures as JSON to this file; alone or '-': standard output.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Score N documents per file, spread evenly over it.")] = None,
    processes: Annotated[int, typer.Option("--processes", "-p", help="Parser processes.")] = 1,
    predictions: Annotated[str | None, typer.Option("--predictions", help="Score saved `eventscribe extract` output (JSONL) instead of running the extractor.")] = None,
    details: Annotated[bool, typer.Option("--details/--no-details", help="Per-class tables and confusion matrices.")] = True,
    compare: Annotated[str | None, typer.Option("--compare", help="An earlier --json report: show the change of each figure.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--quiet", help="Count documents on standard error.")] = True,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the headline figures as Markdown tables.")] = False,
) -> None:
    """Run the extractor on the documents of gold files and print figures per field.

    Example: eventscribe eval gold/eventscribe-gold.jsonl --errors 20 --json figures.json
    """
    from ..evaluate import (
        GoldError,
        build_report,
        evaluate_file,
        format_markdown,
        format_text,
        load_predictions,
    )
    from ..pipeline import Pipeline

    if json_out and json_out != "-" and (json_out.endswith(".jsonl") or json_out in gold):
        # "--json gold.jsonl" most likely meant a bare --json followed by a gold file.
        typer.echo(f"error: --json {json_out}: refusing to overwrite a JSONL file; "
                   "put --json last or name a .json file", err=True)
        raise typer.Exit(2)
    saved = None
    if predictions:
        try:
            saved = load_predictions(predictions)
        except (OSError, json.JSONDecodeError) as exc:
            typer.echo(f"error: --predictions: {exc}", err=True)
            raise typer.Exit(2) from exc
    before = None
    if compare:
        try:
            with open(compare, encoding="utf-8") as fh:
                before = json.load(fh)
        except (OSError, json.JSONDecodeError) as exc:
            typer.echo(f"error: --compare: {exc}", err=True)
            raise typer.Exit(2) from exc
    pipeline = None if saved is not None else Pipeline(n_process=processes)
    datasets = []
    for path in gold:
        try:
            datasets.append(evaluate_file(path, pipeline=pipeline, predictions=saved, limit=limit,
                                          progress=progress))
        except GoldError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        typer.echo(f"scored {path}", err=True)
    to_stdout = json_out == "-"
    text = format_text(datasets, errors=errors, details=details, compare=before)
    if markdown:
        text = format_markdown(datasets)
    # With --json on standard output the text report goes to standard error.
    (sys.stderr if to_stdout else sys.stdout).write(text)
    if json_out:
        payload = json.dumps(build_report(datasets, errors=errors), ensure_ascii=False, indent=1)
        if to_stdout:
            sys.stdout.write(payload + "\n")
        else:
            with open(json_out, "w", encoding="utf-8") as fh:
                fh.write(payload + "\n")
