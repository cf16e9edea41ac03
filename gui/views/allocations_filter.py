"""AllocationsFilter: the filter box's proxy over AllocationsModel; sorting is passed on to the model."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from typing_extensions import override

from .allocations_model import AllocationsModel, SortRole

__all__ = ["AllocationsFilter"]

_Index = QModelIndex | QPersistentModelIndex


class AllocationsFilter(QSortFilterProxyModel):
    """Keeps the rows whose text holds every word typed (any case, any column, full URLs and ids included)."""

    def __init__(self, source: AllocationsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: tuple[str, ...] = ()
        self.setSourceModel(source)
        self.setSortRole(SortRole)

    @property
    def filter_text(self) -> str:
        return " ".join(self._words)

    def set_filter_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @override
    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        text = self._source.search_text(source_row)
        return all(word in text for word in self._words)

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The model sorts its rows by SortRole far faster than per-comparison lessThan calls
        # into Python would; the proxy keeps the model's order (its own sort column stays -1).
        self._source.sort(column, order)
