"""Assertions shared by the emulator's HTTP tests."""

from __future__ import annotations

from typing import Any

import httpx

from gui.api.models import Allocations

TEXT = "text/plain; charset=utf-8"
JSON = "application/json; charset=utf-8"


def assert_text(response: httpx.Response, status: int, text: str | None = None) -> str:
    """A text/plain answer with `status` (and exactly `text`, when given); returns the text."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == TEXT
    if text is not None:
        assert response.text == text
    return response.text


def assert_json(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == JSON
    return response.json()


def sdk_parse(model: Any, text: str) -> Any:
    """Parse with an official SDK model (pieces_os_client), which answers None for a JSON null."""
    parsed = model.from_json(text)
    assert parsed is not None
    return parsed


def profile_of(http: httpx.Client) -> dict[str, Any]:
    """The signed-in user's UserProfile JSON, as GET /user gives it (the body of a connect)."""
    user: dict[str, Any] = http.get("/user").json()["user"]
    return user


def cloud_at(http: httpx.Client, index: int = 0) -> dict[str, Any]:
    """The AllocationCloud JSON at `index` in GET /allocations (0 is the user's own)."""
    cloud: dict[str, Any] = http.get("/allocations").json()["iterable"][index]
    return cloud


def statuses_of(http: httpx.Client, allocation_id: str) -> dict[str, str]:
    """The cloud's status and each of its URLs', as GET /allocations shows them."""
    for cloud in Allocations.model_validate_json(http.get("/allocations").content).iterable:
        if cloud.id == allocation_id:
            return {"cloud": cloud.status.cloud, **{name: url.status for name, url in cloud.urls.named()}}
    raise AssertionError(f"{allocation_id} is not in GET /allocations")
