"""``/api/articles``: read one stored article; ingest documents (bearer token)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException

from .deps import State, require_ingest_token
from .evidence import decorate_mention
from .schemas import ArticleOut, ExtractInput, IngestOut, ProblemOut

router = APIRouter(tags=["articles"])

MAX_DOCS = 100  # documents in one ingest request


@router.get("/articles/{article_id:path}", response_model=ArticleOut, responses={404: {"model": ProblemOut}})
def get_article(state: State, article_id: str) -> dict[str, Any]:
    """One stored article: its text, metadata and the event mentions found in it."""
    article = state.store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    article["mentions"] = [decorate_mention(m) for m in article.get("mentions") or []]
    return article


@router.post(
    "/articles", response_model=IngestOut, dependencies=[Depends(require_ingest_token)],
    responses={401: {"model": ProblemOut}, 403: {"model": ProblemOut}, 413: {"model": ProblemOut},
               422: {"model": ProblemOut}},
)
def ingest_articles(
    state: State,
    documents: Annotated[ExtractInput | list[ExtractInput], Body(
        description=f"one contract input document, or a list of up to {MAX_DOCS}")],
) -> dict[str, Any]:
    """Extract events from documents, store them and re-resolve events across articles.

    Needs ``Authorization: Bearer <token>``, the token the server was started with
    (``eventscribe serve --token-env``); refused when the server has none.
    """
    docs = documents if isinstance(documents, list) else [documents]
    if not docs:
        raise HTTPException(422, "no documents")
    if len(docs) > MAX_DOCS:
        raise HTTPException(422, f"too many documents ({len(docs)}); at most {MAX_DOCS} a request")
    for d in docs:
        if d.text is None and d.html is None:
            raise HTTPException(422, f"document {d.id!r} has neither 'text' nor 'html'")
    results = []
    stored = 0
    extracted = state.extract([d.record() for d in docs])
    with state.write_lock:
        for result in extracted:
            ok = False
            if result.error is None:
                ok = bool(state.store.add_result(result))
                stored += int(ok)
            results.append({"id": result.id, "stored": ok, "events": len(result.events),
                            "error": result.error.to_dict() if result.error else None})
        if stored:
            from ..resolve import merged_to_dict, resolve

            state.store.update_events(resolve, merged_to_dict)
    return {"received": len(docs), "stored": stored, "results": results}
