"""Fixtures of the dashboard tests: stores with known events (the seed article's records)."""

from __future__ import annotations

import sys
from pathlib import Path

# The seed records and store targets are shared with tests/store (not a package).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
