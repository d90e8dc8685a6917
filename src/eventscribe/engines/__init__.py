"""Execution engines: where extraction runs.

- ``local`` (always available): :class:`eventscribe.pipeline.Pipeline`, spaCy's
  ``nlp.pipe`` with ``n_process`` worker processes on this machine.
- ``ray`` (``pip install "eventscribe[ray]"``): :func:`eventscribe.engines.ray_engine.extract_with_ray`
  spreads documents over a Ray cluster (or local Ray workers); every worker loads the
  spaCy model once. Output is identical to the local engine's, in input order.

Ray is imported only when the ray engine is used, so the base install never needs it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from typing import Any

from ..ingest import Item
from ..model import Result

ENGINES: tuple[str, ...] = ("local", "ray")


def ray_available() -> bool:
    return importlib.util.find_spec("ray") is not None


def extract(items: Iterable[Item], *, engine: str = "local", processes: int | None = None,
            batch_size: int = 16, address: str | None = None, **options: Any) -> Iterator[Result]:
    """Run extraction with the named engine; one Result per item, in input order."""
    if engine == "local":
        from ..pipeline import Pipeline, default_processes

        yield from Pipeline(n_process=processes or default_processes(), batch_size=batch_size).process(items)
    elif engine == "ray":
        if not ray_available():
            raise RuntimeError('the ray engine needs ray: pip install "eventscribe[ray]"')
        from .ray_engine import extract_with_ray

        yield from extract_with_ray(items, address=address, num_workers=processes, batch_size=batch_size,
                                    **options)
    else:
        raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")


__all__ = ["ENGINES", "extract", "ray_available"]
