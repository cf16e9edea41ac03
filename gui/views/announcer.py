"""StatusAnnouncer: tells assistive technology once when the cloud's status changes, never per refresh."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from gui.i18n import Context
from gui.services.store import StateStore
from gui.state import AppState, CloudStatus, Phase
from gui.state.summary import summarize

from .presentation import cloud_look

ANNOUNCER = Context("ANNOUNCER")

__all__ = ["Announcement", "StatusAnnouncer", "announcement"]

Politeness = QAccessible.AnnouncementPoliteness
# How an announcement reaches assistive technology: its text, and whether it may interrupt.
Announce = Callable[[str, "QAccessible.AnnouncementPoliteness"], None]


@dataclass(frozen=True)
class Announcement:
    """What would be said of a state; `key` is what must differ for it to be said again."""

    key: tuple[object, ...]
    text: str
    urgent: bool


def announcement(state: AppState) -> Announcement | None:
    """The status a screen reader user is told of (as the tray sums it up), or None while not known yet."""
    if state.phase is Phase.SEARCHING:
        return None  # nothing is known yet; the last thing said still holds
    if state.pieces_os_lost:
        # Pieces OS stopped: the window keeps showing what it last saw, which is no longer news.
        return Announcement(("lost",), ANNOUNCER.tr("Pieces OS is not reachable"), urgent=True)
    summary = summarize(state)
    cloud = summary.cloud
    if cloud is not None:
        word = cloud_look(cloud).word
        text = ANNOUNCER.tr("{status}: {url}").format(status=word, url=cloud.personal_url)
        return Announcement((cloud.id, word), text, urgent=summary.status is CloudStatus.FAILED)
    if summary.status is CloudStatus.UNREACHABLE:
        return Announcement(("lost",), ANNOUNCER.tr("Pieces OS is not reachable"), urgent=True)
    text = {
        CloudStatus.NO_CLOUD: ANNOUNCER.tr("No personal cloud yet"),
        CloudStatus.SIGNED_OUT: ANNOUNCER.tr("Nobody is signed in to Pieces OS"),
        CloudStatus.ERROR: ANNOUNCER.tr("Pieces OS answers with an error"),
        CloudStatus.NOT_READY: ANNOUNCER.tr("Pieces OS is migrating its data")
        if state.phase is Phase.MIGRATING
        else ANNOUNCER.tr("Pieces OS needs an update"),
    }.get(summary.status, ANNOUNCER.tr("Status unknown"))
    return Announcement((summary.status, state.phase), text, urgent=summary.status is CloudStatus.ERROR)


class StatusAnnouncer(QObject):
    """Observes the store; each change of what `announcement` says is announced from `source`, once.

    The first status known is not announced: the window that opens says it. A refresh that finds
    the same status says nothing, however often it runs; nor does data turning stale and fresh again.
    """

    def __init__(self, store: StateStore, source: QObject, announce: Announce | None = None) -> None:
        super().__init__(source)
        self._source = source
        self._announce = announce or self._to_assistive_technology
        self._said: tuple[object, ...] | None = None
        first = announcement(store.state)
        if first is not None:
            self._said = first.key
        store.changed.connect(self._changed)

    def _changed(self, new: AppState, previous: AppState) -> None:
        now = announcement(new)
        if now is None or now.key == self._said:
            return
        first = self._said is None
        self._said = now.key
        if not first:
            self._announce(now.text, Politeness.Assertive if now.urgent else Politeness.Polite)

    def _to_assistive_technology(self, text: str, politeness: QAccessible.AnnouncementPoliteness) -> None:
        event = QAccessibleAnnouncementEvent(self._source, text)
        event.setPoliteness(politeness)
        QAccessible.updateAccessibility(event)
