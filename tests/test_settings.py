"""Settings survive a restart, live in --config-dir, and a damaged value falls back to its default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from gui.settings import DEFAULT_REFRESH_SECONDS, Settings


def test_values_survive_a_restart(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.base_url = "127.0.0.1:39301"
    settings.refresh_seconds = 12
    settings.set_layout("main_window", QByteArray(b"geometry"))
    settings.sync()

    again = Settings(tmp_path)
    assert again.base_url == "http://127.0.0.1:39301"
    assert again.refresh_seconds == 12
    assert again.layout("main_window") == QByteArray(b"geometry")
    assert Path(again.path) == tmp_path / "settings.ini"


def test_clearing_the_address_means_find_it(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.base_url = "http://127.0.0.1:39301"
    settings.base_url = None
    assert settings.base_url is None


def test_damaged_values_fall_back_to_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(
        "[pieces_os]\nbase_url=javascript:alert(1)\n[refresh]\ninterval_seconds=often\n", encoding="utf-8"
    )
    settings = Settings(tmp_path)
    assert settings.base_url is None
    assert settings.refresh_seconds == DEFAULT_REFRESH_SECONDS
    assert settings.layout("main_window") is None


def test_the_interval_is_kept_within_sense(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.refresh_seconds = 0.01
    assert settings.refresh_seconds == 1.0
    settings.refresh_seconds = 10**9
    assert settings.refresh_seconds == 3600.0
