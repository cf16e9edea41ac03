"""The lean floor: PySide6, qasync, httpx and pydantic imported, a window with an empty table, one GET.

    python benchmarks/lean_bare.py URL

The least any app on this stack can be: nothing validated, nothing painted beyond an empty table.
benchmarks/lean.py times its start to the GET reaching the server, and its memory while it then
idles until killed.
"""

import asyncio
import sys

import httpx
import pydantic  # noqa: F401 - imported, as every app on this stack imports it
import qasync
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
w = QMainWindow()
w.setCentralWidget(QTableView())
w.show()


async def go() -> None:
    async with httpx.AsyncClient() as c:
        await c.get(sys.argv[1] + "/allocations")


loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
loop.run_until_complete(go())
loop.run_forever()  # idle until killed, for the memory it then holds
