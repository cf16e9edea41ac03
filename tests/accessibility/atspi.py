"""A small AT-SPI client over jeepney: reads an app's accessible tree, triggers actions, hears events.

What a screen reader sees of the app is what this reads: each object's role, name, description,
states, actions and text, over the accessibility bus, nothing from inside the app's process.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse

ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
TEXT = "org.a11y.atspi.Text"
TABLE = "org.a11y.atspi.Table"
REGISTRY = DBusAddress("/org/a11y/atspi/registry", "org.a11y.atspi.Registry", "org.a11y.atspi.Registry")

# AtspiStateType, by bit: the states a check or a dump names.
STATES = {
    1: "active",
    4: "checked",
    7: "editable",
    8: "enabled",
    11: "focusable",
    12: "focused",
    16: "modal",
    22: "selectable",
    23: "selected",
    24: "sensitive",
    25: "showing",
    30: "visible",
    41: "checkable",
    43: "read-only",
}

# Roles a user acts on: each needs a name that says what it does.
INTERACTIVE = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "combo box",
        "text",
        "password text",
        "entry",
        "spin button",
        "slider",
        "menu item",
        "check menu item",
        "radio menu item",
        "page tab",
        "link",
        "table",
    }
)

_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def has_markup(text: str) -> bool:
    """True when text holds HTML tags, which a screen reader would spell out."""
    return bool(_MARKUP.search(text))


@dataclass(frozen=True)
class Node:
    """An accessible object: the bus name of its app and its object path."""

    bus: str
    path: str


REGISTRY_ROOT = Node("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")


@dataclass
class Accessible:
    """What was read of one object, and where it sits in the tree."""

    node: Node
    role: str
    name: str
    description: str
    states: frozenset[str]
    interfaces: tuple[str, ...]
    children: tuple[Node, ...]
    depth: int = 0
    actions: tuple[str, ...] = ()
    text: str | None = None
    parent: Accessible | None = field(default=None, repr=False)

    @property
    def showing(self) -> bool:
        return "showing" in self.states

    @property
    def interactive(self) -> bool:
        return self.role in INTERACTIVE

    def line(self) -> str:
        """One line of a dump: role, name, and what else a reader would hear."""
        parts = [f"{'  ' * self.depth}{self.role} {self.name!r}"]
        if self.description:
            parts.append(f"description={self.description!r}")
        if self.text is not None and self.text != self.name:
            parts.append(f"text={self.text!r}")
        return "  ".join(parts + self.marks())

    def marks(self) -> list[str]:
        """The states a reader tells, [checked, …, disabled, not showing], then the actions it offers."""
        states = sorted(self.states & {"checked", "focused", "selected", "editable", "read-only"})
        if "enabled" not in self.states and self.interactive:
            states.append("disabled")
        if not self.showing:
            states.append("not showing")
        marks = ["[" + ", ".join(states) + "]"] if states else []
        if self.actions:
            marks.append("actions=" + "/".join(self.actions))
        return marks

    def ancestors(self) -> Iterator[Accessible]:
        current = self.parent
        while current is not None:
            yield current
            current = current.parent


def decode_states(words: Iterable[int]) -> frozenset[str]:
    bits = 0
    for index, word in enumerate(words):
        bits |= int(word) << (32 * index)
    return frozenset(name for bit, name in STATES.items() if bits >> bit & 1)


class AtSpi:
    """A connection to the accessibility bus, as a screen reader holds one."""

    def __init__(self, address: str, *, timeout: float = 10.0) -> None:
        self.address = address
        self.timeout = timeout
        self.connection: DBusConnection = open_dbus_connection(bus=address)

    def close(self) -> None:
        self.connection.close()

    # -- Calls ----------------------------------------------------------------------------------

    def call(self, node: Node, interface: str, member: str, signature: str | None = None, *body: Any) -> Any:
        message = new_method_call(DBusAddress(node.path, node.bus, interface), member, signature, body)
        reply = self.connection.send_and_get_reply(message, timeout=self.timeout)
        if reply.header.message_type is MessageType.error:
            raise DBusErrorResponse(reply)
        return reply.body

    def many(self, messages: list[Message]) -> list[Any]:
        """Sends every message at once and returns their replies' bodies (None for an error), in order.

        A tree of a few hundred objects is read in a few round trips instead of a thousand.
        """
        serials = []
        for message in messages:
            serial = next(self.connection.outgoing_serial)
            self.connection.send(message, serial=serial)
            serials.append(serial)
        waiting = {serial: index for index, serial in enumerate(serials)}
        bodies: list[Any] = [None] * len(messages)
        while waiting:
            reply = self.connection.receive(timeout=self.timeout)
            index = waiting.pop(reply.header.fields.get(HeaderFields.reply_serial, -1), None)
            if index is not None and reply.header.message_type is MessageType.method_return:
                bodies[index] = reply.body
        return bodies

    # -- Reading --------------------------------------------------------------------------------

    def applications(self) -> list[Node]:
        """The apps registered with the accessibility registry."""
        (children,) = self.call(REGISTRY_ROOT, ACCESSIBLE, "GetChildren")
        return [Node(bus, path) for bus, path in children]

    def name(self, node: Node) -> str:
        return str(self.property(node, ACCESSIBLE, "Name"))

    def property(self, node: Node, interface: str, name: str) -> Any:
        message = Properties(DBusAddress(node.path, node.bus, interface)).get(name)
        reply = self.connection.send_and_get_reply(message, timeout=self.timeout)
        if reply.header.message_type is MessageType.error:
            raise DBusErrorResponse(reply)
        _signature, value = reply.body[0]
        return value

    def application(self, name: str) -> Node | None:
        """The registered app of this name (the app's display name), or None."""
        for node in self.applications():
            try:
                if self.name(node) == name:
                    return node
            except (DBusErrorResponse, TimeoutError):
                continue  # an app that left as it was asked
        return None

    def read(
        self, nodes: list[Node], *, depth: int = 0, parents: list[Accessible | None] | None = None
    ) -> list[Accessible]:
        """Reads each node: role, name, description, states, interfaces, children (one batch)."""
        per_node = 6
        messages = []
        for node in nodes:
            address = DBusAddress(node.path, node.bus, ACCESSIBLE)
            messages += [
                new_method_call(address, "GetRoleName"),
                Properties(address).get("Name"),
                Properties(address).get("Description"),
                new_method_call(address, "GetState"),
                new_method_call(address, "GetInterfaces"),
                new_method_call(address, "GetChildren"),
            ]
        bodies = self.many(messages)
        read: list[Accessible] = []
        for index, node in enumerate(nodes):
            role, name, description, states, interfaces, children = bodies[
                index * per_node : (index + 1) * per_node
            ]
            if role is None or children is None:
                continue  # gone meanwhile (a row removed by a refresh)
            read.append(
                Accessible(
                    node,
                    str(role[0]),
                    str(name[0][1]) if name else "",
                    str(description[0][1]) if description else "",
                    decode_states(states[0]) if states else frozenset(),
                    tuple(interfaces[0]) if interfaces else (),
                    tuple(Node(bus, path) for bus, path in children[0]),
                    depth,
                    parent=parents[index] if parents else None,
                )
            )
        self._read_details(read)
        return read

    def _read_details(self, accessibles: list[Accessible]) -> None:
        """Actions of what can act and text of what holds text, in one more batch."""
        messages: list[Message] = []
        wanted: list[tuple[Accessible, str]] = []
        for accessible in accessibles:
            node = accessible.node
            if ACTION in accessible.interfaces:
                messages.append(new_method_call(DBusAddress(node.path, node.bus, ACTION), "GetActions"))
                wanted.append((accessible, "actions"))
            if TEXT in accessible.interfaces:
                messages.append(
                    new_method_call(DBusAddress(node.path, node.bus, TEXT), "GetText", "ii", (0, -1))
                )
                wanted.append((accessible, "text"))
        for (accessible, what), body in zip(wanted, self.many(messages), strict=True):
            if body is None:
                continue
            if what == "actions":
                accessible.actions = tuple(str(action[0]) for action in body[0])
            else:
                accessible.text = str(body[0])

    def tree(self, root: Node, *, limit: int = 3000) -> list[Accessible]:
        """Every object under root (root included), depth first, read level by level."""
        found = self.read([root])
        if not found:
            return []
        top = found[0]
        level = [top]
        everything = [top]
        while level and len(everything) < limit:
            nodes = [child for accessible in level for child in accessible.children]
            parents: list[Accessible | None] = [
                accessible for accessible in level for _ in accessible.children
            ]
            level = self.read(nodes, depth=level[0].depth + 1, parents=parents)
            everything += level
        # Depth first, as a dump reads best: each object followed by its children.
        by_node = {accessible.node: accessible for accessible in everything}
        ordered: list[Accessible] = []

        def visit(accessible: Accessible) -> None:
            ordered.append(accessible)
            for child in accessible.children:
                if child in by_node:
                    visit(by_node[child])

        visit(top)
        return ordered

    # -- Acting ---------------------------------------------------------------------------------

    def do_action(self, accessible: Accessible, action: str) -> bool:
        """Triggers the named action (Press, Toggle…) through org.a11y.atspi.Action, as a reader does."""
        index = accessible.actions.index(action)
        (done,) = self.call(accessible.node, ACTION, "DoAction", "i", index)
        return bool(done)

    def register_event(self, event: str) -> None:
        """Tells the registry someone listens to `event` (apps send only what someone listens to)."""
        self.connection.send_and_get_reply(
            new_method_call(REGISTRY, "RegisterEvent", "sass", (event, [], "")), timeout=self.timeout
        )


class EventListener:
    """Collects the signals of one AT-SPI event interface, on a connection and thread of its own."""

    def __init__(self, address: str, interface: str, member: str) -> None:
        self.events: list[tuple[str, str, tuple[Any, ...]]] = []
        self._stop = threading.Event()
        self._connection = open_dbus_connection(bus=address)
        rule = MatchRule(type="signal", interface=interface, member=member)
        self._connection.send_and_get_reply(
            new_method_call(
                DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus"),
                "AddMatch",
                "s",
                (rule.serialise(),),
            ),
            timeout=10,
        )
        self._thread = threading.Thread(target=self._listen, daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            except OSError:
                return
            if message.header.message_type is MessageType.signal:
                fields = message.header.fields
                self.events.append(
                    (str(fields.get(HeaderFields.member)), str(fields.get(HeaderFields.path)), message.body)
                )

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._connection.close()
