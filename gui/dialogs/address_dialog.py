"""AddressDialog: lets the user type the Pieces OS address, checked as they type, or choose discovery."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from gui.i18n import Context
from gui.views.formatting import plain_label

from .address_picker import AddressPicker

ADDRESS_DIALOG = Context("ADDRESS_DIALOG")

__all__ = ["AddressDialog"]


class AddressDialog(QDialog):
    """No I/O: the address is only checked for shape; the app connects to it after the dialog closes.

    On OK, `address` is the normalized address, or None with `use_discovery` True when the user
    chose "Find automatically". `address_chosen` carries the same value.
    """

    # Emitted on OK with the normalized address, or None for "find it automatically".
    address_chosen = Signal(object)

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address: str | None = None
        self.use_discovery = False
        # Opened afresh each time and held by nobody once closed: deleted then, not kept until quit.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(ADDRESS_DIALOG.tr("Pieces OS address"))
        self.setMinimumWidth(460)
        self.explanation_label = plain_label(
            ADDRESS_DIALOG.tr(
                "Pieces OS listens on this computer, on the first free port from 39300 to 39333. "
                "The app can find it, or you can give its address."
            )
        )
        self.picker = AddressPicker(current, self)
        # The picker's parts, by the names this dialog has always had.
        self.auto_radio = self.picker.auto_radio
        self.manual_radio = self.picker.manual_radio
        self.address_edit = self.picker.address_edit
        self.reason_label = self.picker.reason_label
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.picker.changed.connect(self._validate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address_edit.setFocus()
        self._validate()

    def accept(self) -> None:
        if not self.picker.valid:
            return  # Enter on an invalid address: stay, the reason is already on screen
        self.use_discovery = self.picker.automatic
        self.address = self.picker.address
        self.address_chosen.emit(self.address)
        super().accept()

    def _validate(self) -> None:
        self.ok_button.setEnabled(self.picker.valid)
