"""SignalLog: what a model told its views, to assert a refresh was a keyed diff and not a reset."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel


class SignalLog:
    """Records rowsInserted/rowsRemoved as (first, last), dataChanged as (top, bottom, left, right)."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.inserted: list[tuple[int, int]] = []
        self.removed: list[tuple[int, int]] = []
        self.changed: list[tuple[int, int, int, int]] = []
        self.resets = 0
        self.layouts = 0
        model.rowsInserted.connect(lambda _parent, first, last: self.inserted.append((first, last)))
        model.rowsRemoved.connect(lambda _parent, first, last: self.removed.append((first, last)))
        model.dataChanged.connect(self._data_changed)
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._layout)

    def _data_changed(self, top_left: Any, bottom_right: Any, *_roles: Any) -> None:
        self.changed.append((top_left.row(), bottom_right.row(), top_left.column(), bottom_right.column()))

    def _reset(self) -> None:
        self.resets += 1

    def _layout(self, *_args: Any) -> None:
        self.layouts += 1

    def clear(self) -> None:
        self.inserted.clear()
        self.removed.clear()
        self.changed.clear()
        self.resets = 0
        self.layouts = 0
