"""The FastAPI application: routers per resource, the dashboard, and the security layer.

``create_app`` opens the store once; the NLP pipeline for ``/api/extract`` and ingest is
loaded lazily on first use (it takes seconds). Every response carries a strict
Content-Security-Policy (the dashboard has no inline script and loads nothing from other
origins); request bodies over ``max_body`` bytes are refused with 413 before they are read.
"""

from __future__ import annotations

import logging
from importlib import resources
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from . import articles, events, extract, stats
from .deps import ApiState, get_state
from .schemas import HealthOut

if TYPE_CHECKING:
    from ..pipeline import Pipeline

logger = logging.getLogger("eventscribe.api")

MAX_BODY = 2 * 1024 * 1024

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityMiddleware:
    """Adds security headers to every response and caps the request body size (413)."""

    def __init__(self, app: ASGIApp, *, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", [])
                           if h[0].lower() not in {k for k, _ in SECURITY_HEADERS}]
                message["headers"] = headers + SECURITY_HEADERS
            await send(message)

        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_body
                except ValueError:
                    too_big = False
                if too_big:
                    await _too_large(self.max_body, send_with_headers)
                    return

        # A chunked body has no Content-Length: count as it arrives. Past the limit, answer
        # 413 at once, tell the app the client left, and drop whatever the app sends after.
        received = 0
        refused = False

        async def guarded_send(message: Message) -> None:
            if not refused:
                await send_with_headers(message)

        async def counting_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                received += len(message.get("body", b""))
                if received > self.max_body:
                    refused = True
                    await _too_large(self.max_body, send_with_headers)
                    return {"type": "http.disconnect"}
            return message

        await self.app(scope, counting_receive, guarded_send)


async def _too_large(limit: int, send: Send) -> None:
    response = JSONResponse({"detail": f"request body too large (limit {limit} bytes)"}, status_code=413)
    await response({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


def create_app(db_url: str, *, ingest_token: str | None = None, pipeline: Pipeline | None = None,
               max_body: int = MAX_BODY, store: Any = None, dashboard: bool = True) -> FastAPI:
    """Build the API over the store at ``db_url`` (a SQLite path or SQLAlchemy URL).

    ``ingest_token``: the bearer token that ``POST /api/articles`` requires; ingest is
    refused entirely when it is None. ``pipeline``: a ready ``Pipeline`` (tests share one);
    by default one is created on first use. ``store``: an open store to use instead of
    opening ``db_url``.
    """
    if store is None:
        from ..store import Store

        store = Store.open(db_url)
    app = FastAPI(
        title="eventscribe",
        version=__version__,
        description="Political events extracted from news articles (PLOVER, ACLED), every field "
                    "traceable to its text span. See docs/api.md.",
        docs_url=None,  # Swagger UI would load assets from a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.api = ApiState(store, ingest_token=ingest_token, pipeline=pipeline)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(Exception)
    async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
        # Logged by the server; the client gets JSON without internals.
        logger.exception("error serving %s %s", request.method, request.url.path)
        # This answer comes from the outermost middleware, past SecurityMiddleware: add the headers.
        return JSONResponse({"detail": "internal error"}, status_code=500,
                            headers={k.decode(): v.decode() for k, v in SECURITY_HEADERS})

    @app.get("/healthz", response_model=HealthOut, tags=["meta"])
    def healthz() -> dict[str, str]:
        """Liveness check."""
        return {"status": "ok", "version": __version__}

    for module in (events, articles, stats, extract):
        app.include_router(module.router, prefix="/api")

    if dashboard:
        web = resources.files("eventscribe") / "web"
        app.mount("/", StaticFiles(directory=str(web), html=True), name="dashboard")

    app.add_middleware(SecurityMiddleware, max_body=max_body)
    return app


__all__ = ["create_app", "ApiState", "get_state", "CSP", "MAX_BODY"]
