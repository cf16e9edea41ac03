"""`--status --follow [--json]`: a line at start and at each change, for status bars that tail a command."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from collections.abc import Awaitable, Callable, Mapping
from typing import TextIO

from gui.api import Discovered, PiecesClient, Timeouts
from gui.cli.options import Options
from gui.cli.probe import QUICK
from gui.services.refresh import StateRecord, refresh
from gui.services.tasks import TaskRegistry
from gui.services.user_stream import Backoff, UserStreamSource
from gui.state import AppState, summarize

from .status import OneLook, as_json, as_text, find

__all__ = ["follow", "line_for", "main"]

# How long between reads while the live stream is up (a safety net) and while it is not.
STREAM_UP_SECONDS = 60.0
STREAM_DOWN_SECONDS = 5.0


def line_for(state: AppState, *, as_json_line: bool) -> str:
    """One line: the summary (as `--status` prints first), or the whole state as one JSON object."""
    summary = summarize(state)
    if as_json_line:
        return json.dumps(as_json(state, summary), separators=(",", ":"))
    return as_text(state, summary).splitlines()[0]


class FollowedPiecesOS(OneLook):
    """One look, again and again: a Pieces OS that went away is looked for anew on the next read."""

    def __init__(
        self, find: Callable[[], Awaitable[Discovered]], record: StateRecord, timeouts: Timeouts
    ) -> None:
        super().__init__(find, record, timeouts)
        self._closing: set[asyncio.Task[None]] = set()

    @property
    def client(self) -> PiecesClient | None:
        return self._client

    def lost(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            closing = asyncio.get_running_loop().create_task(client.aclose())
            self._closing.add(closing)
            closing.add_done_callback(self._closing.discard)

    async def aclose(self) -> None:
        await asyncio.gather(*self._closing, return_exceptions=True)
        await super().aclose()


async def follow(
    options: Options,
    env: Mapping[str, str],
    saved: str | None,
    out: TextIO,
    *,
    timeouts: Timeouts = QUICK,
    up_seconds: float = STREAM_UP_SECONDS,
    down_seconds: float = STREAM_DOWN_SECONDS,
) -> int:
    """Print a line now and whenever it changes, until told to stop (SIGTERM, SIGINT) or the reader leaves."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # no such handlers on Windows
            loop.add_signal_handler(number, stop.set)
    record = StateRecord()
    pieces_os = FollowedPiecesOS(lambda: find(options, env, saved), record, timeouts)
    tasks = TaskRegistry()
    changed = asyncio.Event()
    live = False

    def up() -> None:
        nonlocal live
        live = True

    def down(_error: object) -> None:
        nonlocal live
        if live:
            changed.set()  # a stream that drops may mean Pieces OS went: look now, not in a minute
        live = False

    stream = UserStreamSource(
        lambda: pieces_os.client,
        tasks,
        on_user=lambda _user: None,  # the next read says who is signed in, with the list
        on_change=changed.set,
        on_up=up,
        on_down=down,
        backoff=Backoff(first=1.0, longest=down_seconds),
    )
    last = None
    try:
        while not stop.is_set():
            changed.clear()
            await refresh(pieces_os, record)
            line = line_for(record.state, as_json_line=options.json)
            if line != last:
                out.write(line + "\n")
                out.flush()  # a closed pipe says so here: the reader has gone
                last = line
            if pieces_os.client is not None:
                stream.start()
            waits = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(changed.wait())]
            await asyncio.wait(
                waits, timeout=up_seconds if live else down_seconds, return_when="FIRST_COMPLETED"
            )
            for waiting in waits:
                waiting.cancel()
    except BrokenPipeError:
        pass
    finally:
        stream.stop()
        await tasks.cancel_all()
        await pieces_os.aclose()
    return 0


def main(options: Options, saved: str | None, *, out: TextIO = sys.stdout) -> int:
    with asyncio.Runner(loop_factory=asyncio.new_event_loop) as runner:
        try:
            code = runner.run(follow(options, os.environ, saved, out))
        except BrokenPipeError:
            code = 0
    if out is sys.stdout:
        # The reader may be gone: Python's own flush at exit would complain on stderr otherwise.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
    return code
