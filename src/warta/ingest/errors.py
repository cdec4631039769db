"""One record per input item that could not be read: what, why, and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class InputError:
    """An input item that could not be processed (`--errors` writes one JSON line each)."""

    item: str
    reason: str
    hint: str

    def to_dict(self) -> dict[str, Any]:
        return {"item": self.item, "reason": self.reason, "hint": self.hint}
