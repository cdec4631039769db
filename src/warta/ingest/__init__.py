"""Readers: turn input files and streams into Documents, and unreadable items into InputErrors."""

from warta.ingest.errors import InputError
from warta.ingest.readers import read_inputs

__all__ = ["InputError", "read_inputs"]
