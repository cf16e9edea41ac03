"""A stand-in desktop on a private D-Bus: a StatusNotifierWatcher, and a notification server recording Notify.

Run as `python desktop_services.py BUS_ADDRESS RECORD_FILE`: it prints "ready" once it owns both names,
and appends one JSON object per line to RECORD_FILE for every item registered and every notification.
As a panel's watcher does, it keeps an item once however often it registers, and drops it when the
item's bus name leaves the bus ("item-gone" in the record).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from jeepney import (
    HeaderFields,
    MatchRule,
    Message,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import DBusConnection, open_dbus_connection

WATCHER = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
PROPERTIES = "org.freedesktop.DBus.Properties"
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"

# Qt reads the watcher's properties through a QDBusInterface, which introspects the object first.
WATCHER_XML = f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="{WATCHER}">
    <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
    <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
    <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
    <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
    <property name="ProtocolVersion" type="i" access="read"/>
    <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
    <signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
    <signal name="StatusNotifierHostRegistered"/>
  </interface>
  <interface name="{PROPERTIES}">
    <method name="Get"><arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="v" direction="out"/></method>
    <method name="GetAll"><arg type="s" direction="in"/><arg type="a{{sv}}" direction="out"/></method>
  </interface>
</node>
"""


class Desktop:
    def __init__(self, connection: DBusConnection, record: Path) -> None:
        self.connection = connection
        self.record = record
        self.items: list[str] = []
        self.next_id = 1

    def write(self, entry: dict[str, Any]) -> None:
        with self.record.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")

    def watcher_properties(self) -> dict[str, tuple[str, Any]]:
        return {
            "RegisteredStatusNotifierItems": ("as", list(self.items)),
            "IsStatusNotifierHostRegistered": ("b", True),
            "ProtocolVersion": ("i", 0),
        }

    def answer(self, msg: Message) -> Message:
        fields = msg.header.fields
        interface = fields.get(HeaderFields.interface)
        member = fields.get(HeaderFields.member)
        path = fields.get(HeaderFields.path)
        if interface == INTROSPECTABLE or member == "Introspect":
            xml = WATCHER_XML if path == WATCHER_PATH else "<node/>"
            return new_method_return(msg, "s", (xml,))
        if interface == PROPERTIES and path == WATCHER_PATH:
            props = self.watcher_properties()
            if member == "GetAll":
                return new_method_return(msg, "a{sv}", (props,))
            if member == "Get" and msg.body[1] in props:
                return new_method_return(msg, "v", (props[msg.body[1]],))
        if member == "RegisterStatusNotifierItem":
            service = msg.body[0]
            # Some items register a path: the item is then the sender at that path.
            if service.startswith("/"):
                service = f"{fields.get(HeaderFields.sender)}{service}"
            if service not in self.items:
                self.items.append(service)
                self.connection.send(message_bus.AddMatch(_owner_changes(service)))
            self.write({"event": "item", "service": service, "sender": fields.get(HeaderFields.sender)})
            signal = new_signal(
                _address(WATCHER_PATH, WATCHER), "StatusNotifierItemRegistered", "s", (service,)
            )
            self.connection.send(signal)
            return new_method_return(msg)
        if member == "RegisterStatusNotifierHost":
            return new_method_return(msg)
        if member == "Notify":
            app_name, _replaces, icon, summary, body, _actions, hints, _timeout = msg.body
            number = self.next_id
            self.next_id += 1
            self.write(
                {
                    "event": "notify",
                    "id": number,
                    "app_name": app_name,
                    "summary": summary,
                    "body": body,
                    "icon": icon,
                    "has_image": any(key in hints for key in ("image-data", "image_data", "icon_data")),
                }
            )
            return new_method_return(msg, "u", (number,))
        if member == "GetCapabilities":
            return new_method_return(msg, "as", (["body"],))
        if member == "GetServerInformation":
            return new_method_return(msg, "ssss", ("stand-in", "tests", "1", "1.2"))
        if member == "CloseNotification":
            return new_method_return(msg)
        return new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (f"{interface}.{member}",))

    def owner_changed(self, msg: Message) -> None:
        name, _old, new = msg.body
        if not new and name in self.items:
            self.items.remove(name)
            self.write({"event": "item-gone", "service": name})
            signal = new_signal(
                _address(WATCHER_PATH, WATCHER), "StatusNotifierItemUnregistered", "s", (name,)
            )
            self.connection.send(signal)


def _owner_changes(name: str) -> MatchRule:
    rule = MatchRule(
        type="signal",
        sender="org.freedesktop.DBus",
        interface="org.freedesktop.DBus",
        member="NameOwnerChanged",
        path="/org/freedesktop/DBus",
    )
    rule.add_arg_condition(0, name)
    return rule


def _address(path: str, interface: str) -> Any:
    from jeepney import DBusAddress

    return DBusAddress(path, interface=interface)


def main() -> int:
    bus, record = sys.argv[1], Path(sys.argv[2])
    with open_dbus_connection(bus=bus) as connection:
        # The watcher's name last: items register as soon as it is owned, and a call that comes
        # while this waits for another reply is dropped (jeepney's blocking connection).
        for name in (NOTIFICATIONS, WATCHER):
            reply = connection.send_and_get_reply(message_bus.RequestName(name))
            if reply.body[0] != 1:
                print(f"could not own {name}", flush=True)
                return 1
        desktop = Desktop(connection, record)
        print("ready", flush=True)
        while True:
            msg = connection.receive()
            if msg.header.message_type is MessageType.method_call:
                connection.send(desktop.answer(msg))
            elif msg.header.fields.get(HeaderFields.member) == "NameOwnerChanged":
                desktop.owner_changed(msg)


if __name__ == "__main__":
    sys.exit(main())
