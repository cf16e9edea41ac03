"""AboutDialog: name, version, purpose and the Pieces OS in plain text; Close closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gui.dialogs import AboutDialog

from ..gestures import click, key
from .conftest import HOSTILE, Snapshot, assert_plain_labels


def test_shows_version_and_pieces_os(qtbot: QtBot, snapshot: Snapshot) -> None:
    dialog = AboutDialog(
        "0.1.0", "http://127.0.0.1:39300", "/home/m/.local/share/pieces-allocations/logs/x.log"
    )
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.log_label.text() == "Log file: /home/m/.local/share/pieces-allocations/logs/x.log"
    assert dialog.name_label.text() == "Pieces Allocations"
    assert dialog.version_label.text() == "Version 0.1.0"
    assert dialog.pieces_os_label.text() == "Connected to Pieces OS at http://127.0.0.1:39300"
    assert dialog.description_label.text()
    snapshot(dialog, "about")
    with qtbot.waitSignal(dialog.finished) as closed:
        click(dialog.close_button)
    assert closed.args == [QDialog.DialogCode.Rejected.value]


def test_without_pieces_os_and_with_hostile_text(qtbot: QtBot) -> None:
    dialog = AboutDialog(HOSTILE)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.pieces_os_label.text() == "Not connected to a Pieces OS."
    assert dialog.log_label.text() == "No log file."
    assert dialog.version_label.text() == f"Version {HOSTILE}"
    assert_plain_labels(dialog)
    with qtbot.waitSignal(dialog.finished):
        key(dialog, Qt.Key.Key_Escape)
