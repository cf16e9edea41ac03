"""The settings file as the windowless commands read it, without Qt: what the app saved, read the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.cli.saved import saved_address, settings_file
from gui.desktop.settings import Settings


@pytest.mark.parametrize(
    "address",
    ["http://127.0.0.1:39301", "https://pieces.example:8443/os", "localhost:39300x", "127.0.0.1:393OO"],
)
def test_an_address_the_app_saved_or_a_hand_typed_one_reads_as_the_app_reads_it(
    tmp_path: Path, address: str
) -> None:
    (tmp_path / "settings.ini").write_text(f"[pieces_os]\nbase_url={address}\n", encoding="utf-8")
    assert saved_address(tmp_path) == Settings(tmp_path, recover=False).saved_address == address


def test_an_address_written_by_qsettings_reads_the_same(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.base_url = "127.0.0.1:39302"
    settings.language = "de"
    settings.sync()
    assert saved_address(tmp_path) == "http://127.0.0.1:39302"


@pytest.mark.parametrize(
    "text",
    [
        None,  # no file
        "[ui]\nlanguage=fr\n",  # no address saved: found automatically
        "[pieces_os]\nbase_url=   \n",
        # A file that cannot be parsed: the app sets it aside when it starts, and starts from its defaults.
        "[pieces_os\nbase_url=http://127.0.0.1:39301\n",
    ],
)
def test_no_address_reads_as_none_as_in_the_app(tmp_path: Path, text: str | None) -> None:
    if text is not None:
        (tmp_path / "settings.ini").write_text(text, encoding="utf-8")
    assert saved_address(tmp_path) is None
    assert Settings(tmp_path).saved_address is None


def test_a_quoted_address_is_read_without_its_quotes(tmp_path: Path) -> None:
    address = "http://127.0.0.1:39301"
    (tmp_path / "settings.ini").write_text(f'[pieces_os]\nbase_url="{address}"\n', encoding="utf-8")
    assert saved_address(tmp_path) == Settings(tmp_path, recover=False).saved_address == address


def test_the_file_is_where_qsettings_keeps_it(tmp_path: Path) -> None:
    assert settings_file(tmp_path) == Path(Settings(tmp_path).path)
    assert settings_file(None, env={"XDG_CONFIG_HOME": "/xdg"}, platform="linux") == Path(
        "/xdg/pieces-allocations/pieces-allocations.ini"
    )
    assert settings_file(None, env={"HOME": "/home/u"}, platform="darwin") == Path(
        "/home/u/.config/pieces-allocations/pieces-allocations.ini"
    )
    assert settings_file(None, env={"APPDATA": "C:/Users/u/AppData/Roaming"}, platform="win32") == Path(
        "C:/Users/u/AppData/Roaming/pieces-allocations/pieces-allocations.ini"
    )
