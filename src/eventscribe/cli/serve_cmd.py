"""`eventscribe serve`: the REST API and the dashboard over an event database."""

from __future__ import annotations

import os
from typing import Annotated

import typer

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: Annotated[str, typer.Option("--db", help="SQLite file or database URL, e.g. postgresql://user:pw@host/db.")],
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token_env: Annotated[str, typer.Option(
        "--token-env", help="Environment variable holding the bearer token for POST /api/articles; "
                            "ingest over HTTP is off when it is unset or empty.")] = "ESCRIBE_INGEST_TOKEN",
    max_body: Annotated[int, typer.Option(help="Largest request body accepted, in bytes (413 above).")] = 2 * 1024 * 1024,
) -> None:
    """Serve the REST API under /api and the dashboard at /.

    Example:

        ESCRIBE_INGEST_TOKEN=s3cret eventscribe serve --db events.db --port 8000
    """
    import uvicorn

    from ..api.app import create_app
    from ..store import StoreError

    token = os.environ.get(token_env) or None
    try:
        app = create_app(db, ingest_token=token, max_body=max_body)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"eventscribe: dashboard at http://{host}:{port}/ ; API schema at /openapi.json ; "
               f"ingest {'on (' + token_env + ')' if token else 'off (set ' + token_env + ')'}", err=True)
    if host not in LOOPBACK:
        typer.echo(f"warning: listening on {host}; the API has no authentication for reads.", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)
