"""Which tray host the desktop offers: a StatusNotifierItem watcher on D-Bus, or another kind (XEmbed)."""

from __future__ import annotations

import sys

from PySide6.QtDBus import QDBusConnection, QDBusMessage

WATCHER = "org.kde.StatusNotifierWatcher"
_PROPERTIES = "org.freedesktop.DBus.Properties"


def markup_host() -> bool:
    """True when Qt will show the icon as a StatusNotifierItem, whose hosts may render markup.

    Asks what Qt asks when it creates the first tray icon: is the watcher on the session bus,
    and does it say a host is registered.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    call = QDBusMessage.createMethodCall(WATCHER, "/StatusNotifierWatcher", _PROPERTIES, "Get")
    call.setArguments([WATCHER, "IsStatusNotifierHostRegistered"])
    reply = bus.call(call, timeout=1000)
    if reply.type() is not QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return False
    value = reply.arguments()[0]
    return bool(getattr(value, "variant", lambda: value)())
