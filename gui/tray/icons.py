"""The tray's icon for a status: one SVG per status, with a clock badge laid over it while the data is old."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from gui.desktop.assets import icon_path
from gui.state import CloudStatus

# The sizes panels ask for (16-24 px), twice those for a scale of 2 (32, 44, 48: a larger one shrunk
# blurs), and those StatusNotifierItem hosts scale from.
SIZES = (16, 22, 24, 32, 44, 48, 64)
# The badge covers the lower right corner: big enough to read at 16 px, small enough to leave the status seen.
_BADGE_SHARE = 0.56

_NAMES = {
    CloudStatus.CONNECTED: "tray-connected",
    CloudStatus.CONNECTING: "tray-connecting",
    CloudStatus.FAILED: "tray-failed",
    CloudStatus.DISCONNECTED: "tray-disconnected",
    CloudStatus.NO_CLOUD: "tray-no-cloud",
    CloudStatus.SIGNED_OUT: "tray-signed-out",
    CloudStatus.UNREACHABLE: "tray-unreachable",
    CloudStatus.ERROR: "tray-error",
    CloudStatus.NOT_READY: "tray-not-ready",
    CloudStatus.UNKNOWN: "tray-unknown",
}
STALE_BADGE = "tray-stale-badge"


def icon_name(status: CloudStatus) -> str:
    """The file stem under resources/icons/ of the status's tray icon."""
    return _NAMES[status]


class TrayIcons:
    """Renders each (status, stale) once, at every size a panel may ask for, and keeps the result."""

    def __init__(self, sizes: tuple[int, ...] = SIZES) -> None:
        self._sizes = sizes
        self._renderers: dict[str, QSvgRenderer] = {}
        self._icons: dict[tuple[CloudStatus, bool], QIcon] = {}

    def icon(self, status: CloudStatus, stale: bool = False) -> QIcon:
        key = (status, stale)
        cached = self._icons.get(key)
        if cached is None:
            cached = QIcon()
            # Pixmaps, not the SVG itself: a composed badge is no file, and SNI hosts are sent pixmaps anyway.
            for size in self._sizes:
                cached.addPixmap(self.pixmap(status, stale, size))
            self._icons[key] = cached
        return cached

    def pixmap(self, status: CloudStatus, stale: bool, size: int) -> QPixmap:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(icon_name(status)).render(painter, QRectF(0, 0, size, size))
        if stale:
            badge = round(size * _BADGE_SHARE)
            self._renderer(STALE_BADGE).render(painter, QRectF(size - badge, size - badge, badge, badge))
        painter.end()
        return pixmap

    def _renderer(self, name: str) -> QSvgRenderer:
        renderer = self._renderers.get(name)
        if renderer is None:
            renderer = QSvgRenderer(str(icon_path(name)))
            if not renderer.isValid():
                raise FileNotFoundError(f"The icon {name}.svg is missing or broken; reinstall the app.")
            self._renderers[name] = renderer
        return renderer
