"""Text helpers every view shares: tooltips, plain labels, ages, moments, durations and percentages."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QWidget

from gui.i18n import Context
from gui.views.text import isolate, one_line, shown

FORMATTING = Context("FORMATTING")

__all__ = [
    "MISSING",
    "Clock",
    "age_text",
    "duration_text",
    "exact_time",
    "isolate",
    "local_moment",
    "name_clear_button",
    "one_line",
    "percent_text",
    "pieces_os_words",
    "plain_label",
    "set_tip",
    "shown",
    "tooltip",
    "utc_now",
]

Clock = Callable[[], datetime]

# Shown for an optional field the server left out.
MISSING = "—"


def utc_now() -> datetime:
    return datetime.now(UTC)


def tooltip(*lines: str) -> str:
    """A tooltip showing each line literally, whatever characters it holds.

    Qt guesses whether a tooltip is rich text: "<b>x</b>" would render bold and "&amp;"
    would show as typed. Escaping every line and always marking the result as rich text
    makes both come out exactly as the server sent them; white-space:pre keeps long URLs
    on one line instead of letting Qt wrap the tooltip.
    """
    body = "<br>".join(html.escape(line, quote=False) for line in lines)
    return f"<p style='white-space:pre'>{body}</p>"


def set_tip(widget: QWidget, *lines: str) -> None:
    """The widget's tooltip (see tooltip), and the same lines, plain, as what a screen reader describes.

    Left to itself, Qt hands the tooltip to assistive technology as the description: markup and all.
    """
    widget.setToolTip(tooltip(*lines) if lines else "")
    widget.setAccessibleDescription("\n".join(lines))


def name_clear_button(field: QLineEdit, name: str) -> None:
    """Names the clear button Qt puts in a line edit: unnamed, a screen reader says only "button"."""
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)


def plain_label(
    text: str = "", parent: QWidget | None = None, *, selectable: bool = False, wrap: bool = True
) -> QLabel:
    """A QLabel that never interprets its text as HTML: server strings go into these.

    It wraps unless told not to, so a long server string makes a window taller, not wider; a
    word in a row (a status beside its URL) keeps to one line. Selectable text (ids, URLs,
    errors worth copying into a support request) is selectable by keyboard as well as mouse.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def age_text(seconds: float) -> str:
    """How long ago, the way people say it: "just now", "12 s ago", "3 min ago", "2 days ago"."""
    if seconds < -60:
        # A server clock ahead of ours; the exact time is in the tooltip.
        return FORMATTING.tr("in the future")
    if seconds < 5:
        return FORMATTING.tr("just now")
    whole = int(seconds)
    if whole < 60:
        return FORMATTING.tr("%n s ago", None, whole)
    if whole < 3600:
        return FORMATTING.tr("%n min ago", None, whole // 60)
    if whole < 86400:
        return FORMATTING.tr("%n h ago", None, whole // 3600)
    days = whole // 86400
    return FORMATTING.tr("%n days ago", None, days)


# How a language writes a moment, its month names from QLocale ("7. Dez. 2026, 14:05", "7 déc. 2026
# 14:05"); any other keeps the unambiguous year-month-day order the app has always shown.
_MOMENTS = {
    QLocale.Language.German: "d. MMM yyyy, HH:mm",
    QLocale.Language.French: "d MMM yyyy HH:mm",
}
_ISO_MOMENT = "yyyy-MM-dd HH:mm"


def local_moment(ms: int, *, seconds: bool = False) -> str:
    """A moment (ms since the epoch) in this computer's time zone, written as the app's language writes it."""
    locale = QLocale()
    pattern = _MOMENTS.get(locale.language(), _ISO_MOMENT)
    if seconds:
        pattern = pattern.replace("HH:mm", "HH:mm:ss")
    return locale.toString(QDateTime.fromMSecsSinceEpoch(ms), pattern)


def exact_time(moment: datetime) -> str:
    """The local date and time, to the second, with the zone: unambiguous in a tooltip or a report."""
    if moment.tzinfo is None:
        # The API parses offsets; a naive time can only be UTC as Pieces OS writes it.
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    when = local_moment(int(local.timestamp() * 1000), seconds=True)
    return f"{when} {local.strftime('%Z')}".strip()


def duration_text(ms: int) -> str:
    """12 s, 14 min, 3 h 12 min, 2 d 4 h: two units at most, as a person says it, in the app's language."""
    seconds = max(ms, 0) // 1000
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, seconds = divmod(rest, 60)
    if days:
        if hours:
            return FORMATTING.tr("{days} d {hours} h").format(days=days, hours=hours)
        return FORMATTING.tr("{days} d").format(days=days)
    if hours:
        if minutes:
            return FORMATTING.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return FORMATTING.tr("{hours} h").format(hours=hours)
    if minutes:
        return FORMATTING.tr("{minutes} min").format(minutes=minutes)
    return FORMATTING.tr("{seconds} s").format(seconds=seconds)


def pieces_os_words(readable: str | None) -> str | None:
    """Pieces OS's own wording of a time ("Today - June 3rd, 3:33 p.m."), where it may be shown.

    Pieces OS writes it in English: beside the exact time, which is written in the app's language, it
    is shown only where the app speaks English, not as an English line in a German or French window.
    """
    if readable is None or not readable.strip():
        return None
    return readable if QLocale().language() == QLocale.Language.English else None


def percent_text(ratio: float) -> str:
    """A ratio as a percentage with one decimal, in the app's language's digits: "99.6", "99,6"."""
    return QLocale().toString(ratio * 100, "f", 1)
