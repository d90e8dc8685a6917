"""``/api/extract``: the extraction contract over HTTP, one document in, one out."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from .deps import State
from .schemas import ExtractInput, ExtractOutput, ProblemOut

router = APIRouter(tags=["extract"])


@router.post("/extract", response_model=ExtractOutput, response_model_exclude_unset=True,
             responses={413: {"model": ProblemOut}, 422: {"model": ProblemOut}})
def extract_document(state: State, document: ExtractInput) -> dict[str, Any]:
    """Extract the events of one contract input document (``id`` and ``text`` or ``html``).

    The answer is the contract's output document, as one line of ``eventscribe extract``.
    Nothing is stored.
    """
    if document.text is None and document.html is None:
        raise HTTPException(422, "the document needs 'text' or 'html'")
    [result] = state.extract([document.record()])
    return result.to_dict()
