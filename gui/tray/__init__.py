"""The system tray: an icon per status, a tooltip naming each cloud, a menu, one notice per real change."""

from .icons import TrayIcons
from .menu import TrayIntents, TrayMenu
from .notices import Notice, NoticeKind, NoticeRules
from .tray_icon import TrayIcon, tray_available
from .wording import no_tray_reason, still_running_text

__all__ = [
    "Notice",
    "NoticeKind",
    "NoticeRules",
    "TrayIcon",
    "TrayIcons",
    "TrayIntents",
    "TrayMenu",
    "no_tray_reason",
    "still_running_text",
    "tray_available",
]
