"""HostBanner: a line at the top of the window saying why there is no tray icon, which never blocks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from gui.i18n import Context

HOST_BANNER = Context("HOST_BANNER")


def gnome_hint_text() -> str:
    """Said on GNOME when no StatusNotifierWatcher came: what gives GNOME a tray."""
    return HOST_BANNER.tr(
        "GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension "
        "(package gnome-shell-extension-appindicator). Install and turn it on to keep Pieces Allocations "
        "in the tray; until then it runs as this window."
    )


def host_gone_text() -> str:
    """Said when the tray host went away and did not come back while the window was hidden."""
    return HOST_BANNER.tr(
        "The system tray has gone, so Pieces Allocations shows its window. "
        "Its icon comes back when the tray does."
    )


class HostBanner(QFrame):
    """A closable line above the window's pages; "Don't show again" is offered where it applies."""

    # The user asked never to see this message again.
    never_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trayHostBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The palette's own "alternate" colour: a calm strip that follows a light or a dark theme.
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.setAccessibleName(HOST_BANNER.tr("About the system tray"))
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.never_button = QPushButton(HOST_BANNER.tr("Don't show again"), self)
        self.never_button.clicked.connect(self._never)
        self.close_button = QPushButton(HOST_BANNER.tr("Close"), self)
        self.close_button.setAccessibleName(HOST_BANNER.tr("Close this message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.never_button)
        layout.addWidget(self.close_button)
        self.setVisible(False)

    def attach(self, window: QMainWindow) -> None:
        """Put the banner above the window's central widget (once); the keyboard focus stays where it was."""
        # Taking the pages out of the window drops its focus: keys would go nowhere until a Tab or a click.
        focus = window.focusWidget()
        pages = window.takeCentralWidget()
        holder = QWidget(window)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self)
        if pages is not None:
            column.addWidget(pages, 1)
        window.setCentralWidget(holder)
        holder.show()  # at once in a window already shown, where Qt would show it a turn later
        if focus is not None and window.focusWidget() is None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str, *, can_silence: bool) -> None:
        """Shows text; can_silence offers "Don't show again"."""
        self.label.setText(text)
        self.never_button.setVisible(can_silence)
        self.show()

    def _never(self) -> None:
        self.hide()
        self.never_again.emit()
