"""The History window: incidents and operations newest first, by cloud and period, exported, cleared."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gui.dialogs.history_window import HistoryWindow
from gui.history.database import FILE_NAME
from gui.services.history import HistoryService
from gui.services.store import StateStore
from gui.state import AppState

from ..views.builders import cloud, loaded

FIRST = "3f6c2a1e-8b4d-4e2a-9c7f-1d5e8a0b6c24"
VANITY = "https://chen.pieces.cloud"


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryService]:
    store = StateStore()
    service = HistoryService(store, tmp_path / FILE_NAME, demo=True)
    service.start()
    store.publish(AppState(**loaded((cloud(FIRST, vanity=VANITY), cloud("c2"), cloud("c3")))))
    yield service
    service.stop()


@pytest.fixture
def window(qtbot: QtBot, history: HistoryService) -> HistoryWindow:
    shown = HistoryWindow(history)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_it_lists_newest_first_and_filters_by_cloud_and_period(window: HistoryWindow) -> None:
    rows = window.rows()
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    whats = {r.what for r in rows}
    assert {"Failed", "Disconnected by you", "Disconnect: done", "Reconnect: done"} <= whats
    assert window.table.rowCount() == len(rows)
    window.cloud_filter.setCurrentIndex(window.cloud_filter.findData(FIRST))
    assert {r.cloud for r in window.rows()} == {VANITY}
    assert window.summary_label.text().startswith(f"{VANITY}: uptime ")
    window.period_filter.setCurrentIndex(0)  # the last 24 hours: the week's incidents are older
    assert all("Disconnect" not in r.what for r in window.rows())


def test_export_writes_csv_and_json_through_a_save_dialog(
    qtbot: QtBot, window: HistoryWindow, tmp_path: Path
) -> None:
    window.export_csv_button.click()
    dialog = window.findChild(QFileDialog)
    assert dialog is not None
    assert dialog.isVisible()
    target = tmp_path / "week.csv"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert {r["kind"] for r in rows} == {"incident", "operation"}
    window.export_to(tmp_path / "week.json", "json")
    data = json.loads((tmp_path / "week.json").read_text(encoding="utf-8"))
    assert any(c["url"] == VANITY for c in data["clouds"])
    assert window.summary_label.text() == f"Exported to {tmp_path / 'week.json'}."


def test_an_incident_still_going_says_so_far_and_is_exported_without_an_end(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = StateStore()
    service = HistoryService(store, tmp_path / FILE_NAME, demo=True)
    service.start()
    store.publish(AppState(**loaded((cloud(FIRST, vanity=VANITY), cloud("c2", "FAILED")))))
    window = HistoryWindow(service)
    qtbot.addWidget(window)
    window.cloud_filter.setCurrentIndex(window.cloud_filter.findData("c2"))
    newest, *older = [r for r in window.rows() if r.what == "Failed"]
    assert newest.lasted.endswith(" so far")
    assert older
    assert not any(r.lasted.endswith(" so far") for r in older)
    window.export_to(tmp_path / "now.csv", "csv")
    rows = list(csv.DictReader((tmp_path / "now.csv").read_text(encoding="utf-8").splitlines()))
    ends = [r["end"] for r in rows if r["kind"] == "incident" and r["cloud"] == "c2"]
    assert ends[0] == ""  # newest first
    assert len(ends) > 1
    assert all(ends[1:])
    window.export_to(tmp_path / "now.json", "json")
    data = json.loads((tmp_path / "now.json").read_text(encoding="utf-8"))
    (failed,) = [c for c in data["clouds"] if c["id"] == "c2"]
    assert failed["incidents"][0]["end"] is None
    assert all(i["end"] for i in failed["incidents"][1:])
    service.stop()


def test_an_export_that_cannot_be_written_says_so_and_what_to_do(
    window: HistoryWindow, tmp_path: Path
) -> None:
    window.export_to(tmp_path / "no-such-folder" / "week.csv", "csv")
    assert "Could not write" in window.summary_label.text()
    assert "Choose another folder." in window.summary_label.text()


def test_clearing_asks_first_and_cancel_keeps_everything(qtbot: QtBot, window: HistoryWindow) -> None:
    before = len(window.rows())
    window.clear_button.click()
    box = window.findChild(QMessageBox)
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(window.rows()) == before
    window.clear_button.click()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    clear = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole)
    clear.click()
    qtbot.waitUntil(lambda: window.rows() == [])
