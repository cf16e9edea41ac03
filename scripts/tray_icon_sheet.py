"""A contact sheet of every tray icon, fresh and stale, at panel size on light and dark panels, to look at."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from gui.state import CloudStatus
from gui.tray.icons import TrayIcons

# Panels people use: Breeze light, GNOME/Windows light, Breeze dark, plain black.
PANELS = ("#eff0f1", "#ffffff", "#31363b", "#000000")
CELL = 30


def sheet(size: int, zoom: int) -> QPixmap:
    icons = TrayIcons()
    statuses = list(CloudStatus)
    label_width = 110
    column = CELL * zoom
    width = label_width + column * len(PANELS) * 2
    height = 24 + column * len(statuses)
    image = QPixmap(width, height)
    image.fill(QColor("#d0d7de"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 9))
    for j, (panel, stale) in enumerate((p, s) for s in (False, True) for p in PANELS):
        x = label_width + j * column
        painter.drawText(QRect(x, 0, column, 22), Qt.AlignmentFlag.AlignCenter, "stale" if stale else "fresh")
        for i, status in enumerate(statuses):
            y = 24 + i * column
            painter.fillRect(QRect(x, y, column, column), QColor(panel))
            icon = icons.pixmap(status, stale, size)
            # Magnified without smoothing, so each pixel the panel shows can be judged.
            scaled = icon.scaled(size * zoom, size * zoom, mode=Qt.TransformationMode.FastTransformation)
            offset = (column - size * zoom) // 2
            painter.drawPixmap(QPoint(x + offset, y + offset), scaled)
    for i, status in enumerate(statuses):
        painter.drawText(
            QRect(4, 24 + i * column, label_width, column), Qt.AlignmentFlag.AlignVCenter, status.value
        )
    painter.end()
    return image


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("output", type=Path)
    p.add_argument("--size", type=int, default=22, help="icon size in pixels (default 22)")
    p.add_argument("--zoom", type=int, default=1, help="magnify each pixel this many times (default 1)")
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    ok = sheet(args.size, args.zoom).save(str(args.output))
    app.quit()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
