"""Screenshots of the real tray on a private headless desktop (trayer on Xvfb): states, menu, a notice."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from gui.emulator import Emulator, Fault
from gui.history.database import FILE_NAME, open_for_writing
from gui.history.records import PIECES_OS, Aspect, Transition
from gui.history.writer import wall_ms
from tests.tray.desktop import HERE, TrayDesktop, pixel_difference
from tests.tray.session import private_desktop

# Longer than a poll (0.2 s) and the icon's redraw.
SETTLE = 1.5
# A notice waits out its settle window (3 s), then Qt's balloon stays up for the notice's time (8 s).
NOTICE_SHOWN = SETTLE + 3.5
BALLOON_GONE = 9.0
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


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

    def answers_with_an_error() -> None:
        # Signed in again, but the list fails: nothing loaded since, so not stale data but an error.
        emu.inject("/allocations", Fault.status(500, "Database is locked"), times=None)
        emu.sign_in()

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
        ("answers with an error", answers_with_an_error),
        ("unreachable", emu.stop),
    ]


def icon_sheet(desktop: TrayDesktop, emu: Emulator, out: Path, panel: str) -> None:
    """Each state in turn, grabbed from the panel, then all side by side, magnified 4 times."""
    montage = ["montage", "-font", FONT]
    for name, make in states(emu):
        make()
        time.sleep(SETTLE)
        grab = desktop.grab(out / f"tray-{panel}-{name.replace(' ', '-')}.png")
        montage += ["-label", name, str(grab)]
    tile = f"{len(states(emu))}x1"
    montage += ["-tile", tile, "-geometry", "88x88+6+6", "-filter", "point", "-pointsize", "11"]
    subprocess.run([*montage, str(out / f"tray-states-{panel}.png")], check=True)


def menu_notice_tooltip(desktop: TrayDesktop, emu: Emulator, out: Path) -> None:
    # First the tooltip, while each cloud holds the status the history has it in since long before:
    # a hover that moves over the icon, as a pointer does: Qt shows the tooltip once it rests.
    for x in (5, 10, 12, 13):
        desktop.xdotool("mousemove", str(x), "12")
        time.sleep(0.3)
    time.sleep(SETTLE)
    desktop.grab(out / "tray-tooltip.png", geometry="560x140+0+0")
    # Qt's tooltip stays its full time (10 s) even once the pointer has gone: wait, so it covers nothing.
    desktop.xdotool("mousemove", "600", "600")
    time.sleep(11)
    desktop.xdotool("mousemove", "12", "12", "click", "3")
    time.sleep(SETTLE)
    desktop.grab(out / "tray-menu.png", geometry="420x300+0+0")
    desktop.xdotool("key", "Escape")
    # Qt draws its own balloon in XEmbed mode.
    emu.set_cloud_status(emu.user_id, "FAILED")
    time.sleep(NOTICE_SHOWN)
    desktop.grab(out / "tray-notice.png", geometry="520x200+0+0")
    time.sleep(BALLOON_GONE)
    emu.set_cloud_status(emu.user_id, "RUNNING")
    desktop.xdotool("mousemove", "600", "600")


def watched_since(emu: Emulator, work: Path) -> Path:
    """A history in which the app has watched for 3 h 12 min: each cloud in its status since then, but
    the failed one, seen to fail 47 minutes ago. The span reaches a minute past now, so that the tray
    app started next carries it on as the span it watches."""
    path = work / FILE_NAME
    db = open_for_writing(path).connection
    now = wall_ms()
    began = now - (3 * 60 + 12) * 60_000
    db.execute("INSERT INTO spans (started, ended) VALUES (?, ?)", (began, now + 60_000))
    rows = [Transition(began, PIECES_OS, Aspect.PIECES_OS, None, "ok")]
    for cloud in httpx.get(f"{emu.url}/allocations").json()["iterable"]:
        status = cloud["status"]["cloud"]
        at = now - 47 * 60_000 if status == "FAILED" else began
        rows.append(Transition(at, cloud["id"], Aspect.CLOUD, None, status))
    db.executemany(
        "INSERT INTO transitions (at, subject, aspect, old, new) VALUES (?, ?, ?, ?, ?)",
        [(r.at, r.subject, r.aspect.value, r.old, r.new) for r in rows],
    )
    db.close()
    return path


def start(desktop: TrayDesktop, emu: Emulator, work: Path, lang: str, history: Path | None = None) -> None:
    """Starts the tray app and returns once its icon is on the panel."""
    empty = desktop.grab(work / "empty.png")
    kept = () if history is None else ("--history", str(history))
    desktop.launch(str(HERE / "tray_app.py"), emu.url, "--lang", lang, *kept)
    wait(lambda: pixel_difference(empty, desktop.grab(work / "now.png")) > 50)
    time.sleep(SETTLE)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("out", type=Path)
    p.add_argument("--lang", default="en", metavar="CODE", help="en (default), de, fr, pseudo, pseudo-rtl")
    args = p.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for panel in ("light", "dark"):
        with (
            tempfile.TemporaryDirectory() as work,
            Emulator(port=0, allocations=2, seed=0) as emu,
            private_desktop("xembed", Path(work), wait, dark_panel=panel == "dark") as desktop,
        ):
            history = watched_since(emu, Path(work)) if panel == "light" else None
            start(desktop, emu, Path(work), args.lang, history)
            if panel == "light":
                menu_notice_tooltip(desktop, emu, out)
            icon_sheet(desktop, emu, out, panel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
