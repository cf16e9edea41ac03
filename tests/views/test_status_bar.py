"""StatusBar: the address and how it was found, version, health, user, and the ticking age."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from gui.state import AppState, Phase
from gui.views.status_bar import StatusBar

from .builders import NOW, Clock, connection, loaded_state
from .test_formatting import rendered


@pytest.fixture
def bar(qtbot: QtBot, clock: Clock) -> StatusBar:
    status = StatusBar(clock=clock)
    qtbot.addWidget(status)
    return status


def test_a_connected_pieces_os(bar: StatusBar) -> None:
    bar.show_state(loaded_state())
    assert bar.address.text() == "Pieces OS at http://127.0.0.1:39300"
    tip = rendered(bar.address.toolTip())
    assert "How it was found: read from the Pieces OS port file" in tip
    assert ".port.txt" in tip
    # Isolated: a right-to-left version cannot reorder the words around it.
    assert bar.version.text() == "Version \u206812.6.0\u2069"
    assert bar.health.text() == "Health: OK"
    assert "ok:8d2f6c1e" in rendered(bar.health.toolTip())
    assert bar.user.text() == "Signed in as \u2068Mark Example\u2069"
    assert "mark@example.com" in rendered(bar.user.toolTip())
    assert bar.age.text() == "Updated just now"


def test_migrating_and_nobody_signed_in(bar: StatusBar) -> None:
    bar.show_state(loaded_state(connection=connection("migrating"), user=None))
    assert bar.health.text() == "Health: Migrating"
    assert bar.user.text() == "Nobody signed in"


def test_searching_shows_no_version_or_health(bar: StatusBar) -> None:
    bar.show_state(AppState(phase=Phase.SEARCHING))
    assert bar.address.text() == "Looking for Pieces OS…"
    assert not bar.version.isVisibleTo(bar)
    assert not bar.health.isVisibleTo(bar)
    assert bar.age.text() == "Not updated yet"


def test_the_age_ticks_every_second(qtbot: QtBot, bar: StatusBar, clock: Clock) -> None:
    bar.show()
    bar.show_state(loaded_state(last_success=NOW))
    clock.advance(12)
    qtbot.waitUntil(lambda: bar.age.text() == "Updated 12 s ago", timeout=3000)
    clock.advance(180)
    qtbot.waitUntil(lambda: bar.age.text() == "Updated 3 min ago", timeout=3000)


def test_refreshing_and_stale(bar: StatusBar) -> None:
    bar.show_state(loaded_state(refreshing=True))
    assert bar.age.text() == "Refreshing…"
    bar.show_state(
        loaded_state(last_success=NOW - timedelta(minutes=3), error_text="Pieces OS did not answer.")
    )
    assert bar.age.text() == "Stale — last updated 3 min ago"
    assert rendered(bar.age.toolTip()) == "Pieces OS did not answer."


def test_labels_read_their_text_and_say_what_it_is(bar: StatusBar) -> None:
    # Named by their text (a set name is all a screen reader would hear), described by what they show.
    bar.show_state(loaded_state())
    for label in (bar.address, bar.version, bar.health, bar.user, bar.age):
        assert label.text()
        assert not label.accessibleName()
        assert label.accessibleDescription()
    assert bar.version.accessibleDescription() == "Pieces OS version\nThe version Pieces OS reports"


def test_who_is_signed_in_is_not_claimed_before_pieces_os_said(bar: StatusBar) -> None:
    bar.show_state(AppState(phase=Phase.MIGRATING, connection=connection("migrating")))
    assert not bar.user.isVisibleTo(bar)
    bar.show_state(AppState(phase=Phase.SIGNED_OUT, connection=connection()))
    assert bar.user.isVisibleTo(bar)
    assert bar.user.text() == "Nobody signed in"
