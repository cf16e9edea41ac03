"""Wall time of GET /allocations read by our PiecesClient and by the official SDK, on one emulator per N."""

from __future__ import annotations

import argparse
import asyncio
import gc
import http.client
import os
import platform
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version

import pieces_os_client
import pydantic
from pieces_os_client.api.allocations_api import AllocationsApi
from pieces_os_client.api_client import ApiClient
from pieces_os_client.configuration import Configuration

from gui.api import PiecesClient
from gui.emulator import Emulator

DEFAULT_SIZES = (1, 100, 10_000)
DEFAULT_SEED = 2026


def default_repeat(n: int) -> int:
    """Repetitions that keep each size to seconds: many for tiny snapshots, few for huge ones."""
    if n <= 10:
        return 200
    if n <= 1_000:
        return 100
    return 10


def warmups(repeat: int) -> int:
    return max(1, min(10, repeat // 10))


@dataclass(frozen=True)
class Timing:
    """Wall times of one side for one N, in seconds."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p90(self) -> float:
        if len(self.samples) < 2:
            return self.samples[0]
        return statistics.quantiles(self.samples, n=10, method="inclusive")[8]

    @property
    def min(self) -> float:
        return min(self.samples)


def _check(side: str, got: int, n: int) -> None:
    if got != n:
        raise SystemExit(f"{side} read {got} allocations where the emulator serves {n}")


def _new_answer(emu: Emulator, n: int, seed: int) -> None:
    """Reseed the emulator (every allocation new, ids included) and have it serialize the answer now,
    over a plain socket, so that the timed GET pays neither for the change nor for the serializing."""
    emu.set_allocations(n, seed)
    connection = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=60)
    try:
        connection.request("GET", "/allocations")
        connection.getresponse().read()
    finally:
        connection.close()


async def _ours(emu: Emulator, n: int, repeat: int, fresh_seed: int | None) -> Timing:
    samples: list[float] = []
    async with PiecesClient(emu.url) as client:
        for i in range(warmups(repeat) + repeat):
            if fresh_seed is not None:
                _new_answer(emu, n, fresh_seed + i)
            if i == warmups(repeat):
                gc.collect()
            start = time.perf_counter()
            snapshot = await client.snapshot()
            elapsed = time.perf_counter() - start
            _check("ours", len(snapshot.iterable), n)
            if i >= warmups(repeat):
                samples.append(elapsed)
    return Timing(tuple(samples))


def measure_ours(emu: Emulator, n: int, repeat: int) -> Timing:
    """`await PiecesClient(url).snapshot()`, one client reused, inside asyncio.run, the answer unchanged.

    The client remembers its last snapshot: an answer identical to the last one is not parsed again.
    """
    return asyncio.run(_ours(emu, n, repeat, fresh_seed=None))


def measure_ours_fresh(emu: Emulator, n: int, repeat: int, seed: int) -> Timing:
    """The same, but every answer is new (reseeded before each call): every allocation is validated."""
    return asyncio.run(_ours(emu, n, repeat, fresh_seed=seed))


def measure_sdk(url: str, n: int, repeat: int) -> Timing:
    """`AllocationsApi(ApiClient(Configuration(host=url))).allocations_snapshot()`, one client reused."""
    samples: list[float] = []
    api_client = ApiClient(Configuration(host=url))
    try:
        api = AllocationsApi(api_client)
        for _ in range(warmups(repeat)):
            _check("SDK", len(api.allocations_snapshot().iterable), n)
        gc.collect()
        for _ in range(repeat):
            start = time.perf_counter()
            snapshot = api.allocations_snapshot()
            samples.append(time.perf_counter() - start)
            _check("SDK", len(snapshot.iterable), n)
    finally:
        api_client.rest_client.pool_manager.clear()  # ApiClient has no close(): its pool holds the sockets
    return Timing(tuple(samples))


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes are comma-separated integers, not {text!r}") from None
    if not sizes or any(n < 0 for n in sizes):
        raise argparse.ArgumentTypeError(f"sizes are one or more integers of 0 or more, not {text!r}")
    return sizes


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"a repetition count is 1 or more, not {value}")
    return value


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes", type=_sizes, default=DEFAULT_SIZES, help="allocation counts, e.g. 1,100,10000"
    )
    parser.add_argument(
        "--repeat", type=_positive, help="repetitions for every size (default: 200/100/10 by N)"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="emulator seed")
    args = parser.parse_args(argv)

    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"pydantic {pydantic.VERSION}, pieces_os_client {pieces_os_client.__version__}, "
        f"httpx {version('httpx')}, urllib3 {version('urllib3')}"
    )
    print(f"{platform.machine()} {platform.system()}, CPUs: {os.cpu_count()} (usable: {usable})")
    print(
        f"GET /allocations from the emulator (seed {args.seed}; it serves from a thread of this process).\n"
        "One client per side, reused, warmed up; wall ms per snapshot, parse included.\n"
        "ours: the answer unchanged between calls (our client does not parse a repeated answer again);\n"
        "ours, new: the emulator reseeded before every call, so every allocation is validated;\n"
        "SDK: AllocationsApi.allocations_snapshot(), which parses every answer."
    )
    header = (
        f"{'N':>6} {'reps':>4} | {'ours median':>11} {'p90':>8} {'min':>8} "
        f"| {'new median':>10} {'p90':>8} {'min':>8} "
        f"| {'SDK median':>10} {'p90':>8} {'min':>8} | {'SDK/ours':>8} {'SDK/new':>7}"
    )
    print(header)
    print("-" * len(header))
    for n in args.sizes:
        repeat = args.repeat or default_repeat(n)
        with Emulator(port=0, allocations=n, seed=args.seed, connect_delay=0.0) as emu:
            ours = measure_ours(emu, n, repeat)
            sdk = measure_sdk(emu.url, n, repeat)
            fresh = measure_ours_fresh(emu, n, repeat, args.seed + 1)
        print(
            f"{n:>6} {repeat:>4} | {_ms(ours.median):>11} {_ms(ours.p90)} {_ms(ours.min)} "
            f"| {_ms(fresh.median):>10} {_ms(fresh.p90)} {_ms(fresh.min)} "
            f"| {_ms(sdk.median):>10} {_ms(sdk.p90)} {_ms(sdk.min)} "
            f"| {sdk.median / ours.median:>7.2f}x {sdk.median / fresh.median:>6.2f}x",
            flush=True,
        )


if __name__ == "__main__":
    main()
