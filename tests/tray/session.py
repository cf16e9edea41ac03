"""A private desktop for end-to-end tray tests: Xvfb, a D-Bus session, and a tray host of either kind."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .desktop import HERE, Mode, TrayDesktop, stop_process

TOOLS = ("Xvfb", "dbus-daemon", "trayer", "import", "compare", "xdotool")
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


class TrayHost:
    """The desktop's tray host, which a test may start late, stop (a panel crash) and start again."""

    def __init__(
        self, mode: Mode, display: str, bus: str, record: Path, workdir: Path, wait: Wait, panel: list[str]
    ) -> None:
        self._start = (mode, display, bus, record, workdir, wait, panel)
        self._processes: list[subprocess.Popen[str]] = []

    @property
    def running(self) -> bool:
        return bool(self._processes)

    def start(self) -> None:
        """Returns once the host is ready (owns its D-Bus names, or the X selection)."""
        mode, display, bus, record, workdir, wait, panel = self._start
        if mode == "sni":
            _start_desktop_services(self._processes, bus, record)
        else:
            _start_trayer(self._processes, display, bus, workdir, wait, panel)

    def stop(self) -> None:
        for process in reversed(self._processes):
            stop_process(process)
            if process.stdout is not None:
                process.stdout.close()
        self._processes.clear()


def private_desktop(
    mode: Mode, workdir: Path, wait: Wait, *, dark_panel: bool = False, host: bool = True
) -> contextlib.AbstractContextManager[TrayDesktop]:
    """Starts the desktop and returns once its tray host is ready; `wait(check)` waits until check() holds.

    host=False: the tray host is not started; the test starts it with `desktop.host.start()`.
    """
    return _private_desktop(mode, workdir, wait, dark_panel, host)


@contextlib.contextmanager
def _private_desktop(
    mode: Mode, workdir: Path, wait: Wait, dark_panel: bool, start_host: bool
) -> Iterator[TrayDesktop]:
    processes: list[subprocess.Popen[str]] = []
    desktop: TrayDesktop | None = None
    host: TrayHost | None = None
    try:
        display = _start_xvfb(processes, workdir)
        bus = _start_bus(processes)
        # Xvfb names its display as it starts listening; clients are served once it has set up its screen.
        wait(lambda: display_answers(display))
        record = workdir / "desktop-services.jsonl"
        host = TrayHost(mode, display, bus, record, workdir, wait, _DARK if dark_panel else _LIGHT)
        if start_host:
            host.start()
        desktop = TrayDesktop(mode, display, bus, record, workdir, host)
        yield desktop
    finally:
        if desktop is not None:
            desktop.close()
        if host is not None:
            host.stop()
        for process in reversed(processes):
            stop_process(process)
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


class PrivateBus:
    """A private session bus that this process is connected to, with a stand-in watcher to start and stop."""

    def __init__(self, address: str, connection: Any, record: Path) -> None:
        self.address = address
        self.connection = connection  # a QDBusConnection
        self.record = record
        self.services: list[subprocess.Popen[str]] = []

    def start_watcher(self) -> None:
        """The stand-in StatusNotifierWatcher (and notification server); returns once it owns its names."""
        _start_desktop_services(self.services, self.address, self.record)

    def stop_watcher(self) -> None:
        process = self.services.pop()
        stop_process(process)
        if process.stdout is not None:
            process.stdout.close()


@contextlib.contextmanager
def private_bus(workdir: Path) -> Iterator[PrivateBus]:
    """A dbus-daemon of its own, connected to from this process under a name of its own."""
    from PySide6.QtDBus import QDBusConnection

    processes: list[subprocess.Popen[str]] = []
    bus: PrivateBus | None = None
    try:
        address = _start_bus(processes)
        connection = QDBusConnection.connectToBus(address, f"private-bus-{id(processes)}")
        if not connection.isConnected():
            raise RuntimeError("could not connect to the private bus")
        bus = PrivateBus(address, connection, workdir / "desktop-services.jsonl")
        yield bus
    finally:
        if bus is not None:
            QDBusConnection.disconnectFromBus(bus.connection.name())
            while bus.services:
                bus.stop_watcher()
        for process in processes:
            stop_process(process)
            if process.stdout is not None:
                process.stdout.close()
