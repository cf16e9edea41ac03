"""The whole app, wired by the bootstrap, against a real emulator: what a user does, end to end."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud, DiscoverySource
from gui.app.bootstrap import Application
from gui.cli.options import Options
from gui.desktop.settings import Settings
from gui.dialogs import AddressDialog, ConnectDialog, DisconnectDialog, Outcome
from gui.emulator import Emulator, Fault
from gui.state import Phase
from gui.views.allocations_model import CloudRole
from gui.views.main_window import MainWindow

from ..conftest import Run
from ..gestures import click

_W = TypeVar("_W", bound=QWidget)


@pytest.fixture
def make_app(run: Run, tmp_path: Path) -> Iterator[list[Application]]:
    made: list[Application] = []
    yield made
    for application in made:
        run(application.shutdown())


def start(made: list[Application], options: Options) -> Application:
    application = Application(options)
    made.append(application)
    application.start()
    return application


def open_dialog(qtbot: QtBot, kind: type[_W]) -> _W:
    found: list[_W] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def select(application: Application, cloud_id: str) -> None:
    view = application.window.table
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        cloud = index.data(CloudRole)
        if isinstance(cloud, AllocationCloud) and cloud.id == cloud_id:
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{cloud_id} is not in the table")


def status_of(application: Application, cloud_id: str) -> str:
    cloud = application.store.state.allocation(cloud_id)
    assert cloud is not None
    return cloud.status.cloud.value


def test_the_window_fills_with_the_allocations(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.window.model.rowCount() == 3)
    state = application.store.state
    assert state.phase is Phase.LOADED
    assert state.connection is not None
    assert state.connection.source is DiscoverySource.ARGUMENT


def test_f5_refreshes(qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path) -> None:
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    qtbot.waitUntil(
        lambda: application.store.state.phase is Phase.LOADED and not application.store.state.refreshing
    )
    emulator.set_allocations(5, seed=1)
    application.window.action_refresh.trigger()
    qtbot.waitUntil(lambda: application.window.model.rowCount() == 5)


def test_nothing_found_offers_the_demo_which_works(
    qtbot: QtBot, make_app: list[Application], tmp_path: Path
) -> None:
    application = start(make_app, Options(base_url="http://127.0.0.1:9", config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.UNREACHABLE)
    panel = application.window.state_panel
    assert panel.demo_button.isVisible()
    click(panel.demo_button)
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED, timeout=10_000)
    connection = application.store.state.connection
    assert connection is not None
    assert connection.source is DiscoverySource.DEMO


def test_changing_the_address_is_remembered(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    application = start(make_app, Options(base_url="http://127.0.0.1:9", config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.UNREACHABLE)
    application.window.action_change_address.trigger()
    dialog = open_dialog(qtbot, AddressDialog)
    dialog.manual_radio.setChecked(True)
    dialog.address_edit.setText(emulator.url)
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    assert application.settings.base_url == emulator.url


def test_connect_from_the_window_to_a_running_cloud(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    emulator.set_cloud_status(emulator.user_id, "FAILED")
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    application.window.action_connect.trigger()
    dialog = open_dialog(qtbot, ConnectDialog)
    qtbot.waitUntil(dialog.action_button.isEnabled)
    with qtbot.waitSignal(dialog.completed, timeout=10_000) as done:
        click(dialog.action_button)
    assert done.args == [Outcome.SUCCEEDED]
    # The table follows without waiting for the next scheduled refresh.
    qtbot.waitUntil(lambda: status_of(application, emulator.user_id) == "RUNNING")


def test_disconnect_the_selected_allocation(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.window.model.rowCount() == 3)
    select(application, emulator.user_id)
    assert application.window.action_disconnect.isEnabled()
    application.window.action_disconnect.trigger()
    dialog = open_dialog(qtbot, DisconnectDialog)
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        click(dialog.action_button)
    qtbot.waitUntil(lambda: status_of(application, emulator.user_id) == "DISCONNECTED")
    assert application.window.selected_cloud() is not None


def test_only_web_links_are_opened(emulator: Emulator, make_app: list[Application], tmp_path: Path) -> None:
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    opened: list[QUrl] = []

    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    application.controller._open_url = record  # the one way out of the app, recorded instead of opened
    application.controller.open_url("javascript:alert(1)")
    application.controller.open_url("file:///etc/passwd")
    application.controller.open_url("https://mark.pieces.cloud")
    assert [u.toString() for u in opened] == ["https://mark.pieces.cloud"]


def test_quit_cancels_everything_and_closes_the_client(
    qtbot: QtBot, emulator: Emulator, run: Run, tmp_path: Path
) -> None:
    application = Application(Options(base_url=emulator.url, config_dir=tmp_path))
    application.store.changed.connect(
        lambda new, _old: (
            new.phase is Phase.LOADED and QTimer.singleShot(0, application.window.action_quit.trigger)
        )
    )
    assert run(application.run(), timeout=20) == 0
    assert len(application.tasks) == 0
    assert application.connection.client is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(application.window))  # closed and deleted


def test_the_refresh_interval_chosen_is_remembered(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    application.window.interval_actions[60.0].trigger()
    assert application.store.state.refresh_seconds == 60.0
    application.settings.sync()
    assert Settings(tmp_path).refresh_seconds == 60.0


def test_quitting_during_a_connect_starts_no_refresh_on_the_closed_client(
    qtbot: QtBot, emulator: Emulator, run: Run, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Before, the connect's cancelled work asked for a refresh after the tasks were cancelled."""
    application = Application(Options(base_url=emulator.url, config_dir=tmp_path))
    application.start()
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    application.window.action_connect.trigger()
    dialog = open_dialog(qtbot, ConnectDialog)
    qtbot.waitUntil(dialog.action_button.isEnabled)
    emulator.hold_connects()
    click(dialog.action_button)
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
    emulator.clear_requests()
    with caplog.at_level(logging.DEBUG):
        run(application.shutdown())
    emulator.release_connects()
    assert len(application.tasks) == 0
    assert not application.poller.running
    assert application.connection.client is None
    # Nothing after the quit: the dialog's follow-up refresh never ran (it would hit a closed client).
    assert [r.path for r in emulator.requests] == []
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_settings_file_that_cannot_be_read_is_replaced_and_said_so(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    (tmp_path / "settings.ini").write_bytes(b"[refresh\x00\xff\ninterval_seconds=\x01\x02")
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    box = open_dialog(qtbot, QMessageBox)
    assert box.windowTitle() == "Settings reset"
    assert box.text() == application.settings.recovered_from
    assert box.textFormat() is Qt.TextFormat.PlainText
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)


def test_asked_for_the_tray_where_there_is_none_the_window_shows_after_the_wait_and_says_why(
    qtbot: QtBot,
    run: Run,
    emulator: Emulator,
    make_app: list[Application],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The offscreen platform has no tray, and no desktop around it.
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "KDE")
    application = Application(
        Options(base_url=emulator.url, config_dir=tmp_path, tray=True), tray_wait_ms=300
    )
    make_app.append(application)
    application.start()
    assert application.tray is not None
    assert application.tray.waiting  # a tray host may still come: at login the panel often starts later
    assert not application.window.isVisible()
    qtbot.waitUntil(application.window.isVisible)
    banner = application.tray.banner
    assert banner.isVisible()
    assert "runs as a window" in banner.label.text()
    assert not banner.never_button.isVisible()
    # Said in the window, not in a box that holds it up.
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    # No tray came and the user was told: closing the window ends the app, as a window app's does.
    application.window.close()
    run(application.controller.wait_for_quit(), timeout=5)


def test_the_tray_is_looked_for_once_the_first_list_is_in_not_while_it_is_read(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    # The tray's modules and its bus took 20-25 ms, and held up the first request when they came first.
    emulator.inject("/allocations", Fault.latency(0.5))
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.tray is not None or application.window.model.rowCount() == 3)
    assert application.tray is None
    qtbot.waitUntil(lambda: application.tray is not None)


# The offscreen platform cannot raise the window it shows, and says so; real platforms do it silently.
@pytest.mark.qt_log_ignore("This plugin does not support raise\\(\\)")
def test_started_in_the_tray_the_window_is_made_when_first_shown_and_shows_what_was_read_meanwhile(
    qtbot: QtBot,
    emulator: Emulator,
    make_app: list[Application],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)

    def windows() -> int:
        return sum(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())

    before = windows()
    application = Application(
        Options(base_url=emulator.url, config_dir=tmp_path, tray=True), tray_wait_ms=60_000
    )
    make_app.append(application)
    application.start()
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    # Waiting in the tray, the app has built no window nobody sees: a start, and memory, saved.
    assert windows() <= before
    application.controller.show_window()
    assert application.window.isVisible()
    qtbot.waitUntil(lambda: application.window.model.rowCount() == 3)


def test_on_gnome_with_no_tray_extension_the_window_names_it_once_until_told_not_to(
    qtbot: QtBot,
    emulator: Emulator,
    make_app: list[Application],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no watcher comes
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")

    def started() -> Application:
        application = Application(Options(base_url=emulator.url, config_dir=tmp_path), tray_wait_ms=200)
        make_app.append(application)
        application.start()
        assert application.window.isVisible()  # not asked for the tray: the window does not wait
        qtbot.waitUntil(lambda: application.tray is not None and not application.tray.waiting)
        return application

    first = started()
    assert first.tray is not None
    banner = first.tray.banner
    assert banner.isVisible()
    assert "“AppIndicator and KStatusNotifierItem Support”" in banner.label.text()
    assert "gnome-shell-extension-appindicator" in banner.label.text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    # Closed for now, it comes back at the next start; "Don't show again" ends it for good.
    click(banner.close_button)
    assert not banner.isVisible()
    second = started()
    assert second.tray is not None
    assert second.tray.banner.isVisible()
    click(second.tray.banner.never_button)
    assert not second.tray.banner.isVisible()
    assert Settings(tmp_path).tray_hint_off
    third = started()
    assert third.tray is not None
    assert not third.tray.banner.isVisible()


def test_a_change_pushed_over_the_live_stream_shows_without_waiting_for_a_poll(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    settings = Settings(tmp_path)
    settings.refresh_seconds = 3600  # no poll will come: only the stream can bring the change
    settings.sync()
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    qtbot.waitUntil(lambda: application.store.state.stream_live)
    emulator.set_cloud_status(emulator.user_id, "FAILED")
    qtbot.waitUntil(lambda: status_of(application, emulator.user_id) == "FAILED", timeout=3000)
    emulator.streams.drop()
    qtbot.waitUntil(lambda: not application.store.state.stream_live)
    qtbot.waitUntil(lambda: application.store.state.stream_live, timeout=5000)  # followed again
