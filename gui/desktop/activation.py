"""Brings the window up for a later launch with its desktop tokens: the focus moves, the spinner stops."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from gui.desktop import x11_startup

_log = logging.getLogger(__name__)


def activate(window: QWidget, tokens: Mapping[str, str]) -> None:
    """Raise and activate window, as asked by a launch whose desktop gave it tokens (see launch_tokens()).

    On Wayland, Qt's plugin activates a window with the token in XDG_ACTIVATION_TOKEN (and clears
    it): without one the compositor may refuse the focus and keep the launch's spinner turning. On
    X11, the launch's startup id is ended by hand (Qt ends only its own, at start) and its time
    stamp, the user's click, vouches for the activation.
    """
    platform = QGuiApplication.platformName()
    token = tokens.get("XDG_ACTIVATION_TOKEN")
    startup_id = tokens.get("DESKTOP_STARTUP_ID")
    window.raise_()
    if token and platform.startswith("wayland"):
        os.environ["XDG_ACTIVATION_TOKEN"] = token
        try:
            window.activateWindow()
        finally:
            # Qt clears it once used; a compositor without xdg-activation leaves it, and it must not
            # reach the programs the app opens (a browser, the file manager).
            os.environ.pop("XDG_ACTIVATION_TOKEN", None)
        _log.info("Activated the window with the launch's activation token")
        return
    window.activateWindow()
    if startup_id and platform == "xcb" and x11_startup.launch_done(startup_id, int(window.winId())):
        _log.info("Activated the window with the launch's startup id")
