"""The window's first size: a share of the screen it opens on, unless a saved layout says otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from gui.services.store import StateStore
from gui.views.main_window import MainWindow
from gui.views.window_size import first_geometry, first_size

from .builders import Clock, RecordingIntents


@pytest.mark.parametrize(
    ("free", "size"),
    [
        (QRect(0, 0, 1600, 1000), QSize(1280, 800)),
        (QRect(0, 0, 1920, 1050), QSize(1536, 840)),
        # A small laptop with a panel: 80% would cramp the table, the size it was made for still fits.
        (QRect(0, 28, 1366, 740), QSize(1260, 700)),
        (QRect(0, 0, 1024, 600), QSize(973, 570)),
        # A large screen: the rows would be more blank than text.
        (QRect(0, 0, 3840, 2100), QSize(1800, 1100)),
    ],
)
def test_the_first_size_is_a_share_of_the_free_screen(free: QRect, size: QSize) -> None:
    assert first_size(free) == size
    assert free.contains(first_geometry(free))
    assert first_geometry(free).center() == free.center()


def test_the_window_opens_on_a_share_of_its_screen(window: MainWindow) -> None:
    free = window.screen().availableGeometry()
    assert window.geometry() == first_geometry(free)
    assert free.contains(window.geometry())


def test_a_saved_layout_wins(
    qtbot: QtBot, store: StateStore, intents: RecordingIntents, clock: Clock
) -> None:
    before = MainWindow(store, intents, clock=clock)
    qtbot.addWidget(before)
    before.resize(730, 460)
    saved = before.saveGeometry()
    after = MainWindow(store, intents, clock=clock)
    qtbot.addWidget(after)
    assert after.restoreGeometry(saved)
    after.show()
    qtbot.waitExposed(after)
    assert after.size() == QSize(730, 460)
