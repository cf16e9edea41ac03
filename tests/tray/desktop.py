"""What a test reads of the private desktop: the app's environment and output, the StatusNotifierItem
and its menu over D-Bus, the recorded notifications, and grabs of the screen.

SNI mode: a stand-in StatusNotifierWatcher and notification server (desktop_services.py) own their
names on the private bus, so Qt shows the icon as a StatusNotifierItem and sends notices to Notify.
XEmbed mode: trayer on the display embeds the icon at x=1, y=1, 22x22 px, where it can be grabbed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from .. import unplanned
from ..unplanned import told_on_stderr

Mode = Literal["sni", "xembed"]
HERE = Path(__file__).resolve().parent
# The first icon's place in trayer, as the session starts it.
ICON_GEOMETRY = "22x22+1+1"


@dataclass
class MenuItem:
    id: int
    label: str
    enabled: bool
    separator: bool


class AppProcess:
    """An app started on the desktop; a thread collects what it prints, line by line."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def said(self, line: str) -> bool:
        return line in self.lines

    def stop(self) -> None:
        stop_process(self.process)
        self._reader.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()


class HostControl(Protocol):
    """The desktop's tray host (see session.TrayHost)."""

    @property
    def running(self) -> bool: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


@dataclass
class TrayDesktop:
    """What a test needs of the desktop: the app's environment, and readers of what the app showed."""

    mode: Mode
    display: str
    bus_address: str
    record: Path
    workdir: Path
    host: HostControl
    apps: list[AppProcess] = field(default_factory=list)

    def app_env(self) -> dict[str, str]:
        env = dict(os.environ)
        # An inherited desktop would silently switch Qt's tray mode or send the app elsewhere.
        for name in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "WAYLAND_DISPLAY", "XAUTHORITY"):
            env.pop(name, None)
        env.update(
            DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=self.bus_address,
            QT_QPA_PLATFORM="xcb",
            QT_QPA_PLATFORMTHEME="generic",
            PYTHONUNBUFFERED="1",
        )
        return env

    def launch(self, *args: str) -> AppProcess:
        """Starts `python ARGS` on this desktop; stdout is a pipe, stderr goes to a file in workdir."""
        with (self.workdir / f"app-{len(self.apps)}.stderr").open("w", encoding="utf-8") as log:
            process = subprocess.Popen(
                [sys.executable, *args], env=self.app_env(), stdout=subprocess.PIPE, stderr=log, text=True
            )
        app = AppProcess(process)
        self.apps.append(app)
        return app

    # --- SNI mode -------------------------------------------------------------------------------
    def _records(self, event: str) -> list[dict[str, Any]]:
        if not self.record.exists():
            return []
        lines = self.record.read_text(encoding="utf-8").splitlines()
        return [entry for entry in map(json.loads, lines) if entry["event"] == event]

    def items(self) -> list[str]:
        """The bus names of the StatusNotifierItems registered so far."""
        return [entry["service"] for entry in self._records("item")]

    def notifications(self) -> list[dict[str, Any]]:
        """Every Notify call so far: app_name, summary, body, icon, has_image."""
        return self._records("notify")

    def watcher_items(self) -> list[str]:
        """The watcher's RegisteredStatusNotifierItems: what a panel shows, one icon each."""
        from jeepney import DBusAddress, Properties

        watcher = DBusAddress(
            "/StatusNotifierWatcher", "org.kde.StatusNotifierWatcher", "org.kde.StatusNotifierWatcher"
        )
        _signature, items = self._call(Properties(watcher).get("RegisteredStatusNotifierItems"))[0]
        return list(items)

    def item_properties(self) -> dict[str, Any]:
        """GetAll of the latest item's org.kde.StatusNotifierItem properties (values unwrapped)."""
        from jeepney import DBusAddress, Properties

        item = DBusAddress(
            "/StatusNotifierItem", bus_name=self.items()[-1], interface="org.kde.StatusNotifierItem"
        )
        reply = self._call(Properties(item).get_all())
        return {name: value for name, (_sig, value) in reply[0].items()}

    def icon_bytes(self) -> bytes:
        """The item's IconPixmap, all sizes together: different bytes for a different icon."""
        return b"".join(bytes(data) for _w, _h, data in self.item_properties()["IconPixmap"])

    def tooltip(self) -> str:
        """The item's tooltip title (Qt puts the whole tooltip there)."""
        _icon, _pixmaps, title, subtitle = self.item_properties()["ToolTip"]
        return f"{title}\n{subtitle}" if subtitle else str(title)

    def menu(self) -> list[MenuItem]:
        """The item's menu as a host reads it: AboutToShow, then GetLayout of the top level."""
        from jeepney import DBusAddress, new_method_call

        menu = DBusAddress(self.item_properties()["Menu"], self.items()[-1], "com.canonical.dbusmenu")
        self._call(new_method_call(menu, "AboutToShow", "i", (0,)))
        _revision, (_id, _props, children) = self._call(
            new_method_call(menu, "GetLayout", "iias", (0, 1, []))
        )
        items = []
        for _sig, (number, props, _grandchildren) in children:
            plain = {name: value for name, (_s, value) in props.items()}
            items.append(
                MenuItem(
                    number,
                    str(plain.get("label", "")),
                    bool(plain.get("enabled", True)),
                    plain.get("type") == "separator",
                )
            )
        return items

    def click_menu(self, label: str) -> None:
        """Sends the host's "clicked" event for the menu item with this label."""
        from jeepney import DBusAddress, new_method_call

        item = next(entry for entry in self.menu() if entry.label == label)
        menu = DBusAddress(self.item_properties()["Menu"], self.items()[-1], "com.canonical.dbusmenu")
        self._call(new_method_call(menu, "Event", "isvu", (item.id, "clicked", ("i", 0), 0)))

    def activate(self) -> None:
        """A left click on the item, as an SNI host sends it."""
        from jeepney import DBusAddress, new_method_call

        item = DBusAddress("/StatusNotifierItem", self.items()[-1], "org.kde.StatusNotifierItem")
        self._call(new_method_call(item, "Activate", "ii", (0, 0)))

    def _call(self, message: Any) -> Any:
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(bus=self.bus_address) as connection:
            reply = connection.send_and_get_reply(message, timeout=5)
        return reply.body

    # --- XEmbed mode ----------------------------------------------------------------------------
    def grab(self, path: Path, geometry: str = ICON_GEOMETRY) -> Path:
        """A screenshot of part of the screen (the icon by default), with ImageMagick's import."""
        command = ["import", "-display", self.display, "-window", "root"]
        if geometry:
            command += ["-crop", geometry, "+repage"]
        subprocess.run([*command, str(path)], check=True, capture_output=True, timeout=30)
        return path

    def window_shown(self, title: str = "Pieces Allocations") -> bool:
        """A top-level window with this title is mapped on the display (there is no window manager)."""
        return bool(self.xdotool("search", "--onlyvisible", "--name", f"^{title}$").split())

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env={**os.environ, "DISPLAY": self.display}, capture_output=True, text=True
        )
        return done.stdout

    def close(self) -> None:
        for app in reversed(self.apps):
            app.stop()
        # An error in an app process fails the test as one in the test's own process does.
        for index in range(len(self.apps)):
            path = self.workdir / f"app-{index}.stderr"
            output = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
            if told_on_stderr(output):
                unplanned.add("app process", f"{path} ({self.mode}):\n{output[-4000:]}")


def stop_process(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def pixel_difference(a: Path, b: Path) -> int:
    """How many pixels of two images differ by more than 10%."""
    done = subprocess.run(
        ["compare", "-metric", "AE", "-fuzz", "10%", str(a), str(b), "null:"], capture_output=True, text=True
    )
    return int(float(done.stderr.split()[0]))
