"""AllocationsFilter: the filter box's proxy over AllocationsModel; sorting is passed on to the model."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from typing_extensions import override

from .allocations_model import AllocationsModel, SearchRole, SortRole

__all__ = ["AllocationsFilter"]


class AllocationsFilter(QSortFilterProxyModel):
    """Keeps the rows whose text holds every word typed (any case, any column, full URLs and ids included).

    The words become one regular expression that Qt matches against each row's search text, with
    no filterAcceptsRow in Python: with no words Qt accepts every row without asking, so adding
    10,000 rows costs no call into Python per row.
    """

    def __init__(self, source: AllocationsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: tuple[str, ...] = ()
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(0)

    @property
    def filter_text(self) -> str:
        return " ".join(self._words)

    def set_filter_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self._words = words
        # Every word, anywhere, in any order: one lookahead per word ([\s\S] spans the lines).
        pattern = "".join(f"(?=[\\s\\S]*?{QRegularExpression.escape(word)})" for word in words)
        self.setFilterRegularExpression(QRegularExpression("^" + pattern if pattern else ""))

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The model sorts its rows by SortRole far faster than per-comparison lessThan calls
        # into Python would; the proxy keeps the model's order (its own sort column stays -1).
        self._source.sort(column, order)

    @override
    def multiData(
        self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData
    ) -> None:
        # Qt's proxy asks the model one role at a time: seven calls into Python per painted cell.
        # Handed on whole, the model answers a cell in one.
        self._source.multiData(self.mapToSource(index), roleDataSpan)
