"""Settings kept between runs (address, refresh, tray, start-up, layout), in --config-dir when given."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gui.api.discovery import normalize_url
from gui.i18n import Context

SETTINGS = Context("SETTINGS")

DEFAULT_HISTORY_DAYS = 400
DEFAULT_REFRESH_SECONDS = 5.0

_log = logging.getLogger(__name__)
_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off")


class Settings:
    """Typed access to QSettings; a value that cannot be read falls back to its default.

    A file QSettings cannot parse at all is moved aside (settings.ini.broken-<time>) and the app
    starts from defaults; `recovered_from` then says, once, in words, what happened.
    """

    def __init__(self, config_dir: Path | None = None, *, recover: bool = True) -> None:
        """recover=False only reads: a file that cannot be parsed is left for the app to deal with."""
        self.recovered_from: str | None = None
        self._q = self._open(config_dir)
        if recover and self._q.status() != QSettings.Status.NoError:
            self._recover(config_dir)

    @staticmethod
    def _open(config_dir: Path | None) -> QSettings:
        if config_dir is not None:
            config_dir.mkdir(parents=True, exist_ok=True)
            return QSettings(str(config_dir / "settings.ini"), QSettings.Format.IniFormat)
        return QSettings(
            QSettings.Format.IniFormat,
            QSettings.Scope.UserScope,
            "pieces-allocations",
            "pieces-allocations",
        )

    def _recover(self, config_dir: Path | None) -> None:
        path = Path(self._q.fileName())
        # Let go of the file before moving it (nothing was changed, so nothing is written back).
        del self._q
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.broken-{stamp}")
        try:
            path.replace(aside)
        except OSError as error:
            _log.warning("Could not move the unreadable settings file aside: %s", error)
            self.recovered_from = SETTINGS.tr(
                "The settings file {path} could not be read, and could not be moved aside "
                "({reason}). The app uses its default settings for now."
            ).format(path=path, reason=error.strerror or error)
        else:
            _log.warning("Moved the unreadable settings file aside to %s", aside)
            self.recovered_from = SETTINGS.tr(
                "The settings file could not be read, so the app started with its default settings. "
                "The old file was kept as {path}."
            ).format(path=aside)
        self._q = self._open(config_dir)

    @property
    def path(self) -> str:
        return self._q.fileName()

    @property
    def folder(self) -> Path:
        """The folder the settings live in: one running app per user and folder."""
        return Path(self._q.fileName()).parent

    @property
    def base_url(self) -> str | None:
        """The Pieces OS address the user typed, or None to find it automatically."""
        value = self._q.value("pieces_os/base_url", "")
        if not isinstance(value, str) or not value:
            return None
        try:
            return normalize_url(value)
        except ValueError:
            return None

    @base_url.setter
    def base_url(self, url: str | None) -> None:
        if url:
            self._q.setValue("pieces_os/base_url", normalize_url(url))
        else:
            self._q.remove("pieces_os/base_url")

    @property
    def saved_address(self) -> str | None:
        """The address as the file holds it, unchecked: discovery says what is wrong with one typed there."""
        self._q.sync()  # read the file again: after a bad address was shown, it may have been corrected
        value = self._q.value("pieces_os/base_url", "")
        return value if isinstance(value, str) and value.strip() else None

    @property
    def refresh_seconds(self) -> float:
        value = self._q.value("refresh/interval_seconds", DEFAULT_REFRESH_SECONDS)
        try:
            seconds = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_REFRESH_SECONDS
        return min(max(seconds, 1.0), 3600.0)

    @refresh_seconds.setter
    def refresh_seconds(self, seconds: float) -> None:
        self._q.setValue("refresh/interval_seconds", float(seconds))

    @property
    def history_days(self) -> int:
        """How long the status history is kept, in days (400 unless set: a year, and a month to compare)."""
        value = self._q.value("history/keep_days", DEFAULT_HISTORY_DAYS)
        try:
            days = int(str(value))
        except (TypeError, ValueError):
            return DEFAULT_HISTORY_DAYS
        return min(max(days, 1), 3650)

    @history_days.setter
    def history_days(self, days: int) -> None:
        self._q.setValue("history/keep_days", int(days))

    @property
    def notifications(self) -> bool:
        """Tell the user about changes they care about (on unless turned off)."""
        return self._flag("tray/notifications", default=True)

    @notifications.setter
    def notifications(self, on: bool) -> None:
        self._q.setValue("tray/notifications", bool(on))

    @property
    def told_still_running(self) -> bool:
        """The user was told once that closing the window leaves the app running in the tray."""
        return self._flag("tray/told_still_running", default=False)

    @told_still_running.setter
    def told_still_running(self, told: bool) -> None:
        self._q.setValue("tray/told_still_running", bool(told))

    @property
    def tray_hint_off(self) -> bool:
        """The user chose never again to be told which GNOME extension gives the app its tray icon."""
        return self._flag("tray/hide_extension_hint", default=False)

    @tray_hint_off.setter
    def tray_hint_off(self, off: bool) -> None:
        self._q.setValue("tray/hide_extension_hint", bool(off))

    @property
    def start_in_tray(self) -> bool:
        """Start with the window hidden, as --tray does."""
        return self._flag("tray/start_in_tray", default=False)

    @start_in_tray.setter
    def start_in_tray(self, on: bool) -> None:
        self._q.setValue("tray/start_in_tray", bool(on))

    @property
    def start_at_login(self) -> bool:
        """What the user last chose; the autostart entry itself is the truth (see gui.desktop.autostart)."""
        return self._flag("startup/start_at_login", default=False)

    @start_at_login.setter
    def start_at_login(self, on: bool) -> None:
        self._q.setValue("startup/start_at_login", bool(on))

    @property
    def language(self) -> str | None:
        """The language chosen in Settings ("de", "fr", "en"); None follows the system. Read at start."""
        value = self._q.value("ui/language", "")
        return value.strip() or None if isinstance(value, str) else None

    @language.setter
    def language(self, code: str | None) -> None:
        self._q.setValue("ui/language", code or "")

    def _flag(self, key: str, *, default: bool) -> bool:
        value = self._q.value(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE:
            return True
        if isinstance(value, str) and value.strip().lower() in _FALSE:
            return False
        return default

    def layout(self, key: str) -> QByteArray | None:
        """Saved geometry or state of a window part (restoreGeometry ignores bytes it cannot use)."""
        value = self._q.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_layout(self, key: str, data: QByteArray) -> None:
        self._q.setValue(f"layout/{key}", data)

    def sync(self) -> None:
        self._q.sync()

    def values(self) -> SettingsValues:
        """What is saved now, as the settings dialog applies it and diagnostics report it."""
        return SettingsValues(
            base_url=self.base_url,
            refresh_seconds=self.refresh_seconds,
            notifications=self.notifications,
            start_at_login=self.start_at_login,
            start_in_tray=self.start_in_tray,
            language=self.language,
        )


@dataclass(frozen=True)
class SettingsValues:
    """What the dialog applied; `base_url` None means "find Pieces OS automatically"."""

    base_url: str | None
    refresh_seconds: float
    notifications: bool
    start_at_login: bool
    start_in_tray: bool
    # None: the system's language. Takes effect at the next start.
    language: str | None = None
