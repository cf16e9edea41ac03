"""Writes the app's manual page (roff) from its command line, so the two never disagree."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gui import __version__
from gui.cli.options import parser


def _roff(text: str) -> str:
    return text.replace("\\", "\\\\").replace("-", "\\-")


def manpage(p: argparse.ArgumentParser) -> str:
    date = datetime.now(UTC).strftime("%Y-%m-%d")
    lines = [
        f'.TH {p.prog.upper()} 1 "{date}" "{p.prog} {__version__}" "User Commands"',
        ".SH NAME",
        f"{_roff(p.prog)} \\- {_roff(p.description or '')}",
        ".SH SYNOPSIS",
        f".B {_roff(p.prog)}",
        "[\\fIOPTION\\fR]...",
        ".SH OPTIONS",
    ]
    for action in p._actions:
        if not action.option_strings or action.help == argparse.SUPPRESS:
            continue
        flags = ", ".join(f"\\fB{_roff(flag)}\\fR" for flag in action.option_strings)
        if action.metavar or action.nargs != 0:
            metavar = action.metavar or action.dest.upper()
            flags += f" \\fI{_roff(str(metavar))}\\fR"
        help_text = (action.help or "").replace("%(prog)s", p.prog)
        help_text = help_text.replace("%(default)s", str(action.default))
        lines += [".TP", flags, _roff(help_text)]
    lines += [
        ".SH FILES",
        "Settings: \\fI~/.config/pieces\\-allocations/pieces\\-allocations.ini\\fR.",
        "Log: \\fI~/.local/share/pieces\\-allocations/Pieces Allocations/logs/\\fR.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(manpage(parser()))
