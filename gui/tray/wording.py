"""The tray's words: the status in a phrase, the Pieces OS line, and each notice's title and body."""

from __future__ import annotations

from gui.i18n import Context
from gui.state import AppState, CloudStatus, Phase

from .notices import Notice, NoticeKind

WORDING = Context("WORDING")


def status_phrase(status: CloudStatus, state: AppState) -> str:
    """The summary in a few words, as the tooltip's first line and the menu's status line say it."""
    if status is CloudStatus.NOT_READY:
        if state.phase is Phase.MIGRATING:
            return WORDING.tr("Pieces OS is migrating its data")
        return WORDING.tr("Pieces OS needs an update")
    if status is CloudStatus.UNKNOWN and state.phase is Phase.SEARCHING:
        # As the window says it: looking, found but silent so far, or answering while the list loads.
        if state.connection is None:
            return WORDING.tr("Looking for Pieces OS…")
        if state.connection.health is None:
            return WORDING.tr("Waiting for Pieces OS…")
        return WORDING.tr("Reading the allocations…")
    return {
        CloudStatus.CONNECTED: WORDING.tr("Connected"),
        CloudStatus.CONNECTING: WORDING.tr("Connecting…"),
        CloudStatus.FAILED: WORDING.tr("Failed"),
        CloudStatus.DISCONNECTED: WORDING.tr("Disconnected"),
        CloudStatus.NO_CLOUD: WORDING.tr("No personal cloud yet"),
        CloudStatus.SIGNED_OUT: WORDING.tr("Nobody is signed in to Pieces OS"),
        CloudStatus.UNREACHABLE: WORDING.tr("Pieces OS is not reachable"),
        CloudStatus.ERROR: WORDING.tr("Pieces OS answers with an error"),
        CloudStatus.UNKNOWN: WORDING.tr("Status unknown"),
    }[status]


def pieces_os_line(state: AppState) -> str:
    """Where Pieces OS is, its version, or why it is not there."""
    connection = state.connection
    if connection is None:
        if state.phase is Phase.SEARCHING:
            return WORDING.tr("Pieces OS: looking for it…")
        return WORDING.tr("Pieces OS: not found yet")
    where = connection.base_url
    if state.pieces_os_lost:
        return WORDING.tr("Pieces OS at {url}: not reachable").format(url=where)
    if state.phase is Phase.FAILING:
        return WORDING.tr("Pieces OS at {url}: answers with an error").format(url=where)
    if state.phase is Phase.UPDATE_REQUIRED:
        return WORDING.tr("Pieces OS at {url}: needs an update").format(url=where)
    if state.phase is Phase.MIGRATING:
        return WORDING.tr("Pieces OS at {url}: migrating its data").format(url=where)
    if connection.version:
        return WORDING.tr("Pieces OS {version} at {url}").format(version=connection.version, url=where)
    return WORDING.tr("Pieces OS at {url}").format(url=where)


def no_tray_reason() -> str:
    """Said once, in the window, when the desktop shows no tray icons."""
    return WORDING.tr(
        "No system tray was found, so Pieces Allocations runs as a window. On GNOME, the AppIndicator "
        "extension adds a tray."
    )


def still_running_text() -> str:
    """Said once, the first time the window is closed while the tray icon stays."""
    return WORDING.tr(
        "Pieces Allocations keeps watching your cloud from the tray. "
        "Click the icon to open the window; choose Quit in its menu to stop."
    )


def notice_text(notice: Notice) -> tuple[str, str]:
    """(title, body): a short title, and a body that names the cloud or says what to do next."""
    url = notice.cloud_url or WORDING.tr("Your personal cloud")
    address = notice.address or WORDING.tr("its address")
    if notice.kind is NoticeKind.CONNECTED:
        return WORDING.tr("Personal cloud connected"), WORDING.tr("{url} is connected.").format(url=url)
    if notice.kind is NoticeKind.FAILED:
        return WORDING.tr("Personal cloud failed"), WORDING.tr(
            "{url} could not connect. Choose Reconnect in the tray menu to try again."
        ).format(url=url)
    if notice.kind is NoticeKind.DISCONNECTED:
        return WORDING.tr("Personal cloud disconnected"), WORDING.tr(
            "{url} was disconnected. Choose Reconnect in the tray menu to connect it again."
        ).format(url=url)
    if notice.kind is NoticeKind.PIECES_OS_GONE:
        return WORDING.tr("Pieces OS stopped"), WORDING.tr(
            "Pieces OS at {address} is not answering. Start Pieces OS; this app finds it again by itself."
        ).format(address=address)
    body = WORDING.tr("Pieces OS is running again at {address}.").format(address=address)
    if notice.cloud_url is not None and notice.cloud_status is not None:
        body += " " + _cloud_is(notice.cloud_status).format(url=notice.cloud_url)
    return WORDING.tr("Pieces OS is back"), body


def _cloud_is(status: CloudStatus) -> str:
    return {
        CloudStatus.CONNECTED: WORDING.tr("{url} is connected."),
        CloudStatus.CONNECTING: WORDING.tr("{url} is connecting."),
        CloudStatus.FAILED: WORDING.tr("{url} has failed: choose Reconnect in the tray menu."),
        CloudStatus.DISCONNECTED: WORDING.tr("{url} is disconnected."),
    }.get(status, WORDING.tr("The state of {url} is not known yet."))
