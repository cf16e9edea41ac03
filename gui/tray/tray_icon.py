"""TrayIcon: the system tray icon that follows the store, with its tooltip, menu and notices."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from gui.services.store import StateStore
from gui.state import AppState, summarize

from .host import markup_host
from .icons import TrayIcons
from .menu import TrayIntents, TrayMenu
from .notices import NoticeRules
from .tooltip import HeldSince, tooltip_text
from .wording import notice_text

# How long a notice stays up where the platform lets the app choose.
NOTICE_MS = 8000


def tray_available() -> bool:
    """False where no tray host runs (then the app shows its window and says why there is no icon)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayIcon(QObject):
    """A QSystemTrayIcon kept in step with the store: icon, tooltip, menu, and a notice per settled change."""

    def __init__(
        self,
        store: StateStore,
        intents: TrayIntents,
        notifications_enabled: Callable[[], bool],
        *,
        icons: TrayIcons | None = None,
        rules: NoticeRules | None = None,
        markup: bool | None = None,
        since: HeldSince | None = None,
        parent: QObject | None = None,
    ) -> None:
        """since: how long each cloud has held its status, from the history (the tooltip says so)."""
        super().__init__(parent)
        self._since = since
        self._store = store
        self._intents = intents
        self._icons = icons or TrayIcons()
        self._rules = rules or NoticeRules(notifications_enabled)
        # Whether the host may render the tooltip and notices as markup (a StatusNotifierItem host).
        self._markup = markup_host() if markup is None else markup
        self._menu = TrayMenu(store, intents, self)
        self.tray = QSystemTrayIcon(self)
        self.tray.setObjectName("trayIcon")
        # Always a menu: GNOME's AppIndicator extension hides icons that have none.
        self.tray.setContextMenu(self._menu.menu)
        self.tray.activated.connect(self._activated)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._tell)
        self._look: tuple[object, ...] = ()
        store.changed.connect(self._changed)
        self._show_state(store.state)
        self._rules.observe(store.state)

    @property
    def menu(self) -> TrayMenu:
        return self._menu

    def show(self) -> None:
        self.tray.show()

    def hide(self) -> None:
        """Take the icon off the panel (before quitting: Windows leaves a ghost icon otherwise)."""
        self._notice_timer.stop()
        self.tray.hide()

    def close(self) -> None:
        """Hide the icon and stop following the store; the object can then be dropped."""
        self.hide()
        self._store.changed.disconnect(self._changed)
        self._menu.close()

    def _changed(self, new: AppState, previous: AppState) -> None:
        self._show_state(new)
        self._rules.observe(new)
        self._schedule()

    def _show_state(self, state: AppState) -> None:
        summary = summarize(state)
        tooltip = tooltip_text(state, markup=self._markup, since=self._since)
        look = (summary.status, summary.stale, tooltip)
        if look == self._look:
            return  # a poll that changed nothing visible leaves the icon alone (no D-Bus chatter)
        if look[:2] != self._look[:2]:
            self.tray.setIcon(self._icons.icon(summary.status, summary.stale))
        self.tray.setToolTip(tooltip)
        self._look = look

    def _schedule(self) -> None:
        due = self._rules.due()
        if due is not None:
            # A later change moves the moment on: the rules decide from what holds when it comes.
            self._notice_timer.start(int(due * 1000) + 1)

    def tell(self, title: str, body: str) -> None:
        """A notice of the app's own (not a change of state), shown whatever the rules would say."""
        if self.tray.isVisible():
            self.tray.showMessage(title, _escape(body) if self._markup else body, self.tray.icon(), NOTICE_MS)

    def _tell(self) -> None:
        notice = self._rules.take()
        if notice is not None and self.tray.isVisible():
            title, body = notice_text(notice)
            if self._markup:
                body = _escape(body)
            self.tray.showMessage(title, body, self._icons.icon(notice.status), NOTICE_MS)
        self._schedule()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # On macOS a click opens the menu and also reports Trigger: the window would pop up with it.
        if reason is QSystemTrayIcon.ActivationReason.Trigger and sys.platform != "darwin":
            self._intents.show_window()


def _escape(text: str) -> str:
    # Notification servers that announce body-markup read "<", ">" and "&" as markup.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
