"""Screenshots of the real tray on a private headless desktop (trayer on Xvfb): states, menu, a notice."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from gui.emulator import Emulator
from tests.tray.desktop import HERE, TrayDesktop, pixel_difference, private_desktop

# Longer than a poll (0.2 s) and the icon's redraw; the notice needs the settle window (3 s) on top.
SETTLE = 1.5


def wait(check: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("the tray did not get there in time")
        time.sleep(0.1)


def states(emu: Emulator) -> list[tuple[str, Callable[[], None]]]:
    me = emu.user_id

    def update_required() -> None:
        emu.set_health("ok")
        emu.set_update_required(True)

    def no_cloud() -> None:
        emu.set_update_required(False)
        emu.set_allocations(0)

    return [
        ("connected", lambda: emu.set_cloud_status(me, "RUNNING")),
        ("connecting", lambda: emu.set_cloud_status(me, "PENDING")),
        ("failed", lambda: emu.set_cloud_status(me, "FAILED")),
        ("disconnected", lambda: emu.set_cloud_status(me, "DISCONNECTED")),
        ("unknown status", lambda: emu.set_cloud_status(me, "HIBERNATING")),
        ("migrating", lambda: emu.set_health("migrating")),
        ("update required", update_required),
        ("no cloud", no_cloud),
        ("signed out", emu.sign_out),
        ("unreachable", emu.stop),
    ]


def icon_sheet(desktop: TrayDesktop, emu: Emulator, out: Path) -> None:
    grabs = []
    for name, make in states(emu):
        make()
        time.sleep(SETTLE)
        grab = desktop.grab(out / f"tray-{name.replace(' ', '-')}.png")
        grabs.append((name, grab))
    montage = ["montage", "-font", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]
    for name, grab in grabs:
        montage += ["-label", name, str(grab)]
    montage += [
        "-tile",
        f"{len(grabs)}x1",
        "-geometry",
        "88x88+6+6",
        "-filter",
        "point",
        "-pointsize",
        "11",
        str(out / "tray-states.png"),
    ]
    subprocess.run(montage, check=True)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("out", type=Path)
    args = p.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as work,
        Emulator(port=0, allocations=2, seed=0) as emu,
        private_desktop("xembed", Path(work), wait) as desktop,
    ):
        empty = desktop.grab(Path(work) / "empty.png")
        desktop.launch(str(HERE / "tray_app.py"), emu.url)
        wait(lambda: pixel_difference(empty, desktop.grab(Path(work) / "now.png")) > 50)
        time.sleep(SETTLE)
        # The menu, as a right click opens it under the icon.
        desktop.xdotool("mousemove", "12", "12", "click", "3")
        time.sleep(SETTLE)
        desktop.grab(out / "tray-menu.png", geometry="420x300+0+0")
        desktop.xdotool("key", "Escape")
        time.sleep(0.5)
        # A notice: Qt draws its own balloon in XEmbed mode.
        emu.set_cloud_status(emu.user_id, "FAILED")
        time.sleep(SETTLE + 3.5)
        desktop.grab(out / "tray-notice.png", geometry="520x200+0+0")
        time.sleep(9)  # the balloon covers the icon while it shows
        icon_sheet(desktop, emu, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
