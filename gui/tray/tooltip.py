"""The tray icon's tooltip: the summary, one line per cloud (its personal URL and status), then Pieces OS."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from gui.api import AllocationCloud
from gui.history.writer import wall_ms
from gui.i18n import Context
from gui.state import AppState, Phase, summarize
from gui.views.formatting import duration_text, local_moment
from gui.views.presentation import cloud_look
from gui.views.text import one_line

from .wording import pieces_os_line, status_phrase

TOOLTIP = Context("TOOLTIP")

# Windows cuts a tray tooltip at 128 characters and a long one covers a panel: a few clouds, then a count.
MAX_CLOUDS = 6
_MAX_LINE = 100


def status_word(cloud: AllocationCloud) -> str:
    """Connected, Failed...; a status this app does not know reads "Unknown (WHAT_IT_SAID)"."""
    return cloud_look(cloud).word


def _clip(line: str) -> str:
    return line if len(line) <= _MAX_LINE else line[: _MAX_LINE - 1] + "…"


# Since when a cloud holds its status (ms since the epoch), from the history; None when not known.
HeldSince = Callable[[str, str], int | None]


def held_words(cloud: AllocationCloud, since: int, now: int) -> str:
    """ "Connected for 3 h 12 min"; any other status "Failed since 09:14" (or since a date, before today)."""
    word = status_word(cloud)
    if cloud.status.cloud.connected:
        return TOOLTIP.tr("{status} for {duration}").format(status=word, duration=duration_text(now - since))
    when = datetime.fromtimestamp(since / 1000, UTC).astimezone()
    today = datetime.fromtimestamp(now / 1000, UTC).astimezone().date()
    shown = when.strftime("%H:%M") if when.date() == today else local_moment(since)
    return TOOLTIP.tr("{status} since {time}").format(status=word, time=shown)


def tooltip_lines(state: AppState, since: HeldSince | None = None, now: int | None = None) -> list[str]:
    """The tooltip's lines, as plain text; the first is always the app's own words.

    With `since`, each cloud says how long it has held its status ("Connected for 3 h 12 min").
    """
    now = wall_ms() if now is None else now
    summary = summarize(state)
    head = TOOLTIP.tr("Pieces Allocations: {status}").format(status=status_phrase(summary.status, state))
    if summary.stale:
        head += " " + TOOLTIP.tr("(not up to date)")
    lines = [head]
    own = summary.cloud if summary.own else None
    clouds = sorted(state.allocations, key=lambda cloud: cloud is not own)
    for cloud in clouds[:MAX_CLOUDS]:
        held = (
            None
            if since is None or state.stale
            else since(cloud.id, cloud.status.cloud_raw or cloud.status.cloud.value)
        )
        words = status_word(cloud) if held is None else held_words(cloud, held, now)
        line = TOOLTIP.tr("{url}: {status}").format(url=one_line(cloud.personal_url), status=words)
        if cloud is own and len(state.allocations) > 1:
            line += " " + TOOLTIP.tr("(yours)")
        lines.append(_clip(line))
    if len(clouds) > MAX_CLOUDS:
        lines.append(TOOLTIP.tr("and {count} more").format(count=len(clouds) - MAX_CLOUDS))
    lines.append(_clip(pieces_os_line(state)))
    # With old data shown, or with Pieces OS answering an error, its own words say what went wrong.
    # What happened, without the hint: a tooltip has room for one line, the window for the rest.
    why = state.error.message if state.error is not None else state.error_text
    if why and (summary.stale or state.phase is Phase.FAILING):
        lines.append(_clip(TOOLTIP.tr("Refreshing fails: {error}").format(error=one_line(why))))
    return lines


def tooltip_text(state: AppState, *, markup: bool, since: HeldSince | None = None) -> str:
    """The lines joined for the tray host.

    Qt's own tooltip (XEmbed) guesses rich text from the first line only, which is always the app's
    own words, so plain lines come out literally there. A StatusNotifierItem host may render markup:
    there every line is escaped, so a server's "<b>" shows as typed.
    """
    lines = tooltip_lines(state, since)
    if markup:
        lines = [html.escape(line, quote=False) for line in lines]
    return "\n".join(lines)
