"""The tray icon tells every status apart in pixels, and the stale badge shows on any of them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from gui.desktop.assets import icon_path
from gui.state import CloudStatus
from gui.tray.icons import STALE_BADGE, TrayIcons, icon_name


def image(icons: TrayIcons, status: CloudStatus, stale: bool = False, size: int = 22) -> QImage:
    return icons.pixmap(status, stale, size).toImage()


def test_every_status_has_an_svg_of_its_own(qtbot: QtBot) -> None:
    names = {icon_name(status) for status in CloudStatus}
    assert len(names) == len(CloudStatus)
    for name in [*names, STALE_BADGE]:
        assert icon_path(name).is_file(), name


@pytest.mark.parametrize("size", [16, 22])
def test_each_status_gives_different_pixels(qtbot: QtBot, size: int) -> None:
    icons = TrayIcons()
    images = {status: image(icons, status, size=size) for status in CloudStatus}
    for status, picture in images.items():
        assert not picture.isNull()
        others = [other for other, img in images.items() if other is not status and img == picture]
        assert others == [], f"{status} looks like {others}"


@pytest.mark.parametrize("status", list(CloudStatus))
def test_stale_adds_the_badge_in_the_corner_and_leaves_the_rest(qtbot: QtBot, status: CloudStatus) -> None:
    icons = TrayIcons()
    fresh, stale = image(icons, status), image(icons, status, stale=True)
    assert fresh.pixelColor(20, 20) != stale.pixelColor(20, 20)
    # The upper left, away from the badge, is the status icon as it was.
    assert all(fresh.pixel(x, y) == stale.pixel(x, y) for x in range(8) for y in range(8))


def test_icons_are_made_once(qtbot: QtBot) -> None:
    icons = TrayIcons()
    first = icons.icon(CloudStatus.CONNECTED, stale=True)
    assert icons.icon(CloudStatus.CONNECTED, stale=True) is first
    assert {size.width() for size in first.availableSizes()} >= {16, 22, 24}
