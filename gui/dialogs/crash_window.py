"""CrashWindow: "Something went wrong inside Pieces Allocations", with the details to copy; never modal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import Context
from gui.views.formatting import plain_label

CRASH_WINDOW = Context("CRASH_WINDOW")

__all__ = ["CrashWindow", "CrashWindows"]


class CrashWindow(QDialog):
    """Says in words what happened and what to do; the traceback stays in a Details box to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(CRASH_WINDOW.tr("Something went wrong"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumWidth(520)
        self.message = plain_label(
            CRASH_WINDOW.tr(
                "Something went wrong inside Pieces Allocations. The app keeps running, but what you "
                "were doing may not have finished: try it again. If it happens again, copy the details "
                "and send them with your report."
            )
        )
        box = QGroupBox(CRASH_WINDOW.tr("Details"), self)
        self.details = QPlainTextEdit(box)
        self.details.setReadOnly(True)
        # A caret to show where the keyboard is, and to select a part of it (read-only hides both).
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(CRASH_WINDOW.tr("Error details"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button: QPushButton = self.buttons.addButton(
            CRASH_WINDOW.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(box, 1)
        layout.addWidget(self.buttons)

    def add(self, text: str) -> None:
        """Show another error's details below the ones already shown."""
        current = self.details.toPlainText()
        self.details.setPlainText(f"{current}\n\n{text}" if current else text)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashWindows:
    """The reporter's `show`: one window at a time, opened with show() (never exec), gathering errors."""

    def __init__(self) -> None:
        self.window: CrashWindow | None = None

    def __call__(self, text: str) -> None:
        if self.window is None:
            window = CrashWindow()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.finished.connect(self._closed)
            self.window = window
        self.window.add(text)
        self.window.show()

    def _closed(self) -> None:
        self.window = None
