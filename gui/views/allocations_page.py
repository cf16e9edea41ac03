"""AllocationsPage: the LOADED view, with the stale banner, the filter box, the table and the details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import Context

from .allocation_cells import Column
from .allocations_filter import AllocationsFilter
from .allocations_model import AllocationsModel
from .column_widths import ColumnWidths
from .details_pane import DetailsPane
from .formatting import Clock, name_clear_button, utc_now
from .intents import WindowIntents
from .row_pick import RowPick
from .stale_banner import StaleBanner

ALLOCATIONS_PAGE = Context("ALLOCATIONS_PAGE")

if TYPE_CHECKING:
    from gui.services.history import HistoryService

__all__ = ["AllocationsPage"]


class AllocationsPage(QWidget):
    def __init__(
        self,
        intents: WindowIntents,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
        history: HistoryService | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = AllocationsModel(self, clock=clock)
        self.proxy = AllocationsFilter(self.model, self)
        self.banner = StaleBanner(intents, self, clock=clock)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            ALLOCATIONS_PAGE.tr("Filter by status, URL, id, project, region…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        name_clear_button(self.filter_edit, ALLOCATIONS_PAGE.tr("Clear the filter"))
        self.filter_edit.setAccessibleName(ALLOCATIONS_PAGE.tr("Filter allocations"))
        self.filter_edit.textChanged.connect(self._filter_changed)
        clear = QAction(self.filter_edit)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.filter_edit.clear)
        self.filter_edit.addAction(clear)
        filter_label = QLabel(ALLOCATIONS_PAGE.tr("Fi&lter:"), self)
        filter_label.setBuddy(self.filter_edit)
        self.count_label = QLabel(self)
        # Described, not named: a label's name is all a screen reader reads of it, and that is the count.
        self.count_label.setAccessibleDescription(ALLOCATIONS_PAGE.tr("Number of allocations shown"))

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(ALLOCATIONS_PAGE.tr("Allocations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Arrows move between rows; Tab leaves the table for the details instead of walking its cells.
        self.table.setTabKeyNavigation(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: with 10,000 rows, measuring each row would stall every refresh.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(48)
        # The personal URL takes whatever width the other columns, sized to their values, leave.
        header.setSectionResizeMode(Column.URL, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        # Worst first: the clouds that need attention are at the top.
        self.table.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)
        self.widths = ColumnWidths(self.table, self.model, clock=clock)
        self.pick = RowPick(self.table)

        self.details = DetailsPane(intents, self, clock=clock, history=history)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        # The table takes most of a wider window: its columns show whole values, the details cut URLs.
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 360])

        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            # "1 allocation" comes from the English plural forms: each language says its own.
            text = ALLOCATIONS_PAGE.tr("%n allocations", None, total)
        else:
            # Counts in the language's digits, as "%Ln" writes them: "1.234 von 10.000", "1,234 of 10,000".
            locale = QLocale()
            text = ALLOCATIONS_PAGE.tr("{shown} of {total} shown").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        self.count_label.setText(text)
