"""Each notice has a short title and a body that names the cloud or says what to do next."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gui.state import CloudStatus
from gui.tray.notices import Notice, NoticeKind
from gui.tray.wording import notice_text

URL = "https://mark.pieces.cloud"
ADDRESS = "http://127.0.0.1:39300"


@pytest.mark.parametrize(
    ("kind", "status", "title", "body"),
    [
        (NoticeKind.CONNECTED, CloudStatus.CONNECTED, "Personal cloud connected", f"{URL} is connected."),
        (NoticeKind.FAILED, CloudStatus.FAILED, "Personal cloud failed", "Choose Reconnect in the tray menu"),
        (NoticeKind.DISCONNECTED, CloudStatus.DISCONNECTED, "Personal cloud disconnected", f"{URL} was"),
    ],
)
def test_cloud_notices_name_the_cloud(
    qtbot: QtBot, kind: NoticeKind, status: CloudStatus, title: str, body: str
) -> None:
    said = notice_text(Notice(kind, status, URL, status, ADDRESS, "12.6.0"))
    assert said[0] == title
    assert URL in said[1]
    assert body in said[1]


def test_pieces_os_gone_says_what_to_do() -> None:
    title, body = notice_text(Notice(NoticeKind.PIECES_OS_GONE, CloudStatus.UNREACHABLE, address=ADDRESS))
    assert title == "Pieces OS stopped"
    assert body == (
        f"Pieces OS at {ADDRESS} is not answering. Start Pieces OS; this app finds it again by itself."
    )


def test_pieces_os_back_says_how_the_cloud_is() -> None:
    back = Notice(NoticeKind.PIECES_OS_BACK, CloudStatus.FAILED, URL, CloudStatus.FAILED, ADDRESS)
    title, body = notice_text(back)
    assert title == "Pieces OS is back"
    assert body == (
        f"Pieces OS is running again at {ADDRESS}. {URL} has failed: choose Reconnect in the tray menu."
    )
