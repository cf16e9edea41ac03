"""The app keeps its history as it runs: beside the log, shown in the details pane, the demo's apart."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.app.bootstrap import Application
from gui.cli.options import Options
from gui.emulator import Emulator
from gui.history.database import FILE_NAME, open_for_reading
from gui.history.reading import changes, spans
from gui.history.records import Aspect
from gui.state import Phase

from ..conftest import Run
from .test_bootstrap import make_app, start

__all__ = ["make_app"]  # the fixture, shared

FOREVER = 10**13


def test_a_status_change_is_recorded_and_shown_and_quitting_ends_the_watched_span(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path, run: Run
) -> None:
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    cloud = application.store.state.allocations[0]
    emulator.set_cloud_status(cloud.id, "FAILED")
    application.poller.request()
    qtbot.waitUntil(lambda: application.store.state.allocation(cloud.id).status.cloud.value == "FAILED")  # type: ignore[union-attr]
    details = application.window.details
    assert details.history is not None
    qtbot.waitUntil(lambda: details.cloud is not None)
    make_app.remove(application)
    run(application.shutdown())
    db = open_for_reading(tmp_path / FILE_NAME)
    before, later = changes(db, cloud.id, Aspect.CLOUD, 0, FOREVER)
    assert [c.status for c in ([before] if before else []) + later][-1] == "FAILED"
    (span,) = spans(db, 0, FOREVER)
    assert span.ended > span.started
    db.close()


def test_the_demo_keeps_a_made_up_week_in_a_file_of_its_own(
    qtbot: QtBot, make_app: list[Application], tmp_path: Path
) -> None:
    application = start(make_app, Options(demo=True, config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    panel = application.window.details.history
    assert panel is not None
    qtbot.waitUntil(lambda: "Uptime" in panel.uptime_label.text())
    assert not (tmp_path / FILE_NAME).exists()
    db = open_for_reading(tmp_path / f"demo-{FILE_NAME}")
    assert db.execute("SELECT value FROM facts WHERE key = 'demo'").fetchone()[0].startswith("A made-up week")
    db.close()


def test_the_history_window_opens_from_the_menu_and_from_the_details_pane(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    from gui.dialogs.history_window import HistoryWindow

    from .test_bootstrap import open_dialog

    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    application.window.action_history.trigger()
    window = open_dialog(qtbot, HistoryWindow)
    assert not window.isModal()
    window.close()
    panel = application.window.details.history
    assert panel is not None
    panel.all_button.click()
    assert open_dialog(qtbot, HistoryWindow).isVisible()


def test_pieces_os_stopping_and_starting_again_is_recorded_and_unwatched_meanwhile(
    qtbot: QtBot, make_app: list[Application], tmp_path: Path, run: Run
) -> None:
    emulator = Emulator(port=0, allocations=2, seed=0)
    emulator.start()
    port = emulator.port
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    emulator.stop()
    qtbot.waitUntil(lambda: application.store.state.pieces_os_lost, timeout=15_000)
    again = Emulator(port=port, allocations=2, seed=0)
    again.start()
    try:
        application.poller.request()
        qtbot.waitUntil(lambda: application.store.state.error is None, timeout=15_000)
        make_app.remove(application)
        run(application.shutdown())
    finally:
        again.stop()
    db = open_for_reading(tmp_path / FILE_NAME)
    before, later = changes(db, "", Aspect.PIECES_OS, 0, FOREVER)
    found = ([before] if before else []) + later
    assert [c.status for c in found] == ["ok", "unreachable", "ok"]
    gone = found[1]
    first, second = spans(db, 0, FOREVER)
    assert first.ended <= gone.at <= second.started  # the time it was down was not watched
    db.close()


def test_the_app_keeps_the_history_as_many_days_as_its_settings_say(
    make_app: list[Application], emulator: Emulator, tmp_path: Path
) -> None:
    (tmp_path / "settings.ini").write_text("[history]\nkeep_days=30\n", encoding="utf-8")
    application = start(make_app, Options(base_url=emulator.url, config_dir=tmp_path))
    assert application.history.retention_days == 30
