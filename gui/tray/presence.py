"""TrayPresence: the app in reach, by its tray icon while a tray host is there, by its window when not."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from .host_banner import HostBanner, gnome_hint_text, host_gone_text
from .host_watch import HostKind, TrayHostWatch
from .wording import no_tray_reason

# How long to wait for a tray host before the window is shown instead: at login the app often
# starts before the panel, and a panel that restarts (a crash, a theme change) takes a few seconds.
HOST_WAIT_MS = 30_000

_log = logging.getLogger(__name__)


class Icon(Protocol):
    """What the presence needs of the tray icon (a TrayIcon)."""

    def show(self) -> None: ...

    def close(self) -> None: ...

    def hide(self) -> None: ...

    def tell(self, title: str, body: str) -> None: ...

    def deleteLater(self) -> None: ...  # noqa: N802 - a QObject's


class HintSetting(Protocol):
    """Where "don't show the GNOME hint again" is kept (the app's settings)."""

    tray_hint_off: bool


class TrayPresence(QObject):
    """Makes the tray icon when a host appears (and again for a host of another kind), and shows the
    window when the app would otherwise be out of reach: started for the tray with no host after the
    wait, or hidden while the host has been gone for the wait. A host of the same kind that returns
    gets the icon again.

    Closing the window hides it while a host is there, or may come back (it went less than the wait
    ago: a panel restarting); it quits where the app has had no tray for the wait, as a window app does.

    window gives the main window, built when first asked for (an app that starts in the tray may
    never need it); shown says whether it is on screen, without building it.
    """

    def __init__(
        self,
        watch: TrayHostWatch,
        make_icon: Callable[[], Icon],
        window: Callable[[], QMainWindow],
        settings: HintSetting,
        *,
        wait_ms: int | None = None,
        desktop: str | None = None,
        parent: QObject | None = None,
        shown: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        watch.setParent(self)
        self._watch = watch
        self._make_icon = make_icon
        self._window = window
        self._shown = shown or (lambda: window().isVisible())
        self._settings = settings
        self._gnome = _is_gnome(os.environ.get("XDG_CURRENT_DESKTOP", "") if desktop is None else desktop)
        self.icon: Icon | None = None
        self._icon_kind: HostKind | None = None
        self._in_tray = False
        # True once the wait ran out with no host: the app is then a window app, told so.
        self._gave_up = False
        self._hinted = False
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.setInterval(HOST_WAIT_MS if wait_ms is None else wait_ms)
        self._wait.timeout.connect(self._waited)
        # Put into the window now if it is up, else when it first has something to say.
        self.banner = HostBanner()
        self._banner_placed = False
        if self._shown():
            self._place_banner()
        self.banner.never_again.connect(self._never_again)
        watch.changed.connect(self._host_changed)

    @property
    def waiting(self) -> bool:
        """Waiting for a host to come before the window is shown (or told why there is no icon)."""
        return self._wait.isActive()

    def start(self, in_tray: bool) -> None:
        """in_tray: the window stays hidden, for the host's wait; the caller shows it otherwise."""
        self._in_tray = in_tray
        self._watch.start()
        if self._watch.kind is not None:
            self._adopt(self._watch.kind)
        else:
            self._wait.start()

    def window_closed(self) -> bool:
        """True when closing the window should quit the app: no tray, and none is expected."""
        if self.icon is None or self._gave_up:
            return True
        if self._watch.kind is None and not self._wait.isActive():
            self._wait.start()  # the host is away: it has the wait to come back
        return False

    @property
    def in_tray(self) -> bool:
        """The icon is on a tray host now."""
        return self.icon is not None and self._watch.kind is not None

    def tell(self, title: str, body: str) -> None:
        if self.icon is not None:
            self.icon.tell(title, body)

    def hide(self) -> None:
        """Stop following the host and take the icon off the panel (the first step of quitting)."""
        self._wait.stop()
        self._watch.stop()
        if self.icon is not None:
            self.icon.hide()

    def close(self) -> None:
        self.hide()
        if self.icon is not None:
            self.icon.close()

    def _host_changed(self) -> None:
        kind = self._watch.kind
        _log.info("Tray host: %s", kind or "none")
        if kind is not None:
            self._adopt(kind)
        elif not self._shown() and not self._wait.isActive():
            self._wait.start()  # hidden and out of reach: the host has the wait to come back

    def _adopt(self, kind: HostKind) -> None:
        self._wait.stop()
        self._gave_up = False
        self.banner.hide()  # it spoke of a tray that is there now
        if self.icon is not None and self._icon_kind == kind:
            # The host came back: Qt puts a shown icon back by itself (it registers it again with
            # a returning watcher, or embeds it again in a returning XEmbed tray).
            return
        if self.icon is not None:
            # Qt makes an icon of one kind for good: a host of another kind needs a new icon.
            self.icon.close()
            self.icon.deleteLater()
        self.icon = self._make_icon()
        self._icon_kind = kind
        self.icon.show()

    def _waited(self) -> None:
        if self._watch.kind is not None:
            return
        self._gave_up = True
        shown = self._shown()
        window = self._place_banner()
        if self._gnome and not self._hinted and not self._settings.tray_hint_off:
            self._hinted = True
            self.banner.say(gnome_hint_text(), can_silence=True)
        elif self.icon is not None and not shown:
            self.banner.say(host_gone_text(), can_silence=False)
        elif self._in_tray and not shown:
            self.banner.say(no_tray_reason(), can_silence=False)
        if not shown:
            # Shown, not raised: it comes unasked, and should not take the keyboard from what the
            # user is typing into.
            window.show()

    def _place_banner(self) -> QMainWindow:
        """The window, with the banner in it (built now if it was not yet)."""
        window = self._window()
        if not self._banner_placed:
            self.banner.attach(window)
            self._banner_placed = True
        return window

    def _never_again(self) -> None:
        self._settings.tray_hint_off = True


def _is_gnome(desktop: str) -> bool:
    """XDG_CURRENT_DESKTOP is a colon-separated list: "GNOME", "ubuntu:GNOME", "GNOME-Classic:GNOME"."""
    return "gnome" in (part.strip().lower() for part in desktop.split(":"))
