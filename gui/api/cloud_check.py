"""Recognising AllocationCloud JSON in its plainest form without pydantic: the fast path of a snapshot.

pydantic checks a cloud by building a checked copy of it: half the cost of reading a large
snapshot. Nearly every cloud Pieces OS sends is plain JSON of exactly the contract's types,
which a few type tests recognise, and then the parsed JSON itself is the checked JSON. Anything
else (a missing field, a number where text belongs, a time in another form) is left to
pydantic, which accepts or describes it. tests/api/test_cloud_check.py holds the two together:
what is plain here, CloudJSON accepts unchanged.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

__all__ = ["is_plain_cloud"]

# RFC 3339, as Pieces OS writes times (e.g. 2026-03-25T12:58:49.120Z); other forms go to pydantic.
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?(?:Z|[+-]\d\d:\d\d)")


def is_plain_cloud(value: object) -> bool:
    """Whether value is an AllocationCloud JSON object that CloudJSON accepts exactly as it is.

    Exact JSON types only (text is a str, a migration an int and not a bool), absent or null
    where a field is optional, every time in RFC 3339 form; unknown fields anywhere.
    """
    if type(value) is not dict:
        return False
    status, urls = value.get("status"), value.get("urls")
    return (
        type(value.get("id")) is str
        and type(value.get("project")) is str
        and type(value.get("user")) is str
        and type(status) is dict
        and type(status.get("cloud")) is str
        and _schema(status)
        and type(urls) is dict
        and _url(urls.get("base"))
        and _url(urls.get("id"))
        and (urls.get("vanity") is None or _url(urls.get("vanity")))
        and _schema(urls)
        and _text_or_none(value, "region")
        and _text_or_none(value, "version")
        and _time(value.get("updated"))
        and _schema(value)
    )


def _text_or_none(value: dict[str, Any], key: str) -> bool:
    item = value.get(key)
    return item is None or type(item) is str


def _schema(value: dict[str, Any]) -> bool:
    stamp = value.get("schema")
    return stamp is None or (
        type(stamp) is dict and type(stamp.get("migration")) is int and type(stamp.get("semantic")) is str
    )


def _url(value: object) -> bool:
    return (
        type(value) is dict
        and type(value.get("status")) is str
        and type(value.get("url")) is str
        and _schema(value)
    )


def _time(value: object) -> bool:
    if value is None:
        return True
    if type(value) is not dict:
        return False
    text = value.get("value")
    if type(text) is not str or _TIME.fullmatch(text) is None:
        return False
    try:
        datetime.fromisoformat(text)  # the calendar: no 30 February
    except ValueError:
        return False
    return _text_or_none(value, "readable") and _schema(value)
