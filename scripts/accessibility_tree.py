"""Prints the main window as a screen reader has it: its accessible tree over AT-SPI, `role: name` a line.

It starts what tests/accessibility starts (a private X display with a tray host, the accessibility bus of
at-spi2-core, the app on the demo), reads the tree with the same reader (jeepney, nothing from inside the
app's process), then what a reader hears for each row of the table. Needs what `scripts/setup` installs.

    PYTHONPATH=. .venv/bin/python scripts/accessibility_tree.py [--lang CODE] [--all]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.accessibility import bus
from tests.accessibility.atspi import TABLE, Accessible, AtSpi
from tests.accessibility.reading import APP_NAME, frame, spoken
from tests.tray.session import missing_tools, private_desktop

# Xvfb, two buses, the registry and the app on a busy machine: seconds, not milliseconds.
START = 60.0
# Read again until two reads a beat apart agree: the first refresh and the status bar have landed.
BEAT = 1.0


def wait(check: Callable[[], bool], timeout: float = START) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("the desktop or the app did not get there in time")
        time.sleep(0.1)


def one_line(text: str) -> str:
    """Text as speech has it (no bidi isolates), its lines joined with " / " to keep the tree's shape."""
    return " / ".join(spoken(text).splitlines())


def line(accessible: Accessible, depth: int) -> str:
    """`role: name`, then what else a reader hears: description, text, states, actions."""
    parts = [f"{'  ' * depth}{accessible.role}: {one_line(accessible.name)}"]
    if accessible.description:
        parts.append(f"— {one_line(accessible.description)}")
    if accessible.text is not None and accessible.text != accessible.name:
        parts.append(f"text={one_line(accessible.text)!r}")
    return "  ".join(parts + accessible.marks())


def shown(tree: list[Accessible], everything: bool) -> list[tuple[Accessible, int]]:
    """The objects to print with their depth under the window; unless everything, only what shows
    (a menu's items, another state's page and the like are left out with whatever they hold)."""
    kept: list[tuple[Accessible, int]] = []
    for accessible in tree:
        if everything or all(a.showing for a in (accessible, *accessible.ancestors())):
            kept.append((accessible, accessible.depth - tree[0].depth))
    return kept


def rows(reader: AtSpi, tree: list[Accessible]) -> list[str]:
    """What a reader hears for each row of the table: its row header (Table.GetRowHeader)."""
    heard = []
    for table in (a for a in tree if a.role == "table" and a.showing):
        for row in range(reader.property(table.node, TABLE, "NRows")):
            (header,) = reader.call(table.node, TABLE, "GetRowHeader", "i", row)
            said = one_line(reader.name(type(table.node)(*header)))
            heard.append(f"{table.name} row {row + 1}: {said}")
    return heard


def read_window(reader: AtSpi) -> list[Accessible]:
    """The window's tree once its rows are in and two reads a beat apart print the same."""
    last: list[str] = []
    trees: list[list[Accessible]] = []

    def settled() -> bool:
        node = reader.application(APP_NAME)
        window = frame(reader, node) if node is not None else None
        if window is None:
            return False
        tree = reader.tree(window.node)
        printed = [line(a, d) for a, d in shown(tree, True)]
        if any(a.role in ("cell", "table cell") for a in tree) and printed == last:
            trees.append(tree)
            return True
        last[:] = printed
        time.sleep(BEAT)
        return False

    wait(settled)
    return trees[0]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", default="en", metavar="CODE", help="the app's language (default: en)")
    p.add_argument("--all", action="store_true", help="also what is not showing (menus' items, other pages)")
    args = p.parse_args()
    missing = missing_tools() + bus.missing()
    if missing:
        sys.exit(f"this needs {', '.join(missing)}: run scripts/setup")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        with (
            private_desktop("sni", work, wait) as desktop,
            bus.accessibility_bus(desktop.bus_address, desktop.display, work, wait) as address,
        ):
            reader = AtSpi(address)
            app = desktop.launch(
                "-m", "gui", "--demo", "--lang", args.lang, "--config-dir", str(work / "config")
            )
            try:
                tree = read_window(reader)
                print(f"# The main window on the demo (--lang {args.lang}), as AT-SPI has it")
                for accessible, depth in shown(tree, args.all):
                    print(line(accessible, depth))
                print("\n# What a reader hears for each row (Table.GetRowHeader)")
                for heard in rows(reader, tree):
                    print(heard)
            finally:
                app.process.terminate()
                app.process.wait(timeout=10)
                reader.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
