"""Only http(s) links with a host are ever opened."""

from __future__ import annotations

import pytest

from gui.desktop.links import is_web_url


@pytest.mark.parametrize(
    "url", ["https://mark.pieces.cloud", "http://127.0.0.1:39300/x", "HTTPS://MARK.PIECES.CLOUD/x"]
)
def test_web_links_open(url: str) -> None:
    assert is_web_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://",
        "ftp://x.y",
        "data:text/html,hi",
        "",
        "http://[x",
        "mark.pieces.cloud",
        # Python's parser takes these; Qt, which the desktop opens them with, rejects them.
        "https://x.pieces.cloud/a b",
        "https://x.pieces.cloud/<b>x</b>",
        "https://host:99999/",
        "https://exa mple.com",
    ],
)
def test_anything_else_is_refused(url: str) -> None:
    assert not is_web_url(url)
