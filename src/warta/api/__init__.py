"""The HTTP API (FastAPI): the JSON contract of SCHEMA.md over the store."""

from warta.api.app import create_app

__all__ = ["create_app"]
