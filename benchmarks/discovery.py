"""How long discovery takes: Pieces OS found through .port.txt, found by the port scan, and "not running"."""

from __future__ import annotations

import asyncio
import socket
import statistics
import tempfile
import time
from pathlib import Path

from table import Row, emit, render

from gui.api import DiscoveryFailed, discover
from gui.api.discovery import LEGACY_URLS, PRODUCTION_PORTS
from gui.emulator import Emulator

SCAN_PORT = 39333  # the last port of the range: the scan must reach the end of it


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _timed(port_files: list[Path], expect: str | None) -> float:
    """Seconds of one discover() in a fresh loop, as the app's first refresh runs it."""

    async def once() -> None:
        try:
            found = await discover(env={}, port_files=port_files)
        except DiscoveryFailed:
            if expect is not None:
                raise SystemExit(f"discovery failed where {expect} listens") from None
            return
        if expect is None or found.base_url != expect:
            raise SystemExit(f"discovery found {found.base_url}, expected {expect}")

    start = time.perf_counter()
    asyncio.run(once())
    return time.perf_counter() - start


def rows(repeat: int) -> list[Row]:
    out = []
    busy = [port for port in PRODUCTION_PORTS if _listening(port)]
    with tempfile.TemporaryDirectory() as folder, Emulator(port=0, allocations=1) as emu:
        port_file = Path(folder, ".port.txt")
        port_file.write_text(f"{emu.port}\n")
        _timed([port_file], emu.url)  # the process's first request loads httpx's transport: untimed
        found = [_timed([port_file], emu.url) * 1000 for _ in range(repeat)]
        out.append(
            Row("discovery", "found through .port.txt", "ms", tuple(found), target="≤ 100 ms", limit=100.0)
        )
    if busy:
        note = f"not measured: ports {busy} are taken on this machine"
        out.append(Row("discovery", f"found by the scan on port {SCAN_PORT}", "ms", (), note=note))
        out.append(Row("discovery", '"not running", nothing listening', "ms", (), note=note))
        return out
    with Emulator(port=SCAN_PORT, allocations=1) as emu:
        scanned = [_timed([], emu.url) * 1000 for _ in range(repeat)]
    out.append(
        Row(
            "discovery",
            f"found by the scan on port {SCAN_PORT}",
            "ms",
            tuple(scanned),
            target="≤ 100 ms",
            limit=100.0,
        )
    )
    nothing = [_timed([], None) * 1000 for _ in range(repeat)]
    legacy = ", ".join(url.removeprefix("http://") for url in LEGACY_URLS)
    out.append(
        Row(
            "discovery",
            f'"not running": 39300-39333 and {legacy} closed',
            "ms",
            tuple(nothing),
            target="≤ 300 ms",
            limit=300.0,
        )
    )
    return out


def main() -> None:
    found = rows(10)
    for row in found:
        emit(row)
    print(render(found))
    print({row.label: statistics.median(row.ours) for row in found if row.ours})


if __name__ == "__main__":
    main()
