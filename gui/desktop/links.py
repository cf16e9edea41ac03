"""Which links the app may open: http and https web pages, nothing else."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QUrl


def is_web_url(url: str) -> bool:
    """True only for an http(s) URL with a host that Qt also accepts; file:, javascript: and such are refused.

    Both parsers must agree: the desktop opens what QUrl makes of the text, and QUrl's tolerant
    mode would "repair" a URL that Python's parser took at face value.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return False
    parsed = QUrl(url.strip(), QUrl.ParsingMode.StrictMode)
    return parsed.isValid() and parsed.scheme() in ("http", "https") and bool(parsed.host())
