"""The real app as a screen reader has it: its tree over AT-SPI, read and used through that alone."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.emulator import Emulator

from .atspi import TABLE, Accessible, EventListener
from .conftest import ReaderDesktop
from .reading import (
    STEP_MS,
    ambiguous_buttons,
    dialog,
    find,
    frame,
    launch,
    markup,
    menu_item,
    spoken,
    unnamed_controls,
    write_dump,
)

# Where the main window's tree is written, to quote it (the test's own folder when not given).
DUMP_DIR = os.environ.get("A11Y_DUMP_DIR")


@pytest.fixture
def pieces() -> Iterator[Emulator]:
    """Pieces OS with two clouds; the signed-in user's own is disconnected, ready to connect."""
    with Emulator(port=0, allocations=2, seed=0, connect_delay=0.3) as emu:
        emu.set_cloud_status(emu.user_id, "DISCONNECTED")
        yield emu


def window_tree(env: ReaderDesktop, qtbot: QtBot, app_node: object, ready: object) -> list[Accessible]:
    """The main window's tree, read again until `ready(tree)` holds (the first refresh has landed)."""
    trees: list[list[Accessible]] = []

    def read() -> bool:
        window = frame(env.reader, app_node)  # type: ignore[arg-type]
        if window is None:
            return False
        tree = env.reader.tree(window.node)
        if ready(tree):  # type: ignore[operator]
            trees.append(tree)
        return bool(trees)

    qtbot.waitUntil(read, timeout=STEP_MS)
    return trees[0]


def rows(env: ReaderDesktop, table: Accessible) -> list[str]:
    """What a reader hears for each row of the table: its row header (Table.GetRowHeader)."""
    count = env.reader.property(table.node, TABLE, "NRows")
    names = []
    for row in range(count):
        (header,) = env.reader.call(table.node, TABLE, "GetRowHeader", "i", row)
        names.append(env.reader.name(type(table.node)(*header)))
    return names


def test_the_main_window_names_every_control_and_its_rows_read_cloud_and_status(
    reader_desktop: ReaderDesktop, qtbot: QtBot, tmp_path: Path
) -> None:
    env = reader_desktop
    _app, node = launch(env, qtbot, "--demo", "--config-dir", str(tmp_path / "config"))

    def loaded(tree: list[Accessible]) -> bool:
        """The rows are in, and who is signed in is known (the status bar says so after the first read)."""
        return any(a.role == "cell" for a in tree) and any(a.name.startswith("Signed in as") for a in tree)

    tree = window_tree(env, qtbot, node, loaded)
    window = tree[0]
    dump_dir = Path(DUMP_DIR) if DUMP_DIR else tmp_path
    dump_dir.mkdir(parents=True, exist_ok=True)
    write_dump(tree, dump_dir / "main-window.txt", "The main window on the demo, as AT-SPI has it")

    problems = unnamed_controls(tree) + markup(tree) + ambiguous_buttons(tree, window)
    assert not problems, "\n".join(problems)

    table = find(tree, "table", "Allocations")
    assert table is not None
    read = rows(env, table)
    assert len(read) == 4, read  # the demo's clouds
    assert "https://chen.pieces.cloud, Connected" in read
    for line in read:
        url, _, status = line.partition(", ")
        assert url.startswith("https://"), line
        assert status in ("Connected", "Connecting", "Failed", "Disconnected"), line

    # What the status bar and the details say is what a reader reads, not a name put over it.
    bar = find(tree, "status bar", "Status bar")
    assert bar is not None
    said_in_bar = [spoken(a.name) for a in tree if bar in a.ancestors() and a.role == "label"]
    assert any(line.startswith("Pieces OS at http://127.0.0.1:") for line in said_in_bar), said_in_bar
    assert "Signed in as Chen Nguyen" in said_in_bar, said_in_bar
    details = find(tree, "filler", "Allocation details")
    assert details is not None
    said_in_details = [
        spoken(a.name) for a in tree if details in a.ancestors() and a.role == "label" and a.showing
    ]
    selected = next(line for line in read if line.startswith(said_in_details[0] + ","))
    assert selected.partition(", ")[2] in said_in_details, said_in_details  # the selected cloud's status

    # The tray's menu is not on AT-SPI: a StatusNotifierItem's menu goes over DBusMenu, where a panel
    # (and through it a screen reader) reads each item's label.
    qtbot.waitUntil(lambda: bool(env.desktop.items()), timeout=STEP_MS)
    qtbot.waitUntil(lambda: any(item.label == "Quit" for item in env.desktop.menu()), timeout=STEP_MS)
    items = [item for item in env.desktop.menu() if not item.separator]
    assert [item for item in items if not any(ch.isalpha() for ch in item.label)] == []


def posts(pieces: Emulator, path: str) -> int:
    return sum(1 for r in pieces.requests if r.method == "POST" and r.path == path)


def gets(pieces: Emulator, path: str) -> int:
    return sum(1 for r in pieces.requests if r.method == "GET" and r.path.split("?")[0] == path)


def press(env: ReaderDesktop, accessible: Accessible) -> None:
    """Triggers a control as a screen reader's user does: its Press action, over AT-SPI."""
    assert "enabled" in accessible.states, accessible.line()
    assert env.reader.do_action(accessible, "Press"), accessible.line()


def dialog_tree(env: ReaderDesktop, qtbot: QtBot, node: object, name: str, ready: object) -> list[Accessible]:
    """A dialog's tree once it is shown and `ready(tree)` holds."""
    trees: list[list[Accessible]] = []

    def read() -> bool:
        found = dialog(env.reader, node, name)  # type: ignore[arg-type]
        if found is not None:
            tree = env.reader.tree(found.node)
            if ready(tree):  # type: ignore[operator]
                trees.append(tree)
        return bool(trees)

    qtbot.waitUntil(read, timeout=STEP_MS)
    return trees[0]


def button(name: str, *, enabled: bool = True) -> object:
    """A `ready` check: the tree has a shown push button of this name (enabled, by default)."""

    def ready(tree: list[Accessible]) -> bool:
        found = find(tree, "push button", name)
        return found is not None and ("enabled" in found.states or not enabled)

    return ready


def run_operation(
    env: ReaderDesktop, qtbot: QtBot, node: object, window: Accessible, item: str, title: str, action: str
) -> list[Accessible]:
    """Menu item → its dialog → its action button, all over AT-SPI; returns the dialog's tree as it opened."""
    press(env, menu_item(env.reader, window, "Allocation", item))
    tree = dialog_tree(env, qtbot, node, title, button(action))
    problems = unnamed_controls(tree) + markup(tree) + ambiguous_buttons(tree, tree[0])
    assert not problems, "\n".join(problems)
    press(env, find(tree, "push button", action))  # type: ignore[arg-type]
    return tree


def close_dialog(env: ReaderDesktop, qtbot: QtBot, node: object, title: str) -> None:
    """Once the operation has ended, its Close button (found and pressed over AT-SPI) closes the dialog."""
    tree = dialog_tree(env, qtbot, node, title, button("Close"))
    press(env, find(tree, "push button", "Close"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: dialog(env.reader, node, title) is None, timeout=STEP_MS)  # type: ignore[arg-type]


def said(listener: EventListener) -> list[str]:
    """The texts announced so far (Qt sends each as the event's any_data)."""
    return [str(value) for _member, _path, body in listener.events for value in _strings(body)]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (tuple, list)):
        return [text for item in value for text in _strings(item)]
    return []


def test_every_operation_can_be_found_and_triggered_through_the_accessibility_interface(
    reader_desktop: ReaderDesktop, pieces: Emulator, qtbot: QtBot, tmp_path: Path
) -> None:
    env = reader_desktop
    app, node = launch(env, qtbot, "--base-url", pieces.url, "--config-dir", str(tmp_path / "config"))

    def loaded(tree: list[Accessible]) -> bool:
        return any(a.role in ("table cell", "cell") for a in tree)

    tree = window_tree(env, qtbot, node, loaded)
    window = tree[0]

    # Refresh: View → Refresh asks Pieces OS for the allocations at once.
    before = gets(pieces, "/allocations")
    press(env, menu_item(env.reader, window, "View", "Refresh"))
    qtbot.waitUntil(lambda: gets(pieces, "/allocations") > before, timeout=STEP_MS)

    # Connect: the dialog appears in the tree; its Connect button sends the signed-in user's profile.
    announcements = EventListener(env.address, "org.a11y.atspi.Event.Object", "Announcement")
    try:
        env.reader.register_event("object:announcement")
        run_operation(env, qtbot, node, window, "Connect…", "Connect", "Connect")
        qtbot.waitUntil(lambda: posts(pieces, "/allocations/connect") == 1, timeout=STEP_MS)
        close_dialog(env, qtbot, node, "Connect")
        # The new status is announced, once, however many refreshes follow.
        own_url = pieces.allocation(pieces.user_id)["urls"]["vanity"]["url"]  # type: ignore[index]
        connected = f"Connected: {own_url}"
        qtbot.waitUntil(lambda: connected in said(announcements), timeout=STEP_MS)
        before = gets(pieces, "/allocations")
        press(env, menu_item(env.reader, window, "View", "Refresh"))
        qtbot.waitUntil(lambda: gets(pieces, "/allocations") > before, timeout=STEP_MS)
        press(env, menu_item(env.reader, window, "View", "Refresh"))
        qtbot.waitUntil(lambda: gets(pieces, "/allocations") > before + 1, timeout=STEP_MS)
    finally:
        announcements.close()
    assert said(announcements).count(connected) == 1, said(announcements)

    # Reconnect and Disconnect act on the selected row: a reader selects it with the cell's Toggle.
    tree = window_tree(env, qtbot, node, loaded)
    cells = [a for a in tree if a.role in ("table cell", "cell") and a.name.startswith("https://")]
    assert cells, "no cell reads a cloud's URL"
    assert env.reader.do_action(cells[0], "Toggle")

    run_operation(env, qtbot, node, window, "Reconnect…", "Reconnect", "Reconnect")
    qtbot.waitUntil(lambda: posts(pieces, "/allocations/reconnect") == 1, timeout=STEP_MS)
    close_dialog(env, qtbot, node, "Reconnect")

    run_operation(env, qtbot, node, window, "Disconnect…", "Disconnect", "Disconnect")
    qtbot.waitUntil(lambda: posts(pieces, "/allocations/disconnect") == 1, timeout=STEP_MS)
    close_dialog(env, qtbot, node, "Disconnect")

    # Settings: the dialog appears with every field named; Cancel closes it.
    press(env, menu_item(env.reader, window, "File", "Settings…"))
    settings = dialog_tree(env, qtbot, node, "Settings", button("Cancel"))
    problems = unnamed_controls(settings) + markup(settings) + ambiguous_buttons(settings, settings[0])
    assert not problems, "\n".join(problems)
    press(env, find(settings, "push button", "Cancel"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: dialog(env.reader, node, "Settings") is None, timeout=STEP_MS)

    # Quit: the app ends, cleanly.
    press(env, menu_item(env.reader, window, "File", "Quit"))
    qtbot.waitUntil(lambda: app.process.poll() is not None, timeout=STEP_MS)
    assert app.process.returncode == 0


def texts(tree: list[Accessible]) -> list[str]:
    """The shown text a reader reads of a part of the window: each label's text."""
    return [a.text or a.name for a in tree if a.showing and a.role == "label" and (a.text or a.name)]


def test_the_state_panel_and_the_stale_banner_read_as_text(
    reader_desktop: ReaderDesktop, pieces: Emulator, qtbot: QtBot, tmp_path: Path
) -> None:
    env = reader_desktop
    _app, node = launch(env, qtbot, "--base-url", pieces.url, "--config-dir", str(tmp_path / "config"))

    def panel(tree: list[Accessible]) -> list[Accessible]:
        found = find(tree, "filler", "Connection state")
        return [a for a in tree if found is not None and found in a.ancestors()] if found else []

    # Nobody signed in: the window says so in its state panel, in words a reader reads as text.
    pieces.sign_out()
    tree = window_tree(env, qtbot, node, lambda t: "Nobody is signed in" in " ".join(texts(panel(t))))
    said = texts(panel(tree))
    assert markup(panel(tree)) == []
    assert any("sign in" in line.lower() for line in said), said  # what to do next, too
    assert unnamed_controls(panel(tree)) == []

    # Signed in again, then Pieces OS stops: the table stays, under a banner that says it is old.
    pieces.sign_in()
    tree = window_tree(env, qtbot, node, lambda t: find(t, "table", "Allocations") is not None)
    pieces.stop()

    def banner(tree: list[Accessible]) -> list[Accessible]:
        found = find(tree, "panel", "Stale data warning")
        return [found, *[a for a in tree if found in a.ancestors()]] if found else []

    tree = window_tree(env, qtbot, node, lambda t: bool(banner(t)))
    said = texts(banner(tree))
    assert any(line.startswith("Showing data from") for line in said), said
    assert markup(banner(tree)) == []
    assert unnamed_controls(banner(tree)) == []


@pytest.mark.parametrize(
    ("chosen", "menus", "settings", "cancel"),
    [
        ("--lang=de", ["Datei", "Ansicht", "Zuweisung", "Hilfe"], "Einstellungen", "Abbrechen"),
        ("saved=fr", ["Fichier", "Affichage", "Allocation", "Aide"], "Paramètres", "Annuler"),
    ],
)
def test_the_window_opens_in_the_chosen_language_with_qts_own_buttons_translated_too(
    reader_desktop: ReaderDesktop,
    qtbot: QtBot,
    tmp_path: Path,
    chosen: str,
    menus: list[str],
    settings: str,
    cancel: str,
) -> None:
    """Both translators, the app's and Qt's qtbase, are in place before the first window is built:
    its menus and a standard button (Qt's own text) read in the language of --lang or of Settings."""
    env = reader_desktop
    config = tmp_path / "config"
    config.mkdir()
    args = ["--demo", "--config-dir", str(config)]
    if chosen.startswith("--lang="):
        args.append(chosen)
    else:
        (config / "settings.ini").write_text(f"[ui]\nlanguage={chosen.partition('=')[2]}\n", encoding="utf-8")
    _app, node = launch(env, qtbot, *args)
    tree = window_tree(env, qtbot, node, lambda t: find(t, "menu bar", "") is not None)
    (bar,) = [a for a in tree if a.role == "menu bar"]
    assert [a.name for a in tree if a.parent is bar and a.role == "menu item"] == menus
    press(env, menu_item(env.reader, tree[0], menus[0], settings + "…"))
    found = dialog_tree(env, qtbot, node, settings, button(cancel))
    assert find(found, "push button", "OK") is not None  # the same word in both
    press(env, find(found, "push button", cancel))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: dialog(env.reader, node, settings) is None, timeout=STEP_MS)
