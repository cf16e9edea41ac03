"""SettingsDialog: the Pieces OS address (with a Test), refresh interval, notifications, start-up choices."""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.api import PiecesError
from gui.desktop.autostart import Autostart, AutostartError
from gui.desktop.settings import Settings, SettingsValues
from gui.i18n import LANGUAGES, Context
from gui.services.tasks import TaskRegistry
from gui.views.formatting import plain_label

from .address_picker import AddressPicker
from .operation_dialog import join_lines
from .widgets import ICON_SIZE, Mood, mood_pixmap

SETTINGS_DIALOG = Context("SETTINGS_DIALOG")

__all__ = ["AddressTester", "SettingsDialog", "SettingsValues"]

_log = logging.getLogger(__name__)

# Finds Pieces OS at an address (None: automatically) and says what answered; raises PiecesError.
AddressTester = Callable[[str | None], Awaitable[str]]

# The same choices as View > Refresh automatically.
INTERVALS = (5.0, 15.0, 60.0, 300.0)


class SettingsDialog(QDialog):
    """OK writes the settings (and the start-at-login entry) and emits `applied`; Cancel changes nothing.

    The start-at-login box shows what the system will really do, read again each time the dialog
    opens. Test runs through the TaskRegistry, so the window never waits for it.
    """

    # Emitted on OK, after saving, with (new SettingsValues, previous SettingsValues).
    applied = Signal(object, object)

    def __init__(
        self,
        settings: Settings,
        autostart: Autostart,
        tasks: TaskRegistry,
        tester: AddressTester,
        launch_command: Sequence[str],
        parent: QWidget | None = None,
        *,
        env: Mapping[str, str] = os.environ,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._autostart = autostart
        self._tasks = tasks
        self._tester = tester
        self._launch_command = list(launch_command)
        self._task_name = f"settings-test-{id(self)}"
        self.setWindowTitle(SETTINGS_DIALOG.tr("Settings"))
        self.setMinimumWidth(500)

        self.address_picker = AddressPicker(settings.base_url, self)
        self.test_button = QPushButton(SETTINGS_DIALOG.tr("&Test"), self)
        self.test_button.setAccessibleName(SETTINGS_DIALOG.tr("Test the Pieces OS address"))
        self.test_icon = QLabel(self)
        self.test_icon.setTextFormat(Qt.TextFormat.PlainText)  # a pixmap only, but never rich text
        self.test_icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.test_label = plain_label(parent=self, selectable=True)
        # Described, not named: a label's name is all a screen reader reads of it, and that is the result.
        self.test_label.setAccessibleDescription(SETTINGS_DIALOG.tr("Test result"))
        # PIECES_OS_URL beats a saved address (discovery's order): say so where the address is chosen.
        self.environment_label = plain_label(parent=self, selectable=True)
        overriding = env.get("PIECES_OS_URL", "").strip()
        self.environment_label.setText(
            SETTINGS_DIALOG.tr(
                "PIECES_OS_URL is set to {url}: the app uses that address, not the one above."
            ).format(url=overriding)
        )
        self.environment_label.setVisible(bool(overriding))
        self.interval_combo = QComboBox(self)
        self.interval_combo.setAccessibleName(SETTINGS_DIALOG.tr("Refresh interval"))
        self.notifications_box = QCheckBox(
            SETTINGS_DIALOG.tr("Show &notifications when a cloud's status changes"), self
        )
        self.start_in_tray_box = QCheckBox(
            SETTINGS_DIALOG.tr("Start &in the tray, with the window hidden"), self
        )
        self.login_box = QCheckBox(SETTINGS_DIALOG.tr("Start at &login"), self)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(SETTINGS_DIALOG.tr("Language"))
        # Each language by its own name, so that someone who cannot read the current one finds theirs.
        self.language_combo.addItem(SETTINGS_DIALOG.tr("System default"), None)
        for code, name in sorted({**LANGUAGES, "en": "English"}.items(), key=lambda item: item[1]):
            self.language_combo.addItem(name, code)
        self.language_note = plain_label(
            SETTINGS_DIALOG.tr("A new language shows the next time the app starts."), self
        )
        self.login_label = plain_label(parent=self, selectable=True)
        self.login_label.setAccessibleDescription(SETTINGS_DIALOG.tr("Start at login problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._lay_out()

        self.address_picker.changed.connect(self._address_changed)
        self.test_button.clicked.connect(self.test_address)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.load()

    def _lay_out(self) -> None:
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_icon)
        test_row.addWidget(self.test_label, 1)
        # Keeps the button its own size while no result is shown beside it.
        test_row.addStretch(0)
        pieces_box = QGroupBox(SETTINGS_DIALOG.tr("Pieces OS"), self)
        pieces_layout = QVBoxLayout(pieces_box)
        pieces_layout.addWidget(self.address_picker)
        pieces_layout.addWidget(self.environment_label)
        pieces_layout.addLayout(test_row)

        app_box = QGroupBox(SETTINGS_DIALOG.tr("This app"), self)
        form = QFormLayout(app_box)
        interval_label = QLabel(SETTINGS_DIALOG.tr("&Refresh:"), app_box)
        interval_label.setTextFormat(Qt.TextFormat.PlainText)
        interval_label.setBuddy(self.interval_combo)
        form.addRow(interval_label, self.interval_combo)
        form.addRow(self.notifications_box)
        form.addRow(self.start_in_tray_box)
        form.addRow(self.login_box)
        form.addRow(self.login_label)
        language_label = QLabel(SETTINGS_DIALOG.tr("Lan&guage:"), app_box)
        language_label.setTextFormat(Qt.TextFormat.PlainText)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        form.addRow(self.language_note)

        layout = QVBoxLayout(self)
        layout.addWidget(pieces_box)
        layout.addWidget(app_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def load(self) -> None:
        """Show the saved settings, and whether the system really starts the app at login."""
        settings = self._settings
        self.interval_combo.clear()
        seconds = settings.refresh_seconds
        choices = sorted({*INTERVALS, seconds})  # an interval from an older file stays as it was
        for choice in choices:
            self.interval_combo.addItem(interval_words(choice), choice)
        self.interval_combo.setCurrentIndex(choices.index(seconds))
        self.notifications_box.setChecked(settings.notifications)
        self.start_in_tray_box.setChecked(settings.start_in_tray)
        self.login_box.setChecked(self._autostart.enabled())
        found = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(found, 0))
        self.login_box.setToolTip(self._autostart.location)
        self.login_label.hide()
        self._show_test(None, "")
        self._address_changed()

    def open(self) -> None:
        self.load()
        super().open()

    def values(self) -> SettingsValues:
        return SettingsValues(
            base_url=self.address_picker.address,
            refresh_seconds=float(self.interval_combo.currentData()),
            notifications=self.notifications_box.isChecked(),
            start_at_login=self.login_box.isChecked(),
            start_in_tray=self.start_in_tray_box.isChecked(),
            language=self.language_combo.currentData(),
        )

    def accept(self) -> None:
        if not self.address_picker.valid:
            return  # Enter on an invalid address: stay, the reason is already on screen
        new, previous = self.values(), self._settings.values()
        if not self._apply_login(new.start_at_login):
            return  # the reason is shown under the box; nothing else was changed
        settings = self._settings
        settings.base_url = new.base_url
        settings.refresh_seconds = new.refresh_seconds
        settings.notifications = new.notifications
        settings.start_in_tray = new.start_in_tray
        settings.start_at_login = new.start_at_login
        settings.language = new.language
        settings.sync()
        self.applied.emit(new, previous)
        super().accept()

    def _apply_login(self, wanted: bool) -> bool:
        if wanted == self._autostart.enabled():
            return True
        try:
            if wanted:
                self._autostart.enable(self._launch_command)
            else:
                self._autostart.disable()
        except AutostartError as error:
            self.login_label.setText(
                join_lines(
                    str(error), SETTINGS_DIALOG.tr("Untick the box to keep things as they are, or Cancel.")
                )
            )
            self.login_label.show()
            return False
        return True

    def done(self, result: int) -> None:
        # A test still running has nobody to tell.
        self._tasks.cancel(self._task_name)
        super().done(result)

    # -- Test --------------------------------------------------------------------------------

    def _address_changed(self) -> None:
        valid = self.address_picker.valid
        self.ok_button.setEnabled(valid)
        self.test_button.setEnabled(valid)
        # What a test said was about the address as it was.
        self._tasks.cancel(self._task_name)
        self._show_test(None, "")

    def test_address(self) -> None:
        """Ask Pieces OS at the chosen address who it is, without waiting for the answer here."""
        if not self.address_picker.valid:
            return
        address = self.address_picker.address
        where = address or SETTINGS_DIALOG.tr("this computer")
        self._show_test(None, SETTINGS_DIALOG.tr("Asking Pieces OS at {where}…").format(where=where))
        self._tasks.start(self._run_test(address), name=self._task_name)

    async def _run_test(self, address: str | None) -> None:
        try:
            answer = await self._tester(address)
        except PiecesError as error:
            mood, words = Mood.BAD, join_lines(error.message, error.hint)
        except Exception:
            _log.exception("Testing the Pieces OS address failed unexpectedly")
            mood, words = (
                Mood.BAD,
                SETTINGS_DIALOG.tr("The test failed unexpectedly. The log has the details."),
            )
        else:
            mood, words = Mood.GOOD, answer
        if shiboken6.isValid(self):
            self._show_test(mood, words)

    def _show_test(self, mood: Mood | None, words: str) -> None:
        self.test_label.setText(words)
        self.test_label.setVisible(bool(words))
        if mood is None:
            self.test_icon.clear()
            self.test_icon.hide()
        else:
            self.test_icon.setPixmap(mood_pixmap(self, mood))
            self.test_icon.show()


def interval_words(seconds: float) -> str:

    if seconds < 60 or seconds % 60:
        return SETTINGS_DIALOG.tr("Every {n:g} seconds").format(n=seconds)
    minutes = seconds / 60
    return (
        SETTINGS_DIALOG.tr("Every minute")
        if minutes == 1
        else SETTINGS_DIALOG.tr("Every {n:g} minutes").format(n=minutes)
    )
