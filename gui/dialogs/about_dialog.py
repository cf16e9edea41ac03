"""AboutDialog: the app's name, version and purpose, and which Pieces OS it talks to."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from gui.i18n import Context
from gui.views.formatting import plain_label

ABOUT_DIALOG = Context("ABOUT_DIALOG")

__all__ = ["AboutDialog"]


class AboutDialog(QDialog):
    """Plain text only, no links: `pieces_os` (an address, perhaps with a version) comes from outside."""

    def __init__(
        self,
        version: str,
        pieces_os: str | None = None,
        log_file: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(ABOUT_DIALOG.tr("About Pieces Allocations"))
        self.setMinimumWidth(400)
        self.name_label = plain_label(ABOUT_DIALOG.tr("Pieces Allocations"))
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.name_label.setFont(font)
        self.version_label = plain_label(
            ABOUT_DIALOG.tr("Version {version}").format(version=version), selectable=True
        )
        self.description_label = plain_label(
            ABOUT_DIALOG.tr(
                "Shows the personal-cloud allocations of Pieces OS, and connects and disconnects them."
            )
        )
        if pieces_os:
            connected = ABOUT_DIALOG.tr("Connected to Pieces OS at {address}").format(address=pieces_os)
        else:
            connected = ABOUT_DIALOG.tr("Not connected to a Pieces OS.")
        self.pieces_os_label = plain_label(connected, selectable=True)
        # Where "Details are in the log" points: selectable, so it can be copied into a report.
        log_text = (
            ABOUT_DIALOG.tr("Log file: {path}").format(path=log_file)
            if log_file
            else ABOUT_DIALOG.tr("No log file.")
        )
        self.log_label = plain_label(log_text, selectable=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        labels = (self.name_label, self.version_label, self.description_label, self.pieces_os_label)
        for label in (*labels, self.log_label):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
