"""Whose is a local TCP listener: the owner's uid of each listening port, as Linux's /proc/net tells it."""

from __future__ import annotations

import ipaddress
import os
import sys
from collections.abc import Callable, Collection, Iterator
from pathlib import Path

__all__ = ["ForeignPorts", "foreign_ports", "listener_owners"]

# ports -> those among them another user listens on, or None where the system does not say.
ForeignPorts = Callable[[Collection[int]], frozenset[int] | None]

_PROC_NET = Path("/proc/net")
_LISTEN = "0A"  # TCP_LISTEN in the kernel's st column


def _address(hex_text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """An address as /proc/net/tcp{,6} prints it: 32-bit words, each in the machine's byte order."""
    raw = bytes.fromhex(hex_text)
    if sys.byteorder == "little":
        raw = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    return ipaddress.ip_address(raw)


def _reaches_loopback(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A listener there answers a connection to 127.0.0.1 or ::1 (bound to it, or to every address)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback or address.is_unspecified


def _listeners(table: str) -> Iterator[tuple[int, int]]:
    """(port, uid) of each listener on a loopback or any-address socket in one /proc/net table."""
    for line in table.splitlines()[1:]:
        fields = line.split()
        # sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
        if len(fields) < 8 or fields[3] != _LISTEN:
            continue
        host, _, port = fields[1].partition(":")
        try:
            if _reaches_loopback(_address(host)):
                yield int(port, 16), int(fields[7])
        except ValueError:
            continue  # a line this parser does not know: it says nothing about whose a port is


def listener_owners(proc_net: Path = _PROC_NET) -> dict[int, frozenset[int]] | None:
    """The uids listening on each local port, or None where there is no /proc/net/tcp (not Linux)."""
    owners: dict[int, set[int]] = {}
    read_any = False
    for name in ("tcp", "tcp6"):
        try:
            table = (proc_net / name).read_text(encoding="ascii", errors="replace")
        except OSError:
            continue  # no IPv6 (tcp6 missing), or no /proc at all
        read_any = True
        for port, uid in _listeners(table):
            owners.setdefault(port, set()).add(uid)
    return {port: frozenset(uids) for port, uids in owners.items()} if read_any else None


def foreign_ports(
    ports: Collection[int], proc_net: Path = _PROC_NET, uid: int | None = None
) -> frozenset[int] | None:
    """Those of ports another user listens on (their Pieces OS, not ours), or None where it cannot be told."""
    if uid is None:
        if not hasattr(os, "getuid"):
            return None  # Windows: no uids to compare
        uid = os.getuid()
    owners = listener_owners(proc_net)
    if owners is None:
        return None
    # A port some other uid listens on is theirs, even if one of ours is there too: never guess.
    return frozenset(port for port in ports if owners.get(port, frozenset()) - {uid})
