"""StatusBar: which Pieces OS, its version and health, who is signed in, and how fresh the data is."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QStatusBar, QWidget
from typing_extensions import override

from gui.api import DiscoverySource, HealthState
from gui.i18n import Context
from gui.state import AppState, Phase

from .elided_label import ElidedLabel
from .formatting import Clock, age_text, isolate, one_line, utc_now

STATUS_BAR = Context("STATUS_BAR")

__all__ = ["StatusBar"]


_USER_ASKED = frozenset({Phase.SIGNED_OUT, Phase.NO_ALLOCATIONS, Phase.LOADED})


class StatusBar(QStatusBar):
    """Permanent labels on the right; the left stays free for short messages ("Copied …")."""

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = utc_now) -> None:
        super().__init__(parent)
        self.setAccessibleName(STATUS_BAR.tr("Status bar"))
        self._clock = clock
        self._state = AppState()
        # Widths in average characters: room for a usual value, never for a hostile one.
        self.address = self._permanent(STATUS_BAR.tr("Pieces OS address"), 58)
        self.version = self._permanent(STATUS_BAR.tr("Pieces OS version"), 28)
        self.health = self._permanent(STATUS_BAR.tr("Pieces OS health"), 24, shrinks=False)
        self.user = self._permanent(STATUS_BAR.tr("Signed-in user"), 44)
        self.age = self._permanent(STATUS_BAR.tr("Last refresh"), 40, shrinks=False)
        # Ticks every second so "Updated 12 s ago" counts up; only the age label is redrawn,
        # and only while it can be seen: hidden in the tray, the bar does nothing at all.
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_age)
        self.show_state(self._state)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        self.update_age()
        self.timer.start()
        super().showEvent(event)

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def _permanent(self, name: str, max_chars: int, *, shrinks: bool = True) -> ElidedLabel:
        label = ElidedLabel(max_chars, self, shrinks=shrinks, field=name)
        label.setFrameShape(QFrame.Shape.NoFrame)
        label.setContentsMargins(6, 0, 6, 0)
        self.addPermanentWidget(label)
        return label

    def show_state(self, state: AppState) -> None:
        self._state = state
        connection = state.connection
        if connection is None:
            searching = state.phase is Phase.SEARCHING
            self.address.set_full_text(
                STATUS_BAR.tr("Looking for Pieces OS…") if searching else STATUS_BAR.tr("No Pieces OS")
            )
        else:
            unchecked = connection.source is DiscoverySource.PROBE_UNCHECKED
            self.address.set_full_text(
                STATUS_BAR.tr("Pieces OS at {url}").format(url=one_line(connection.base_url))
                + (STATUS_BAR.tr(" (maybe not yours)") if unchecked else ""),
                STATUS_BAR.tr("How it was found: {how}").format(how=connection.source.words),
                connection.detail,
            )
        self.version.setVisible(connection is not None)
        self.health.setVisible(connection is not None)
        if connection is not None:
            version = isolate(connection.version) if connection.version else STATUS_BAR.tr("unknown")
            self.version.set_full_text(
                STATUS_BAR.tr("Version {version}").format(version=version),
                STATUS_BAR.tr("The version Pieces OS reports"),
            )
            self._render_health(state)
        # Who is signed in is only known once Pieces OS has answered GET /user.
        user_known = state.user is not None or state.phase in _USER_ASKED
        self.user.setVisible(user_known)
        if state.user is None:
            self.user.set_full_text(
                STATUS_BAR.tr("Nobody signed in"),
                STATUS_BAR.tr("Sign in from Pieces Desktop or the Pieces OS menu"),
            )
        else:
            name = state.user.display_name
            self.user.set_full_text(
                STATUS_BAR.tr("Signed in as {name}").format(name=isolate(name)),
                *[t for t in (name, state.user.known_email) if t],
            )
        self.update_age()

    def _render_health(self, state: AppState) -> None:
        health = state.connection.health if state.connection else None
        if health is None and state.error is not None:
            # Its last check went unanswered: an older "OK" would look current.
            self.health.set_full_text(
                STATUS_BAR.tr("Health: no answer"),
                STATUS_BAR.tr("Pieces OS did not answer its health check: {why}").format(
                    why=state.error.message
                ),
            )
            return
        if health is None or health.state is HealthState.UNKNOWN:
            text = STATUS_BAR.tr("Health: unknown")
        elif health.state is HealthState.MIGRATING:
            text = STATUS_BAR.tr("Health: Migrating")
        else:
            text = STATUS_BAR.tr("Health: OK")
        said = health.text if health else STATUS_BAR.tr("not checked")
        self.health.set_full_text(
            text, STATUS_BAR.tr("Pieces OS health check said: {said}").format(said=said)
        )

    def update_age(self) -> None:
        """The age of the last successful refresh, as of now."""
        state = self._state
        if state.refreshing:
            text = STATUS_BAR.tr("Refreshing…")
        elif state.last_success is None:
            text = STATUS_BAR.tr("Not updated yet")
        else:
            age = age_text((self._clock() - state.last_success).total_seconds())
            if state.stale:
                text = STATUS_BAR.tr("Stale — last updated {age}").format(age=age)
            else:
                text = STATUS_BAR.tr("Updated {age}").format(age=age)
        why = state.error.message if state.error else state.error_text
        if why and state.stale:
            self.age.set_full_text(text, why)
        else:
            self.age.set_full_text(text)
