"""At a scale of 2 the panel gets the tray icon drawn for its pixels, not a larger one shrunk (blurred)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from gui.state import CloudStatus
from gui.tray.icons import TrayIcons


@pytest.mark.parametrize("stale", [False, True])
@pytest.mark.parametrize("panel", [16, 22, 24])
def test_a_panel_at_scale_2_gets_an_icon_drawn_at_its_size(qapp: object, panel: int, stale: bool) -> None:
    icons = TrayIcons()
    shown = icons.icon(CloudStatus.CONNECTED, stale).pixmap(QSize(panel, panel), 2.0)
    assert shown.size() == QSize(2 * panel, 2 * panel)
    drawn = icons.pixmap(CloudStatus.CONNECTED, stale, 2 * panel)
    assert shown.toImage().convertToFormat(drawn.toImage().format()) == drawn.toImage()
