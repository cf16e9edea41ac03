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


class Interfered(Exception):
    """Something else on the machine answered (or stopped answering) meanwhile: that figure is void."""


def _timed(port_files: list[Path], expect: str | None) -> float:
    """Seconds of one discover() in a fresh loop, as the app's first refresh runs it."""

    async def once() -> None:
        try:
            found = await discover(env={}, port_files=port_files)
        except DiscoveryFailed:
            if expect is not None:
                raise Interfered(f"nothing answered where {expect} listens") from None
            return
        if found.base_url != expect:
            raise Interfered(f"{found.base_url} answered too")

    start = time.perf_counter()
    asyncio.run(once())
    return time.perf_counter() - start


def _samples(port_files: list[Path], expect: str | None, repeat: int) -> tuple[tuple[float, ...], str]:
    """Milliseconds of repeat discoveries, or none and why: other programs may take these ports."""
    try:
        return tuple(_timed(port_files, expect) * 1000 for _ in range(repeat)), ""
    except Interfered as exc:
        return (), f"not measured: {exc}"


def rows(repeat: int) -> list[Row]:
    out = []
    with tempfile.TemporaryDirectory() as folder, Emulator(port=0, allocations=1) as emu:
        port_file = Path(folder, ".port.txt")
        port_file.write_text(f"{emu.port}\n")
        _samples([port_file], emu.url, 1)  # the process's first request loads httpx's transport: untimed
        found, note = _samples([port_file], emu.url, repeat)
        out.append(
            Row(
                "discovery", "found through .port.txt", "ms", found, target="≤ 100 ms", limit=100.0, note=note
            )
        )
    busy = [port for port in PRODUCTION_PORTS if _listening(port)]
    legacy = ", ".join(url.removeprefix("http://") for url in LEGACY_URLS)
    scan_label = f"found by the scan on port {SCAN_PORT}"
    nothing_label = f'"not running": 39300-39333 and {legacy} closed'
    if busy:
        note = f"not measured: ports {busy} are taken on this machine"
        out.append(Row("discovery", scan_label, "ms", (), note=note))
        out.append(Row("discovery", nothing_label, "ms", (), note=note))
        return out
    with Emulator(port=SCAN_PORT, allocations=1) as emu:
        scanned, note = _samples([], emu.url, repeat)
    out.append(Row("discovery", scan_label, "ms", scanned, target="≤ 100 ms", limit=100.0, note=note))
    nothing, note = _samples([], None, repeat)
    out.append(Row("discovery", nothing_label, "ms", nothing, target="≤ 300 ms", limit=300.0, note=note))
    return out


def main() -> None:
    found = rows(10)
    for row in found:
        emit(row)
    print(render(found))
    print({row.label: statistics.median(row.ours) for row in found if row.ours})


if __name__ == "__main__":
    main()
