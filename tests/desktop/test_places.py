"""The data folder named without Qt is the one Qt names, so --history finds what the app wrote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from gui.desktop.places import APPLICATION, ORGANIZATION, data_dir


@pytest.fixture
def named_as_the_app(qapp: QCoreApplication) -> Iterator[None]:
    before = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    yield
    QCoreApplication.setApplicationName(before[0])
    QCoreApplication.setOrganizationName(before[1])


@pytest.mark.parametrize("xdg_data_home", [None, "/srv/people/mark/data"])
def test_it_is_the_folder_qt_names_for_the_app(
    named_as_the_app: None, monkeypatch: pytest.MonkeyPatch, xdg_data_home: str | None
) -> None:
    if xdg_data_home is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg_data_home)
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert data_dir(None) == Path(qt)


def test_config_dir_wins_and_other_systems_get_their_own_folders(tmp_path: Path) -> None:
    assert data_dir(tmp_path) == tmp_path
    home = {"HOME": "/Users/mark"}
    assert data_dir(None, env=home, platform="darwin") == Path(
        "/Users/mark/Library/Application Support/pieces-allocations/Pieces Allocations"
    )
    windows = {"HOME": "C:/Users/mark", "LOCALAPPDATA": "C:/Users/mark/AppData/Local"}
    assert data_dir(None, env=windows, platform="win32") == Path(
        "C:/Users/mark/AppData/Local/pieces-allocations/Pieces Allocations"
    )
