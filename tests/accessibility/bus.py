"""The accessibility bus of a private desktop: at-spi2-core's launcher and registry, as a desktop runs them.

The launcher takes `org.a11y.Bus` on the desktop's session bus, starts the accessibility bus and,
with `--a11y=1`, says accessibility is on (its `IsEnabled` property), as a desktop does when a
screen reader runs: Qt then exposes the app's widgets there without being told to by the app.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

from jeepney import DBusAddress, Properties, new_method_call
from jeepney.io.blocking import open_dbus_connection

from ..tray.desktop import stop_process

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
REGISTRYD = Path("/usr/libexec/at-spi2-registryd")
_DBUS = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
_A11Y_BUS = DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus")
_STATUS = DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Status")

Wait = Callable[[Callable[[], bool]], None]


def missing() -> list[str]:
    """What the accessibility bus needs that is not installed (scripts/setup installs at-spi2-core)."""
    return [str(path) for path in (LAUNCHER, REGISTRYD) if not path.exists()] + [
        tool for tool in ("dbus-daemon",) if shutil.which(tool) is None
    ]


def _owned(address: str, name: str) -> bool:
    with open_dbus_connection(bus=address) as connection:
        reply = connection.send_and_get_reply(new_method_call(_DBUS, "NameHasOwner", "s", (name,)), timeout=5)
    return bool(reply.body[0])


def _a11y_address(session: str) -> str:
    with open_dbus_connection(bus=session) as connection:
        reply = connection.send_and_get_reply(new_method_call(_A11Y_BUS, "GetAddress"), timeout=5)
    return str(reply.body[0])


def is_enabled(session: str) -> bool:
    """The desktop's "accessibility is on" (org.a11y.Status IsEnabled), which Qt reads at start."""
    with open_dbus_connection(bus=session) as connection:
        reply = connection.send_and_get_reply(Properties(_STATUS).get("IsEnabled"), timeout=5)
    return bool(reply.body[0][1])


@contextlib.contextmanager
def accessibility_bus(session: str, display: str, workdir: Path, wait: Wait) -> Iterator[str]:
    """Starts the launcher and the registry for this desktop; yields the accessibility bus's address.

    The launcher's socket goes to a private runtime folder, so two desktops never share a bus.
    """
    runtime = workdir / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": session,
        "DISPLAY": display,
        "XDG_RUNTIME_DIR": str(runtime),
    }
    env.pop("AT_SPI_BUS_ADDRESS", None)
    processes: list[subprocess.Popen[str]] = []
    try:
        with (workdir / "at-spi-bus-launcher.log").open("w", encoding="utf-8") as log:
            launcher = subprocess.Popen(
                [str(LAUNCHER), "--launch-immediately", "--a11y=1"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                text=True,
            )
        processes.append(launcher)
        # Asked before its name is taken, the session bus would start a second launcher by activation.
        wait(lambda: launcher.poll() is not None or _owned(session, "org.a11y.Bus"))
        if launcher.poll() is not None:
            raise RuntimeError(f"at-spi-bus-launcher stopped at once (exit {launcher.returncode})")
        address = _a11y_address(session)
        if not address:
            raise RuntimeError("at-spi-bus-launcher gave no accessibility bus address")
        with (workdir / "at-spi2-registryd.log").open("w", encoding="utf-8") as log:
            registry = subprocess.Popen(
                [str(REGISTRYD)],
                env={**env, "AT_SPI_BUS_ADDRESS": address},
                stdout=log,
                stderr=subprocess.STDOUT,
                text=True,
            )
        processes.append(registry)
        wait(lambda: registry.poll() is not None or _owned(address, "org.a11y.atspi.Registry"))
        if not _owned(address, "org.a11y.atspi.Registry"):
            raise RuntimeError(f"at-spi2-registryd did not take its name (exit {registry.returncode})")
        yield address
    finally:
        for process in reversed(processes):
            stop_process(process)
