"""Which links the app may open: http and https web pages, nothing else."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_web_url(url: str) -> bool:
    """True only for an http(s) URL with a host; file:, javascript: and the like are refused."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)
