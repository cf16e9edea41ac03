"""The XDG autostart entry: where it goes, what it says, and when it counts as enabled."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from gui.desktop.autostart import AutostartError, XdgAutostart, for_platform
from gui.desktop.autostart.desktop_entry import read_group, split_exec

APP_ID = "pieces-allocations"
COMMAND = ["/opt/Pieces Allocations/pieces-allocations", "--tray"]


def backend(home: Path, config_home: str | None = None) -> XdgAutostart:
    env = {} if config_home is None else {"XDG_CONFIG_HOME": config_home}
    chosen = for_platform("linux", APP_ID, "Pieces Allocations", home=home, env=env)
    assert isinstance(chosen, XdgAutostart)
    return chosen


def test_enable_writes_an_entry_that_starts_the_app_in_the_tray(tmp_path: Path) -> None:
    autostart = backend(tmp_path)
    assert not autostart.enabled()

    autostart.enable(COMMAND)

    path = tmp_path / ".config" / "autostart" / "pieces-allocations.desktop"
    assert autostart.location == str(path)
    keys = read_group(path.read_text(encoding="utf-8"))
    assert keys["Exec"] == '"/opt/Pieces Allocations/pieces-allocations" --tray'
    assert split_exec(keys["Exec"]) == COMMAND
    assert keys["X-GNOME-Autostart-enabled"] == "true"
    assert keys["Type"] == "Application"
    assert autostart.enabled()


def test_the_entry_describes_itself_in_german_and_french_too(tmp_path: Path) -> None:
    # GNOME's and KDE's start-up lists show the comment in the session's language.
    autostart = backend(tmp_path)
    autostart.enable(COMMAND)
    keys = read_group((tmp_path / ".config" / "autostart" / "pieces-allocations.desktop").read_text("utf-8"))
    assert keys["Comment[de]"] == "Zeigt den Status Ihrer persönlichen Pieces-Cloud im Infobereich"
    assert keys["Comment[fr]"] == (
        "Affiche l’état de votre cloud personnel Pieces dans la zone de notification"
    )


def test_xdg_config_home_is_honoured(tmp_path: Path) -> None:
    autostart = backend(tmp_path / "home", str(tmp_path / "cfg"))
    autostart.enable(COMMAND)
    assert (tmp_path / "cfg" / "autostart" / "pieces-allocations.desktop").is_file()
    # A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
    assert backend(tmp_path / "home", "relative/cfg").path.is_relative_to(tmp_path / "home" / ".config")


@pytest.mark.parametrize(
    "arg",
    [
        "/usr/bin/pieces-allocations",
        "C:\\Program Files\\app.exe",
        'say "hi" $HOME `x`',
        "100%",
        "a;b&c|d",
        "~",
    ],
)
def test_exec_quoting_round_trips(tmp_path: Path, arg: str) -> None:
    autostart = backend(tmp_path)
    autostart.enable([arg, "--tray"])
    assert split_exec(read_group(autostart.path.read_text(encoding="utf-8"))["Exec"]) == [arg, "--tray"]


def test_a_literal_backslash_in_quotes_is_written_as_four(tmp_path: Path) -> None:
    autostart = backend(tmp_path)
    autostart.enable(["/opt/a b\\c", "--tray"])
    assert read_group(autostart.path.read_text(encoding="utf-8"))["Exec"] == '"/opt/a b\\\\\\\\c" --tray'


@pytest.mark.parametrize("switch_off", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_the_desktop_switched_off_is_not_enabled(tmp_path: Path, switch_off: str) -> None:
    autostart = backend(tmp_path)
    autostart.enable(COMMAND)
    text = autostart.path.read_text(encoding="utf-8").replace("X-GNOME-Autostart-enabled=true\n", "")
    autostart.path.write_text(text + switch_off + "\n", encoding="utf-8")
    assert not autostart.enabled()


def test_a_file_someone_else_wrote_is_neither_trusted_nor_removed(tmp_path: Path) -> None:
    autostart = backend(tmp_path)
    autostart.path.parent.mkdir(parents=True)
    autostart.path.write_text("[Desktop Entry]\nType=Application\nExec=something-else\n", encoding="utf-8")
    assert not autostart.enabled()
    autostart.disable()
    assert autostart.path.is_file()


def test_disable_removes_the_entry_and_is_idempotent(tmp_path: Path) -> None:
    autostart = backend(tmp_path)
    autostart.enable(COMMAND)
    autostart.disable()
    assert not autostart.path.exists()
    assert not autostart.enabled()
    autostart.disable()


def test_a_folder_that_cannot_be_written_says_where_and_why(tmp_path: Path) -> None:
    (tmp_path / ".config").write_text("a file where the folder should be", encoding="utf-8")
    autostart = backend(tmp_path)
    with pytest.raises(AutostartError, match=r"Could not write the autostart entry .*autostart"):
        autostart.enable(COMMAND)
    assert not autostart.enabled()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    autostart = backend(tmp_path)
    autostart.enable(["/opt/Pieces Allocations/pieces-allocations", "--tray", "--config-dir", "/tmp/x y"])
    result = subprocess.run(
        ["desktop-file-validate", str(autostart.path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""
