"""The tray icon's tooltip: the summary, one line per cloud (its personal URL and status), then Pieces OS."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from gui.api import AllocationCloud
from gui.state import AppState, Phase, summarize
from gui.views.presentation import cloud_look
from gui.views.text import one_line

from .wording import pieces_os_line, status_phrase

# Windows cuts a tray tooltip at 128 characters and a long one covers a panel: a few clouds, then a count.
MAX_CLOUDS = 6
_MAX_LINE = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tray", text)


def status_word(cloud: AllocationCloud) -> str:
    """Connected, Failed...; a status this app does not know reads "Unknown (WHAT_IT_SAID)"."""
    return cloud_look(cloud).word


def _clip(line: str) -> str:
    return line if len(line) <= _MAX_LINE else line[: _MAX_LINE - 1] + "…"


def tooltip_lines(state: AppState) -> list[str]:
    """The tooltip's lines, as plain text; the first is always the app's own words."""
    summary = summarize(state)
    head = _tr("Pieces Allocations: {status}").format(status=status_phrase(summary.status, state))
    if summary.stale:
        head += " " + _tr("(not up to date)")
    lines = [head]
    own = summary.cloud if summary.own else None
    clouds = sorted(state.allocations, key=lambda cloud: cloud is not own)
    for cloud in clouds[:MAX_CLOUDS]:
        line = _tr("{url}: {status}").format(url=one_line(cloud.personal_url), status=status_word(cloud))
        if cloud is own and len(state.allocations) > 1:
            line += " " + _tr("(yours)")
        lines.append(_clip(line))
    if len(clouds) > MAX_CLOUDS:
        lines.append(_tr("and {count} more").format(count=len(clouds) - MAX_CLOUDS))
    lines.append(_clip(pieces_os_line(state)))
    # With old data shown, or with Pieces OS answering an error, its own words say what went wrong.
    # What happened, without the hint: a tooltip has room for one line, the window for the rest.
    why = state.error.message if state.error is not None else state.error_text
    if why and (summary.stale or state.phase is Phase.FAILING):
        lines.append(_clip(_tr("Refreshing fails: {error}").format(error=one_line(why))))
    return lines


def tooltip_text(state: AppState, *, markup: bool) -> str:
    """The lines joined for the tray host.

    Qt's own tooltip (XEmbed) guesses rich text from the first line only, which is always the app's
    own words, so plain lines come out literally there. A StatusNotifierItem host may render markup:
    there every line is escaped, so a server's "<b>" shows as typed.
    """
    lines = tooltip_lines(state)
    if markup:
        lines = [html.escape(line, quote=False) for line in lines]
    return "\n".join(lines)
