"""Finding Pieces OS: an explicit address, else its .port.txt, else its port range, else the legacy ports."""

from __future__ import annotations

import asyncio
import enum
import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from gui.i18n import QT_TRANSLATE_NOOP, Context

from .client import Health, HealthState, tls_for
from .errors import BadAddress, DiscoveryFailed
from .listeners import ForeignPorts, foreign_ports

__all__ = [
    "LEGACY_URLS",
    "PRODUCTION_PORTS",
    "Discovered",
    "DiscoverySource",
    "discover",
    "given_address",
    "normalize_url",
    "port_file_candidates",
    "shown_path",
]

PRODUCTION_PORTS = range(39300, 39334)
# Pieces OS before v11 (end of 2024): macOS and Windows on 1000, Linux on 5323.
LEGACY_URLS = ("http://localhost:1000", "http://localhost:5323")
# "javascript:x" or "mailto:x", but not "localhost:5323".
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:(?!\d)", re.IGNORECASE)
# Letters, digits, dots and dashes (names, IPv4) or an IPv6 literal, as urlsplit gives it.
_HOST = re.compile(r"^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|[0-9a-f:.]+)$", re.IGNORECASE)
DISCOVERY = Context("DISCOVERY")
_FOREIGN = QT_TRANSLATE_NOOP("DISCOVERY", "another user's Pieces OS, left alone")
_PORT_FILE = Path("com.pieces.os", "production", "Config", ".port.txt")


class DiscoverySource(enum.Enum):
    """How the address was found, in words for the status bar (`words`: in the user's language)."""

    ARGUMENT = QT_TRANSLATE_NOOP("DISCOVERY", "given with --base-url")
    ENVIRONMENT = QT_TRANSLATE_NOOP("DISCOVERY", "given in PIECES_OS_URL")
    SETTINGS = QT_TRANSLATE_NOOP("DISCOVERY", "saved in the settings")
    DEMO = QT_TRANSLATE_NOOP("DISCOVERY", "the built-in demo")
    PORT_FILE = QT_TRANSLATE_NOOP("DISCOVERY", "read from the Pieces OS port file")
    PROBE = QT_TRANSLATE_NOOP("DISCOVERY", "found by probing ports 39300-39333")
    # Where the system does not tell whose a listener is (not Linux): the status bar says so.
    PROBE_UNCHECKED = QT_TRANSLATE_NOOP(
        "DISCOVERY", "found by probing ports 39300-39333; it may be another user's Pieces OS"
    )
    LEGACY = QT_TRANSLATE_NOOP("DISCOVERY", "found on a legacy port")

    @property
    def words(self) -> str:
        return DISCOVERY.tr(str(self.value))


@dataclass(frozen=True)
class Discovered:
    """Where Pieces OS is, how that was found, and what else answered."""

    base_url: str
    source: DiscoverySource
    detail: str
    health: Health | None = None
    others: tuple[str, ...] = ()
    tried: tuple[str, ...] = field(default=(), compare=False)


# Who gave an address that is not one, and how to put it right there.
_GIVEN_BY = {
    DiscoverySource.ARGUMENT: (
        QT_TRANSLATE_NOOP("DISCOVERY", "The --base-url option"),
        QT_TRANSLATE_NOOP(
            "DISCOVERY",
            "Start the app again with a correct address (for example --base-url http://127.0.0.1:39300), "
            "or without the option so that it finds Pieces OS by itself.",
        ),
    ),
    DiscoverySource.ENVIRONMENT: (
        QT_TRANSLATE_NOOP("DISCOVERY", "The PIECES_OS_URL environment variable"),
        QT_TRANSLATE_NOOP(
            "DISCOVERY",
            "Correct it (for example PIECES_OS_URL=http://127.0.0.1:39300) or unset it so that the app "
            "finds Pieces OS by itself, then start the app again: while it is set, it beats any address "
            "chosen in the app.",
        ),
    ),
    DiscoverySource.SETTINGS: (
        QT_TRANSLATE_NOOP("DISCOVERY", "The Pieces OS address in the settings file"),
        QT_TRANSLATE_NOOP(
            "DISCOVERY",
            "Choose the address again with Change address… (or let the app find Pieces OS by itself): "
            "that replaces what the file holds.",
        ),
    ),
}


def given_address(text: str, source: DiscoverySource) -> str:
    """An address given by the user, normalized, or BadAddress saying who gave it and what to do."""
    try:
        return normalize_url(text)
    except ValueError as error:
        where, hint = _GIVEN_BY.get(
            source,
            (
                QT_TRANSLATE_NOOP("DISCOVERY", "The Pieces OS address"),
                QT_TRANSLATE_NOOP("DISCOVERY", "Give a correct address."),
            ),
        )
        raise BadAddress(DISCOVERY.tr(where), str(error), DISCOVERY.tr(hint)) from None


def normalize_url(text: str) -> str:
    """An http(s) base URL without a trailing slash, or ValueError saying what is wrong with it."""
    candidate = text.strip()
    if _SCHEME.match(candidate) and "://" not in candidate:
        raise ValueError(DISCOVERY.tr("{text} is not an http:// or https:// address").format(text=repr(text)))
    if "://" not in candidate:
        candidate = "http://" + candidate
    parts = urlsplit(candidate)
    if parts.scheme not in ("http", "https"):
        raise ValueError(DISCOVERY.tr("{text} is not an http:// or https:// address").format(text=repr(text)))
    if not parts.hostname:
        raise ValueError(DISCOVERY.tr("{text} names no host").format(text=repr(text)))
    if not _HOST.match(parts.hostname):
        raise ValueError(
            DISCOVERY.tr("{text} has a host name with characters a host name cannot have").format(
                text=repr(text)
            )
        )
    try:
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        raise ValueError(
            DISCOVERY.tr("{text} has a port that is not a number from 0 to 65535").format(text=repr(text))
        ) from None
    if parts.query or parts.fragment:
        raise ValueError(
            DISCOVERY.tr("{text} should be just an address, like {example}").format(
                text=repr(text), example="http://127.0.0.1:39300"
            )
        )
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


def port_file_candidates(
    env: Mapping[str, str] = os.environ, platform: str = sys.platform, home: Path | None = None
) -> list[Path]:
    """Where Pieces OS writes the port it chose, newest layout first."""
    home = home or Path.home()
    if platform == "win32":
        local = Path(env.get("LOCALAPPDATA", home / "AppData" / "Local"))
        roots = [local / "Mesh Intelligent Technologies, Inc" / "Pieces OS"]
    elif platform == "darwin":
        roots = [home / "Library"]
    else:
        roots = [Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")]
    roots.append(home / "Documents")  # older installs, every platform
    return [root / _PORT_FILE for root in roots]


def shown_path(path: Path, home: Path | None = None) -> str:
    """A port file's path as messages and logs show it: from ~, since the home folder names the user.

    Outside the home folder (XDG_DATA_HOME elsewhere) only the part Pieces OS names is shown.
    """
    try:
        return str(Path("~") / path.relative_to(home or Path.home()))
    except ValueError:
        ours = path.parts[-len(_PORT_FILE.parts) :] == _PORT_FILE.parts
        return str(Path("…") / _PORT_FILE) if ours else "…"


def _read_port(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() and 0 < int(text) < 65536 else None


def _describe_ports(ports: Sequence[int]) -> str:
    if len(ports) > 2 and list(ports) == list(range(ports[0], ports[-1] + 1)):
        return DISCOVERY.tr("ports {first}-{last}").format(first=ports[0], last=ports[-1])
    return DISCOVERY.tr("ports {ports}").format(ports=", ".join(str(p) for p in ports))


async def _probe(http: httpx.AsyncClient, url: str) -> Health | None:
    """The health of a Pieces OS at url, or None when what answers there is not Pieces OS."""
    try:
        response = await http.get(url + "/.well-known/health")
    except httpx.HTTPError:
        return None
    if response.status_code != 200:
        return None
    health = Health.parse(response.text)
    return None if health.state is HealthState.UNKNOWN else health


async def discover(
    *,
    url: str | None = None,
    url_source: DiscoverySource = DiscoverySource.ARGUMENT,
    env: Mapping[str, str] = os.environ,
    port_files: Iterable[Path] | None = None,
    ports: Sequence[int] = PRODUCTION_PORTS,
    legacy: Sequence[str] = LEGACY_URLS,
    host: str = "127.0.0.1",
    probe_timeout: float = 1.0,
    transport: httpx.AsyncBaseTransport | None = None,
    foreign: ForeignPorts = foreign_ports,
) -> Discovered:
    """Find Pieces OS, or raise DiscoveryFailed listing every address tried (BadAddress for a
    given address that is not one).

    An address given by the user is taken as it is (the app talks only to the address it was
    given), in this order: the command line, then PIECES_OS_URL, then the saved settings, so
    that a variable set for one launch beats what was saved long ago. Otherwise the port file is read;
    then the production ports and the legacy addresses are probed together. When several
    instances answer, a healthy one beats a migrating one, then the lowest port wins: Pieces
    OS takes the first free port, so the lowest belongs to the instance started first.

    Another user's Pieces OS on the same computer answers on the same ports, and would show
    their name and act on their cloud: where the system says whose a listener is (`foreign`,
    Linux), theirs is left out and listed as such; elsewhere the source says it was not checked.
    """
    if url and url_source is not DiscoverySource.SETTINGS:
        return Discovered(given_address(url, url_source), url_source, url_source.words)
    if env.get("PIECES_OS_URL"):
        source = DiscoverySource.ENVIRONMENT
        return Discovered(given_address(env["PIECES_OS_URL"], source), source, source.words)
    if url:
        return Discovered(given_address(url, url_source), url_source, url_source.words)

    tried: list[str] = []
    async with httpx.AsyncClient(
        trust_env=False, verify=tls_for(*legacy), timeout=probe_timeout, transport=transport
    ) as http:
        for path in port_file_candidates(env) if port_files is None else port_files:
            port = _read_port(path)
            if port is None:
                continue
            candidate = f"http://{host}:{port}"
            health = await _probe(http, candidate)
            # A stale port file may name a port that another user's Pieces OS took since.
            if health is not None and port in (foreign([port]) or ()):
                said = DISCOVERY.tr("{address} (from {file}): {why}")
                tried.append(
                    said.format(address=candidate, file=shown_path(path), why=DISCOVERY.tr(_FOREIGN))
                )
                continue
            if health is not None:
                detail = f"{DiscoverySource.PORT_FILE.words} {shown_path(path)}"
                return Discovered(candidate, DiscoverySource.PORT_FILE, detail, health, tried=(candidate,))
            tried.append(
                DISCOVERY.tr("{address} (from {file})").format(address=candidate, file=shown_path(path))
            )

        candidates = [f"http://{host}:{port}" for port in ports] + list(legacy)
        healths = await asyncio.gather(*(_probe(http, c) for c in candidates))

    if ports:
        tried.append(f"{host} {_describe_ports(ports)}")
    tried.extend(legacy)
    answered = [(c, h) for c, h in zip(candidates, healths, strict=True) if h is not None]
    # Read after the probe, so the listeners that answered are in the table.
    answered_ports = {port for c, _ in answered if (port := urlsplit(c).port) is not None}
    theirs = foreign(answered_ports) if answered_ports else frozenset[int]()
    if theirs:
        why = DISCOVERY.tr(_FOREIGN)
        tried.extend(f"{urlsplit(c).netloc}: {why}" for c, _ in answered if urlsplit(c).port in theirs)
        answered = [(c, h) for c, h in answered if urlsplit(c).port not in theirs]
    if not answered:
        raise DiscoveryFailed(tried, others_left_alone=bool(theirs))
    # Stable sort: candidates are already in preference order (range ascending, then legacy).
    answered.sort(key=lambda pair: pair[1].state is not HealthState.OK)
    chosen, health = answered[0]
    others = tuple(c for c, _ in answered[1:])
    if chosen in legacy:
        source = DiscoverySource.LEGACY
    else:
        source = DiscoverySource.PROBE if theirs is not None else DiscoverySource.PROBE_UNCHECKED
    detail = source.words
    if others:
        detail = DISCOVERY.tr(
            "{how}; {count} instances answered, using {address} (healthy first, then lowest port)"
        ).format(how=detail, count=len(answered), address=chosen)
    if theirs is None and source is DiscoverySource.LEGACY:
        detail = DISCOVERY.tr(
            "{how}; this system does not tell whose it is: it may be another user's Pieces OS"
        ).format(how=detail)
    return Discovered(chosen, source, detail, health, others, tuple(tried))
