"""How a status reads to a person: a word, an icon name and a colour, never the colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from gui.api import AllocationCloud, AllocationCloudUrl, AllocationStatus
from gui.i18n import Context
from gui.views.text import isolate, one_line

PRESENTATION = Context("PRESENTATION")

# A raw status longer than this is cut: it names a state, it is not a message.
_RAW_LIMIT = 40


@dataclass(frozen=True)
class StatusLook:
    word: str
    icon: str  # file stem under resources/icons/
    color: str  # for the icon and accents only; the word always goes with it


def status_look(status: AllocationStatus, raw: str | None = None) -> StatusLook:
    """Connected, Connecting, Failed, Disconnected, or Unknown with what was sent: "Unknown (HIBERNATING)".

    Official plugins show FAILED as "Disconnected"; to a user a failure and a deliberate
    disconnect are different things, so each gets its own word and icon. raw is the status as
    sent (the models keep it only for UNKNOWN): a newer Pieces OS's state is named, not hidden.
    """
    if status.connected:
        return StatusLook(PRESENTATION.tr("Connected"), "status-connected", "#1a7f37")
    if status is AllocationStatus.PENDING:
        return StatusLook(PRESENTATION.tr("Connecting"), "status-connecting", "#9a6700")
    if status is AllocationStatus.FAILED:
        return StatusLook(PRESENTATION.tr("Failed"), "status-failed", "#cf222e")
    if status is AllocationStatus.DISCONNECTED:
        return StatusLook(PRESENTATION.tr("Disconnected"), "status-disconnected", "#57606a")
    said = one_line(raw or "").strip()
    if not said:
        return StatusLook(PRESENTATION.tr("Unknown"), "status-unknown", "#57606a")
    if len(said) > _RAW_LIMIT:
        said = said[: _RAW_LIMIT - 1] + "…"
    word = PRESENTATION.tr("Unknown ({status})").format(status=isolate(said))
    return StatusLook(word, "status-unknown", "#57606a")


def cloud_look(cloud: AllocationCloud) -> StatusLook:
    """The look of a cloud's own status, naming a status this app does not know."""
    return status_look(cloud.status.cloud, cloud.status.cloud_raw)


def url_look(url: AllocationCloudUrl) -> StatusLook:
    """The look of one of a cloud's URLs, naming a status this app does not know."""
    return status_look(url.status, url.status_raw)
