"""Renders the app's SVG icon into what each platform's package wants: hicolor PNGs, a .ico, a macOS .iconset.

    python packaging/icons.py hicolor DIR NAME   DIR/<n>x<n>/apps/NAME.png for the usual sizes
    python packaging/icons.py ico FILE           a Windows icon with every size Explorer asks for
    python packaging/icons.py iconset DIR        DIR/icon_<n>x<n>[@2x].png, for macOS's iconutil

Qt draws them, as the app draws its own icons, so every platform gets the same pixels.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
ICONSET_SIZES = (16, 32, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not an SVG that Qt can draw")
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """An ICO file whose images are PNGs (Windows Vista and later read them at every size)."""
    images = [png_bytes(render(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        # A width or height of 256 is written as 0; 32 bits per pixel, one plane.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def main(argv: list[str]) -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs one)
    command, target = argv[0], Path(argv[1])
    if command == "hicolor":
        for size in HICOLOR_SIZES:
            folder = target / f"{size}x{size}" / "apps"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{argv[2]}.png").write_bytes(png_bytes(render(size)))
    elif command == "ico":
        target.write_bytes(ico())
    elif command == "iconset":
        target.mkdir(parents=True, exist_ok=True)
        for size in ICONSET_SIZES:
            (target / f"icon_{size}x{size}.png").write_bytes(png_bytes(render(size)))
            (target / f"icon_{size}x{size}@2x.png").write_bytes(png_bytes(render(2 * size)))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
