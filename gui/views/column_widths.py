"""ColumnWidths: each column of the allocations table as wide as what it holds, measured cheaply."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyle, QStyleOptionHeader, QStyleOptionViewItem, QTableView
from typing_extensions import override

from gui.api import AllocationCloud

from . import allocation_cells as cells
from .allocation_cells import Column
from .allocations_model import AllocationsModel
from .formatting import MISSING, Clock, age_text

__all__ = ["ColumnWidths", "shared", "texts"]

# Rows looked at per column that may be cut; the status column looks at every row.
_SAMPLE = 256
# The most a column may take, in average characters: a longer value is cut, whole in its tooltip.
_MOST_CHARS = {Column.URL_STATUS: 48, Column.PROJECT: 30, Column.REGION: 24, Column.VERSION: 16}
# An age in each of its usual forms at its widest, so the Updated column keeps its width as time
# passes ("in the future", a server clock ahead of this one, may be cut: the tooltip has the time).
_AGE_SECONDS = (0, 59, 59 * 60, 23 * 3600, 86_400, 99 * 86_400)
# Where the table is too narrow for every value, these give way, the widest first, down to their
# titles; the status never does, and the personal URL keeps room for as much as this (enough
# to tell one allocation from another: "olivia.pieces.…", "2ef91276-6c00-…").
_GIVE_WAY = (Column.URL_STATUS, Column.PROJECT, Column.REGION, Column.VERSION, Column.UPDATED)
_URL_LEAST = "olivia.pieces.…"


def shared(wanted: dict[Column, int], least: dict[Column, int], room: int) -> dict[Column, int]:
    """The widths wanted, or where they exceed room, the widest that give way cut to one level."""
    giving = [column for column in _GIVE_WAY if column in wanted]

    def total(level: int) -> int:
        cut = sum(max(min(wanted[column], level), least.get(column, 0)) for column in giving)
        return cut + sum(width for column, width in wanted.items() if column not in giving)

    highest = max((wanted[column] for column in giving), default=0)
    if total(highest) <= room:
        return dict(wanted)
    low, high = 0, highest  # the highest level that fits (or 0, every column at its least)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if total(middle) <= room else (low, middle - 1)
    return {
        column: max(min(width, low), least.get(column, 0)) if column in giving else width
        for column, width in wanted.items()
    }


def _url_statuses(cloud: AllocationCloud) -> tuple[str | None, ...]:
    urls = cloud.to_wire_source()["urls"]
    vanity = urls.get("vanity")
    return (vanity["status"] if vanity else None, urls["id"]["status"], urls["base"]["status"])


# What a column's text depends on, read straight from the JSON as sent: rows alike in it read
# alike, so a text is made once per distinct value, not once per row.
_SAME_TEXT: dict[Column, Callable[[AllocationCloud], object]] = {
    Column.STATUS: lambda cloud: cloud.to_wire_source()["status"]["cloud"],
    Column.URL_STATUS: _url_statuses,
    Column.PROJECT: lambda cloud: cloud.to_wire_source()["project"],
    Column.REGION: lambda cloud: cloud.to_wire_source().get("region"),
    Column.VERSION: lambda cloud: cloud.to_wire_source().get("version"),
}


def texts(column: Column, clouds: Sequence[AllocationCloud], now: datetime) -> set[str]:
    """What a column shows for clouds: every status, a sample of other values, each form of an age."""
    if column is Column.UPDATED:
        return {age_text(seconds) for seconds in _AGE_SECONDS} | {MISSING}
    # Every row for the status (a single unknown status among 10,000 rows is found), a sample
    # for the columns that may be cut anyway.
    if column is not Column.STATUS and len(clouds) > _SAMPLE:
        clouds = clouds[:: -(-len(clouds) // _SAMPLE)]
    alike = _SAME_TEXT[column]
    distinct = {alike(cloud): cloud for cloud in clouds}.values()
    return {cells.display_text(cloud, column, now) for cloud in distinct}


class ColumnWidths(QObject):
    """Sizes every column but the URL (which stretches) to its widest value as rows come and go.

    Rows that came widen a column if they need to, and so does a changed status; when rows go,
    every column is measured again and may narrow. Measuring waits for the loop's next turn, so
    a refresh of 10,000 rows and its measuring never hold the loop in one go. A column the user
    resized by hand keeps the width they gave it.
    """

    def __init__(self, table: QTableView, model: AllocationsModel, *, clock: Clock) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._clock = clock
        # The width each column's values need, as last measured (its title aside).
        self._cells: dict[Column, int] = {}
        self._by_hand: set[int] = set()
        self._resizing = False
        self._came: list[AllocationCloud] = []
        self._changed: list[AllocationCloud] = []
        self._everything = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model.rowsInserted.connect(lambda _parent, first, last: self._rows_came(first, last))
        model.dataChanged.connect(self._data_changed)
        model.rowsRemoved.connect(self._measure_everything)
        model.modelReset.connect(self._measure_everything)
        header = table.horizontalHeader()
        header.sectionResized.connect(self._resized)
        # Room for the sort arrow only beside the title of the column sorted by.
        header.sortIndicatorChanged.connect(self._resize)
        table.viewport().installEventFilter(self)
        self.fit()

    def _rows_came(self, first: int, last: int) -> None:
        self._came.extend(self._model.clouds()[first : last + 1])
        self._timer.start()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None) -> None:
        # Only the status column follows a changed row at once: a status is never cut. Any other
        # column waits for rows to come or go, as widening one repaints the whole table, where a
        # changed row alone repaints one line (a URL status changing is the usual refresh).
        if top_left.column() <= Column.STATUS <= bottom_right.column():
            self._changed.extend(self._model.clouds()[top_left.row() : bottom_right.row() + 1])
            self._timer.start()

    def _measure_everything(self) -> None:
        self._everything = True
        self._came, self._changed = [], []
        self._timer.start()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._resizing and column != Column.URL:
            self._by_hand.add(column)

    def fit(self) -> None:
        """Measure the rows that came or changed since the last fit (every row after a removal); resize."""
        self._timer.stop()
        narrowing = self._everything
        came = self._model.clouds() if narrowing else self._came
        statuses = [*came, *self._changed]
        self._came, self._changed, self._everything = [], [], False
        now = self._clock()
        for column in Column:
            clouds = statuses if column is Column.STATUS else came
            if column is Column.URL or not (clouds or narrowing):
                continue
            width = self._values_width(column, clouds, now)
            if not narrowing:
                width = max(width, self._cells.get(column, 0))
            self._cells[column] = width
        self._resize()

    def _resize(self) -> None:
        header = self._table.horizontalHeader()
        titles = {column: self._title_width(column) for column in self._cells}
        wanted = {
            column: header.sectionSize(column) if column in self._by_hand else max(width, titles[column])
            for column, width in self._cells.items()
        }
        least = {column: titles[column] for column in wanted if column not in self._by_hand}
        # Its title whole too: a longer language's "Personal URL" is not cut where English's is not.
        url = max(self._cell_width(_URL_LEAST, with_icon=False), self._title_width(Column.URL))
        widths = shared(wanted, least, self._table.viewport().width() - url)
        self._resizing = True
        try:
            for column, width in widths.items():
                if column not in self._by_hand and header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._resizing = False

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the table's viewport: the room to share
            self._resize()
        return False

    def _values_width(self, column: Column, clouds: Sequence[AllocationCloud], now: datetime) -> int:
        metrics = self._table.fontMetrics()
        widest = max(texts(column, clouds, now), key=metrics.horizontalAdvance, default="")
        width = self._cell_width(widest, with_icon=column is Column.STATUS)
        most = _MOST_CHARS.get(column)
        return width if most is None else min(width, most * metrics.averageCharWidth())

    def _title_width(self, column: Column) -> int:
        """The width the header's style gives the column's title, and its sort arrow if sorted by it."""
        header = self._table.horizontalHeader()
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.section = column
        option.orientation = Qt.Orientation.Horizontal
        option.textAlignment = header.defaultAlignment()
        option.text = str(self._model.headerData(column, Qt.Orientation.Horizontal))
        sorted_by = header.isSortIndicatorShown() and header.sortIndicatorSection() == column
        option.sortIndicator = (
            QStyleOptionHeader.SortIndicator.SortDown if sorted_by else QStyleOptionHeader.SortIndicator.None_
        )
        size = header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header)
        return size.width()

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
