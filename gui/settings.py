"""Settings kept between runs (address, refresh interval, window layout), in --config-dir when given."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gui.api.discovery import normalize_url

DEFAULT_REFRESH_SECONDS = 5.0


class Settings:
    """Typed access to QSettings; a value that cannot be read falls back to its default."""

    def __init__(self, config_dir: Path | None = None) -> None:
        if config_dir is not None:
            config_dir.mkdir(parents=True, exist_ok=True)
            self._q = QSettings(str(config_dir / "settings.ini"), QSettings.Format.IniFormat)
        else:
            self._q = QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                "pieces-allocations",
                "pieces-allocations",
            )

    @property
    def path(self) -> str:
        return self._q.fileName()

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

    def layout(self, key: str) -> QByteArray | None:
        """Saved geometry or state of a window part (restoreGeometry ignores bytes it cannot use)."""
        value = self._q.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_layout(self, key: str, data: QByteArray) -> None:
        self._q.setValue(f"layout/{key}", data)

    def sync(self) -> None:
        self._q.sync()
