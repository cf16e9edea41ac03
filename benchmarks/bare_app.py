"""The bare baseline: PySide6, qasync, httpx and pydantic, a window with a table, one GET /allocations.

    python benchmarks/bare_app.py URL

What any app on this stack pays at least: the imports, a QApplication, a shown window, one
request on a qasync loop, the answer validated by a small pydantic model and shown in a table.
It then idles until killed (the idle benchmark measures that too).
"""

from __future__ import annotations

import asyncio
import sys

import httpx
import pydantic
import qasync
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class Status(pydantic.BaseModel):
    cloud: str


class Cloud(pydantic.BaseModel):
    id: str
    project: str
    status: Status


class Clouds(pydantic.BaseModel):
    iterable: list[Cloud]


async def main(url: str, window: QMainWindow, model: QStandardItemModel) -> None:
    window.show()
    async with httpx.AsyncClient(base_url=url, trust_env=False) as http:
        response = await http.get("/allocations")
    for cloud in Clouds.model_validate_json(response.content).iterable:
        cells = (cloud.status.cloud, cloud.id, cloud.project)
        model.appendRow([QStandardItem(text) for text in cells])
    await asyncio.Event().wait()  # idle until killed


def run() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    window = QMainWindow()
    window.resize(1260, 700)
    model = QStandardItemModel(0, 3, window)
    model.setHorizontalHeaderLabels(["Status", "Id", "Project"])
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(sys.argv[1], window, model))


if __name__ == "__main__":
    run()
