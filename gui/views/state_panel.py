"""StatePanel: what the window says in every phase but LOADED, each with the action that helps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from gui.api import DiscoveryFailed
from gui.desktop.assets import icon
from gui.i18n import Context
from gui.state import AppState, Phase

from .formatting import isolate, plain_label, shown
from .intents import WindowIntents

STATE_PANEL = Context("STATE_PANEL")

__all__ = ["StatePanel"]

_ICONS = {
    Phase.SEARCHING: "status-connecting",
    Phase.UNREACHABLE: "pieces-os-down",
    Phase.FAILING: "status-failed",
    Phase.MIGRATING: "status-connecting",
    Phase.UPDATE_REQUIRED: "status-failed",
    Phase.SIGNED_OUT: "status-disconnected",
    Phase.NO_ALLOCATIONS: "app",
    Phase.LOADED: "app",
}


class StatePanel(QWidget):
    """A centred message: icon, title, explanation, what was tried, a hint and the buttons that help."""

    def __init__(self, intents: WindowIntents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intents = intents
        self._phase = Phase.SEARCHING
        self.setAccessibleName(STATE_PANEL.tr("Connection state"))
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = plain_label(parent=self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title.setWordWrap(True)
        # The labels are described, not named: a label's name is all a screen reader reads of it
        # (Qt gives labels no text interface), and what they say is the message.
        self.message = self._text_label()
        self.message.setAccessibleDescription(STATE_PANEL.tr("What happened"))
        # One address per line in a box, left-aligned: a list to read, not a sentence.
        self.tried = self._text_label()
        self.tried.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tried.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.tried.setFrameShape(QFrame.Shape.StyledPanel)
        self.tried.setMargin(8)
        self.tried.setAccessibleDescription(STATE_PANEL.tr("Addresses tried"))
        self.hint = self._text_label()
        self.hint.setAccessibleDescription(STATE_PANEL.tr("What to do"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no known end: an indeterminate, moving bar
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(220)
        self.busy.setAccessibleName(STATE_PANEL.tr("Searching"))

        self.retry_button = self._button(STATE_PANEL.tr("&Retry"), self._retry)
        self.change_address_button = self._button(STATE_PANEL.tr("Change a&ddress…"), intents.change_address)
        self.demo_button = self._button(STATE_PANEL.tr("Open the de&mo"), intents.start_demo)
        self.connect_button = self._button(STATE_PANEL.tr("&Connect…"), intents.connect)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.connect_button, self.retry_button, self.change_address_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.icon_label)
        column.addWidget(self.title)
        column.addWidget(self.message)
        column.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.tried)
        column.addWidget(self.hint)
        column.addSpacing(6)
        column.addLayout(buttons)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(620)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(holder, 4)
        centre.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.show_state(AppState())

    def _text_label(self) -> QLabel:
        label = plain_label(parent=self, selectable=True)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        return label

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    @property
    def phase(self) -> Phase:
        return self._phase

    def _retry(self) -> None:
        # Unreachable means the address itself is in doubt: look for Pieces OS again, not just refresh.
        if self._phase in (Phase.UNREACHABLE, Phase.SEARCHING):
            self._intents.retry_discovery()
        else:
            self._intents.refresh()

    def show_state(self, state: AppState) -> None:
        phase_changed = state.phase is not self._phase
        self._phase = phase = state.phase
        self.icon_label.setPixmap(icon(_ICONS[phase]).pixmap(64, 64))
        # Error messages quote what Pieces OS said: no bidi override or control gets to act on the panel.
        error_message = shown(state.error.message if state.error else (state.error_text or ""))
        error_hint = state.error.hint if state.error else ""
        tried: tuple[str, ...] = state.error.tried if isinstance(state.error, DiscoveryFailed) else ()
        title, message, hint = self._texts(state, error_message, error_hint, bool(tried))
        self.title.setText(title)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.tried.setText("\n".join(tried))
        self.tried.setVisible(bool(tried))
        self.busy.setVisible(phase is Phase.SEARCHING)
        self.retry_button.setVisible(phase not in (Phase.SEARCHING, Phase.LOADED))
        unreachable = phase is Phase.UNREACHABLE
        self.change_address_button.setVisible(unreachable or phase is Phase.FAILING)
        self.demo_button.setVisible(unreachable)
        self.connect_button.setVisible(phase is Phase.NO_ALLOCATIONS)
        self.connect_button.setEnabled(state.user is not None)
        self.retry_button.setText(
            STATE_PANEL.tr("&Refresh") if phase is Phase.NO_ALLOCATIONS else STATE_PANEL.tr("&Retry")
        )
        self.retry_button.setAccessibleName(self.retry_button.text().replace("&", ""))
        if phase_changed:
            self._focus_main_button()

    def _focus_main_button(self) -> None:
        """Put the keyboard on the action that helps most, so Enter or Space does it."""
        for button in (self.connect_button, self.retry_button):
            if button.isVisibleTo(self) and button.isEnabled():
                button.setDefault(True)
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _texts(self, state: AppState, error: str, error_hint: str, tried: bool) -> tuple[str, str, str]:
        """Title, message and hint of a phase."""
        phase = state.phase
        if phase is Phase.SEARCHING and state.connection is not None and state.connection.health is None:
            # Found (given, or in the port file) but silent so far: not yet "answered".
            return (
                STATE_PANEL.tr("Waiting for Pieces OS…"),
                STATE_PANEL.tr("Found Pieces OS at {address}; waiting for it to answer.").format(
                    address=state.connection.base_url
                ),
                "",
            )
        if phase is Phase.SEARCHING and state.connection is not None:
            # Found and answering: what is slow now is the reading, not the looking.
            return (
                STATE_PANEL.tr("Reading the allocations…"),
                STATE_PANEL.tr("Pieces OS answered at {address}; waiting for the list of clouds.").format(
                    address=state.connection.base_url
                ),
                "",
            )
        if phase is Phase.SEARCHING:
            return STATE_PANEL.tr("Looking for Pieces OS…"), STATE_PANEL.tr("This takes a few seconds."), ""
        if phase is Phase.UNREACHABLE:
            # A DiscoveryFailed message lists the addresses on one line; the panel lists them one per line.
            message = STATE_PANEL.tr("No Pieces OS answered at any of these addresses:") if tried else error
            hint = error_hint or STATE_PANEL.tr("Check that Pieces OS is running, then press Retry.")
            return STATE_PANEL.tr("Pieces OS is not reachable"), message, hint
        if phase is Phase.FAILING:
            # Pieces OS is there, so its own words (the error's message) say more than any summary.
            hint = error_hint or STATE_PANEL.tr("Press Retry; if it keeps failing, restart Pieces OS.")
            return STATE_PANEL.tr("Pieces OS answered with an error"), error, hint
        if phase is Phase.MIGRATING:
            return (
                STATE_PANEL.tr("Pieces OS is updating its data…"),
                STATE_PANEL.tr("It is running but not ready yet. This usually takes a minute or two."),
                STATE_PANEL.tr("Press Retry in a moment."),
            )
        if phase is Phase.UPDATE_REQUIRED:
            return (
                STATE_PANEL.tr("Pieces OS needs an update"),
                error or STATE_PANEL.tr("This version of Pieces OS asked to be updated before it answers."),
                STATE_PANEL.tr("Update Pieces OS (from Pieces Desktop or pieces.app), then press Retry."),
            )
        if phase is Phase.SIGNED_OUT:
            return (
                STATE_PANEL.tr("Nobody is signed in to Pieces OS"),
                STATE_PANEL.tr("Open Pieces Desktop, or the Pieces OS menu in the system tray, and sign in."),
                STATE_PANEL.tr("Then press Retry."),
            )
        if phase is Phase.NO_ALLOCATIONS:
            name = isolate(state.user.display_name) if state.user else STATE_PANEL.tr("an unknown user")
            return (
                STATE_PANEL.tr("No cloud yet"),
                STATE_PANEL.tr("You are signed in as {name} but have no cloud yet.").format(name=name),
                STATE_PANEL.tr("Connect sets up your personal cloud; it can take a minute."),
            )
        return "", "", ""
