"""Fixtures of the view tests: a store, recorded intents, a hand-moved clock and the main window."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gui.services.store import StateStore
from gui.views.main_window import MainWindow

from .builders import Clock, RecordingIntents


@pytest.fixture
def store() -> StateStore:
    return StateStore()


@pytest.fixture
def intents() -> RecordingIntents:
    return RecordingIntents()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window(qtbot: QtBot, store: StateStore, intents: RecordingIntents, clock: Clock) -> MainWindow:
    main = MainWindow(store, intents, clock=clock)
    qtbot.addWidget(main)
    return main
