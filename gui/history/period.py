"""Periods as people write and say them: "7d" to look back over, "3 h 12 min" for how long it lasted."""

from __future__ import annotations

import re

__all__ = ["duration_words", "parse_since"]

_UNITS = {"m": 60_000, "min": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 7 * 86_400_000}


def parse_since(text: str) -> int:
    """ "90m", "24h", "7d", "2w" as milliseconds; ValueError with words otherwise."""
    match = re.fullmatch(r"\s*(\d+)\s*(m|min|h|d|w)\s*", text)
    if match is None or int(match.group(1)) == 0:
        raise ValueError(f"{text!r} is not a period: use a number and m, h, d or w, as in 24h or 7d")
    return int(match.group(1)) * _UNITS[match.group(2)]


def duration_words(ms: int) -> str:
    """12 s, 14 min, 3 h 12 min, 2 d 4 h: two units at most, as a person says it."""
    seconds = max(ms, 0) // 1000
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, seconds = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min"
    return f"{seconds} s"
