"""Decoding a JSON object whose one large array member is read a few items at a time."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["array_items"]

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODE = json.JSONDecoder().raw_decode


class _Cursor:
    """A position in the text, with the JSON punctuation checks the decoder needs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def skip_space(self) -> None:
        match = _SPACE.match(self.text, self.pos)
        assert match is not None  # the pattern matches the empty string
        self.pos = match.end()

    def take(self, char: str) -> bool:
        """Step over char (and the space after it) if it comes next."""
        self.skip_space()
        if self.text.startswith(char, self.pos):
            self.pos += 1
            self.skip_space()
            return True
        return False

    def expect(self, char: str) -> None:
        if not self.take(char):
            raise ValueError(f"expected {char!r} at character {self.pos}")

    def value(self) -> Any:
        value, self.pos = _DECODE(self.text, self.pos)
        return value


def array_items(text: str, key: str, members: dict[str, Any]) -> Iterator[Any]:
    """Yield the items of the array `key` of the JSON object in text, one decoded item at a time.

    The object's other members go into members as they are met, the array's place holding an
    empty list (or its value, when it is not an array). The caller can stop between items to
    let other work run: json.loads of a 6 MB answer would hold the GIL in one go. Anything that
    is not exactly one JSON object (or repeats key) raises ValueError; json.loads then says
    what is wrong.
    """
    cursor = _Cursor(text)
    cursor.expect("{")
    if not cursor.take("}"):
        while True:
            name = cursor.value()
            if not isinstance(name, str) or (name == key and key in members):
                raise ValueError(f"not a member name, or {key!r} twice, at character {cursor.pos}")
            cursor.expect(":")
            if name == key and cursor.take("["):
                members[key] = []
                if not cursor.take("]"):
                    while True:
                        yield cursor.value()
                        if cursor.take("]"):
                            break
                        cursor.expect(",")
            else:
                members[name] = cursor.value()
            if cursor.take("}"):
                break
            cursor.expect(",")
    if cursor.pos != len(text):
        raise ValueError(f"extra data at character {cursor.pos}")
