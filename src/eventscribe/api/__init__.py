"""The REST API (FastAPI) and the dashboard it serves: ``create_app(db_url, ...)``."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
