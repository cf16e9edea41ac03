"""A private desktop for end-to-end tray tests: Xvfb, a D-Bus session, and a tray host of either kind.

SNI mode: a stand-in StatusNotifierWatcher and notification server (desktop_services.py) own their
names on the private bus, so Qt shows the icon as a StatusNotifierItem and sends notices to Notify.
XEmbed mode: trayer on the display embeds the icon at x=1, y=1, 22x22 px, where it can be grabbed.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Mode = Literal["sni", "xembed"]
HERE = Path(__file__).resolve().parent
TOOLS = ("Xvfb", "dbus-daemon", "trayer", "import", "compare", "xdotool")
# The first icon's place in trayer, as the fixture starts it.
ICON_GEOMETRY = "22x22+1+1"
_TRAYER = [
    "--edge",
    "top",
    "--align",
    "left",
    "--widthtype",
    "pixel",
    "--width",
    "96",
    "--heighttype",
    "pixel",
    "--height",
    "24",
    "--margin",
    "0",
    "--distance",
    "0",
    "--padding",
    "0",
    "--iconspacing",
    "0",
    "--SetDockType",
    "false",
    "--SetPartialStrut",
    "false",
]
# trayer's own panel is light grey; a tinted, opaque one stands in for a dark theme's panel.
_LIGHT = ["--transparent", "false"]
_DARK = ["--transparent", "true", "--alpha", "0", "--tint", "0x202326"]


def missing_tools() -> list[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    try:
        import jeepney  # noqa: F401
    except ImportError:
        missing.append("jeepney (Python)")
    return missing


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
        _stop(self.process)
        self._reader.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()


@dataclass
class TrayDesktop:
    """What a test needs of the desktop: the app's environment, and readers of what the app showed."""

    mode: Mode
    display: str
    bus_address: str
    record: Path
    workdir: Path
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

    def item_properties(self) -> dict[str, Any]:
        """GetAll of the first item's org.kde.StatusNotifierItem properties (values unwrapped)."""
        from jeepney import DBusAddress, Properties

        item = DBusAddress(
            "/StatusNotifierItem", bus_name=self.items()[0], interface="org.kde.StatusNotifierItem"
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

        menu = DBusAddress(self.item_properties()["Menu"], self.items()[0], "com.canonical.dbusmenu")
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
        menu = DBusAddress(self.item_properties()["Menu"], self.items()[0], "com.canonical.dbusmenu")
        self._call(new_method_call(menu, "Event", "isvu", (item.id, "clicked", ("i", 0), 0)))

    def activate(self) -> None:
        """A left click on the item, as an SNI host sends it."""
        from jeepney import DBusAddress, new_method_call

        item = DBusAddress("/StatusNotifierItem", self.items()[0], "org.kde.StatusNotifierItem")
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

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env={**os.environ, "DISPLAY": self.display}, capture_output=True, text=True
        )
        return done.stdout

    def close(self) -> None:
        for app in reversed(self.apps):
            app.stop()


def _stop(process: subprocess.Popen[str]) -> None:
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


def _start_xvfb(processes: list[subprocess.Popen[str]], workdir: Path) -> str:
    read, write = os.pipe()
    with (workdir / "xvfb.log").open("w", encoding="utf-8") as log:
        xvfb = subprocess.Popen(
            # -noreset: an X server resets when its last client leaves, refusing clients meanwhile;
            # the checks below connect and leave, and would make the tray host's start fail now and then.
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,),
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
    processes.append(xvfb)
    os.close(write)
    # Xvfb writes the display number once it accepts clients: no polling needed.
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise RuntimeError("Xvfb did not start")
    return f":{number}"


def _start_bus(processes: list[subprocess.Popen[str]]) -> str:
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    processes.append(bus)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    if not address:
        raise RuntimeError("dbus-daemon did not start")
    return address


def _start_desktop_services(processes: list[subprocess.Popen[str]], bus: str, record: Path) -> None:
    services = subprocess.Popen(
        [sys.executable, str(HERE / "desktop_services.py"), bus, str(record)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    processes.append(services)
    assert services.stdout is not None
    if services.stdout.readline().strip() != "ready":
        raise RuntimeError("the stand-in desktop services did not start")


def _libx11() -> Any:
    libx11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    libx11.XOpenDisplay.restype = ctypes.c_void_p
    libx11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    libx11.XInternAtom.restype = ctypes.c_ulong
    libx11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    libx11.XGetSelectionOwner.restype = ctypes.c_ulong
    libx11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    libx11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return libx11


def display_answers(display: str) -> bool:
    """True once the X server takes clients."""
    libx11 = _libx11()
    handle = libx11.XOpenDisplay(display.encode())
    if handle:
        libx11.XCloseDisplay(handle)
    return bool(handle)


def tray_selection_owned(display: str) -> bool:
    """True once a tray host owns _NET_SYSTEM_TRAY_S0 on the display (the XEmbed host is ready)."""
    libx11 = _libx11()
    handle = libx11.XOpenDisplay(display.encode())
    if not handle:
        return False
    try:
        atom = libx11.XInternAtom(handle, b"_NET_SYSTEM_TRAY_S0", 0)
        return bool(libx11.XGetSelectionOwner(handle, atom))
    finally:
        libx11.XCloseDisplay(handle)


Wait = Callable[[Callable[[], bool]], None]


def private_desktop(
    mode: Mode, workdir: Path, wait: Wait, *, dark_panel: bool = False
) -> contextlib.AbstractContextManager[TrayDesktop]:
    """Starts the desktop and returns once its tray host is ready; `wait(check)` waits until check() holds."""
    return _private_desktop(mode, workdir, wait, dark_panel)


@contextlib.contextmanager
def _private_desktop(mode: Mode, workdir: Path, wait: Wait, dark_panel: bool) -> Iterator[TrayDesktop]:
    processes: list[subprocess.Popen[str]] = []
    desktop: TrayDesktop | None = None
    try:
        display = _start_xvfb(processes, workdir)
        bus = _start_bus(processes)
        # Xvfb names its display as it starts listening; clients are served once it has set up its screen.
        wait(lambda: display_answers(display))
        record = workdir / "desktop-services.jsonl"
        if mode == "sni":
            _start_desktop_services(processes, bus, record)
        else:
            _start_trayer(processes, display, bus, workdir, wait, _DARK if dark_panel else _LIGHT)
        desktop = TrayDesktop(mode, display, bus, record, workdir)
        yield desktop
    finally:
        if desktop is not None:
            desktop.close()
        for process in reversed(processes):
            _stop(process)
            if process.stdout is not None:
                process.stdout.close()


def _start_trayer(
    processes: list[subprocess.Popen[str]],
    display: str,
    bus: str,
    workdir: Path,
    wait: Wait,
    panel: list[str],
) -> None:
    log_path = workdir / "trayer.log"
    with log_path.open("w", encoding="utf-8") as log:
        trayer = subprocess.Popen(
            ["trayer", *_TRAYER, *panel],
            env={**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus},
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
    processes.append(trayer)
    wait(lambda: tray_selection_owned(display) or trayer.poll() is not None)
    if trayer.poll() is not None:
        raise RuntimeError(f"trayer stopped at once: {log_path.read_text(encoding='utf-8').strip()}")
