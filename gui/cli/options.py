"""The command line of the app: what it accepts, checked before any window opens."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from gui import __version__
from gui.api.discovery import normalize_url
from gui.history.period import parse_since
from gui.i18n import LANGUAGES, PSEUDO, QT_TRANSLATE_NOOP, Context, known, translate

OPTIONS = Context("OPTIONS")


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
        raise argparse.ArgumentTypeError(
            OPTIONS.tr("{text} is not a positive number of milliseconds").format(text=repr(text))
        )
    return int(text)


def _language(text: str) -> str:
    code = text.strip().lower()
    if not known(code):
        raise argparse.ArgumentTypeError(
            OPTIONS.tr("{text} is not a language of the app: use one of {codes}").format(
                text=repr(text), codes=", ".join(["en", *LANGUAGES, *PSEUDO])
            )
        )
    return code


class _Formatter(argparse.HelpFormatter):
    """Translates the help texts when --help prints them: the parser is built on every start, the
    help read rarely, so they are only marked (QT_TRANSLATE_NOOP) where they are written."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, OPTIONS.tr("usage: ") if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(translate("OPTIONS", heading) if heading else heading)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if not action.help:
            return action.help
        # {codes}: the languages of the build, filled in after the translation, like any placeholder.
        return translate("OPTIONS", action.help).replace("{codes}", ", ".join(["en", *LANGUAGES]))

    def _format_text(self, text: str) -> str:
        return super()._format_text(translate("OPTIONS", text) if text else text)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, OPTIONS.tr("{prog}: error: {message}").format(prog=self.prog, message=message) + "\n")


def parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="pieces-allocations",
        description=QT_TRANSLATE_NOOP(
            "OPTIONS", "See and manage the personal-cloud allocations of Pieces OS."
        ),
        formatter_class=_Formatter,
        add_help=False,
    )
    p._optionals.title = QT_TRANSLATE_NOOP("OPTIONS", "options")
    p.add_argument(
        "-h", "--help", action="help", help=QT_TRANSLATE_NOOP("OPTIONS", "show this help and exit")
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--base-url",
        type=_address,
        metavar="URL",
        help=QT_TRANSLATE_NOOP(
            "OPTIONS", "the Pieces OS address, e.g. http://127.0.0.1:39300 (default: find it)"
        ),
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("OPTIONS", "run against a built-in demo Pieces OS with sample allocations"),
    )
    p.add_argument(
        "--config-dir",
        type=Path,
        metavar="DIR",
        help=QT_TRANSLATE_NOOP("OPTIONS", "keep settings and state in DIR"),
    )
    p.add_argument(
        "--quit-after-ms",
        type=_positive_ms,
        metavar="N",
        help=QT_TRANSLATE_NOOP("OPTIONS", "quit cleanly after N ms"),
    )
    p.add_argument(
        "--log-level",
        default="WARNING",
        type=str.upper,
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help=QT_TRANSLATE_NOOP("OPTIONS", "how much to log to stderr (default: WARNING)"),
    )
    p.add_argument(
        "--tray",
        action="store_true",
        help=QT_TRANSLATE_NOOP("OPTIONS", "start with the window hidden, in the system tray"),
    )
    p.add_argument(
        "--status",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "OPTIONS", "print the state of each allocation and exit: 0 only when your own cloud is connected"
        ),
    )
    p.add_argument(
        "--follow",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "OPTIONS",
            "with --status: keep running, and print a line (a JSON object with --json) at each change",
        ),
    )
    p.add_argument(
        "--history",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "OPTIONS", "print each cloud's status history (uptime, incidents, your operations) and exit"
        ),
    )
    p.add_argument(
        "--since",
        default="7d",
        metavar="PERIOD",
        help=QT_TRANSLATE_NOOP(
            "OPTIONS", "with --history: how far back, as 90m, 24h, 7d or 2w (default: 7d)"
        ),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("OPTIONS", "with --status or --history: print JSON for scripts"),
    )
    p.add_argument(
        "--csv",
        action="store_true",
        help=QT_TRANSLATE_NOOP("OPTIONS", "with --history: print CSV, a row per incident and operation"),
    )
    p.add_argument(
        "--lang",
        type=_language,
        metavar="CODE",
        help=QT_TRANSLATE_NOOP(
            "OPTIONS",
            "the language to show: {codes} (default: the system's), "
            "or pseudo and pseudo-rtl to see which texts are translated",
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=QT_TRANSLATE_NOOP("OPTIONS", "print the version and exit"),
    )
    return p


def parse(argv: list[str] | None = None) -> Options:
    p = parser()
    ns = p.parse_args(argv)
    if ns.json and not (ns.status or ns.history):
        p.error(OPTIONS.tr("--json goes with --status or --history"))
    if ns.follow and not ns.status:
        p.error(OPTIONS.tr("--follow goes with --status"))
    if ns.csv and not ns.history:
        p.error(OPTIONS.tr("--csv goes with --history"))
    if ns.json and ns.csv:
        p.error(OPTIONS.tr("choose one of --json and --csv"))
    if ns.status and ns.history:
        p.error(OPTIONS.tr("choose one of --status and --history"))
    if ns.since != "7d" and not ns.history:
        p.error(OPTIONS.tr("--since goes with --history"))
    if ns.history:
        try:
            parse_since(ns.since)
        except ValueError as error:
            p.error(str(error))
        if ns.tray or ns.quit_after_ms:
            p.error(
                OPTIONS.tr("--history prints the history and exits: it takes no --tray or --quit-after-ms")
            )
    if ns.status and (ns.tray or ns.quit_after_ms):
        p.error(OPTIONS.tr("--status prints the state and exits: it takes no --tray or --quit-after-ms"))
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
