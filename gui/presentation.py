"""How a status reads to a person: a word, an icon name and a colour, never the colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from gui.api import AllocationStatus


@dataclass(frozen=True)
class StatusLook:
    word: str
    icon: str  # file stem under resources/icons/
    color: str  # for the icon and accents only; the word always goes with it


def _tr(text: str) -> str:
    return QCoreApplication.translate("Status", text)


def status_look(status: AllocationStatus) -> StatusLook:
    """Connected, Connecting, Failed, Disconnected or Unknown.

    Official plugins show FAILED as "Disconnected"; to a user a failure and a deliberate
    disconnect are different things, so each gets its own word and icon.
    """
    if status in (AllocationStatus.RUNNING, AllocationStatus.SUCCEEDED):
        return StatusLook(_tr("Connected"), "status-connected", "#1a7f37")
    if status is AllocationStatus.PENDING:
        return StatusLook(_tr("Connecting"), "status-connecting", "#9a6700")
    if status is AllocationStatus.FAILED:
        return StatusLook(_tr("Failed"), "status-failed", "#cf222e")
    if status is AllocationStatus.DISCONNECTED:
        return StatusLook(_tr("Disconnected"), "status-disconnected", "#57606a")
    return StatusLook(_tr("Unknown"), "status-unknown", "#57606a")
