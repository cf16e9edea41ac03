"""TrayHostWatch: whether a tray host is there now, told whenever one appears or goes away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
from PySide6.QtWidgets import QSystemTrayIcon

from .host import WATCHER

# While no host is there, how often to ask whether an XEmbed tray has come (about 1 ms of work).
ABSENT_POLL_MS = 2000
# While only an XEmbed tray is there, how often to ask whether it is still there. A StatusNotifier
# watcher is followed on the bus instead, with no timer at all.
XEMBED_POLL_MS = 10_000

# The kind of tray host: Qt makes an icon of the one kind or the other when the icon is made.
HostKind = Literal["sni", "xembed"]


class TrayHostWatch(QObject):
    """Follows both kinds of tray host: the StatusNotifierWatcher's name on the session bus, and an
    XEmbed tray (which has no public signal: Qt is asked again now and then, cheaply, see the constants).

    `changed()` is emitted on every change; `kind` says which host is there now (None: none).
    """

    changed = Signal()

    def __init__(
        self,
        bus: QDBusConnection | None = None,
        xembed_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        *,
        absent_poll_ms: int = ABSENT_POLL_MS,
        xembed_poll_ms: int = XEMBED_POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._xembed_available = xembed_available
        self._absent_poll_ms = absent_poll_ms
        self._xembed_poll_ms = xembed_poll_ms
        self._watcher: QDBusServiceWatcher | None = None
        self._sni = False
        self._xembed = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._poll)

    @property
    def kind(self) -> HostKind | None:
        """ "sni" while a StatusNotifierWatcher owns its name on the session bus (an icon made now
        registers there), else "xembed" while an XEmbed tray is on the display, else None."""
        if self._sni:
            return "sni"
        return "xembed" if self._xembed else None

    @property
    def poll_ms(self) -> int | None:
        """How often Qt is asked now; None while the bus says when the watcher goes."""
        return self._timer.interval() if self._timer.isActive() else None

    def start(self) -> None:
        """Look once now (without emitting), then follow: call when the app starts."""
        if self._bus.isConnected():
            flags = QDBusServiceWatcher.WatchModeFlag
            self._watcher = QDBusServiceWatcher(
                WATCHER, self._bus, flags.WatchForRegistration | flags.WatchForUnregistration, self
            )
            self._watcher.serviceRegistered.connect(lambda _name: self._set_sni(True))
            self._watcher.serviceUnregistered.connect(lambda _name: self._set_sni(False))
        self._sni = self._watcher_on_bus()
        self._xembed = not self._sni and self._xembed_available()
        self._plan()

    def _watcher_on_bus(self) -> bool:
        if not self._bus.isConnected():
            return False
        return bool(self._bus.interface().isServiceRegistered(WATCHER).value())

    def stop(self) -> None:
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.removeWatchedService(WATCHER)
            self._watcher = None

    def _set_sni(self, there: bool) -> None:
        was = self.kind
        self._sni = there
        # Not followed while the watcher is there; once it has gone, Qt asks the display only.
        self._xembed = not there and self._xembed_available()
        self._plan()
        if self.kind != was:
            self.changed.emit()

    def _poll(self) -> None:
        was = self.kind
        # Qt's own check also says yes for a watcher that the bus has not announced to us yet.
        self._sni = self._watcher_on_bus()
        self._xembed = not self._sni and self._xembed_available()
        self._plan()
        if self.kind != was:
            self.changed.emit()

    def _plan(self) -> None:
        if self._sni:
            self._timer.stop()  # the bus tells when the watcher goes
        else:
            interval = self._xembed_poll_ms if self._xembed else self._absent_poll_ms
            if not self._timer.isActive() or self._timer.interval() != interval:
                self._timer.start(interval)
