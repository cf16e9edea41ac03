"""Screenshots of every window state and dialog, taken from a real X display (run under xvfb-run)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import qasync
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from gui.api import AllocationCloud
from gui.app import crash_report
from gui.app.bootstrap import Application
from gui.cli.options import Options
from gui.desktop import translations
from gui.dialogs import (
    AboutDialog,
    AddressDialog,
    CloudOperationDialog,
    ConnectDialog,
    DisconnectDialog,
    OperationDialog,
    ReconnectDialog,
)
from gui.dialogs.crash_window import CrashWindow, CrashWindows
from gui.dialogs.history_window import HistoryWindow
from gui.dialogs.settings_dialog import SettingsDialog
from gui.emulator import Emulator, Fault
from gui.history.records import Reading
from gui.state import Phase
from gui.views.allocations_model import CloudRole

_W = TypeVar("_W", bound=QWidget)
HOSTILE = "<b>x</b><img src=y>"


async def until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen never reached the state to capture")
        await asyncio.sleep(0.02)


class Shooter:
    def __init__(self, out: Path, tmp: Path) -> None:
        self.out = out
        self.tmp = tmp
        self.taken: list[Path] = []

    async def shot(self, name: str) -> None:
        await asyncio.sleep(0.3)  # let the X server paint what Qt sent it
        screen = QApplication.primaryScreen()
        path = self.out / f"{name}.png"
        screen.grabWindow(0).save(str(path))
        self.taken.append(path)
        print(path, flush=True)

    async def scenario(
        self,
        name: str,
        prepare: Callable[[Emulator], None],
        act: Callable[[Application, Emulator], Awaitable[None]],
        *,
        options: Callable[[Emulator], Options] | None = None,
        allocations: int = 6,
        first_run: bool = False,
        tray_wait_ms: int | None = None,
    ) -> None:
        with Emulator(port=0, allocations=allocations, seed=42, connect_delay=2.0) as emulator:
            prepare(emulator)
            config = self.tmp / name
            chosen = options(emulator) if options else Options(base_url=emulator.url, config_dir=config)
            # As the real app would name it; this script logs nowhere, the About dialog just shows it.
            application = Application(
                chosen, log_file=config / "logs" / "pieces-allocations.log", tray_wait_ms=tray_wait_ms
            )
            if not first_run:  # else the size and place a first run takes on this screen
                application.window.resize(1240, 700)
                application.window.move(20, 20)
            application.start()
            try:
                await act(application, emulator)
            finally:
                await application.shutdown()


def dialog(kind: type[_W]) -> _W | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


async def opened(kind: type[_W]) -> _W:
    await until(lambda: dialog(kind) is not None)
    found = dialog(kind)
    assert found is not None
    return found


def loaded(application: Application) -> Callable[[], bool]:
    return lambda: application.store.state.phase is Phase.LOADED and not application.store.state.refreshing


def select_first(application: Application) -> None:
    # Through the selection model, as the app selects: right to left under X11, QTableView.selectRow
    # right after loading selected nothing, and every dialog flow found its actions disabled.
    table = application.window.table
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(table.model().index(0, 0), flags.ClearAndSelect | flags.Rows)


def select_own(application: Application, emulator: Emulator) -> None:
    """Select the signed-in user's own cloud: the one with every kind of URL."""
    select_cloud(application, emulator.user_id)


def select_cloud(application: Application, cloud_id: str) -> None:
    model = application.window.table.model()
    for row in range(model.rowCount()):
        cloud = model.index(row, 0).data(CloudRole)
        if isinstance(cloud, AllocationCloud) and cloud.id == cloud_id:
            flags = QItemSelectionModel.SelectionFlag
            index = model.index(row, 0)
            application.window.table.selectionModel().setCurrentIndex(
                index, flags.ClearAndSelect | flags.Rows
            )
            return


@contextlib.contextmanager
def gnome_without_a_tray() -> Iterator[None]:
    """A GNOME session as the app sees it, with no session bus (so no tray host) while the scenario runs."""
    saved = {name: os.environ.get(name) for name in ("XDG_CURRENT_DESKTOP", "DBUS_SESSION_BUS_ADDRESS")}
    os.environ["XDG_CURRENT_DESKTOP"] = "ubuntu:GNOME"
    os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def dark_palette() -> QPalette:
    """A dark palette such as a desktop's dark theme hands to Qt while the app runs."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette(QColor("#2b2b2b"))  # derives every role from a dark window colour
    for which, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.Highlight, "#2f65ca"),
        (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#3a3a3a"),
        (role.ToolTipText, "#e6e6e6"),
        (role.PlaceholderText, "#8c8c8c"),
        (role.Link, "#7aa7ff"),
    ):
        palette.setColor(which, QColor(colour))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, which, QColor("#7a7a7a"))
    return palette


async def run_all(shooter: Shooter, only: set[str]) -> None:
    async def phase_shot(name: str, phase: Phase, prepare: Callable[[Emulator], None]) -> None:
        async def act(app: Application, emu: Emulator) -> None:
            await until(lambda: app.store.state.phase is phase)
            await shooter.shot(name)

        await shooter.scenario(name, prepare, act)

    def nothing(emu: Emulator) -> None:
        pass

    def wanted(name: str) -> bool:
        return not only or name in only

    if wanted("window-loaded"):

        async def act_loaded(app: Application, emu: Emulator) -> None:
            await until(loaded(app))
            select_own(app, emu)
            await shooter.shot("window-loaded")

        await shooter.scenario("window-loaded", nothing, act_loaded)

    if wanted("window-first-run"):

        def unknown_status(emu: Emulator) -> None:
            # A status from a newer Pieces OS: the table must show its name whole, and URLs that differ.
            emu.set_cloud_status(emu.user_id, "HIBERNATING")
            emu.set_url_status(emu.user_id, "vanity", "DISCONNECTED")

        async def act_first_run(app: Application, emu: Emulator) -> None:
            await until(loaded(app))
            await until(lambda: app.window.details.cloud is not None)  # nothing selected by hand
            await shooter.shot("window-first-run")

        await shooter.scenario(
            "window-first-run", unknown_status, act_first_run, first_run=True, allocations=40
        )

    if wanted("window-dark"):

        async def act_dark(app: Application, emu: Emulator) -> None:
            await until(loaded(app))
            select_own(app, emu)
            await shooter.shot("window-light")
            # Switched while the window is open, as a desktop does when its theme turns dark.
            light = QApplication.palette()
            QApplication.setPalette(dark_palette())
            try:
                await shooter.shot("window-dark")
                emu.inject("/allocations", Fault.status(500, "Database is locked"), times=50)
                app.poller.request()
                await until(lambda: app.store.state.stale)
                await shooter.shot("window-dark-stale")
            finally:
                QApplication.setPalette(light)

        await shooter.scenario("window-dark", nothing, act_dark)

    if wanted("history"):

        async def act_history(app: Application, emu: Emulator) -> None:
            await until(loaded(app))
            panel = app.window.details.history
            assert panel is not None
            await until(lambda: bool(panel.uptime_label.text()))  # in whatever language
            periods = list(zip(panel.period_buttons, ("24h", "7d", "30d"), strict=True))
            for button, name in periods:
                button.click()
                await shooter.shot(f"history-{name}")
            # The cloud with the week's story: a drop Pieces OS explained, a disconnect its user asked for.
            select_cloud(app, app.store.state.allocations[0].id)
            periods[1][0].click()
            await shooter.shot("history-7d-story")
            strip = panel.strip
            for reading, name in ((Reading.FAILED, "drop"), (Reading.DISCONNECTED, "disconnect")):
                # The tooltip as the pointer resting over the stretch shows it.
                part = next(p for p in strip._parts if p.reading is reading)
                QToolTip.showText(strip.mapToGlobal(strip.point_of(part)), strip.tooltip_for(part), strip)
                await shooter.shot(f"history-7d-tooltip-{name}")
                QToolTip.hideText()
                await until(lambda: not QToolTip.isVisible())
            light = QApplication.palette()
            QApplication.setPalette(dark_palette())
            try:
                for button, name in periods:
                    button.click()
                    await shooter.shot(f"history-{name}-dark")
            finally:
                QApplication.setPalette(light)
            panel.all_button.click()
            window = await opened(HistoryWindow)
            window.move(120, 80)
            await shooter.shot("history-window")
            window.close()

        # The demo's made-up week: a drop, a disconnect the user asked for, nights nobody watched.
        await shooter.scenario(
            "history",
            nothing,
            act_history,
            options=lambda _emu: Options(demo=True, config_dir=shooter.tmp / "h"),
        )

    if wanted("window-stale"):

        async def act_stale(app: Application, emu: Emulator) -> None:
            await until(loaded(app))
            select_first(app)
            emu.inject("/allocations", Fault.status(500, "Database is locked"), times=50)
            app.poller.request()
            await until(lambda: app.store.state.stale)
            await shooter.shot("window-stale")

        await shooter.scenario("window-stale", nothing, act_stale)

    if wanted("window-gnome-hint"):

        async def act_gnome_hint(app: Application, emu: Emulator) -> None:
            # Started at login for the tray; no tray host came within the wait: the window shows, and names
            # the extension GNOME needs.
            await until(lambda: app.tray is not None and app.tray.banner.isVisible())
            await until(loaded(app))
            select_own(app, emu)
            await shooter.shot("window-gnome-hint")

        # GNOME without its AppIndicator extension: no StatusNotifierWatcher on the bus, no XEmbed tray.
        with gnome_without_a_tray():
            await shooter.scenario(
                "window-gnome-hint",
                nothing,
                act_gnome_hint,
                options=lambda e: Options(
                    base_url=e.url, config_dir=shooter.tmp / "window-gnome-hint", tray=True
                ),
                tray_wait_ms=500,
            )

    if wanted("window-searching"):
        await phase_shot(
            "window-searching", Phase.SEARCHING, lambda e: e.inject("/.well-known/health", Fault.latency(60))
        )
    if wanted("window-unreachable"):

        async def act_unreachable(app: Application, emu: Emulator) -> None:
            await until(lambda: app.store.state.phase is Phase.UNREACHABLE, seconds=30)
            await shooter.shot("window-unreachable")

        # No address given: discovery probes the port file, 39300-39333 and the legacy ports.
        await shooter.scenario(
            "window-unreachable",
            nothing,
            act_unreachable,
            options=lambda e: Options(config_dir=shooter.tmp / "unreachable"),
        )
    if wanted("window-migrating"):
        await phase_shot("window-migrating", Phase.MIGRATING, lambda e: e.set_health("migrating"))
    if wanted("window-update-required"):
        await phase_shot(
            "window-update-required", Phase.UPDATE_REQUIRED, lambda e: e.set_update_required(True)
        )
    if wanted("window-signed-out"):
        await phase_shot("window-signed-out", Phase.SIGNED_OUT, lambda e: e.sign_out())
    if wanted("window-no-allocations"):
        await phase_shot("window-no-allocations", Phase.NO_ALLOCATIONS, lambda e: e.set_allocations(0))
    if wanted("window-failing"):
        await phase_shot(
            "window-failing",
            Phase.FAILING,
            lambda e: e.inject("/allocations", Fault.malformed_json(), times=50),
        )
    if wanted("window-hostile"):

        def hostile(emu: Emulator) -> None:
            cloud = emu.allocation(emu.user_id)
            assert cloud is not None
            spoof = "\u202egnp.exe"  # reads "exe.png" if the override were obeyed
            evil = {
                **cloud,
                "project": f"{HOSTILE} \U0001f600\U0001f3f3\ufe0f\u200d\U0001f308 {spoof}",
                "region": "r" * 10_000,
                "version": "\u05e9\u05dc\u05d5\u05dd 1.2\u2028second line\u2029third\x07\x1b[31m",
                "status": {"cloud": "HIBERNATING"},
            }
            evil["urls"] = {
                **cloud["urls"],
                "vanity": {"status": "PAUSED", "url": "javascript:alert(1)"},
                "id": {"status": "RUNNING", "url": "https://x.pieces.cloud/a b"},
                "base": {"status": "RUNNING", "url": "data:text/html,<script>alert(1)</script>"},
            }
            second = {
                **cloud,
                "id": "second",
                "user": "second",
                "project": spoof,
                "region": "\u0645\u0631\u062d\u0628\u0627",
            }
            emu.inject(
                "/allocations", Fault.status(200, json.dumps({"iterable": [evil, second]})), times=None
            )
            profile = {**emu.user_profile(), "name": "N" * 10_000, "email": f"{HOSTILE}@example.com"}
            emu.inject("/user", Fault.status(200, json.dumps({"user": profile})), times=None)
            emu.version = "9" * 10_000

        async def act_hostile(app: Application, emu: Emulator) -> None:
            await until(loaded(app))
            select_first(app)
            await shooter.shot("window-hostile")

        await shooter.scenario("window-hostile", hostile, act_hostile)

    async def dialog_flow(
        name: str,
        prepare: Callable[[Emulator], None],
        steps: Callable[[Application, Emulator], Awaitable[None]],
    ) -> None:
        if not wanted(name):
            return

        async def act(app: Application, emu: Emulator) -> None:
            await until(loaded(app))
            select_first(app)
            await steps(app, emu)

        await shooter.scenario(name, prepare, act)

    async def finished(d: OperationDialog) -> None:
        await until(lambda: d.outcome is not None, seconds=30)

    async def connect_ready(app: Application, emu: Emulator) -> None:
        app.window.action_connect.trigger()
        d = await opened(ConnectDialog)
        await until(d.action_button.isEnabled)
        await shooter.shot("connect-ready")
        emu.hold_connects()
        d.action_button.click()
        await until(lambda: emu.connects_waiting == 1)
        await asyncio.sleep(3.2)
        await shooter.shot("connect-progress")
        emu.release_connects()
        await finished(d)
        await shooter.shot("connect-succeeded")

    await dialog_flow("connect-ready", nothing, connect_ready)

    async def connect_signed_out(app: Application, emu: Emulator) -> None:
        emu.sign_out()  # after the window saw a user, so Connect… is still enabled
        app.window.action_connect.trigger()
        d = await opened(ConnectDialog)
        await until(lambda: d.retry_button.isVisible())
        await shooter.shot("connect-signed-out")

    await dialog_flow("connect-signed-out", nothing, connect_signed_out)

    async def connect_fails(name: str, arm: Callable[[Emulator], None]) -> None:
        async def steps(app: Application, emu: Emulator) -> None:
            app.window.action_connect.trigger()
            d = await opened(ConnectDialog)
            await until(d.action_button.isEnabled)
            arm(emu)
            d.action_button.click()
            await finished(d)
            await shooter.shot(name)

        await dialog_flow(name, nothing, steps)

    await connect_fails("connect-failed-500", lambda e: e.fail_next_connect())
    await connect_fails("connect-timeout-504", lambda e: e.time_out_next_connect())

    async def connect_cancelled(app: Application, emu: Emulator) -> None:
        app.window.action_connect.trigger()
        d = await opened(ConnectDialog)
        await until(d.action_button.isEnabled)
        emu.hold_connects()
        d.action_button.click()
        await until(lambda: emu.connects_waiting == 1)
        d.close_button.click()
        await finished(d)
        await shooter.shot("connect-cancelled")
        emu.release_connects()

    await dialog_flow("connect-cancelled", nothing, connect_cancelled)

    async def reconnect(app: Application, emu: Emulator) -> None:
        app.window.action_reconnect.trigger()
        d = await opened(ReconnectDialog)
        await shooter.shot("reconnect-ready")
        d.action_button.click()
        await asyncio.sleep(1.2)
        await shooter.shot("reconnect-progress")
        await finished(d)
        await shooter.shot("reconnect-done")

    await dialog_flow("reconnect-ready", nothing, reconnect)

    async def disconnect(app: Application, emu: Emulator) -> None:
        app.window.action_disconnect.trigger()
        d = await opened(DisconnectDialog)
        await shooter.shot("disconnect-confirm")
        d.action_button.click()
        await finished(d)
        await until(loaded(app))
        await shooter.shot("disconnect-done")

    await dialog_flow("disconnect-confirm", nothing, disconnect)

    async def cloud_operation(app: Application, emu: Emulator) -> None:
        app.window.action_delete.trigger()
        d = await opened(CloudOperationDialog)
        await shooter.shot("delete-ready")
        d.action_button.click()
        await finished(d)
        await shooter.shot("delete-answer")

    await dialog_flow("delete-ready", nothing, cloud_operation)

    async def address(app: Application, emu: Emulator) -> None:
        app.window.action_change_address.trigger()
        d = await opened(AddressDialog)
        d.manual_radio.setChecked(True)
        d.address_edit.setText("http://not an address")
        await shooter.shot("address-invalid")
        d.address_edit.setText("http://192.168.1.20:39300")
        await shooter.shot("address-remote")
        d.reject()
        app.window.action_about.trigger()
        about = await opened(AboutDialog)
        await shooter.shot("about")
        about.close()
        app.window.action_settings.trigger()
        await opened(SettingsDialog)
        await shooter.shot("settings")

    await dialog_flow("address-invalid", nothing, address)

    async def crash(app: Application, emu: Emulator) -> None:
        await until(loaded(app))
        try:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        except TypeError as error:
            # Kept while it shows: a CrashWindows dropped at once takes its window with it.
            windows = CrashWindows()
            windows(crash_report.details(error, "Unexpected error"))
        window = await opened(CrashWindow)
        window.move(300, 150)
        await shooter.shot("crash-window")
        window.close()

    await dialog_flow("crash-window", nothing, crash)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("names", nargs="*", help="only these screenshots (default: all)")
    parser.add_argument(
        "--lang",
        default="en",
        metavar="CODE",
        help="the app's language: en (default), de, fr, pseudo, pseudo-rtl",
    )
    args = parser.parse_args()
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb" or not os.environ.get("DISPLAY"):
        print("Run under a real X display, e.g.: xvfb-run -s '-screen 0 1280x800x24' ...", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    # As the app does before its first window (pseudo-rtl also lays everything out right to left).
    translations.install(args.lang, None, [])
    shooter = Shooter(args.out, args.out / ".config")
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(run_all(shooter, set(args.names)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
