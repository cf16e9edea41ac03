"""RowPick: the table's first row stays selected until the user picks another; then theirs stays."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QTableView

__all__ = ["RowPick"]

_SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class RowPick(QObject):
    """Keeps one row selected, so the details always show an allocation.

    The table sorts the worst first: until the user picks a row, the first row is selected, and
    when another allocation becomes the first (a refresh, a sort, the filter), it is selected
    instead. Once the user picks a row (click, keys), that allocation stays selected across
    refreshes; should it go (deleted, filtered out), the first row is selected again.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._placing = False
        # The selection changed since the last settle, not by this class: a pick, unless rows
        # going moved it (Qt moves a selection off rows that go, before anyone hears they go).
        self._moved = False
        self._picked = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.settle)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Clicking the row already selected changes no selection, and is a pick all the same.
        table.clicked.connect(self._clicked)
        model = table.model()
        model.rowsAboutToBeRemoved.connect(self._rows_going)
        # Settled once the model has finished changing, on the loop's next turn.
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self._timer.start)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._placing:
            self._moved = True
            self._timer.start()

    def _rows_going(self) -> None:
        if self._moved:  # off the rows that go, by Qt: the pick, if any, goes with them
            self._moved = False
            self._picked = False

    def _clicked(self) -> None:
        self._moved = True
        self._timer.start()

    def settle(self) -> None:
        """Select the first row, unless the user's pick is still there."""
        self._timer.stop()
        selection = self._table.selectionModel()
        if self._moved:
            self._moved = False
            self._picked = selection.hasSelection()
        if self._picked and selection.hasSelection():
            return
        self._picked = False
        first = self._table.model().index(0, 0)
        if not first.isValid() or (selection.isRowSelected(0) and selection.currentIndex().row() == 0):
            return
        self._placing = True
        # No scrolling to it: someone reading further down the table is not pulled back to the top.
        scrolls = self._table.hasAutoScroll()
        self._table.setAutoScroll(False)
        try:
            selection.setCurrentIndex(first, _SELECT_ROW)
        finally:
            self._table.setAutoScroll(scrolls)
            self._placing = False
