"""The JSON Schemas of the extraction contract, shipped with the package."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.lru_cache(maxsize=2)
def load_schema(name: str = "extract-output") -> dict[str, Any]:
    """``extract-output`` or ``extract-input`` (contract v1)."""
    ref = resources.files("eventscribe") / "data" / "schema" / f"{name}.schema.json"
    return json.loads(ref.read_text(encoding="utf-8"))


def validate_output(obj: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``obj`` is a valid output line."""
    import jsonschema

    jsonschema.validate(obj, load_schema("extract-output"),
                        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
