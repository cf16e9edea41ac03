"""AddressDialog: the address is checked as it is typed; OK gives it normalized, or "find automatically"."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from gui.desktop import translations
from gui.dialogs import AddressDialog

from ..gestures import click, key, type_text
from .conftest import HOSTILE, Snapshot, assert_plain_labels


def opened(qtbot: QtBot, current: str | None) -> AddressDialog:
    dialog = AddressDialog(current)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def retype(qtbot: QtBot, dialog: AddressDialog, text: str) -> None:
    dialog.address_edit.clear()
    type_text(dialog.address_edit, text)


def test_a_typed_address_is_normalized(qtbot: QtBot, snapshot: Snapshot) -> None:
    dialog = opened(qtbot, None)
    assert dialog.auto_radio.isChecked()
    retype(qtbot, dialog, " 127.0.0.1:39300/ ")
    assert dialog.manual_radio.isChecked()  # typing chooses the address
    assert dialog.ok_button.isEnabled()
    assert dialog.reason_label.text() == "The app will use http://127.0.0.1:39300."
    snapshot(dialog, "address-valid")
    with qtbot.waitSignal(dialog.address_chosen) as chosen:
        key(dialog.address_edit, Qt.Key.Key_Return)
    assert chosen.args == ["http://127.0.0.1:39300"]
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.address == "http://127.0.0.1:39300"
    assert not dialog.use_discovery


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "Type an address, for example http://127.0.0.1:39300."),
        ("ftp://127.0.0.1", "is not an http:// or https:// address"),
        ("127.0.0.1:99999", "has a port that is not a number from 0 to 65535"),
        ("http://127.0.0.1:39300/?x=1", "should be just an address"),
        ("http://", "names no host"),
    ],
)
def test_an_invalid_address_disables_ok_and_says_why(
    qtbot: QtBot, snapshot: Snapshot, text: str, reason: str
) -> None:
    dialog = opened(qtbot, "http://127.0.0.1:39300")
    assert dialog.manual_radio.isChecked()
    retype(qtbot, dialog, text)
    assert not dialog.ok_button.isEnabled()
    assert reason in dialog.reason_label.text()
    key(dialog.address_edit, Qt.Key.Key_Return)  # Enter does not accept it either
    assert dialog.isVisible()
    assert dialog.address is None
    if text == "ftp://127.0.0.1":
        snapshot(dialog, "address-invalid")


def test_find_automatically(qtbot: QtBot, snapshot: Snapshot) -> None:
    dialog = opened(qtbot, "ftp://127.0.0.1")
    assert not dialog.ok_button.isEnabled()
    # On its indicator: a radio button takes clicks on its indicator and text, not its whole width.
    click(dialog.auto_radio, QPoint(6, dialog.auto_radio.height() // 2))
    assert dialog.ok_button.isEnabled()
    assert "ports 39300 to 39333" in dialog.reason_label.text()
    snapshot(dialog, "address-auto")
    with qtbot.waitSignal(dialog.address_chosen) as chosen:
        click(dialog.ok_button)
    assert chosen.args == [None]
    assert dialog.use_discovery
    assert dialog.address is None


def test_cancel_chooses_nothing(qtbot: QtBot) -> None:
    dialog = opened(qtbot, "http://127.0.0.1:39300")
    with qtbot.waitSignal(dialog.finished) as closed:
        key(dialog, Qt.Key.Key_Escape)
    assert closed.args == [QDialog.DialogCode.Rejected.value]
    assert dialog.address is None


def test_a_hostile_address_shows_literally(qtbot: QtBot) -> None:
    dialog = opened(qtbot, HOSTILE)
    # normalize_url takes it as a host name; whatever it decides, the words show it literally.
    assert HOSTILE in dialog.reason_label.text()
    assert_plain_labels(dialog)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("http://127.0.0.1:39300", False),
        ("http://localhost:39300", False),
        ("http://[::1]:39300", False),
        ("http://127.1.2.3:39300", False),
        ("http://192.168.1.20:39300", True),
        ("https://pieces.example.com", True),
        ("http://10.0.0.5:39300", True),
    ],
)
def test_an_address_on_another_computer_is_accepted_with_a_warning(
    qtbot: QtBot, text: str, remote: bool
) -> None:
    dialog = opened(qtbot, None)
    retype(qtbot, dialog, text)
    assert dialog.ok_button.isEnabled()
    assert dialog.picker.warning_label.isVisible() is remote
    if remote:
        assert "not on this computer" in dialog.picker.warning_label.text()
        assert "profile" in dialog.picker.warning_label.text()


def test_a_closed_dialog_is_deleted(qtbot: QtBot) -> None:
    dialog = AddressDialog(None)
    dialog.open()
    click(dialog.cancel_button)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_the_warning_that_appears_is_read_whole_in_every_language(qtbot: QtBot, code: str) -> None:
    # German's explanation takes a third line: the dialog, already open, must grow for the warning.
    loaded = translations.install(code, None)
    try:
        dialog = opened(qtbot, None)
        qtbot.waitExposed(dialog)
        retype(qtbot, dialog, "http://192.168.1.20:39300")
        warning = dialog.picker.warning_label
        qtbot.waitUntil(lambda: warning.isVisible() and warning.height() > 0)
        for label in dialog.findChildren(QLabel):
            if label.isVisible():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
    finally:
        translations.uninstall(loaded)
