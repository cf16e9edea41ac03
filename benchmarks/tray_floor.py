"""The tray floor: PySide6, qasync, httpx and pydantic imported, a tray icon with a menu, a GET every 5 s.

    python benchmarks/tray_floor.py URL

The least a tray monitor on this stack can be; benchmarks/lean.py runs it beside the app's --tray
on the same private desktop (a StatusNotifierItem host) and compares their memory, CPU and wake-ups.
"""

import asyncio
import sys

import httpx
import pydantic  # noqa: F401 - imported, as every app on this stack imports it
import qasync
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("green"))
tray = QSystemTrayIcon(QIcon(pixmap))
menu = QMenu()
menu.addAction("Quit", app.quit)
tray.setContextMenu(menu)
tray.show()


async def go() -> None:
    async with httpx.AsyncClient() as c:
        while True:
            await c.get(sys.argv[1] + "/allocations")
            await asyncio.sleep(5)


loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
loop.run_until_complete(go())
