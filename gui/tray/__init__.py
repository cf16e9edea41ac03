"""The system tray: an icon per status, a tooltip naming each cloud, a menu, one notice per real change."""

from .icons import TrayIcons
from .menu import TrayIntents, TrayMenu
from .notices import Notice, NoticeKind, NoticeRules
from .tray_icon import TrayIcon, tray_available

__all__ = [
    "Notice",
    "NoticeKind",
    "NoticeRules",
    "TrayIcon",
    "TrayIcons",
    "TrayIntents",
    "TrayMenu",
    "tray_available",
]
