"""The store tells observers of a change only when something changed, with the state before and after."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.api import PiecesUnreachable
from gui.services.store import StateStore
from gui.state import AppState, Phase


def test_a_change_is_published_with_before_and_after(qtbot: QtBot) -> None:
    store = StateStore()
    with qtbot.waitSignal(store.changed) as blocker:
        store.failed(PiecesUnreachable("http://127.0.0.1:39300"))
    new, previous = blocker.args or (None, None)
    assert isinstance(new, AppState)
    assert new.phase is Phase.UNREACHABLE
    assert isinstance(previous, AppState)
    assert previous.phase is Phase.SEARCHING


def test_an_update_that_changes_nothing_is_silent(qtbot: QtBot) -> None:
    store = StateStore()
    store.set_interval(15.0)
    with qtbot.assertNotEmitted(store.changed):
        store.set_interval(15.0)


def test_stale_means_old_data_is_shown_while_refreshing_fails() -> None:
    from datetime import UTC, datetime

    assert not AppState().stale
    assert not AppState(error_text="down").stale
    assert AppState(error_text="down", last_success=datetime.now(UTC)).stale
