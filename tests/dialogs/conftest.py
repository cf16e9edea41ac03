"""Fixtures of the dialog tests: operations over the emulator, its allocations in the store, snapshots."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from gui.api import AllocationCloud
from gui.emulator import Emulator, RecordedRequest
from gui.services.store import StateStore

# Markup and an image that would be fetched if any label ever read a server string as rich text.
HOSTILE = "<b>x</b><img src=y>"


@pytest.fixture
def allocations(filled: tuple[AllocationCloud, ...]) -> list[AllocationCloud]:
    """The emulator's allocations, as a refresh puts them into the store: the user's own RUNNING one first."""
    return list(filled)


def posts(emulator: Emulator, path: str) -> list[RecordedRequest]:
    return [r for r in emulator.requests if r.method == "POST" and r.path == path]


def with_vanity_url(
    emulator: Emulator, store: StateStore, cloud: AllocationCloud, url: str
) -> AllocationCloud:
    """The cloud after its vanity URL became `url` (POST /allocation/update), and the store refreshed."""
    wire = cloud.to_wire()
    changed = {**wire, "urls": {**wire["urls"], "vanity": {"status": "RUNNING", "url": url}}}
    with httpx.Client(base_url=emulator.url, trust_env=False, timeout=10.0) as http:
        http.post("/allocation/update", json=changed).raise_for_status()
    changed_cloud = AllocationCloud.model_validate(emulator.allocation(cloud.id))
    state = store.state
    store.loaded(state.user, tuple(changed_cloud if c.id == cloud.id else c for c in state.allocations))
    return changed_cloud


def assert_plain_labels(widget: QWidget) -> None:
    """Every label shows its text literally: server strings are never read as rich text."""
    labels = widget.findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.textFormat() is Qt.TextFormat.PlainText, label.text()


Snapshot = Callable[[QDialog, str], None]


@pytest.fixture
def snapshot() -> Snapshot:
    """Saves dialog-<name>.png into $DIALOG_SNAPSHOTS when set, to look at; does nothing otherwise."""
    folder = os.environ.get("DIALOG_SNAPSHOTS")

    def save(dialog: QDialog, name: str) -> None:
        if folder:
            dialog.adjustSize()
            dialog.grab().save(str(Path(folder) / f"dialog-{name}.png"))

    return save
