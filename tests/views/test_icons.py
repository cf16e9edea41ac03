"""The SVG icons: each one the app names exists, is a 24x24 drawing, and differs in shape, not only colour."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication

from gui.api import AllocationStatus
from gui.desktop.assets import icon, icon_path
from gui.views.presentation import status_look

NAMES = [
    "status-connected",
    "status-connecting",
    "status-failed",
    "status-disconnected",
    "status-unknown",
    "pieces-os-down",
    "app",
]


@pytest.mark.parametrize("name", NAMES)
def test_icon_is_a_24px_svg_that_renders(name: str, qapp: QApplication) -> None:
    root = ET.parse(icon_path(name)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 24 24"
    qicon = icon(name)
    assert not qicon.isNull()
    image = qicon.pixmap(48, 48).toImage()
    assert not image.isNull()
    # Something is drawn: not every pixel is transparent.
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(0, 48, 3) for y in range(0, 48, 3))


def test_every_status_has_its_icon() -> None:
    for status in AllocationStatus:
        assert icon_path(status_look(status).icon).is_file()


def test_status_icons_differ_in_shape_not_only_in_colour() -> None:
    def shape(name: str) -> str:
        text = icon_path(name).read_text(encoding="utf-8")
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        return re.sub(r"#[0-9a-fA-F]{3,6}", "", text)

    shapes = {shape(name) for name in NAMES}
    assert len(shapes) == len(NAMES)
