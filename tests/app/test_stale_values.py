"""Nothing old looks current: the status bar after Pieces OS stops, a placeholder user, another address."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.app.bootstrap import Application
from gui.cli.options import Options
from gui.emulator import Emulator
from gui.state import Phase
from gui.views.formatting import isolate

from ..conftest import Run


@pytest.fixture
def make_app(run: Run) -> Iterator[list[Application]]:
    made: list[Application] = []
    yield made
    for application in made:
        run(application.shutdown())


def start(made: list[Application], url: str, config_dir: Path) -> Application:
    application = Application(Options(base_url=url, config_dir=config_dir))
    made.append(application)
    application.start()
    return application


def test_health_is_not_shown_as_ok_once_pieces_os_stopped(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    """Before, "Health: OK" from the last good check stayed in the status bar after Pieces OS died."""
    application = start(make_app, emulator.url, tmp_path)
    bar = application.window.status
    qtbot.waitUntil(lambda: bar.health.text() == "Health: OK")
    emulator.stop()
    application.window.action_refresh.trigger()
    qtbot.waitUntil(lambda: application.store.state.error is not None)
    assert bar.health.text() == "Health: no answer"
    assert "did not answer" in bar.health.toolTip()


def test_the_placeholder_email_is_never_shown_as_who_is_signed_in(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    """Before, "Signed in as user@pieces.app": the SDK's stand-in for a missing email, shown as a person."""
    emulator.set_allocations(0)
    emulator.update_user(name=None, username=None, email="user@pieces.app")
    application = start(make_app, emulator.url, tmp_path)
    bar = application.window.status
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.NO_ALLOCATIONS)
    assert bar.user.text() == f"Signed in as {isolate(emulator.user_id)}"
    assert "user@pieces.app" not in bar.user.toolTip()
    assert emulator.user_id in application.window.state_panel.message.text()

