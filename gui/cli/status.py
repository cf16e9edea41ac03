"""`--status [--json]`: one look at Pieces OS and the clouds, for scripts and status bars, with no window."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TextIO

from gui.api import (
    AllocationCloud,
    Discovered,
    DiscoverySource,
    HealthState,
    PiecesClient,
    PiecesError,
    discover,
)
from gui.cli.options import Options
from gui.cli.probe import QUICK, PiecesOSInfo, describe, health_word
from gui.state import AppState, CloudStatus, Connection, Summary, rules, summarize
from gui.state.summary import cloud_status

_WORDS = {
    CloudStatus.CONNECTED: "Connected",
    CloudStatus.CONNECTING: "Connecting",
    CloudStatus.FAILED: "Failed",
    CloudStatus.DISCONNECTED: "Disconnected",
    CloudStatus.NO_CLOUD: "Signed in, no personal cloud yet",
    CloudStatus.SIGNED_OUT: "Nobody is signed in to Pieces OS",
    CloudStatus.UNREACHABLE: "Pieces OS is not reachable",
    CloudStatus.NOT_READY: "Pieces OS is not ready (migrating its data, or it needs an update)",
    CloudStatus.UNKNOWN: "Unknown",
}


async def _find(options: Options, env: Mapping[str, str], saved: str | None) -> Discovered:
    # Discovery orders them: --base-url, then PIECES_OS_URL, then the saved address, then looking.
    if options.base_url:
        return await discover(url=options.base_url, url_source=DiscoverySource.ARGUMENT, env=env)
    return await discover(url=saved, url_source=DiscoverySource.SETTINGS, env=env)


async def read_state(found: Discovered) -> AppState:
    """One refresh, as the app does it: the answers go through the same state rules as the window's."""
    connection = Connection(found.base_url, found.source, found.detail, None, found.health)
    state = rules.connected(AppState(), connection)
    async with PiecesClient(found.base_url, timeouts=QUICK) as client:
        try:
            health = await client.health()
            version = await client.version()
            connection = Connection(found.base_url, found.source, found.detail, version, health)
            state = rules.connected(state, connection)
            if health.state is HealthState.MIGRATING:
                return rules.migrating(state, connection)
            user = await client.current_user()
            snapshot = await client.snapshot()
        except PiecesError as error:
            return rules.failed(state, error)
    return rules.loaded(state, user, snapshot.iterable, datetime.now(UTC))


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
    head = _WORDS[summary.status]
    if summary.cloud is not None:
        whose = "your cloud" if summary.own else "the cloud that needs attention most"
        head += f": {summary.cloud.personal_url} ({whose})"
    lines = [head + (" (old data)" if summary.stale else "")]
    for cloud in state.allocations:
        lines.append(f"{cloud.personal_url}  {_WORDS[cloud_status(cloud.status.cloud)]}")
        for role, url in cloud.urls.named():
            lines.append(f"    {role:<6}  {url.url}  {_WORDS[cloud_status(url.status)]}")
    connection = state.connection
    if connection is not None and connection.health is not None:
        lines.append(describe(PiecesOSInfo(connection.base_url, connection.version, connection.health)))
    return "\n".join(lines)


def exit_code(summary: Summary) -> int:
    """0 only when the signed-in user's own cloud is connected, so `&&` and status bars can rely on it."""
    return 0 if summary.status is CloudStatus.CONNECTED and summary.own else 1


async def status(options: Options, env: Mapping[str, str], saved: str | None) -> AppState:
    try:
        found = await _find(options, env, saved)
    except (PiecesError, ValueError) as error:
        failure = error if isinstance(error, PiecesError) else PiecesError(str(error))
        return rules.failed(AppState(), failure)
    return await read_state(found)


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
    """The --status command: the saved address comes from the settings, read without a window."""
    from gui.desktop.settings import Settings

    saved = (
        None
        if options.base_url or options.demo
        else Settings(options.config_dir, recover=False).saved_address
    )
    if options.demo:
        from gui.app.demo import DemoPiecesOS

        demo = DemoPiecesOS()
        try:
            return run(replace(options, base_url=demo.start()))
        finally:
            demo.stop()
    return run(options, saved=saved)
