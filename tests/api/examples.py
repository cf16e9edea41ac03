"""The realistic payloads of the API contract (tests/data), loaded once for every test that needs them."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

EXAMPLES_PATH = Path(__file__).resolve().parents[1] / "data" / "examples.json"


@cache
def _load() -> dict[str, Any]:
    with EXAMPLES_PATH.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def example(name: str) -> Any:
    """A fresh copy of one example payload, safe to modify."""
    return copy.deepcopy(_load()[name])


def names() -> list[str]:
    return [k for k in _load() if not k.startswith("_")]
