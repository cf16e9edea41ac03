"""The real tray on a real (private, headless) desktop: what a panel shows as Pieces OS changes."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from gui.emulator import Emulator

from .conftest import TrayDesktopFactory
from .desktop import HERE, AppProcess, Mode, TrayDesktop, pixel_difference

TRAY_APP = str(HERE / "tray_app.py")
# Starting Xvfb, a bus and a Python app with Qt takes a few seconds on a busy machine.
START_MS = 20000
# A change is told once it has held for the settle window (3 s), after a poll (0.2 s).
NOTICE_MS = 10000


@pytest.fixture
def pieces() -> Iterator[Emulator]:
    """Pieces OS with one cloud, the signed-in user's own, disconnected to begin with."""
    with Emulator(port=0, allocations=1, seed=0, connect_delay=0.3) as emu:
        emu.set_cloud_status(emu.user_id, "DISCONNECTED")
        yield emu


def connect(pieces: Emulator) -> None:
    """Connects the user's cloud as another Pieces client would; Pieces OS answers once it runs."""
    with httpx.Client(base_url=pieces.url, trust_env=False) as http:
        http.post("/allocations/connect", json=pieces.user_profile(), timeout=10).raise_for_status()


def start_app(desktop: TrayDesktop, qtbot: QtBot, *args: str) -> AppProcess:
    app = desktop.launch(*args)
    qtbot.waitUntil(lambda: bool(desktop.items()) or app.process.poll() is not None, timeout=START_MS)
    assert app.process.poll() is None, (desktop.workdir / "app-0.stderr").read_text()
    return app


def test_sni_icon_tooltip_and_one_notice_per_change(
    tray_desktop: TrayDesktopFactory, pieces: Emulator, qtbot: QtBot
) -> None:
    desktop = tray_desktop("sni")
    start_app(desktop, qtbot, TRAY_APP, pieces.url)
    qtbot.waitUntil(lambda: "Disconnected" in desktop.tooltip(), timeout=START_MS)
    disconnected = desktop.icon_bytes()
    assert "https://" in desktop.tooltip().splitlines()[1]

    connect(pieces)
    qtbot.waitUntil(lambda: "Pieces Allocations: Connected" in desktop.tooltip(), timeout=NOTICE_MS)
    connected = desktop.icon_bytes()
    assert connected != disconnected
    qtbot.waitUntil(lambda: len(desktop.notifications()) == 1, timeout=NOTICE_MS)
    notice = desktop.notifications()[0]
    assert notice["summary"] == "Personal cloud connected"
    assert notice["body"].endswith("is connected.")
    assert notice["app_name"] == "Pieces Allocations"
    assert notice["has_image"]  # the icon of the state it announces

    pieces.stop()
    qtbot.waitUntil(lambda: desktop.icon_bytes() != connected, timeout=NOTICE_MS)
    qtbot.waitUntil(lambda: len(desktop.notifications()) == 2, timeout=NOTICE_MS)
    assert desktop.notifications()[1]["summary"] == "Pieces OS stopped"
    # Nothing at start-up (the disconnected cloud was the first state seen), nothing twice.
    assert [n["summary"] for n in desktop.notifications()] == [
        "Personal cloud connected",
        "Pieces OS stopped",
    ]


def test_sni_menu_offers_what_fits_and_sends_intents(
    tray_desktop: TrayDesktopFactory, pieces: Emulator, qtbot: QtBot
) -> None:
    desktop = tray_desktop("sni")
    app = start_app(desktop, qtbot, TRAY_APP, pieces.url)
    qtbot.waitUntil(lambda: "Connect…" in [item.label for item in desktop.menu()], timeout=START_MS)
    labels = [item.label for item in desktop.menu() if not item.separator]
    assert labels[0] == "Show window"
    assert "Disconnect…" not in labels  # the cloud is disconnected already
    assert labels[-3:] == ["Status history…", "Settings…", "Quit"]

    desktop.click_menu("Refresh")
    qtbot.waitUntil(lambda: app.said("refresh"), timeout=5000)
    desktop.activate()
    qtbot.waitUntil(lambda: app.said("show_window"), timeout=5000)


@pytest.mark.parametrize(("mode", "markup"), [("sni", "True"), ("xembed", "False")])
def test_the_app_knows_which_host_may_render_markup(
    tray_desktop: TrayDesktopFactory, mode: Mode, markup: str
) -> None:
    desktop = tray_desktop(mode)
    code = "from PySide6.QtWidgets import QApplication; a = QApplication([]); import gui.tray.host as h; "
    done = subprocess.run(
        [sys.executable, "-c", code + "print(h.markup_host())"],
        env=desktop.app_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() == markup, done.stderr


def stable_grab(desktop: TrayDesktop, qtbot: QtBot, path: Path) -> Path:
    """The icon, grabbed until two grabs in a row agree (the host may still be drawing)."""
    previous = desktop.grab(path.with_suffix(".a.png"))

    def settled() -> bool:
        nonlocal previous
        current = desktop.grab(path)
        same = pixel_difference(previous, current) == 0
        previous = desktop.grab(path.with_suffix(".a.png")) if not same else previous
        return same

    qtbot.waitUntil(settled, timeout=10000)
    return path


def test_xembed_icon_changes_on_the_panel(
    tray_desktop: TrayDesktopFactory, pieces: Emulator, qtbot: QtBot, tmp_path: Path
) -> None:
    desktop = tray_desktop("xembed")
    # The empty panel, grabbed before the app starts: afterwards its icon may already be drawn.
    empty = desktop.grab(tmp_path / "empty.png")
    app = desktop.launch(TRAY_APP, pieces.url)
    qtbot.waitUntil(lambda: app.said("started"), timeout=START_MS)
    qtbot.waitUntil(
        lambda: pixel_difference(empty, desktop.grab(tmp_path / "now.png")) > 50, timeout=START_MS
    )
    disconnected = stable_grab(desktop, qtbot, tmp_path / "disconnected.png")

    pieces.set_cloud_status(pieces.user_id, "RUNNING")
    qtbot.waitUntil(
        lambda: pixel_difference(disconnected, desktop.grab(tmp_path / "now.png")) > 50, timeout=NOTICE_MS
    )
    connected = stable_grab(desktop, qtbot, tmp_path / "connected.png")
    assert pixel_difference(disconnected, connected) > 50


def test_the_app_with_tray_shows_its_state_and_tells_a_change(
    tray_desktop: TrayDesktopFactory, pieces: Emulator, qtbot: QtBot, tmp_path: Path
) -> None:
    desktop = tray_desktop("sni")
    start_app(desktop, qtbot, "-m", "gui", "--tray", "--base-url", pieces.url, "--config-dir", str(tmp_path))
    qtbot.waitUntil(lambda: "Disconnected" in desktop.tooltip(), timeout=START_MS)
    disconnected = desktop.icon_bytes()
    pieces.set_cloud_status(pieces.user_id, "RUNNING")
    qtbot.waitUntil(lambda: desktop.icon_bytes() != disconnected, timeout=NOTICE_MS)
    qtbot.waitUntil(lambda: len(desktop.notifications()) == 1, timeout=NOTICE_MS)
    assert desktop.notifications()[0]["summary"] == "Personal cloud connected"
    pieces.stop()
    qtbot.waitUntil(lambda: len(desktop.notifications()) == 2, timeout=NOTICE_MS)
    assert desktop.notifications()[1]["summary"] == "Pieces OS stopped"


HOST_APP = str(HERE / "host_app.py")
# How long the host comes after the app, as a panel that starts late at login.
LATE_S = 5.0


def holds(qtbot: QtBot, check: Callable[[], bool], seconds: float) -> bool:
    """True when check() held each time it was asked, for `seconds` (the app is watched, not slept on)."""
    failed: list[bool] = []
    deadline = time.monotonic() + seconds

    def done() -> bool:
        if not check():
            failed.append(True)
        return bool(failed) or time.monotonic() >= deadline

    qtbot.waitUntil(done, timeout=int(seconds * 1000) + 5000)
    return not failed


def test_a_tray_host_that_comes_late_goes_and_comes_back_gets_the_icon_each_time(
    tray_desktop: TrayDesktopFactory, pieces: Emulator, qtbot: QtBot, tmp_path: Path
) -> None:
    desktop = tray_desktop("sni", host=False)
    app = desktop.launch(
        "-m", "gui", "--tray", "--base-url", pieces.url, "--config-dir", str(tmp_path), "--log-level", "INFO"
    )
    # At login: the panel is not there yet. The app waits for it, out of sight, and keeps running.
    assert holds(qtbot, lambda: app.process.poll() is None and not desktop.window_shown(), LATE_S)

    desktop.host.start()
    qtbot.waitUntil(lambda: len(desktop.items()) == 1, timeout=START_MS)
    qtbot.waitUntil(lambda: "Disconnected" in desktop.tooltip(), timeout=START_MS)
    assert not desktop.window_shown()

    # The panel restarts: the icon registers with the new watcher, and the window stays in the tray.
    desktop.host.stop()
    desktop.host.start()
    qtbot.waitUntil(lambda: len(desktop.items()) >= 2, timeout=START_MS)
    # The same icon on the panel again, and only it.
    qtbot.waitUntil(lambda: desktop.watcher_items() == [desktop.items()[0]])
    assert "Disconnected" in desktop.tooltip()
    assert app.process.poll() is None
    assert not desktop.window_shown()


def test_with_no_tray_host_the_app_shows_its_window_after_the_wait_and_adopts_a_host_later(
    tray_desktop: TrayDesktopFactory, pieces: Emulator, qtbot: QtBot, tmp_path: Path
) -> None:
    desktop = tray_desktop("sni", host=False)
    app = desktop.launch(HOST_APP, "1500", "--tray", "--base-url", pieces.url, "--config-dir", str(tmp_path))
    qtbot.waitUntil(lambda: desktop.window_shown() or app.process.poll() is not None, timeout=START_MS)
    assert app.process.poll() is None, (desktop.workdir / "app-0.stderr").read_text()
    assert not desktop.items()

    desktop.host.start()
    qtbot.waitUntil(lambda: len(desktop.items()) == 1, timeout=START_MS)
    assert desktop.window_shown()  # adopting the tray does not take the window away


def test_a_hidden_app_whose_tray_host_goes_for_good_shows_its_window(
    tray_desktop: TrayDesktopFactory, pieces: Emulator, qtbot: QtBot, tmp_path: Path
) -> None:
    desktop = tray_desktop("sni")
    app = desktop.launch(HOST_APP, "1500", "--tray", "--base-url", pieces.url, "--config-dir", str(tmp_path))
    qtbot.waitUntil(lambda: len(desktop.items()) == 1, timeout=START_MS)
    assert not desktop.window_shown()

    desktop.host.stop()
    # Out of reach otherwise: no icon, no window. After the wait the window comes.
    qtbot.waitUntil(desktop.window_shown, timeout=START_MS)
    assert app.process.poll() is None
    desktop.host.start()
    qtbot.waitUntil(lambda: len(desktop.items()) >= 2, timeout=START_MS)


def test_an_xembed_tray_that_comes_late_or_restarts_gets_the_icon_drawn(
    tray_desktop: TrayDesktopFactory, pieces: Emulator, qtbot: QtBot, tmp_path: Path
) -> None:
    desktop = tray_desktop("xembed", host=False)
    app = desktop.launch("-m", "gui", "--tray", "--base-url", pieces.url, "--config-dir", str(tmp_path))
    assert holds(qtbot, lambda: app.process.poll() is None and not desktop.window_shown(), 2.0)
    desktop.host.start()
    # The panel where no icon goes (trayer fills from the left) against the first icon's place.
    panel = desktop.grab(tmp_path / "panel.png", "22x22+70+1")

    def icon_drawn() -> bool:
        return pixel_difference(panel, desktop.grab(tmp_path / "icon.png")) > 50

    qtbot.waitUntil(icon_drawn, timeout=START_MS)
    assert not desktop.window_shown()
    icon = stable_grab(desktop, qtbot, tmp_path / "first.png")
    # The panel restarts: the same icon is drawn on the new one, and the window stays hidden.
    desktop.host.stop()
    qtbot.waitUntil(lambda: pixel_difference(icon, desktop.grab(tmp_path / "gone.png")) > 50)
    desktop.host.start()
    qtbot.waitUntil(
        lambda: pixel_difference(icon, desktop.grab(tmp_path / "again.png")) < 10, timeout=START_MS
    )
    assert app.process.poll() is None
    assert not desktop.window_shown()


def test_the_tooltip_says_how_long_each_cloud_has_held_its_status(
    tray_desktop: TrayDesktopFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    # The demo's made-up week ends in forty minutes watched up to now: the tooltip counts them.
    desktop = tray_desktop("sni")
    start_app(desktop, qtbot, "-m", "gui", "--tray", "--demo", "--config-dir", str(tmp_path))
    qtbot.waitUntil(lambda: "Connected for 40 min" in desktop.tooltip(), timeout=START_MS)
    lines = desktop.tooltip().splitlines()
    assert any(line.endswith(": Connected for 40 min") for line in lines), lines
    assert any(": Failed since " in line for line in lines), lines
