"""Every way the app can be told to stop (a signal, Qt's quit, the session ending) becomes its own Quit."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication

_log = logging.getLogger(__name__)

# What ends a process politely on Unix: logout and systemd (TERM), Ctrl+C (INT), a closed terminal (HUP).
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class QuitRoutingApplication(QApplication):
    """A QApplication whose quit() asks the app to quit, instead of stopping the event loop under it.

    QCoreApplication.quit() is how the desktop ends an app (the session manager at logout, the
    Dock's Quit on macOS, Windows ending the session): Qt delivers it as a Quit event to the
    application, which would stop the loop at once, before any clean-up. Once route_quit() is
    called, that event is taken and handed to the app's own quit; the loop stops when the app's
    main coroutine returns.
    """

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self._on_quit: Callable[[str], None] | None = None

    def route_quit(self, on_quit: Callable[[str], None] | None) -> None:
        """From now on a quit() calls on_quit("quit requested by the system") (None: Qt's own quit again)."""
        self._on_quit = on_quit

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit and self._on_quit is not None:
            self._on_quit("the system asked the app to quit")
            return True  # taken: the app quits when its clean-up is done
        return super().event(event)


def hear_stop_signals(on_stop: Callable[[str], None]) -> list[int]:
    """Route TERM, INT and HUP into on_stop(reason) on the running loop; which are heard (none on Windows)."""
    loop = asyncio.get_running_loop()
    heard = []
    for signum in STOP_SIGNALS:
        reason = f"{signal.Signals(signum).name} received"
        try:
            loop.add_signal_handler(signum, on_stop, reason)
        except (NotImplementedError, RuntimeError, ValueError) as exc:
            # Windows has no add_signal_handler: there, the session's end reaches Qt instead.
            _log.debug("Not handling %s: %s", reason, exc)
            continue
        heard.append(signum)
    return heard


def hear_session_end(app: QApplication, save: Callable[[], None]) -> None:
    """Save what the app keeps as soon as the session asks: it may end the process right after."""

    def commit(_manager: QSessionManager) -> None:
        save()

    app.commitDataRequest.connect(commit)
