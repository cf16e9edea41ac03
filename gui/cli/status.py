"""`--status [--json]`: one look at Pieces OS and the clouds, for scripts and status bars, with no window."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any, TextIO

from gui.api import (
    AllocationCloud,
    Discovered,
    DiscoverySource,
    Health,
    PiecesClient,
    PiecesError,
    Timeouts,
    discover,
)
from gui.cli.options import Options
from gui.cli.probe import QUICK, PiecesOSInfo, describe, health_word
from gui.cli.saved import saved_address
from gui.i18n import QT_TRANSLATE_NOOP, Context
from gui.services.refresh import StateRecord, both, refresh
from gui.state import AppState, CloudStatus, Connection, Summary, summarize
from gui.state.summary import cloud_status

STATUS = Context("STATUS")

_WORDS = {
    CloudStatus.CONNECTED: QT_TRANSLATE_NOOP("STATUS", "Connected"),
    CloudStatus.CONNECTING: QT_TRANSLATE_NOOP("STATUS", "Connecting"),
    CloudStatus.FAILED: QT_TRANSLATE_NOOP("STATUS", "Failed"),
    CloudStatus.DISCONNECTED: QT_TRANSLATE_NOOP("STATUS", "Disconnected"),
    CloudStatus.NO_CLOUD: QT_TRANSLATE_NOOP("STATUS", "Signed in, no personal cloud yet"),
    CloudStatus.SIGNED_OUT: QT_TRANSLATE_NOOP("STATUS", "Nobody is signed in to Pieces OS"),
    CloudStatus.UNREACHABLE: QT_TRANSLATE_NOOP("STATUS", "Pieces OS is not reachable"),
    CloudStatus.ERROR: QT_TRANSLATE_NOOP("STATUS", "Pieces OS answers with an error"),
    CloudStatus.NOT_READY: QT_TRANSLATE_NOOP(
        "STATUS", "Pieces OS is not ready (migrating its data, or it needs an update)"
    ),
    CloudStatus.UNKNOWN: QT_TRANSLATE_NOOP("STATUS", "Unknown"),
}


# Each URL's role, in the short words the window's URL status column uses.
_ROLES = {
    "vanity": QT_TRANSLATE_NOOP("STATUS", "vanity"),
    "id": QT_TRANSLATE_NOOP("STATUS", "id"),
    "base": QT_TRANSLATE_NOOP("STATUS", "base"),
}


def _word(status: CloudStatus) -> str:
    return STATUS.tr(_WORDS[status])


async def find(options: Options, env: Mapping[str, str], saved: str | None) -> Discovered:
    # Discovery orders them: --base-url, then PIECES_OS_URL, then the saved address, then looking.
    try:
        if options.base_url:
            return await discover(url=options.base_url, url_source=DiscoverySource.ARGUMENT, env=env)
        return await discover(url=saved, url_source=DiscoverySource.SETTINGS, env=env)
    except ValueError as error:  # an address that is not one: said in words, like any failure
        raise PiecesError(str(error)) from error


class OneLook:
    """Pieces OS as `--status` sees it: found once, one client of its own, its health told as it comes."""

    def __init__(self, find: Callable[[], Awaitable[Discovered]], record: StateRecord, timeouts: Timeouts):
        self._find = find
        self._record = record
        self._timeouts = timeouts
        self._client: PiecesClient | None = None
        self._connection: Connection | None = None

    @property
    def connection(self) -> Connection | None:
        return self._connection

    async def ensure(self) -> PiecesClient:
        if self._client is None:
            found = await self._find()
            self._connection = Connection(found.base_url, found.source, found.detail, None, found.health)
            self._record.connected(self._connection)
            self._client = PiecesClient(found.base_url, timeouts=self._timeouts)
        return self._client

    async def check_health(self) -> Health:
        client = await self.ensure()
        health, version = await both(client.health(), client.version())
        if self._connection is not None:
            self._connection = replace(self._connection, version=version, health=health)
            self._record.connected(self._connection)
        return health

    @asynccontextmanager
    async def lease(self) -> AsyncIterator[PiecesClient]:
        yield await self.ensure()

    def lost(self) -> None:
        """Nothing to look for again: this is the only look."""

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()


def _cloud(cloud: AllocationCloud, own: bool) -> dict[str, Any]:
    urls = cloud.urls.named()
    return {
        "id": cloud.id,
        "url": cloud.personal_url,
        "status": cloud_status(cloud.status.cloud).value,
        "own": own,
        "urls": {name: {"url": u.url, "status": cloud_status(u.status).value} for name, u in urls},
    }


def as_json(state: AppState, summary: Summary) -> dict[str, Any]:
    """Stable keys for scripts; nothing of the user's profile, only whether someone is signed in."""
    connection = state.connection
    own_id = state.user.id if state.user else None
    pieces_os = None
    if connection is not None:
        health = health_word(connection.health)
        pieces_os = {"url": connection.base_url, "version": connection.version, "health": health}
    return {
        "status": summary.status.value,
        "stale": summary.stale,
        "pieces_os": pieces_os,
        "user_signed_in": state.user is not None,
        "allocations": [_cloud(c, own_id is not None and c.user == own_id) for c in state.allocations],
    }


def as_text(state: AppState, summary: Summary) -> str:
    """The summary on the first line (for a status bar), then each cloud and its URLs, then Pieces OS."""
    head = _word(summary.status)
    if summary.cloud is not None:
        said = (
            STATUS.tr("{status}: {url} (your cloud)")
            if summary.own
            else STATUS.tr("{status}: {url} (the cloud that needs attention most)")
        )
        head = said.format(status=head, url=summary.cloud.personal_url)
    lines = [STATUS.tr("{status} (old data)").format(status=head) if summary.stale else head]
    roles = {role: STATUS.tr(word) for role, word in _ROLES.items()}
    width = max(len(word) for word in roles.values())
    for cloud in state.allocations:
        lines.append(f"{cloud.personal_url}  {_word(cloud_status(cloud.status.cloud))}")
        for role, url in cloud.urls.named():
            lines.append(
                f"    {roles.get(role, role):<{width}}  {url.url}  {_word(cloud_status(url.status))}"
            )
    connection = state.connection
    if connection is not None and connection.health is not None:
        lines.append(describe(PiecesOSInfo(connection.base_url, connection.version, connection.health)))
    return "\n".join(lines)


def exit_code(summary: Summary) -> int:
    """0 only when the signed-in user's own cloud is connected, so `&&` and status bars can rely on it."""
    return 0 if summary.status is CloudStatus.CONNECTED and summary.own else 1


async def status(
    options: Options, env: Mapping[str, str], saved: str | None, *, timeouts: Timeouts = QUICK
) -> AppState:
    """One refresh, the app's own: the answers go through the same state rules as the window's."""
    record = StateRecord()
    pieces_os = OneLook(lambda: find(options, env, saved), record, timeouts)
    try:
        await refresh(pieces_os, record)
    finally:
        await pieces_os.aclose()
    return record.state


def run(
    options: Options,
    *,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    env: Mapping[str, str] = os.environ,
    saved: str | None = None,
) -> int:
    """Read the state once, print it, and return the exit code."""
    # A loop of its own, which leaves the thread's event loop setting as it found it.
    with asyncio.Runner(loop_factory=asyncio.new_event_loop) as runner:
        state = runner.run(status(options, env, saved))
    return report(state, options, out=out, err=err)


def report(state: AppState, options: Options, *, out: TextIO, err: TextIO) -> int:
    """Print the state (text, or JSON with --json) and return the exit code; errors go to err in words."""
    summary = summarize(state)
    if options.json:
        out.write(json.dumps(as_json(state, summary), indent=2) + "\n")
    else:
        out.write(as_text(state, summary) + "\n")
    if state.error is not None:
        err.write(f"{state.error.message} {state.error.hint}".strip() + "\n")
    return exit_code(summary)


def main(options: Options) -> int:
    """The --status command: the saved address comes from the settings file, read without Qt."""
    saved = None if options.base_url or options.demo else saved_address(options.config_dir)
    if options.demo:
        from gui.app.demo import DemoPiecesOS

        demo = DemoPiecesOS()
        try:
            return _look(replace(options, base_url=demo.start()), None)
        finally:
            demo.stop()
    return _look(options, saved)


def _look(options: Options, saved: str | None) -> int:
    if options.follow:
        from gui.cli.follow import main as follow

        return follow(options, saved)
    return run(options, saved=saved)
