"""X11 startup notification for a launch another copy answers: end its feedback, activate with its time stamp.

Qt ends only the startup id it was started with (DESKTOP_STARTUP_ID, read once); when a later launch
hands its id to this copy, the "remove" message and the activation are sent here, over Qt's own
connection to the X server (libxcb, through ctypes).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import re
from functools import cache

from PySide6.QtGui import QGuiApplication, QNativeInterface

_log = logging.getLogger(__name__)

_CLIENT_MESSAGE = 33
_PROPERTY_CHANGE_MASK = 0x00400000
_SUBSTRUCTURE_MASKS = 0x00080000 | 0x00100000  # SubstructureNotify | SubstructureRedirect
_SOURCE_APPLICATION = 1  # _NET_ACTIVE_WINDOW: asked by an application, not a pager
# The startup-notification spec: the launch's X server time stamp ends its id as _TIME<n>.
_TIME = re.compile(r"_TIME(\d+)$")


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _AtomReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class _TreeReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("root", ctypes.c_uint32),
        ("parent", ctypes.c_uint32),
    ]


class _Data(ctypes.Union):
    _fields_ = [("data8", ctypes.c_uint8 * 20), ("data32", ctypes.c_uint32 * 5)]


class ClientMessage(ctypes.Structure):
    """xcb_client_message_event_t: 32 bytes on the wire."""

    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("format", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("window", ctypes.c_uint32),
        ("type", ctypes.c_uint32),
        ("data", _Data),
    ]


@cache
def _libraries() -> tuple[ctypes.CDLL, ctypes.CDLL]:
    xcb = ctypes.CDLL(ctypes.util.find_library("xcb") or "libxcb.so.1")
    libc = ctypes.CDLL(None)
    xcb.xcb_intern_atom.restype = _Cookie
    xcb.xcb_intern_atom.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
    xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
    xcb.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    xcb.xcb_query_tree.restype = _Cookie
    xcb.xcb_query_tree.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    xcb.xcb_query_tree_reply.restype = ctypes.POINTER(_TreeReply)
    xcb.xcb_query_tree_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    xcb.xcb_send_event.restype = _Cookie
    xcb.xcb_send_event.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint8,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_void_p,
    ]
    xcb.xcb_flush.restype = ctypes.c_int
    xcb.xcb_flush.argtypes = [ctypes.c_void_p]
    libc.free.argtypes = [ctypes.c_void_p]
    return xcb, libc


def atom(connection: int, name: str) -> int:
    """The X atom of name (made if missing); 0 if the server did not answer."""
    xcb, libc = _libraries()
    encoded = name.encode()
    cookie = xcb.xcb_intern_atom(connection, 0, len(encoded), encoded)
    reply = xcb.xcb_intern_atom_reply(connection, cookie, None)
    if not reply:
        return 0
    value = int(reply.contents.atom)
    libc.free(reply)
    return value


def startup_message(text: str, window: int, begin: int, more: int) -> list[ClientMessage]:
    """text (NUL-terminated) in the 20-byte pieces the startup-notification spec sends."""
    data = text.encode() + b"\0"
    pieces = []
    for start in range(0, len(data), 20):
        event = ClientMessage(_CLIENT_MESSAGE, 8, 0, window, begin if start == 0 else more)
        chunk = data[start : start + 20]
        ctypes.memmove(event.data.data8, chunk, len(chunk))
        pieces.append(event)
    return pieces


def remove_text(startup_id: str) -> str:
    """The "remove" message that ends a launch's feedback (the id quoted as the spec says)."""
    quoted = startup_id.replace("\\", "\\\\").replace('"', '\\"')
    return f'remove: ID="{quoted}"'


def launch_time(startup_id: str) -> int | None:
    """The X server time of the click that made the launch, where the id says it."""
    found = _TIME.search(startup_id)
    return int(found.group(1)) & 0xFFFFFFFF if found else None


def launch_done(startup_id: str, window: int) -> bool:
    """End the launch's feedback, ask the window manager to activate window as of it; False: not on X11."""
    app = QGuiApplication.instance()
    native = app.nativeInterface() if isinstance(app, QGuiApplication) else None
    if not isinstance(native, QNativeInterface.QX11Application):
        return False
    connection = int(native.connection())
    if not connection:
        return False
    try:
        xcb, libc = _libraries()
        tree = xcb.xcb_query_tree_reply(connection, xcb.xcb_query_tree(connection, window), None)
        if not tree:
            return False
        root = int(tree.contents.root)
        libc.free(tree)
        begin, more = atom(connection, "_NET_STARTUP_INFO_BEGIN"), atom(connection, "_NET_STARTUP_INFO")
        for event in startup_message(remove_text(startup_id), root, begin, more):
            xcb.xcb_send_event(connection, 0, root, _PROPERTY_CHANGE_MASK, ctypes.byref(event))
        time = launch_time(startup_id)
        if time is not None:
            active = ClientMessage(_CLIENT_MESSAGE, 32, 0, window, atom(connection, "_NET_ACTIVE_WINDOW"))
            active.data.data32[:] = [_SOURCE_APPLICATION, time, 0, 0, 0]
            xcb.xcb_send_event(connection, 0, root, _SUBSTRUCTURE_MASKS, ctypes.byref(active))
        xcb.xcb_flush(connection)
    except (OSError, AttributeError) as exc:
        _log.info("Could not end the launch's startup notification: %s", exc)
        return False
    return True
