"""Memory, open files and pool slots after refused oversize answers, gzip bombs and dripping servers.

PiecesClient beside a naive capped read (httpx's own streaming, raising at the cap: what the
client did before), both on the app's qasync loop against the emulator on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
from PySide6.QtCore import QCoreApplication

from gui.api import PiecesClient, PiecesError, Timeouts
from gui.emulator import Emulator, Fault
from gui.emulator.fault_bodies import gzip_bomb, oversize_body

_MIB = 1024 * 1024


class TooLarge(Exception):
    pass


class Naive:
    """httpx streaming with a cap, leaving the stream by raising out of `async for`."""

    def __init__(self, url: str, cap: int) -> None:
        self.http = httpx.AsyncClient(base_url=url, trust_env=False, timeout=2.0)
        self.cap = cap

    async def snapshot(self) -> None:
        async with self.http.stream("GET", "/allocations") as response:
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.cap:
                    raise TooLarge

    async def version(self) -> str:
        return (await self.http.get("/.well-known/version")).text

    async def aclose(self) -> None:
        await self.http.aclose()


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def active(http: httpx.AsyncClient) -> int:
    pool: Any = http._transport._pool  # type: ignore[attr-defined]
    return sum(1 for c in pool.connections if not c.is_idle() and not c.is_closed())


async def refuse(reader: PiecesClient | Naive, times: int) -> Counter[str]:
    """How each of `times` snapshots failed, by error class."""
    outcomes: Counter[str] = Counter()
    for _ in range(times):
        try:
            await reader.snapshot()
        except (PiecesError, TooLarge, httpx.HTTPError) as exc:
            outcomes[type(exc).__name__] += 1
    return outcomes


def figures(http: httpx.AsyncClient) -> str:
    return f"RSS {rss_mib():7.1f} MiB, {open_fds():4d} fds, {active(http):3d} active"


async def oversize(
    emu: Emulator, name: str, make: Callable[[], PiecesClient | Naive], counts: list[int]
) -> None:
    reader = make()
    http = reader.http if isinstance(reader, Naive) else reader._http
    emu.inject("/allocations", Fault.oversize(reader_cap(reader) + _MIB, declared=False), times=None)
    print(f"  {name:8} start: {figures(http)}")
    done, outcomes = 0, Counter[str]()
    for count in counts:
        outcomes += await refuse(reader, count - done)
        done = count
        failures = ", ".join(f"{n} {kind}" for kind, n in outcomes.items())
        print(f"  {name:8} {count:4d}:  {figures(http)}  ({failures})")
    emu.clear_faults()
    started = time.perf_counter()
    try:
        answer = await asyncio.wait_for(reader.version(), 5)
    except Exception as exc:  # the baseline may fail any way: say how
        answer = f"{type(exc).__name__} {exc}".strip()
    print(f"  {name:8} then a normal request: {answer!r} in {time.perf_counter() - started:.2f} s")
    await reader.aclose()


def reader_cap(reader: PiecesClient | Naive) -> int:
    return reader.cap if isinstance(reader, Naive) else reader._max_body_bytes


async def bomb(emu: Emulator, name: str, reader: PiecesClient | Naive, size: int) -> None:
    emu.inject("/allocations", Fault.gzip_bomb(size))
    rss, peak = rss_mib(), peak_mib()
    started = time.perf_counter()
    try:
        await reader.snapshot()
        outcome = "accepted"
    except (PiecesError, TooLarge) as exc:
        outcome = type(exc).__name__
    elapsed = time.perf_counter() - started
    grew = max(0.0, peak_mib() - peak)
    after = rss_mib()
    print(f"  {name:8} {outcome} in {elapsed:.2f} s; RSS {rss:.1f} -> {after:.1f} MiB, peak +{grew:.1f} MiB")
    await reader.aclose()


async def drip(emu: Emulator, name: str, call: Callable[[], Awaitable[object]], bound: float) -> None:
    emu.inject("*", Fault.drip(1, 0.1), times=None)
    started = time.perf_counter()
    try:
        await asyncio.wait_for(call(), bound)
        outcome = "answered"
    except TimeoutError:
        outcome = f"still waiting after {bound:g} s (gave up)"
    except PiecesError as exc:
        outcome = f"{type(exc).__name__}: {exc.message}"
    print(f"  {name:8} {time.perf_counter() - started:6.2f} s  {outcome}")
    emu.clear_faults()


async def main(args: argparse.Namespace) -> None:
    cap = args.cap_mib * _MIB
    counts = sorted(int(c) for c in args.counts.split(","))
    with Emulator(port=0, allocations=3, connect_delay=0.0) as emu:
        oversize_body(cap + _MIB)  # built once, before the first figure: the emulator keeps it
        gzip_bomb(args.bomb_mib * _MIB)
        print(f"Oversize answers without a length, {args.cap_mib + 1} MiB each, cap {args.cap_mib} MiB:")
        await oversize(emu, "client", lambda: PiecesClient(emu.url, max_body_bytes=cap), counts)
        await oversize(emu, "naive", lambda: Naive(emu.url, cap), counts)
        wire = len(gzip_bomb(args.bomb_mib * _MIB)) // 1024
        print(f"A gzip bomb, {wire} KiB on the wire, {args.bomb_mib} MiB unpacked:")
        await bomb(emu, "client", PiecesClient(emu.url, max_body_bytes=cap), args.bomb_mib * _MIB)
        await bomb(emu, "naive", Naive(emu.url, cap), args.bomb_mib * _MIB)
        if args.skip_drip:
            return
        print("A server dripping one byte every 100 ms: time to give up")
        async with PiecesClient(emu.url) as pieces:
            await drip(emu, "health", pieces.health, 60)
            await drip(emu, "snapshot", pieces.snapshot, 60)
        naive = Naive(emu.url, cap)
        await drip(emu, "naive", naive.snapshot, args.naive_drip_bound)
        await naive.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cap-mib", type=int, default=64, help="the size cap (the client's default: 64)")
    parser.add_argument("--counts", default="25,150", help="after how many oversize answers to measure")
    parser.add_argument("--bomb-mib", type=int, default=1024, help="what the gzip bomb unpacks to")
    parser.add_argument("--naive-drip-bound", type=float, default=30.0, help="give the baseline this long")
    parser.add_argument("--skip-drip", action="store_true")
    arguments = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    # As the app runs: asyncio.Runner on a qasync loop.
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(arguments))
    print(f"Python {sys.version.split()[0]}, httpx {httpx.__version__}, Timeouts() = {Timeouts()}")
