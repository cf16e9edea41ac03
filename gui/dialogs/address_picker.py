"""AddressPicker: "find Pieces OS automatically" or an address, checked as it is typed, saying why."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from gui.api.discovery import normalize_url
from gui.i18n import Context
from gui.views.formatting import name_clear_button, plain_label

ADDRESS_PICKER = Context("ADDRESS_PICKER")

__all__ = ["AddressPicker", "is_local"]


class AddressPicker(QWidget):
    """No I/O: the address is only checked for shape. `changed` is emitted on every edit or choice."""

    changed = Signal()

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.auto_radio = QRadioButton(ADDRESS_PICKER.tr("Find Pieces OS a&utomatically"), self)
        self.auto_radio.setAccessibleName(ADDRESS_PICKER.tr("Find Pieces OS automatically"))
        self.manual_radio = QRadioButton(ADDRESS_PICKER.tr("Use this &address:"), self)
        self.manual_radio.setAccessibleName(ADDRESS_PICKER.tr("Use this address"))
        group = QButtonGroup(self)
        group.addButton(self.auto_radio)
        group.addButton(self.manual_radio)
        self.address_edit = QLineEdit(current or "", self)
        self.address_edit.setPlaceholderText("http://127.0.0.1:39300")
        self.address_edit.setAccessibleName(ADDRESS_PICKER.tr("Pieces OS address"))
        self.address_edit.setClearButtonEnabled(True)
        name_clear_button(self.address_edit, ADDRESS_PICKER.tr("Clear the address"))
        self.reason_label = plain_label(parent=self)
        # Connecting sends the signed-in profile to Pieces OS: an address elsewhere must be a choice.
        self.warning_label = plain_label(
            ADDRESS_PICKER.tr(
                "This address is not on this computer: the app will send your profile there when you "
                "connect. Use it only if you trust that machine."
            ),
            self,
        )
        self.warning_label.setAccessibleDescription(
            ADDRESS_PICKER.tr("Warning")
        )  # named by its text, the warning
        self.warning_label.setStyleSheet("font-weight: bold")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.auto_radio,
            self.manual_radio,
            self.address_edit,
            self.reason_label,
            self.warning_label,
        ):
            layout.addWidget(widget)

        (self.manual_radio if current else self.auto_radio).setChecked(True)
        self.address_edit.textEdited.connect(lambda _text: self.manual_radio.setChecked(True))
        self.address_edit.textChanged.connect(self._changed)
        self.auto_radio.toggled.connect(self._changed)
        self._changed()

    @property
    def automatic(self) -> bool:
        return self.auto_radio.isChecked()

    @property
    def valid(self) -> bool:
        return self.automatic or self.check()[0] is not None

    @property
    def address(self) -> str | None:
        """The normalized address, or None for "find it automatically" (and for an invalid one)."""
        return None if self.automatic else self.check()[0]

    def check(self) -> tuple[str | None, str]:
        """The normalized address (or None) and the words that go under the field."""
        if self.automatic:
            return None, ADDRESS_PICKER.tr(
                "The app will read the Pieces OS port file, then try ports 39300 to 39333."
            )
        text = self.address_edit.text()
        if not text.strip():
            return None, ADDRESS_PICKER.tr("Type an address, for example http://127.0.0.1:39300.")
        try:
            normalized = normalize_url(text)
        except ValueError as error:
            return None, ADDRESS_PICKER.tr("This address cannot be used: {reason}.").format(reason=error)
        return normalized, ADDRESS_PICKER.tr("The app will use {address}.").format(address=normalized)

    @property
    def remote(self) -> bool:
        """True when the address chosen is valid and not on this computer (loopback)."""
        address = self.address
        return address is not None and not is_local(address)

    def _changed(self) -> None:
        self.reason_label.setText(self.check()[1])
        self.warning_label.setVisible(self.remote)
        self._fit_window()
        self.changed.emit()

    def _fit_window(self) -> None:
        """Grow the open window to the height its wrapped lines need at its width (never shrink it).

        Its minimum size comes from each label's own guess of its width, so a warning that appears
        (or a longer reason, or a language that wraps the words above on more lines) was cut off.
        """
        window = self.window()
        layout = window.layout()
        if window is self or layout is None or not layout.hasHeightForWidth():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)


def is_local(address: str) -> bool:
    """Whether a normalized address names this computer: localhost or a loopback IP."""
    host = urlsplit(address).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
