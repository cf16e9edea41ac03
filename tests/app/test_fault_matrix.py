"""The whole app against a misbehaving Pieces OS, over real sockets: each fault explained, then outlived.

Each case runs the real Application (window, poller, connection, client) against the emulator's
fault injection. It asserts what the user reads while the fault lasts, that nothing is logged at
ERROR or above, and that once the fault ends the window is current again by itself, within one
back-off step: no click, no restart.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.api import Discovered, DiscoverySource, PiecesClient, Timeouts
from gui.api.discovery import discover
from gui.app.bootstrap import Application
from gui.cli.options import Options
from gui.desktop.settings import Settings
from gui.dialogs import ConnectDialog, DisconnectDialog, Outcome
from gui.emulator import Emulator, Fault
from gui.services.connection import Discoverer
from gui.state import Phase

from ..conftest import Run
from ..gestures import click
from .test_bootstrap import open_dialog, select

_MIB = 1024 * 1024
# Short deadlines, so that a fault costs a test half a second, not the 15 s a user would wait.
FAST = Timeouts(probe=0.5, snapshot=0.5, cloud_action=1.0, request=0.5, connect=0.5)
INTERVAL = 1.0  # the shortest refresh interval the settings allow
# The longest wait after a fault ends: the back-off after two failures, one deadline, and slack.
RECOVERY_MS = int((2 * INTERVAL + 0.5 + 1.5) * 1000)


def at_url(url: str) -> Discoverer:
    async def find() -> Discovered:
        return Discovered(url, DiscoverySource.ARGUMENT, "given with --base-url")

    return find


def scanning(ports: list[int]) -> Discoverer:
    """Discovery as the app does it with nothing given, over a few ports: no port file, no legacy ports."""

    async def find() -> Discovered:
        return await discover(port_files=[], ports=ports, legacy=[], env={}, probe_timeout=0.5)

    return find


class FaultyApplication(Application):
    """The real Application with short deadlines, a 1 MiB answer cap and the test's discoverer."""

    def __init__(self, config_dir: Path, discoverer: Discoverer) -> None:
        settings = Settings(config_dir)
        settings.refresh_seconds = INTERVAL
        settings.sync()
        super().__init__(
            Options(config_dir=config_dir),
            client_factory=lambda url: PiecesClient(url, timeouts=FAST, max_body_bytes=_MIB),
            discoverer=discoverer,
        )


@pytest.fixture
def make_app(run: Run, tmp_path: Path) -> Iterator[Callable[[Discoverer], FaultyApplication]]:
    made: list[FaultyApplication] = []

    def make(discoverer: Discoverer) -> FaultyApplication:
        application = FaultyApplication(tmp_path, discoverer)
        made.append(application)
        application.start()
        return application

    yield make
    for application in made:
        run(application.shutdown())


@pytest.fixture
def errors_logged(caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    caplog.set_level(logging.INFO, logger="gui")
    return lambda: [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def current(application: Application) -> bool:
    state = application.store.state
    return state.phase is Phase.LOADED and state.error is None and not state.refreshing


def banner_says(application: Application, words: str) -> bool:
    banner = application.window.banner
    return banner.isVisibleTo(application.window) and words in banner.label.text()


def panel_says(application: Application, words: str) -> bool:
    panel = application.window.state_panel
    shown = " ".join(label.text() for label in (panel.title, panel.message, panel.hint))
    return application.window.pages.currentWidget() is panel and words in shown


@dataclass(frozen=True)
class Case:
    route: str
    fault: Fault
    words: str
    on_panel: bool = False  # the phase panel says it (else: the stale banner over the table)


_LIST = "list the allocations"
_UNREADABLE = f"Pieces OS gave an answer to {_LIST} that this app cannot read: "
CASES: dict[str, Case] = {
    "never answers": Case("/allocations", Fault.hang(), f"did not answer when asked to {_LIST} within 0.5 s"),
    "drips": Case("/allocations", Fault.drip(1, 0.05), f"did not answer when asked to {_LIST} within 0.5 s"),
    "health slower than its deadline": Case(
        "/.well-known/health",
        Fault.latency(30),
        "did not answer when asked to report its health within 0.5 s",
    ),
    "resets mid-body": Case("/allocations", Fault.reset(), "closed the connection before it finished"),
    "hangs up mid-body": Case("/user", Fault.truncated(), "closed the connection before it finished"),
    "401": Case("/allocations", Fault.status(401, "Unauthorized"), "Nobody is signed in", on_panel=True),
    "404": Case("/user", Fault.status(404, "Route not found"), '(HTTP 404): "Route not found".'),
    "410": Case("/allocations", Fault.status(410, "Cloud not found."), '"Cloud not found."'),
    "500": Case("/allocations", Fault.status(500, "Internal error"), '(HTTP 500): "Internal error".'),
    "504": Case("/allocations", Fault.status(504, "Gateway Timeout"), '"Gateway Timeout"'),
    "593": Case(
        "/allocations",
        Fault.status(593, "Pieces OS update required."),
        "Pieces OS needs an update",
        on_panel=True,
    ),
    "malformed JSON": Case("/allocations", Fault.malformed_json(), _UNREADABLE + "it is not JSON"),
    "wrong-shaped JSON": Case("/allocations", Fault.wrong_shape(), _UNREADABLE + "expected a JSON object"),
    "nested too deeply": Case("/allocations", Fault.nested(100_000), _UNREADABLE + "it is nested too deeply"),
    "user nested too deeply": Case("/user", Fault.nested(100_000), "it is nested too deeply"),
    "invalid UTF-8": Case("/allocations", Fault.invalid_utf8(), _UNREADABLE + "it is not valid UTF-8"),
    "oversize with a length": Case("/allocations", Fault.oversize(3 * _MIB), "larger than 1 MiB"),
    "oversize without a length": Case(
        "/allocations", Fault.oversize(3 * _MIB, declared=False), "larger than 1 MiB"
    ),
    "gzip bomb": Case("/allocations", Fault.gzip_bomb(64 * _MIB), "larger than 1 MiB"),
    "redirect": Case(
        "/allocations", Fault.redirect("http://127.0.0.1:9/allocations"), "redirected elsewhere (HTTP 302)"
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_fault_mid_session_is_explained_then_outlived(
    qtbot: QtBot,
    emulator: Emulator,
    make_app: Callable[[Discoverer], FaultyApplication],
    errors_logged: Callable[[], list[str]],
    name: str,
) -> None:
    case = CASES[name]
    application = make_app(at_url(emulator.url))
    qtbot.waitUntil(lambda: current(application))
    emulator.inject(case.route, case.fault, times=None)
    application.window.action_refresh.trigger()  # F5: the user asks while it is broken
    says = panel_says if case.on_panel else banner_says
    qtbot.waitUntil(lambda: says(application, case.words), timeout=3000)
    assert errors_logged() == []
    emulator.clear_faults()
    qtbot.waitUntil(lambda: current(application), timeout=RECOVERY_MS)
    assert not application.window.banner.isVisibleTo(application.window)
    assert application.window.model.rowCount() == 3
    assert errors_logged() == []


def test_migrating_is_said_then_outlived(
    qtbot: QtBot,
    emulator: Emulator,
    make_app: Callable[[Discoverer], FaultyApplication],
    errors_logged: Callable[[], list[str]],
) -> None:
    application = make_app(at_url(emulator.url))
    qtbot.waitUntil(lambda: current(application))
    emulator.set_health("migrating")
    application.window.action_refresh.trigger()
    qtbot.waitUntil(lambda: panel_says(application, "Pieces OS is updating its data"), timeout=3000)
    emulator.set_health("ok")
    qtbot.waitUntil(lambda: current(application), timeout=RECOVERY_MS)
    assert errors_logged() == []


def test_absent_at_start_then_started(
    qtbot: QtBot,
    make_app: Callable[[Discoverer], FaultyApplication],
    errors_logged: Callable[[], list[str]],
) -> None:
    (port,) = free_ports(1)
    application = make_app(scanning([port]))
    qtbot.waitUntil(lambda: panel_says(application, "Pieces OS is not reachable"), timeout=3000)
    assert f"127.0.0.1 ports {port}" in application.window.state_panel.tried.text()
    with Emulator(port=port, connect_delay=0.3):
        qtbot.waitUntil(lambda: current(application), timeout=RECOVERY_MS)
    assert errors_logged() == []


def test_gone_mid_session_then_back_on_the_same_port(
    qtbot: QtBot,
    emulator: Emulator,
    make_app: Callable[[Discoverer], FaultyApplication],
    errors_logged: Callable[[], list[str]],
) -> None:
    application = make_app(scanning([emulator.port]))
    qtbot.waitUntil(lambda: current(application))
    emulator.stop()  # connections refused from now on
    application.window.action_refresh.trigger()
    qtbot.waitUntil(lambda: banner_says(application, "Showing data from"), timeout=3000)
    assert errors_logged() == []
    emulator.start()
    qtbot.waitUntil(lambda: current(application), timeout=RECOVERY_MS)
    assert errors_logged() == []


def test_gone_mid_session_then_back_on_another_port_of_the_range(
    qtbot: QtBot,
    make_app: Callable[[Discoverer], FaultyApplication],
    errors_logged: Callable[[], list[str]],
) -> None:
    first_port, second_port = free_ports(2)
    first = Emulator(port=first_port, connect_delay=0.3)
    first.start()
    try:
        application = make_app(scanning([first_port, second_port]))
        qtbot.waitUntil(lambda: current(application))
    finally:
        first.stop()
    application.window.action_refresh.trigger()
    qtbot.waitUntil(lambda: banner_says(application, "Showing data from"), timeout=3000)
    with Emulator(port=second_port, connect_delay=0.3):
        qtbot.waitUntil(lambda: current(application), timeout=RECOVERY_MS)
        connection = application.store.state.connection
        assert connection is not None
        assert connection.base_url == f"http://127.0.0.1:{second_port}"
        assert str(second_port) in application.window.status.address.text()
    assert errors_logged() == []


def test_a_connect_that_outlives_its_deadline_is_explained(
    qtbot: QtBot,
    emulator: Emulator,
    make_app: Callable[[Discoverer], FaultyApplication],
    errors_logged: Callable[[], list[str]],
) -> None:
    emulator.set_cloud_status(emulator.user_id, "FAILED")
    application = make_app(at_url(emulator.url))
    qtbot.waitUntil(lambda: current(application))
    emulator.inject("/allocations/connect", Fault.hang(), times=None)
    application.window.action_connect.trigger()
    dialog = open_dialog(qtbot, ConnectDialog)
    qtbot.waitUntil(dialog.action_button.isEnabled)
    with qtbot.waitSignal(dialog.completed, timeout=5000) as done:
        click(dialog.action_button)
    assert done.args == [Outcome.FAILED]
    assert "did not answer when asked to connect your cloud within 1 s" in dialog.outcome_label.text()
    emulator.clear_faults()
    qtbot.waitUntil(lambda: current(application), timeout=RECOVERY_MS)
    assert errors_logged() == []


def test_a_disconnect_that_fails_after_it_was_confirmed_is_explained(
    qtbot: QtBot,
    emulator: Emulator,
    make_app: Callable[[Discoverer], FaultyApplication],
    errors_logged: Callable[[], list[str]],
) -> None:
    application = make_app(at_url(emulator.url))
    qtbot.waitUntil(lambda: current(application))
    emulator.inject("/allocations/disconnect", Fault.status(500, "Cloud disconnect failed."), times=None)
    select(application, emulator.user_id)
    application.window.action_disconnect.trigger()
    dialog = open_dialog(qtbot, DisconnectDialog)
    with qtbot.waitSignal(dialog.completed, timeout=5000) as done:
        click(dialog.action_button)  # the user confirmed
    assert done.args == [Outcome.FAILED]
    assert '(HTTP 500): "Cloud disconnect failed."' in dialog.outcome_label.text()
    cloud = application.store.state.allocation(emulator.user_id)
    assert cloud is not None
    assert cloud.status.cloud.value == "RUNNING"  # nothing pretends it worked
    assert current(application)
    assert errors_logged() == []
