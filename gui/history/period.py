"""Periods as people write and say them: "7d" to look back over, "3 h 12 min" for how long it lasted."""

from __future__ import annotations

import re

from gui.i18n import Context

PERIOD = Context("PERIOD")

__all__ = ["duration_words", "parse_since"]

_UNITS = {"m": 60_000, "min": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 7 * 86_400_000}


def parse_since(text: str) -> int:
    """ "90m", "24h", "7d", "2w" as milliseconds; ValueError with words otherwise."""
    match = re.fullmatch(r"\s*(\d+)\s*(m|min|h|d|w)\s*", text)
    if match is None or int(match.group(1)) == 0:
        raise ValueError(
            PERIOD.tr("{text} is not a period: use a number and m, h, d or w, as in 24h or 7d").format(
                text=repr(text)
            )
        )
    return int(match.group(1)) * _UNITS[match.group(2)]


def duration_words(ms: int) -> str:
    """12 s, 14 min, 3 h 12 min, 2 d 4 h: two units at most, as a person says it."""
    seconds = max(ms, 0) // 1000
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, seconds = divmod(rest, 60)
    if days:
        said = PERIOD.tr("{days} d {hours} h") if hours else PERIOD.tr("{days} d")
    elif hours:
        said = PERIOD.tr("{hours} h {minutes} min") if minutes else PERIOD.tr("{hours} h")
    elif minutes:
        said = PERIOD.tr("{minutes} min")
    else:
        said = PERIOD.tr("{seconds} s")
    return said.format(days=days, hours=hours, minutes=minutes, seconds=seconds)
