"""What the screen-reader tests do with the real app: start it, find what a reader would, wait for it."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from jeepney.wrappers import DBusErrorResponse
from pytestqt.qtbot import QtBot

from ..tray.desktop import AppProcess
from .atspi import Accessible, AtSpi, Node, has_markup
from .conftest import START_MS, ReaderDesktop

APP_NAME = "Pieces Allocations"
# A dialog opening, a request reaching the emulator, a refresh landing: well within this on a busy machine.
STEP_MS = 15000


def launch(env: ReaderDesktop, qtbot: QtBot, *args: str) -> tuple[AppProcess, Node]:
    """Starts the app on the desktop and returns it once its window is in the accessible tree."""
    app = env.desktop.launch("-m", "gui", *args)
    found: list[Node] = []

    def registered() -> bool:
        if app.process.poll() is not None:
            return True
        node = env.reader.application(APP_NAME)
        if node is not None and frame(env.reader, node) is not None:
            found.append(node)
        return bool(found)

    qtbot.waitUntil(registered, timeout=START_MS)
    assert app.process.poll() is None, _stderr(env, len(env.desktop.apps) - 1)
    return app, found[0]


def _stderr(env: ReaderDesktop, index: int) -> str:
    path = env.desktop.workdir / f"app-{index}.stderr"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def top_levels(reader: AtSpi, app: Node) -> list[Accessible]:
    """The app's windows and dialogs, read (not their contents)."""
    try:
        (application,) = reader.read([app])
        return reader.read(list(application.children), depth=1)
    except (DBusErrorResponse, TimeoutError, ValueError):
        return []


def frame(reader: AtSpi, app: Node, name: str = APP_NAME) -> Accessible | None:
    """The main window, once it is shown."""
    return next(
        (w for w in top_levels(reader, app) if w.role == "frame" and w.name == name and w.showing), None
    )


def dialog(reader: AtSpi, app: Node, name: str) -> Accessible | None:
    """A shown dialog whose name holds `name`."""
    return next(
        (w for w in top_levels(reader, app) if w.role == "dialog" and name in w.name and w.showing), None
    )


def spoken(text: str) -> str:
    """Text as speech has it: without the invisible formatting marks (the bidi isolates around names)."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def find(
    tree: list[Accessible], role: str, name: str | Callable[[str], bool], *, showing: bool = True
) -> Accessible | None:
    matches = name if callable(name) else (lambda text: text == name)
    return next(
        (a for a in tree if a.role == role and matches(a.name) and (a.showing or not showing)),
        None,
    )


def menu_item(reader: AtSpi, window: Accessible, *path: str) -> Accessible:
    """A menu bar item by its path ("Allocation", "Connect…"), walked to through the bar's menus."""
    (bar,) = [a for a in reader.read(list(window.children), depth=1) if a.role == "menu bar"]
    current = bar
    for step in path:
        items = reader.read(list(current.children), depth=current.depth + 1)
        item = next((a for a in items if a.role == "menu item" and a.name == step), None)
        assert item is not None, f"no menu item {step!r} among {[a.name for a in items]}"
        current = item
        if step != path[-1]:
            (popup,) = reader.read(list(item.children), depth=item.depth + 1)
            current = popup
    return current


def wait_for(qtbot: QtBot, find_it: Callable[[], Accessible | None], timeout: int = STEP_MS) -> Accessible:
    found: list[Accessible] = []

    def check() -> bool:
        accessible = find_it()
        if accessible is not None:
            found.append(accessible)
        return bool(found)

    qtbot.waitUntil(check, timeout=timeout)
    return found[0]


def unnamed_controls(tree: list[Accessible]) -> list[str]:
    """The controls a user can act on that have no name, or one in markup.

    Hidden ones too (a menu's items, a field's clear button, another state's buttons): they show later.
    """
    problems = []
    for accessible in tree:
        if not accessible.interactive:
            continue
        if not any(ch.isalpha() for ch in accessible.name):
            problems.append(f"{accessible.role} without a name: {accessible.line().strip()}")
        for what, text in (("name", accessible.name), ("description", accessible.description)):
            if has_markup(text):
                problems.append(f"{accessible.role} {accessible.name!r}: its {what} is markup: {text!r}")
    return problems


def markup(tree: list[Accessible]) -> list[str]:
    """Any shown object whose name, description or text holds markup a reader would spell out."""
    return [
        f"{a.role} {a.name!r}: {text!r}"
        for a in tree
        if a.showing
        for text in (a.name, a.description, a.text or "")
        if has_markup(text)
    ]


def ambiguous_buttons(tree: list[Accessible], window: Accessible) -> list[str]:
    """Shown buttons of one window with the same name: a reader cannot tell them apart."""
    names: dict[str, int] = {}
    for accessible in tree:
        if accessible.role in ("push button", "check box", "radio button") and accessible.showing:
            names[accessible.name] = names.get(accessible.name, 0) + 1
    return [
        f"{count} buttons named {name!r} in {window.name!r}" for name, count in names.items() if count > 1
    ]


def write_dump(tree: list[Accessible], path: Path, title: str) -> str:
    """The tree as a reader has it, one object a line, to a file and to the test's output (-s)."""
    text = f"# {title}\n" + "".join(f"{accessible.line()}\n" for accessible in tree)
    path.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return text
