"""The window's first place on a screen, before any saved layout: a share of it, centred."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

__all__ = ["first_geometry", "first_size"]

# Of the screen's free area (without panels and docks): room to see the table and the details,
# and some of the desktop around them.
_SHARE = 0.8
# Fits a 1366x768 screen, the smallest common laptop, with room for a taskbar: where 80% of a
# small screen is too little for the table and the details side by side, take up to this.
_COMFORTABLE = QSize(1260, 700)
# Beyond this the rows are more blank than text.
_LARGEST = QSize(1800, 1100)
# Never quite the whole free area: the window's frame and title bar still fit.
_MOST = 0.95


def _side(free: int, comfortable: int, largest: int) -> int:
    share = round(free * _SHARE)
    return min(max(share, min(comfortable, round(free * _MOST))), largest)


def first_size(available: QRect) -> QSize:
    """The window's size on a screen with this free area: 80% of it, within reason."""
    return QSize(
        _side(available.width(), _COMFORTABLE.width(), _LARGEST.width()),
        _side(available.height(), _COMFORTABLE.height(), _LARGEST.height()),
    )


def first_geometry(available: QRect) -> QRect:
    """first_size, centred in the free area."""
    rect = QRect(available.topLeft(), first_size(available))
    rect.moveCenter(available.center())
    return rect
