"""AddressDialog: lets the user type the Pieces OS address, checked as they type, or choose discovery."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.api.discovery import normalize_url

from .widgets import plain_label

__all__ = ["AddressDialog"]


class AddressDialog(QDialog):
    """No I/O: the address is only checked for shape; the app connects to it after the dialog closes.

    On OK, `address` is the normalized address, or None with `use_discovery` True when the user
    chose "Find automatically". `address_chosen` carries the same value.
    """

    #: Emitted on OK with the normalized address, or None for "find it automatically".
    address_chosen = Signal(object)

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address: str | None = None
        self.use_discovery = False
        self.setWindowTitle(self.tr("Pieces OS address"))
        self.setMinimumWidth(460)
        self.explanation_label = plain_label(
            self.tr(
                "Pieces OS listens on this computer, on the first free port from 39300 to 39333. "
                "The app can find it, or you can give its address."
            )
        )
        self.auto_radio = QRadioButton(self.tr("Find Pieces OS a&utomatically"))
        self.auto_radio.setAccessibleName(self.tr("Find Pieces OS automatically"))
        self.manual_radio = QRadioButton(self.tr("Use this &address:"))
        self.manual_radio.setAccessibleName(self.tr("Use this address"))
        group = QButtonGroup(self)
        group.addButton(self.auto_radio)
        group.addButton(self.manual_radio)
        self.address_edit = QLineEdit(current or "")
        self.address_edit.setPlaceholderText("http://127.0.0.1:39300")
        self.address_edit.setAccessibleName(self.tr("Pieces OS address"))
        self.address_edit.setClearButtonEnabled(True)
        self.reason_label = plain_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        for widget in (self.explanation_label, self.auto_radio, self.manual_radio, self.address_edit):
            layout.addWidget(widget)
        layout.addWidget(self.reason_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        (self.manual_radio if current else self.auto_radio).setChecked(True)
        self.address_edit.textEdited.connect(lambda _text: self.manual_radio.setChecked(True))
        self.address_edit.textChanged.connect(self._validate)
        self.auto_radio.toggled.connect(self._validate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address_edit.setFocus()
        self._validate()

    def accept(self) -> None:
        normalized, _ = self._check()
        if self.manual_radio.isChecked() and normalized is None:
            return  # Enter on an invalid address: stay, the reason is already on screen
        self.use_discovery = self.auto_radio.isChecked()
        self.address = None if self.use_discovery else normalized
        self.address_chosen.emit(self.address)
        super().accept()

    def _check(self) -> tuple[str | None, str]:
        """The normalized address (or None) and the words that go under the field."""
        if self.auto_radio.isChecked():
            return None, self.tr("The app will read the Pieces OS port file, then try ports 39300 to 39333.")
        text = self.address_edit.text()
        if not text.strip():
            return None, self.tr("Type an address, for example http://127.0.0.1:39300.")
        try:
            normalized = normalize_url(text)
        except ValueError as error:
            return None, self.tr("This address cannot be used: {reason}.").format(reason=error)
        return normalized, self.tr("The app will use {address}.").format(address=normalized)

    def _validate(self) -> None:
        normalized, words = self._check()
        self.reason_label.setText(words)
        self.ok_button.setEnabled(self.auto_radio.isChecked() or normalized is not None)
