"""Wall time of GET /allocations read by our PiecesClient, by the official SDK, and by httpx + json.loads."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from functools import partial
from importlib.metadata import version

import httpx
import pieces_os_client
import pydantic
from emulator_process import RemoteEmulator
from pieces_os_client.api.allocations_api import AllocationsApi
from pieces_os_client.api_client import ApiClient
from pieces_os_client.configuration import Configuration
from table import Row, emit, render

from gui.api import PiecesClient

DEFAULT_SIZES = (1, 100, 1_000, 10_000)
DEFAULT_SEED = 2026
SIDES = ("ours", "SDK", "floor")


def default_repeat(n: int) -> int:
    """Repetitions that keep each size to seconds on two busy cores: many for tiny snapshots, few for huge."""
    if n <= 10:
        return 40
    if n <= 100:
        return 30
    if n <= 1_000:
        return 10
    return 2


def _check(side: str, got: int, n: int) -> None:
    if got != n:
        raise SystemExit(f"{side} read {got} allocations where the emulator serves {n}")


class Readers:
    """The three sides, each with one client reused for the whole size, as an app would hold it."""

    def __init__(self, url: str, n: int) -> None:
        self._n = n
        # A plain loop, not asyncio.Runner: on 3.11 each Runner.run() reprs its last task's result
        # (the whole snapshot) through the SIGINT handler it installs, which would be timed too.
        self._loop = asyncio.new_event_loop()
        self._ours = self._loop.run_until_complete(self._make_ours(url))
        self._floor = self._loop.run_until_complete(self._make_floor(url))
        self._sdk_client = ApiClient(Configuration(host=url))
        self._sdk = AllocationsApi(self._sdk_client)

    @staticmethod
    async def _make_ours(url: str) -> PiecesClient:
        return PiecesClient(url)

    @staticmethod
    async def _make_floor(url: str) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=url, trust_env=False)

    def read(self, side: str) -> None:
        if side == "ours":
            got = len(self._loop.run_until_complete(self._ours.snapshot()).iterable)
        elif side == "SDK":
            got = len(self._sdk.allocations_snapshot().iterable)
        else:
            got = len(self._loop.run_until_complete(self._read_floor())["iterable"])
        _check(side, got, self._n)

    async def _read_floor(self) -> dict[str, list[object]]:
        response = await self._floor.get("/allocations")
        value: dict[str, list[object]] = json.loads(response.content)
        return value

    def close(self) -> None:
        self._loop.run_until_complete(self._ours.aclose())
        self._loop.run_until_complete(self._floor.aclose())
        self._loop.close()
        self._sdk_client.rest_client.pool_manager.clear()  # ApiClient has no close(): its pool holds sockets


def _timed(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(n: int, repeat: int, seed: int) -> dict[tuple[str, bool], list[float]]:
    """Seconds per snapshot for each (side, fresh), the sides interleaved so that noise hits all alike.

    fresh: the emulator is reseeded before every read, so no cache helps; otherwise the answer
    repeats (our client does not parse a repeated answer again; the SDK and the floor always do).
    """
    keys = [(side, fresh) for side in SIDES for fresh in (False, True)]
    samples: dict[tuple[str, bool], list[float]] = {key: [] for key in keys}
    with RemoteEmulator(n, seed) as emu:
        readers = Readers(emu.url, n)
        try:
            for side in SIDES:
                readers.read(side)  # warm: connections open, code paths loaded
            for i in range(repeat):
                order = SIDES[i % 3 :] + SIDES[: i % 3]
                readers.read("ours")  # the answer ours reads again, unchanged (the others keep no cache)
                for side in order:
                    gc.collect()
                    samples[(side, False)].append(_timed(partial(readers.read, side)))
                for side in order:
                    emu.reseed(seed + 1 + i * 3 + SIDES.index(side))
                    gc.collect()
                    samples[(side, True)].append(_timed(partial(readers.read, side)))
        finally:
            readers.close()
    return samples


def rows(n: int, samples: dict[tuple[str, bool], list[float]]) -> list[Row]:
    ms = {key: tuple(s * 1000 for s in value) for key, value in samples.items()}
    out = []
    for fresh in (True, False):
        kind = "fresh" if fresh else "unchanged"
        ours = ms[("ours", fresh)]
        sdk_target = (1.0, "≤ 1x SDK") if n == 100 else (0.5, "≤ 0.5x SDK") if n >= 1000 else (None, "")
        if not fresh:
            sdk_target = (None, "")
        out.append(
            Row(
                "snapshot",
                f"N={n:,} {kind}: ours vs SDK",
                "ms",
                ours,
                "SDK allocations_snapshot()",
                ms[("SDK", fresh)],
                sdk_target[1],
                sdk_target[0],
                True,
            )
        )
        floor_target = (2.0, "≤ 2x floor") if fresh and n >= 1000 else (None, "")
        out.append(
            Row(
                "snapshot",
                f"N={n:,} {kind}: ours vs floor",
                "ms",
                ours,
                "httpx GET + json.loads",
                ms[("floor", fresh)],
                floor_target[1],
                floor_target[0],
                True,
            )
        )
    return out


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes are comma-separated integers, not {text!r}") from None
    if not sizes or any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError(f"sizes are one or more integers of 1 or more, not {text!r}")
    return sizes


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"a repetition count is 1 or more, not {value}")
    return value


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=_sizes, default=DEFAULT_SIZES, help="allocation counts, e.g. 1,100")
    parser.add_argument("--repeat", type=_positive, help="repetitions for every size (default: by N)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="emulator seed")
    parser.add_argument("--rows", action="store_true", help="print rows for benchmarks/run, not a table")
    args = parser.parse_args(argv)

    if not args.rows:
        usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        print(
            f"Python {platform.python_version()}, pydantic {pydantic.VERSION}, "
            f"pieces_os_client {pieces_os_client.__version__}, httpx {version('httpx')}, "
            f"CPUs: {os.cpu_count()} (usable: {usable})"
        )
        print("GET /allocations from an emulator in a process of its own; wall ms per snapshot.")
    table: list[Row] = []
    for n in args.sizes:
        repeat = args.repeat or default_repeat(n)
        found = rows(n, measure(n, repeat, args.seed))
        table += found
        if args.rows:
            for row in found:
                emit(row)
        else:
            medians = {row.label: statistics.median(row.ours) for row in found}
            print(f"N={n:,} done ({repeat} reps): {medians}", flush=True)
    if not args.rows:
        print(render(table))


if __name__ == "__main__":
    main()
