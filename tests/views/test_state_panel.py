"""StatePanel: every phase says what is going on and offers the action that helps."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from gui.api import BadResponse, DiscoveryFailed, PiecesUnreachable, UpdateRequired
from gui.state import AppState, Phase
from gui.views.state_panel import StatePanel

from .. import gestures
from .builders import RecordingIntents, connection, user

TRIED = (
    "http://127.0.0.1:39300 (from /home/mark/.local/share/com.pieces.os/production/Config/.port.txt)",
    "127.0.0.1 ports 39300-39333",
    "http://localhost:1000",
    "http://localhost:5323",
)


@pytest.fixture
def panel(qtbot: QtBot, intents: RecordingIntents) -> StatePanel:
    widget = StatePanel(intents)
    qtbot.addWidget(widget)
    return widget


def visible_buttons(panel: StatePanel) -> list[str]:
    buttons = panel.findChildren(QPushButton)
    return [b.text().replace("&", "") for b in buttons if b.isVisibleTo(panel)]


def click(button: QPushButton) -> None:
    assert button.isVisibleTo(button.window())
    assert button.isEnabled()
    gestures.click(button)


def state(phase: Phase, **changes: Any) -> AppState:
    return AppState(phase=phase, **changes)


def test_searching_is_busy_with_nothing_to_press(panel: StatePanel) -> None:
    panel.show_state(state(Phase.SEARCHING))
    assert panel.title.text() == "Looking for Pieces OS…"
    assert panel.busy.isVisibleTo(panel)
    assert panel.busy.minimum() == panel.busy.maximum() == 0  # indeterminate
    assert visible_buttons(panel) == []


def test_unreachable_after_discovery_lists_every_address_tried(
    qtbot: QtBot, panel: StatePanel, intents: RecordingIntents
) -> None:
    failure = DiscoveryFailed(TRIED)
    panel.show_state(state(Phase.UNREACHABLE, error=failure, error_text=str(failure)))
    assert panel.title.text() == "Pieces OS is not reachable"
    assert panel.message.text() == "No Pieces OS answered at any of these addresses:"
    assert panel.tried.text().splitlines() == list(TRIED)
    assert panel.hint.text() == failure.hint
    assert not panel.busy.isVisibleTo(panel)
    assert visible_buttons(panel) == ["Retry", "Change address…", "Open the demo"]
    click(panel.retry_button)
    click(panel.change_address_button)
    click(panel.demo_button)
    assert intents.names() == ["retry_discovery", "change_address", "start_demo"]


def test_unreachable_at_a_given_address_shows_the_error(panel: StatePanel) -> None:
    error = PiecesUnreachable("http://127.0.0.1:39300", "connection refused")
    panel.show_state(state(Phase.UNREACHABLE, error=error, error_text=str(error)))
    assert panel.message.text() == error.message
    assert panel.hint.text() == error.hint
    assert not panel.tried.isVisibleTo(panel)


def test_unreachable_without_an_error_object_uses_the_error_text(panel: StatePanel) -> None:
    panel.show_state(state(Phase.UNREACHABLE, error_text="Nothing answered."))
    assert panel.message.text() == "Nothing answered."
    assert "Retry" in panel.hint.text()


@pytest.mark.parametrize(
    ("phase", "title", "buttons"),
    [
        (Phase.MIGRATING, "Pieces OS is updating its data…", ["Retry"]),
        (Phase.UPDATE_REQUIRED, "Pieces OS needs an update", ["Retry"]),
        (Phase.SIGNED_OUT, "Nobody is signed in to Pieces OS", ["Retry"]),
    ],
)
def test_pieces_os_answers_but_cannot_serve(
    qtbot: QtBot, panel: StatePanel, intents: RecordingIntents, phase: Phase, title: str, buttons: list[str]
) -> None:
    panel.show_state(state(phase, connection=connection()))
    assert panel.title.text() == title
    assert panel.message.text()
    assert visible_buttons(panel) == buttons
    click(panel.retry_button)
    # Pieces OS was found: Retry refreshes rather than searching again.
    assert intents.names() == ["refresh"]


def test_signed_out_says_how_to_sign_in(panel: StatePanel) -> None:
    panel.show_state(state(Phase.SIGNED_OUT))
    text = f"{panel.message.text()} {panel.hint.text()}"
    assert "Pieces Desktop" in text
    assert "Pieces OS menu" in text
    assert "sign in" in text


def test_update_required_shows_the_server_error_and_how_to_update(panel: StatePanel) -> None:
    error = UpdateRequired(593, "Please update", "list the allocations")
    panel.show_state(state(Phase.UPDATE_REQUIRED, error=error, error_text=str(error)))
    assert panel.message.text() == error.message
    assert "Update Pieces OS" in panel.hint.text()


def test_no_allocations_offers_connect(qtbot: QtBot, panel: StatePanel, intents: RecordingIntents) -> None:
    panel.show_state(state(Phase.NO_ALLOCATIONS, connection=connection(), user=user("Mark Example")))
    assert panel.message.text() == "You are signed in as \u2068Mark Example\u2069 but have no cloud yet."
    assert visible_buttons(panel) == ["Connect…", "Refresh"]
    click(panel.connect_button)
    click(panel.retry_button)
    assert intents.names() == ["connect", "refresh"]


def test_connect_is_disabled_without_a_user(panel: StatePanel) -> None:
    panel.show_state(state(Phase.NO_ALLOCATIONS))
    assert not panel.connect_button.isEnabled()


def test_every_phase_has_a_title_and_buttons_have_names_and_mnemonics(panel: StatePanel) -> None:
    for phase in Phase:
        panel.show_state(state(phase, user=user()))
        assert panel.title.text() or phase is Phase.LOADED
    for button in panel.findChildren(QPushButton):
        assert button.accessibleName()
        assert "&" in button.text()


def test_an_error_from_a_running_pieces_os_shows_its_words(
    qtbot: QtBot, panel: StatePanel, intents: RecordingIntents
) -> None:
    error = BadResponse("list the allocations", "iterable[3].urls.id: field required")
    panel.show_state(state(Phase.FAILING, connection=connection(), error=error, error_text=str(error)))
    assert panel.title.text() == "Pieces OS answered with an error"
    assert "iterable[3].urls.id: field required" in panel.message.text()
    assert panel.hint.text() == error.hint
    assert visible_buttons(panel) == ["Retry", "Change address…"]
    click(panel.retry_button)
    assert intents.names() == ["refresh"]


def test_found_but_silent_pieces_os_is_waited_for_not_said_to_have_answered(panel: StatePanel) -> None:
    found = replace(connection(), version=None, health=None)  # an address given, nothing heard yet
    panel.show_state(state(Phase.SEARCHING, connection=found))
    assert panel.title.text() == "Waiting for Pieces OS…"
    assert panel.message.text() == "Found Pieces OS at http://127.0.0.1:39300; waiting for it to answer."
    assert "answered" not in panel.message.text()
    assert panel.busy.isVisibleTo(panel)


def test_once_pieces_os_answered_the_panel_says_it_is_reading_not_looking(panel: StatePanel) -> None:
    panel.show_state(state(Phase.SEARCHING, connection=connection()))
    assert panel.title.text() == "Reading the allocations…"
    assert "http://127.0.0.1:39300" in panel.message.text()
    assert panel.busy.isVisibleTo(panel)
