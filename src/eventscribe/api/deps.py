"""State shared by the routes, and the dependencies that hand it out."""

from __future__ import annotations

import hmac
import threading
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, HTTPException, Request

from ..ingest import parse_record
from ..model import Result

if TYPE_CHECKING:
    from ..pipeline import Pipeline


class ApiState:
    """What the routes share: the store, the ingest token and the (lazy) pipeline."""

    def __init__(self, store: Any, *, ingest_token: str | None, pipeline: Pipeline | None) -> None:
        self.store = store
        self.ingest_token = ingest_token or None
        self._pipeline = pipeline
        self._lock = threading.Lock()
        # One document batch through spaCy at a time (routes run in a thread pool).
        self._nlp_lock = threading.Lock()
        # Writes (ingest + resolution) go one at a time.
        self.write_lock = threading.Lock()

    @property
    def pipeline(self) -> Pipeline:
        """The NLP pipeline, loaded on first use (loading spaCy takes seconds)."""
        with self._lock:
            if self._pipeline is None:
                from ..pipeline import Pipeline

                self._pipeline = Pipeline()
            return self._pipeline


    def extract(self, records: list[dict[str, Any]]) -> list[Result]:
        """Run contract input records through the pipeline; one Result each, in order."""
        pipeline = self.pipeline
        with self._nlp_lock:
            return list(pipeline.process(parse_record(r) for r in records))


def get_state(request: Request) -> ApiState:
    state: ApiState = request.app.state.api
    return state


State = Annotated[ApiState, Depends(get_state)]


def require_ingest_token(request: Request, state: State) -> None:
    """Bearer-token guard for writes: 403 when ingest is off or the token is wrong, 401 when absent."""
    if state.ingest_token is None:
        raise HTTPException(403, "ingest is disabled: the server was started without an ingest token")
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "missing bearer token (Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(token.strip().encode(), state.ingest_token.encode()):
        raise HTTPException(403, "invalid ingest token")
