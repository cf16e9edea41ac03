"""Settings survive a restart, live in --config-dir, and a damaged value falls back to its default."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray

from gui.desktop.settings import DEFAULT_HISTORY_DAYS, DEFAULT_REFRESH_SECONDS, Settings, SettingsValues


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


def test_the_saved_values_read_as_one(tmp_path: Path) -> None:
    """What the settings dialog compares a change with, and what diagnostics report."""
    settings = Settings(tmp_path)
    settings.base_url = None
    settings.refresh_seconds = 30
    settings.notifications = False
    settings.start_in_tray = True
    settings.start_at_login = True
    settings.sync()
    assert Settings(tmp_path).values() == SettingsValues(
        base_url=None,
        refresh_seconds=30,
        notifications=False,
        start_at_login=True,
        start_in_tray=True,
    )


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


def test_tray_and_startup_choices_survive_a_restart(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    assert (settings.notifications, settings.start_in_tray, settings.start_at_login) == (True, False, False)
    settings.notifications = False
    settings.start_in_tray = True
    settings.start_at_login = True
    settings.sync()

    again = Settings(tmp_path)
    assert (again.notifications, again.start_in_tray, again.start_at_login) == (False, True, True)


def test_unreadable_choices_fall_back_to_defaults(tmp_path: Path) -> None:
    # An older or hand-edited file: words the app does not know, a list where a flag belongs.
    (tmp_path / "settings.ini").write_text(
        "[tray]\nnotifications=perhaps\nstart_in_tray=1, 2\n[startup]\nstart_at_login=\n", encoding="utf-8"
    )
    settings = Settings(tmp_path)
    assert (settings.notifications, settings.start_in_tray, settings.start_at_login) == (True, False, False)
    assert settings.recovered_from is None


def test_an_older_file_keeps_what_it_had(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(
        "[pieces_os]\nbase_url=http://127.0.0.1:39305\n[refresh]\ninterval_seconds=60\n", encoding="utf-8"
    )
    settings = Settings(tmp_path)
    assert settings.base_url == "http://127.0.0.1:39305"
    assert settings.refresh_seconds == 60
    assert settings.notifications is True
    assert settings.recovered_from is None


def test_a_file_that_cannot_be_parsed_is_moved_aside_and_said_once(tmp_path: Path) -> None:
    broken = "[pieces_os\nbase_url=http://127.0.0.1:39305\n"
    (tmp_path / "settings.ini").write_text(broken, encoding="utf-8")

    settings = Settings(tmp_path)

    aside = list(tmp_path.glob("settings.ini.broken-*"))
    assert len(aside) == 1
    assert aside[0].read_text(encoding="utf-8") == broken
    assert settings.recovered_from is not None
    assert str(aside[0]) in settings.recovered_from
    assert settings.base_url is None
    # The fresh file works: what is saved now survives a restart, and nothing is said again.
    settings.refresh_seconds = 60
    settings.sync()
    again = Settings(tmp_path)
    assert again.refresh_seconds == 60
    assert again.recovered_from is None
    assert Path(again.path) == tmp_path / "settings.ini"
    assert again.folder == tmp_path


def test_a_reader_leaves_an_unparsable_file_alone(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[pieces_os\n", encoding="utf-8")
    settings = Settings(tmp_path, recover=False)
    assert settings.base_url is None
    assert settings.recovered_from is None
    assert list(tmp_path.iterdir()) == [tmp_path / "settings.ini"]


def test_the_readme_names_the_files_the_settings_live_in(tmp_path: Path) -> None:
    """Every settings file the README names is one the app opens: by default, or in --config-dir DIR."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    default = Path(Settings(recover=False).path)  # only read: nothing is written to the user's file
    in_config_dir = Path(Settings(tmp_path).path).name
    named = re.findall(r"`([^`\s]*\.ini)`", readme)
    assert f"{default.parent.name}/{default.name}" in " ".join(named)
    assert f"DIR/{in_config_dir}" in named
    for name in named:
        assert name.endswith(("/" + default.name, "\\" + default.name)) or name in (
            default.name,
            f"DIR/{in_config_dir}",
        ), f"the README names {name!r}: the app opens {default.name} (or DIR/{in_config_dir})"


def test_the_days_the_history_is_kept_are_a_setting_read_within_bounds(tmp_path: Path) -> None:
    assert Settings(tmp_path).history_days == DEFAULT_HISTORY_DAYS == 400
    settings = Settings(tmp_path)
    settings.history_days = 30
    settings.sync()
    assert Settings(tmp_path).history_days == 30
    for written, read in (("0", 1), ("100000", 3650), ("a year", DEFAULT_HISTORY_DAYS)):
        folder = tmp_path / written  # a folder each: QSettings keeps what it read of a file
        folder.mkdir()
        (folder / "settings.ini").write_text(f"[history]\nkeep_days={written}\n", encoding="utf-8")
        assert Settings(folder).history_days == read
