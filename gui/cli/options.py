"""The command line of the app: what it accepts, checked before any window opens."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from gui import __version__
from gui.api.discovery import normalize_url
from gui.history.period import parse_since
from gui.i18n import LANGUAGES, PSEUDO, known


@dataclass(frozen=True)
class Options:
    base_url: str | None = None
    demo: bool = False
    config_dir: Path | None = None
    quit_after_ms: int | None = None
    log_level: str = "WARNING"
    # Start with the window hidden, in the tray.
    tray: bool = False
    # Print the state for a script or a status bar and exit, with no window (--json: as JSON).
    status: bool = False
    json: bool = False
    # With --status: stay running and print a line at start and at every change.
    follow: bool = False
    # Print the recorded status history of the last `since` and exit (--json or --csv: for scripts).
    history: bool = False
    since: str = "7d"
    csv: bool = False
    # The language to show (de, fr, en, pseudo, pseudo-rtl), over the setting and the system's.
    lang: str | None = None


def _address(text: str) -> str:
    try:
        return normalize_url(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive_ms(text: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of milliseconds")
    return int(text)


def _language(text: str) -> str:
    code = text.strip().lower()
    if not known(code):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a language of the app: use one of " + ", ".join(["en", *LANGUAGES, *PSEUDO])
        )
    return code


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pieces-allocations",
        description="See and manage the personal-cloud allocations of Pieces OS.",
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--base-url",
        type=_address,
        metavar="URL",
        help="the Pieces OS address, e.g. http://127.0.0.1:39300 (default: find it)",
    )
    where.add_argument(
        "--demo", action="store_true", help="run against a built-in demo Pieces OS with sample allocations"
    )
    p.add_argument("--config-dir", type=Path, metavar="DIR", help="keep settings and state in DIR")
    p.add_argument("--quit-after-ms", type=_positive_ms, metavar="N", help="quit cleanly after N ms")
    p.add_argument(
        "--log-level",
        default="WARNING",
        type=str.upper,
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="how much to log to stderr (default: WARNING)",
    )
    p.add_argument("--tray", action="store_true", help="start with the window hidden, in the system tray")
    p.add_argument(
        "--status",
        action="store_true",
        help="print the state of each allocation and exit: 0 only when your own cloud is connected",
    )
    p.add_argument(
        "--follow",
        action="store_true",
        help="with --status: keep running, and print a line (a JSON object with --json) at each change",
    )
    p.add_argument(
        "--history",
        action="store_true",
        help="print each cloud's status history (uptime, incidents, your operations) and exit",
    )
    p.add_argument(
        "--since",
        default="7d",
        metavar="PERIOD",
        help="with --history: how far back, as 90m, 24h, 7d or 2w (default: 7d)",
    )
    p.add_argument("--json", action="store_true", help="with --status or --history: print JSON for scripts")
    p.add_argument(
        "--csv", action="store_true", help="with --history: print CSV, a row per incident and operation"
    )
    p.add_argument(
        "--lang",
        type=_language,
        metavar="CODE",
        help="the language to show: " + ", ".join(["en", *LANGUAGES]) + " (default: the system's), "
        "or pseudo and pseudo-rtl to see which texts are translated",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def parse(argv: list[str] | None = None) -> Options:
    p = parser()
    ns = p.parse_args(argv)
    if ns.json and not (ns.status or ns.history):
        p.error("--json goes with --status or --history")
    if ns.follow and not ns.status:
        p.error("--follow goes with --status")
    if ns.csv and not ns.history:
        p.error("--csv goes with --history")
    if ns.json and ns.csv:
        p.error("choose one of --json and --csv")
    if ns.status and ns.history:
        p.error("choose one of --status and --history")
    if ns.since != "7d" and not ns.history:
        p.error("--since goes with --history")
    if ns.history:
        try:
            parse_since(ns.since)
        except ValueError as error:
            p.error(str(error))
        if ns.tray or ns.quit_after_ms:
            p.error("--history prints the history and exits: it takes no --tray or --quit-after-ms")
    if ns.status and (ns.tray or ns.quit_after_ms):
        p.error("--status prints the state and exits: it takes no --tray or --quit-after-ms")
    return Options(
        base_url=ns.base_url,
        demo=ns.demo,
        config_dir=ns.config_dir,
        quit_after_ms=ns.quit_after_ms,
        log_level=ns.log_level,
        tray=ns.tray,
        status=ns.status,
        json=ns.json,
        follow=ns.follow,
        history=ns.history,
        since=ns.since,
        csv=ns.csv,
        lang=ns.lang,
    )
