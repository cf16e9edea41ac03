"""Outcome icons the dialogs share (their plain-text labels are the views' `plain_label`)."""

from __future__ import annotations

import enum

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QStyle, QWidget

from gui.desktop.assets import icon, icon_path

ICON_SIZE = 32


class Mood(enum.Enum):
    """How an outcome feels, which picks its icon; the words always say the same thing."""

    GOOD = "good"
    NEUTRAL = "neutral"
    BAD = "bad"


# The status icons the table uses, so a dialog's outcome looks like the row it changed.
_ICON_NAMES = {Mood.GOOD: "status-connected", Mood.NEUTRAL: "status-unknown", Mood.BAD: "status-failed"}
_FALLBACKS = {
    Mood.GOOD: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Mood.NEUTRAL: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Mood.BAD: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def mood_pixmap(widget: QWidget, mood: Mood) -> QPixmap:
    """The app's status icon for mood, or the style's message icon while the SVG is not installed."""
    name = _ICON_NAMES[mood]
    # Checked first: Qt logs a warning for every SVG file it cannot open.
    if icon_path(name).is_file():
        themed = icon(name).pixmap(ICON_SIZE, ICON_SIZE)
        if not themed.isNull():
            return themed
    return widget.style().standardIcon(_FALLBACKS[mood]).pixmap(ICON_SIZE, ICON_SIZE)
