"""Decoding a JSON object whose one large array member is read a few items, or a slice of text, at a time."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

__all__ = ["array_items", "array_slices"]

_SPACE = re.compile(r"[ \t\n\r]*")
# What may follow an array item: a comma or the closing bracket, with space around.
_AFTER_ITEM = re.compile(r"[ \t\n\r]*([,\]])[ \t\n\r]*")
# Where two objects of an array meet (or, inside an object, may seem to: see _slices).
_CUT = re.compile(r"\}[ \t\n\r]*,[ \t\n\r]*\{")
_T = TypeVar("_T")
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


def _items(cursor: _Cursor) -> Iterator[Any]:
    """The items of the array the cursor is in (at its first item), leaving the cursor after its "]".

    One decode and one match per item: this loop runs ten thousand times for a large answer.
    """
    text, pos = cursor.text, cursor.pos
    while True:
        item, pos = _DECODE(text, pos)
        yield item
        pos = _after_item(cursor, pos)
        if cursor.pos == pos:
            return


def _after_item(cursor: _Cursor, pos: int) -> int:
    """The position after the comma after an item ending at pos (after a "]", the cursor moves there)."""
    after = _AFTER_ITEM.match(cursor.text, pos)
    if after is None:
        cursor.pos = pos
        cursor.expect(",")  # raises, saying where
    assert after is not None
    if after.group(1) == "]":
        cursor.pos = after.end()
    return after.end()


def _slices(cursor: _Cursor, size: int) -> Iterator[str]:
    """The items of the array the cursor is in, as JSON arrays of about size characters each.

    A slice ends where a "}" and a "{" meet across a comma, which between the objects of the
    array is exactly where one ends and the next begins. Inside an object it can be the middle
    of a string or of a nested array; a slice cut there is not JSON, and reading it says so. The
    last slice is found item by item, which also finds where the array ends.
    """
    text, start = cursor.text, cursor.pos
    while (cut := _CUT.search(text, start + size)) is not None:
        yield "[" + text[start : cut.start() + 1] + "]"
        start = cut.end() - 1
    pos = start
    while True:
        _, end = _DECODE(text, pos)
        pos = _after_item(cursor, end)
        if cursor.pos == pos:
            yield "[" + text[start:end] + "]"
            return


def array_items(text: str, key: str, members: dict[str, Any]) -> Iterator[Any]:
    """Yield the items of the array `key` of the JSON object in text, one decoded item at a time.

    The object's other members go into members as they are met, the array's place holding an
    empty list (or its value, when it is not an array). The caller can stop between items to
    let other work run: json.loads of a 6 MB answer would hold the GIL in one go. Anything that
    is not exactly one JSON object (or repeats key) raises ValueError; json.loads then says
    what is wrong.
    """
    return _members(text, key, members, _items)


def array_slices(text: str, key: str, members: dict[str, Any], size: int) -> Iterator[str]:
    """Like array_items, but yield the array's objects as the JSON texts of arrays of about size characters.

    Much faster to read than item by item (one parse of each slice, by the caller), but a slice
    may be cut inside an object (see _slices): reading that slice, or the next, then fails as not
    JSON (here a ValueError), and the caller should read the answer item by item instead.
    """
    return _members(text, key, members, lambda cursor: _slices(cursor, size))


def _members(
    text: str, key: str, members: dict[str, Any], read_array: Callable[[_Cursor], Iterator[_T]]
) -> Iterator[_T]:
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
                    yield from read_array(cursor)
            else:
                members[name] = cursor.value()
            if cursor.take("}"):
                break
            cursor.expect(",")
    if cursor.pos != len(text):
        raise ValueError(f"extra data at character {cursor.pos}")
