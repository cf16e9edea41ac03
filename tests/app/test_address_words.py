"""What the window says of the address: one that is not an address, one found that may not be ours."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.api import Discovered, discover
from gui.app.bootstrap import Application
from gui.cli.options import Options
from gui.dialogs import AddressDialog
from gui.emulator import Emulator
from gui.state import Phase

from ..gestures import click
from .test_bootstrap import make_app, open_dialog, start

__all__ = ["make_app"]  # the fixture, shared


def panel_text(application: Application) -> str:
    panel = application.window.state_panel
    return "\n".join(label.text() for label in (panel.title, panel.message, panel.hint) if label.isVisible())


def test_a_malformed_pieces_os_url_is_told_and_the_app_keeps_going(
    qtbot: QtBot, make_app: list[Application], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIECES_OS_URL", "localhost:39300x")
    application = start(make_app, Options(config_dir=tmp_path))
    qtbot.waitUntil(lambda: "PIECES_OS_URL" in panel_text(application))
    text = panel_text(application)
    # Which source, what value, what is wrong with it, and what to do.
    assert "'localhost:39300x'" in text
    assert "port that is not a number" in text
    assert "unset it" in text
    assert application.store.state.phase is Phase.UNREACHABLE
    assert application.poller.running
    # Retry looks again and says it again: the refresh loop is still there to do it.
    panel = application.window.state_panel
    assert panel.retry_button.isVisible()
    with qtbot.waitSignal(application.store.changed, check_params_cb=lambda new, _old: new.refreshing):
        click(panel.retry_button)
    qtbot.waitUntil(lambda: not application.store.state.refreshing)
    assert "PIECES_OS_URL" in panel_text(application)
    assert application.poller.running


def test_an_address_edited_by_hand_in_the_settings_file_is_told(
    qtbot: QtBot,
    make_app: list[Application],
    tmp_path: Path,
    emulator: Emulator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PIECES_OS_URL", raising=False)
    (tmp_path / "settings.ini").write_text("[pieces_os]\nbase_url=127.0.0.1:393OO\n", encoding="utf-8")
    application = start(make_app, Options(config_dir=tmp_path))
    qtbot.waitUntil(lambda: "settings file" in panel_text(application))
    text = panel_text(application)
    assert "'127.0.0.1:393OO'" in text
    assert "Change address" in text
    assert application.poller.running
    # Corrected in the file by hand: Retry reads it again.
    (tmp_path / "settings.ini").write_text(f"[pieces_os]\nbase_url={emulator.url}\n", encoding="utf-8")
    click(application.window.state_panel.retry_button)
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)


def test_an_address_in_the_settings_file_that_is_not_one_is_replaced_in_the_app(
    qtbot: QtBot,
    make_app: list[Application],
    tmp_path: Path,
    emulator: Emulator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PIECES_OS_URL", raising=False)
    (tmp_path / "settings.ini").write_text("[pieces_os]\nbase_url=127.0.0.1:393OO\n", encoding="utf-8")
    application = start(make_app, Options(config_dir=tmp_path))
    qtbot.waitUntil(lambda: "settings file" in panel_text(application))
    # Choosing the address again in the app puts it right.
    click(application.window.state_panel.change_address_button)
    dialog = open_dialog(qtbot, AddressDialog)
    dialog.manual_radio.setChecked(True)
    dialog.address_edit.setText(emulator.url)
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    assert application.settings.saved_address == emulator.url


def test_an_address_found_by_a_scan_that_cannot_tell_whose_says_so(
    qtbot: QtBot, make_app: list[Application], tmp_path: Path, emulator: Emulator
) -> None:
    # As on macOS and Windows: the system does not say which user a listening port belongs to.
    async def scan() -> Discovered:
        return await discover(env={}, port_files=[], ports=[emulator.port], legacy=(), foreign=lambda _: None)

    application = Application(Options(config_dir=tmp_path), discoverer=scan)
    make_app.append(application)
    application.start()
    application.window.resize(1500, 700)  # a desktop's width: on a narrow one every label gives way
    application.window.show()
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    address = application.window.status.address
    # Painted whole, not cut off at the label's width: the warning is the point.
    assert address.shown_text() == f"Pieces OS at {emulator.url} (maybe not yours)"
    assert "it may be another user's Pieces OS" in address.toolTip()
