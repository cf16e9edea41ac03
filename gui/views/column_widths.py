"""ColumnWidths: each column of the allocations table as wide as what it holds, measured cheaply."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from gui.api import AllocationCloud

from . import allocation_cells as cells
from .allocation_cells import Column
from .allocations_model import AllocationsModel
from .formatting import MISSING, Clock, age_text

__all__ = ["ColumnWidths"]

# Rows looked at per column that may be cut; the status column looks at every row.
_SAMPLE = 256
# The most a column may take, in average characters: a longer value is cut, whole in its tooltip.
_MOST_CHARS = {Column.URL_STATUS: 48, Column.PROJECT: 30, Column.REGION: 24, Column.VERSION: 16}
# An age in each of its forms at its widest, so the Updated column keeps its width as time passes.
_AGE_SECONDS = (-3600, 0, 59, 59 * 60, 23 * 3600, 86_400, 9 * 86_400, 99 * 86_400, 999 * 86_400)


def _status_sent(cloud: AllocationCloud) -> str:
    return cloud.to_wire_source()["status"]["cloud"]


def texts(column: Column, clouds: Sequence[AllocationCloud], now: datetime) -> set[str]:
    """What a column shows for clouds: every status, a sample of other values, each form of an age."""
    if column is Column.UPDATED:
        return {age_text(seconds) for seconds in _AGE_SECONDS} | {MISSING}
    if column is Column.STATUS:
        # One cloud per status as sent (a dict look-up per row, not a formatted text per row): a
        # single unknown status among 10,000 rows is still found.
        clouds = list({_status_sent(cloud): cloud for cloud in clouds}.values())
    elif len(clouds) > _SAMPLE:
        clouds = clouds[:: -(-len(clouds) // _SAMPLE)]
    return {cells.display_text(cloud, column, now) for cloud in clouds}


class ColumnWidths(QObject):
    """Sizes every column but the URL (which stretches) to its widest value when rows come, change or go.

    Rows that came or changed widen a column if they need to; when rows go, every column is
    measured again and may narrow. Measuring waits for the loop's next turn, so a refresh of
    10,000 rows and its measuring never hold the loop in one go. A column the user resized by
    hand keeps the width they gave it.
    """

    def __init__(self, table: QTableView, model: AllocationsModel, *, clock: Clock) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._clock = clock
        self._wanted: dict[Column, int] = {}
        self._by_hand: set[int] = set()
        self._resizing = False
        self._pending: list[AllocationCloud] = []
        self._everything = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model.rowsInserted.connect(lambda _parent, first, last: self._came(first, last))
        model.dataChanged.connect(self._changed)
        model.rowsRemoved.connect(self._measure_everything)
        model.modelReset.connect(self._measure_everything)
        table.horizontalHeader().sectionResized.connect(self._resized)
        self.fit()

    def _came(self, first: int, last: int) -> None:
        self._pending.extend(self._model.clouds()[first : last + 1])
        self._timer.start()

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None) -> None:
        if top_left.column() == bottom_right.column() == Column.UPDATED:
            return  # the ages ticking: that column's width does not depend on them
        self._came(top_left.row(), bottom_right.row())

    def _measure_everything(self) -> None:
        self._everything = True
        self._pending = []
        self._timer.start()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._resizing and column != Column.URL:
            self._by_hand.add(column)

    def fit(self) -> None:
        """Measure what came or changed since the last fit (every row after a removal) and resize."""
        self._timer.stop()
        narrowing = self._everything
        clouds = self._model.clouds() if narrowing else self._pending
        self._pending, self._everything = [], False
        now = self._clock()
        header = self._table.horizontalHeader()
        for column in Column:
            if column is Column.URL:
                continue
            width = self._width(column, clouds, now)
            if not narrowing:
                width = max(width, self._wanted.get(column, 0))
            self._wanted[column] = width
            if column not in self._by_hand and header.sectionSize(column) != width:
                self._resizing = True
                try:
                    header.resizeSection(column, width)
                finally:
                    self._resizing = False

    def _width(self, column: Column, clouds: Sequence[AllocationCloud], now: datetime) -> int:
        metrics = self._table.fontMetrics()
        widest = max(texts(column, clouds, now), key=metrics.horizontalAdvance, default="")
        cell = self._cell_width(widest, with_icon=column is Column.STATUS)
        most = _MOST_CHARS.get(column)
        if most is not None:
            cell = min(cell, most * metrics.averageCharWidth())
        return max(cell, self._table.horizontalHeader().sectionSizeHint(column))

    def _cell_width(self, text: str, *, with_icon: bool) -> int:
        """The width the view's style gives a cell showing text (and a status icon): its margins included."""
        table = self._table
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.font = table.font()
        option.text = text
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        if with_icon:
            features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            size = table.iconSize()
            if not size.isValid():
                side = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
                size = QSize(side, side)
            option.decorationSize = size
        option.features = features
        hint = table.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), table)
        # The grid line takes a pixel of the cell, as QTableView.sizeHintForColumn counts it.
        return hint.width() + (1 if table.showGrid() else 0)
