"""HistoryWindow: every cloud's incidents and the user's operations, newest first; filter, export, clear."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.history.database import HistoryUnavailable
from gui.history.records import Reading
from gui.history.report import Report, as_json, write_csv
from gui.i18n import Context
from gui.services.history import HistoryService
from gui.views.formatting import duration_text, local_moment, one_line, percent_text, plain_label
from gui.views.history_strip import reading_word

HISTORY_WINDOW = Context("HISTORY_WINDOW")

__all__ = ["HistoryWindow"]

_log = logging.getLogger(__name__)
_HOUR = 3_600_000


@dataclass(frozen=True)
class _Row:
    at: int
    cloud: str
    what: str
    lasted: str
    detail: str


class HistoryWindow(QDialog):
    """Not modal: it stays open beside the main window; it reads the history again as more is recorded."""

    def __init__(self, history: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._report: Report | None = None
        self.setWindowTitle(HISTORY_WINDOW.tr("Status history"))
        self.setModal(False)
        self.resize(820, 480)

        self.cloud_filter = QComboBox(self)
        self.cloud_filter.setAccessibleName(HISTORY_WINDOW.tr("Cloud"))
        self.period_filter = QComboBox(self)
        self.period_filter.setAccessibleName(HISTORY_WINDOW.tr("Period"))
        for name, hours in (
            (HISTORY_WINDOW.tr("Last 24 hours"), 24),
            (HISTORY_WINDOW.tr("Last 7 days"), 7 * 24),
            (HISTORY_WINDOW.tr("Last 30 days"), 30 * 24),
            (HISTORY_WINDOW.tr("Last 90 days"), 90 * 24),
            (HISTORY_WINDOW.tr("Last 400 days"), 400 * 24),
        ):
            self.period_filter.addItem(name, hours * _HOUR)
        self.period_filter.setCurrentIndex(2)
        self.export_csv_button = QPushButton(HISTORY_WINDOW.tr("Export CSV…"), self)
        self.export_json_button = QPushButton(HISTORY_WINDOW.tr("Export JSON…"), self)
        self.clear_button = QPushButton(HISTORY_WINDOW.tr("Clear history…"), self)

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                HISTORY_WINDOW.tr("When"),
                HISTORY_WINDOW.tr("Cloud"),
                HISTORY_WINDOW.tr("What"),
                HISTORY_WINDOW.tr("For"),
                HISTORY_WINDOW.tr("Details"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Arrows move between rows; Tab leaves for the Close button instead of walking every cell.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(HISTORY_WINDOW.tr("Incidents and operations"))
        self.summary_label = plain_label(parent=self)

        filters = QHBoxLayout()
        filters.addWidget(self.cloud_filter, 1)
        filters.addWidget(self.period_filter)
        filters.addStretch(0)
        filters.addWidget(self.export_csv_button)
        filters.addWidget(self.export_json_button)
        filters.addWidget(self.clear_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter closes; left to Qt, the first button in the focus chain (Export CSV) was the default.
        for button in (self.export_csv_button, self.export_json_button, self.clear_button):
            button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        self.cloud_filter.currentIndexChanged.connect(self._show_rows)
        self.period_filter.currentIndexChanged.connect(self.reread)
        self.export_csv_button.clicked.connect(lambda: self._export("csv"))
        self.export_json_button.clicked.connect(lambda: self._export("json"))
        self.clear_button.clicked.connect(self._ask_to_clear)
        history.recorded.connect(self.reread)
        self._dialog: QDialog | None = None
        self.reread()

    # -- reading ----------------------------------------------------------------------------------

    def reread(self) -> None:
        try:
            end = self._history.now()
            self._report = self._history.report(end - int(self.period_filter.currentData()), end)
        except HistoryUnavailable as error:
            self._report = None
            self.summary_label.setText(error.message)
            self.table.setRowCount(0)
            return
        chosen = self.cloud_filter.currentData()
        self.cloud_filter.blockSignals(True)
        self.cloud_filter.clear()
        self.cloud_filter.addItem(HISTORY_WINDOW.tr("All clouds"), None)
        for address, timeline in self._report.clouds:
            self.cloud_filter.addItem(one_line(address), timeline.subject)
        index = self.cloud_filter.findData(chosen)
        self.cloud_filter.setCurrentIndex(max(index, 0))
        self.cloud_filter.blockSignals(False)
        self._show_rows()

    def rows(self) -> list[_Row]:
        """What the table lists for the chosen cloud, newest first."""
        if self._report is None:
            return []
        chosen = self.cloud_filter.currentData()
        found: list[_Row] = []
        for address, timeline in self._report.clouds:
            if chosen is not None and timeline.subject != chosen:
                continue
            for incident in timeline.incidents:
                what = reading_word(incident.reading)
                if incident.by_user and incident.reading is Reading.DISCONNECTED:
                    what = HISTORY_WINDOW.tr("Disconnected by you")
                lasted = duration_text(incident.watched)
                if incident.ongoing:
                    lasted = HISTORY_WINDOW.tr("{duration} so far").format(duration=lasted)
                found.append(_Row(incident.start, address, what, lasted, incident.detail or ""))
        operations = {
            "connect": HISTORY_WINDOW.tr("Connect"),
            "reconnect": HISTORY_WINDOW.tr("Reconnect"),
            "disconnect": HISTORY_WINDOW.tr("Disconnect"),
            "create": HISTORY_WINDOW.tr("Create"),
            "delete": HISTORY_WINDOW.tr("Delete"),
        }
        outcomes = {
            "succeeded": HISTORY_WINDOW.tr("done"),
            "failed": HISTORY_WINDOW.tr("failed"),
            "cancelled": HISTORY_WINDOW.tr("cancelled"),
        }
        for op in self._report.operations:
            if chosen is not None and op.cloud != chosen:
                continue
            what = HISTORY_WINDOW.tr("{operation}: {outcome}").format(
                operation=operations.get(op.kind, op.kind), outcome=outcomes.get(op.outcome, op.outcome)
            )
            found.append(
                _Row(op.at, self._report.urls.get(op.cloud or "", op.cloud or ""), what, "", op.detail or "")
            )
        found.sort(key=lambda row: row.at, reverse=True)
        return found

    def _show_rows(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            texts = (local_moment(row.at), row.cloud, row.what, row.lasted, row.detail)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(one_line(text))  # Pieces OS's words among them: one plain line each
                item.setToolTip(text)
                self.table.setItem(number, column, item)
        if self._report is not None:
            self.summary_label.setText(self._summary())

    def _summary(self) -> str:
        assert self._report is not None
        chosen = self.cloud_filter.currentData()
        parts = []
        for address, timeline in self._report.clouds:
            if chosen is not None and timeline.subject != chosen:
                continue
            ratio = timeline.uptime.ratio
            uptime = HISTORY_WINDOW.tr("not watched") if ratio is None else f"{percent_text(ratio)} %"
            parts.append(
                HISTORY_WINDOW.tr("{cloud}: uptime {uptime}").format(cloud=one_line(address), uptime=uptime)
            )
        return "; ".join(parts) or HISTORY_WINDOW.tr("Nothing recorded in this period.")

    # -- export and clearing ------------------------------------------------------------------------

    def _export(self, kind: str) -> None:
        if self._report is None:
            return
        dialog = QFileDialog(self, HISTORY_WINDOW.tr("Export the status history"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setNameFilter(
            HISTORY_WINDOW.tr("CSV files (*.csv)")
            if kind == "csv"
            else HISTORY_WINDOW.tr("JSON files (*.json)")
        )
        dialog.selectFile(f"pieces-allocations-history.{kind}")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), kind))
        self._dialog = dialog
        dialog.open()

    def export_to(self, path: Path, kind: str) -> None:
        """Write what the window shows (the period, all clouds) to path, or say why it could not."""
        if self._report is None:
            return
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                if kind == "csv":
                    write_csv(self._report, out)
                else:
                    json.dump(as_json(self._report), out, indent=2)
        except OSError as error:
            self.summary_label.setText(
                HISTORY_WINDOW.tr("Could not write {path}: {reason}. Choose another folder.").format(
                    path=str(path), reason=error.strerror or str(error)
                )
            )
            return
        self.summary_label.setText(HISTORY_WINDOW.tr("Exported to {path}.").format(path=str(path)))

    def _ask_to_clear(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            HISTORY_WINDOW.tr("Clear the status history?"),
            HISTORY_WINDOW.tr(
                "Every recorded status, incident and operation is forgotten. This cannot be undone."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        clear = box.addButton(HISTORY_WINDOW.tr("Clear history"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._clear() if button is clear else None)
        self._dialog = box
        box.open()

    def _clear(self) -> None:
        self._history.clear()
        self.reread()
