"""Asking a Pieces OS who it is: where it answered, its version and health, in one sentence."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from gui.api import DiscoverySource, Health, HealthState, PiecesClient, Timeouts, discover
from gui.i18n import QT_TRANSLATE_NOOP, Context

PROBE = Context("PROBE")

# A person is waiting (a Test button, a status bar): a local Pieces OS answers in milliseconds or not at all.
QUICK = Timeouts(probe=3.0, snapshot=10.0, request=5.0, connect=2.0)

_HEALTH_WORDS = {
    HealthState.OK: QT_TRANSLATE_NOOP("PROBE", "healthy"),
    HealthState.MIGRATING: QT_TRANSLATE_NOOP("PROBE", "migrating its data (not ready yet)"),
    HealthState.UNKNOWN: QT_TRANSLATE_NOOP("PROBE", "answering, with a health this app does not know"),
}


@dataclass(frozen=True)
class PiecesOSInfo:
    base_url: str
    version: str | None
    health: Health


def health_word(health: Health | None) -> str | None:
    return None if health is None else health.state.value


def describe(info: PiecesOSInfo) -> str:
    """For example "Pieces OS 12.6.0 at http://127.0.0.1:39300, healthy"."""
    health = PROBE.tr(_HEALTH_WORDS[info.health.state])
    if info.version:
        said = PROBE.tr("Pieces OS {version} at {address}, {health}")
    else:
        said = PROBE.tr("Pieces OS at {address}, {health}")
    return said.format(version=info.version, address=info.base_url, health=health)


async def identify(
    address: str | None, *, env: Mapping[str, str] = os.environ, timeouts: Timeouts = QUICK
) -> PiecesOSInfo:
    """Find Pieces OS at address (None: as the app finds it) and read its health and version.

    Raises a PiecesError (with its message and hint) when nothing, or something else, answers.
    """
    # A typed address is asked as it is: PIECES_OS_URL beats it only when the app looks for
    # Pieces OS, and answering for the variable here would vouch for an address nobody typed.
    found = await discover(url=address, url_source=DiscoverySource.SETTINGS, env={} if address else env)
    async with PiecesClient(found.base_url, timeouts=timeouts) as client:
        health = await client.health()
        version = await client.version()
    return PiecesOSInfo(found.base_url, version.strip() or None, health)


async def check_address(address: str | None) -> str:
    """The settings dialog's Test: what answered at address, in words (a PiecesError when nothing did)."""
    return describe(await identify(address))
