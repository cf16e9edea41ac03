"""StatusAnnouncer: a change of the cloud's status is told to assistive technology once, not per refresh."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud, AllocationStatus, PiecesUnreachable
from gui.services.store import StateStore
from gui.views.announcer import StatusAnnouncer

from .builders import cloud, user, with_status

Polite = QAccessible.AnnouncementPoliteness.Polite
Assertive = QAccessible.AnnouncementPoliteness.Assertive
OWN_URL = "https://mark.pieces.cloud"


class Said:
    """What was announced, in order."""

    def __init__(self, source: QWidget) -> None:
        self.source = source  # held: the announcer lives as long as the widget it speaks from
        self.lines: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []

    def __call__(self, text: str, politeness: QAccessible.AnnouncementPoliteness) -> None:
        self.lines.append((text, politeness))


def announcer(qtbot: QtBot, store: StateStore) -> Said:
    source = QWidget()
    qtbot.addWidget(source)
    said = Said(source)
    StatusAnnouncer(store, source, said)
    return said


def own_cloud(status: str = "RUNNING") -> AllocationCloud:
    return cloud(user().id, status, vanity=OWN_URL)


def test_a_change_is_announced_once_and_an_identical_refresh_says_nothing(
    qtbot: QtBot, store: StateStore
) -> None:
    said = announcer(qtbot, store)
    other = cloud("other-cloud", "FAILED")
    running = own_cloud()
    store.loaded(user(), (running, other))
    assert said.lines == []  # the first status known: the window that opens says it
    for _ in range(3):
        store.loaded(user(), (own_cloud(), other))  # a refresh bringing the same again
        store.set_refreshing(True)
        store.set_refreshing(False)
    assert said.lines == []

    failed = with_status(running, AllocationStatus.FAILED)
    store.loaded(user(), (failed, other))
    store.loaded(user(), (with_status(running, AllocationStatus.FAILED), other))
    assert said.lines == [(f"Failed: {OWN_URL}", Assertive)]

    store.loaded(user(), (running, other))
    assert said.lines[1:] == [(f"Connected: {OWN_URL}", Polite)]


def test_another_clouds_change_is_not_the_users_news_while_their_own_cloud_holds(
    qtbot: QtBot, store: StateStore
) -> None:
    said = announcer(qtbot, store)
    store.loaded(user(), (own_cloud(), cloud("other-cloud", "RUNNING")))
    store.loaded(user(), (own_cloud(), cloud("other-cloud", "FAILED")))
    assert said.lines == []


def test_pieces_os_stopping_is_announced_once_however_often_the_refresh_fails(
    qtbot: QtBot, store: StateStore
) -> None:
    said = announcer(qtbot, store)
    store.loaded(user(), (own_cloud(),))
    for _ in range(3):
        store.failed(PiecesUnreachable("nothing answers at http://127.0.0.1:39300"))
    assert said.lines == [("Pieces OS is not reachable", Assertive)]

    store.loaded(user(), (own_cloud(),))
    assert said.lines[1:] == [(f"Connected: {OWN_URL}", Polite)]


def test_signing_out_is_announced(qtbot: QtBot, store: StateStore) -> None:
    said = announcer(qtbot, store)
    store.loaded(user(), (own_cloud(),))
    store.loaded(None, ())
    assert said.lines == [("Nobody is signed in to Pieces OS", Polite)]


def test_the_announcement_reaches_qt_without_a_warning(qtbot: QtBot, store: StateStore) -> None:
    # The real path (QAccessibleAnnouncementEvent): the screen-reader test hears it on the bus.
    source = QWidget()
    qtbot.addWidget(source)
    announcer = StatusAnnouncer(store, source)
    store.loaded(user(), (own_cloud(),))
    store.loaded(user(), (own_cloud("FAILED"),))
    assert announcer.parent() is source
