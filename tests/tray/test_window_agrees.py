"""The tray and the window never disagree: in every phase, their words say the same kind of thing."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from gui.api import (
    BadResponse,
    NotSignedIn,
    PiecesTimeout,
    PiecesUnreachable,
    ServerError,
    UpdateRequired,
)
from gui.state import AppState, Connection, Phase, rules, summarize
from gui.tray.tooltip import tooltip_lines
from gui.tray.wording import pieces_os_line, status_phrase
from gui.views.presentation import cloud_look
from gui.views.state_panel import StatePanel
from tests.views.builders import NOW, RecordingIntents, cloud, connection, loaded_state, user

# What each kind of state is called; a text belongs to the kind whose words it uses.
KINDS = {
    "looking": ("Looking for Pieces OS",),
    "waiting": ("Waiting for Pieces OS",),
    "reading": ("Reading the allocations",),
    "unreachable": ("not reachable",),
    "error": ("with an error",),
    "migrating": ("migrating its data", "updating its data"),
    "update": ("needs an update",),
    "signed out": ("Nobody is signed in",),
    "no cloud": ("No cloud yet", "No personal cloud yet"),
}

FOUND = connection()
SILENT = AppState(connection=Connection(FOUND.base_url, FOUND.source, FOUND.detail))  # no health yet


def _states() -> dict[str, AppState]:
    """A state of every phase but LOADED (the table's, below), made by the rules as the app makes them."""
    known = rules.connected(AppState(), FOUND)
    return {
        "starting": AppState(),
        "found, silent so far": SILENT,
        "found, answering": known,
        "nothing answers": rules.failed(AppState(), PiecesUnreachable("Nothing answers.")),
        "gone after answering": rules.failed(known, PiecesTimeout("when asked for its health", 2)),
        "bad answer": rules.failed(known, BadResponse("Pieces OS sent what this app cannot read.", "")),
        "server error": rules.failed(known, ServerError(500, "Database is locked", "list the allocations")),
        "slow list": rules.failed(known, PiecesTimeout("when asked to list", 15), answering=True),
        "migrating": rules.migrating(known, connection("migrating")),
        "update required": rules.failed(known, UpdateRequired(593, "", "list the allocations")),
        "signed out": rules.failed(known, NotSignedIn(401, "", "list the allocations")),
        "no cloud": rules.loaded(known, user(), (), NOW),
    }


STATES = _states()


def kind(text: str) -> str:
    kinds = [name for name, words in KINDS.items() if any(word in text for word in words)]
    assert len(kinds) == 1, f"{text!r} reads as {kinds or 'nothing known'}"
    return kinds[0]


def test_every_phase_but_the_table_is_here() -> None:
    assert {state.phase for state in STATES.values()} == set(Phase) - {Phase.LOADED}


@pytest.mark.parametrize("name", list(STATES))
def test_the_tray_says_what_the_window_says(qtbot: QtBot, name: str) -> None:
    state = STATES[name]
    panel = StatePanel(RecordingIntents())
    qtbot.addWidget(panel)
    panel.show_state(state)
    window = kind(panel.title.text())
    phrase = status_phrase(summarize(state).status, state)
    assert kind(phrase) == window, f"the window says {panel.title.text()!r}, the tray {phrase!r}"
    # The tooltip's first line is that phrase; the Pieces OS line may add where, never contradict it.
    lines = tooltip_lines(state)
    assert phrase in lines[0]
    where = pieces_os_line(state)
    assert where in lines
    if window in ("unreachable", "error") and state.connection is not None:
        assert kind(where) == window


@pytest.mark.parametrize(
    "status", ["RUNNING", "SUCCEEDED", "PENDING", "FAILED", "DISCONNECTED", "HIBERNATING"]
)
def test_with_the_table_shown_the_tray_names_the_status_the_table_shows(qtbot: QtBot, status: str) -> None:
    me = user()
    state = loaded_state(allocations=(cloud(me.id, status),), user=me)
    summary = summarize(state)
    assert summary.cloud is not None
    table = cloud_look(summary.cloud).word  # as the table's status column reads
    phrase = status_phrase(summary.status, state)
    assert table.split()[0].lower() in re.findall(r"\w+", phrase.lower()), (table, phrase)
