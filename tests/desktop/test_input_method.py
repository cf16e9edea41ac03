"""A desktop asking for an input method this Qt lacks (fcitx) gets ibus, which fcitx5 also serves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.desktop.input_method import available, fall_back_if_missing, plugin_folders


def test_the_running_qt_has_ibus_and_compose_but_no_fcitx() -> None:
    here = available(plugin_folders({}))
    assert {"ibus", "compose", "xim"} <= here
    assert not {"fcitx", "fcitx5"} & here


@pytest.mark.parametrize("missing", ["fcitx", "fcitx5", "FCITX"])
def test_a_missing_input_method_falls_back_to_ibus(missing: str) -> None:
    environ = {"QT_IM_MODULE": missing, "XMODIFIERS": "@im=fcitx"}
    assert fall_back_if_missing(environ) == missing
    assert environ == {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=fcitx"}


def test_a_list_of_missing_input_methods_ends_with_ibus() -> None:
    environ = {"QT_IM_MODULES": "fcitx5;fcitx", "QT_IM_MODULE": "fcitx"}
    assert fall_back_if_missing(environ) == "fcitx5"
    assert environ == {"QT_IM_MODULES": "fcitx5;fcitx;ibus", "QT_IM_MODULE": "ibus"}


@pytest.mark.parametrize("present", ["ibus", "compose", "xim", "wayland", "none", "Ibus"])
def test_an_input_method_qt_has_is_kept(present: str) -> None:
    environ = {"QT_IM_MODULE": present}
    assert fall_back_if_missing(environ) is None
    assert environ == {"QT_IM_MODULE": present}


def test_a_list_with_one_input_method_qt_has_is_kept() -> None:
    environ = {"QT_IM_MODULES": "fcitx;wayland"}
    assert fall_back_if_missing(environ) is None
    assert environ == {"QT_IM_MODULES": "fcitx;wayland"}


def test_no_input_method_asked_for_changes_nothing() -> None:
    environ: dict[str, str] = {}
    assert fall_back_if_missing(environ) is None
    assert environ == {}


def test_without_an_ibus_plugin_nothing_changes(tmp_path: Path) -> None:
    environ = {"QT_IM_MODULE": "fcitx"}
    assert fall_back_if_missing(environ, folders=[tmp_path]) is None
    assert environ == {"QT_IM_MODULE": "fcitx"}


def test_qt_then_loads_the_ibus_plugin() -> None:
    """In a real process, with QT_IM_MODULE=fcitx, the QApplication made after the fallback loads ibus."""
    code = (
        "from gui.desktop.input_method import fall_back_if_missing\n"
        "fall_back_if_missing()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
    )
    environ = dict(os.environ, QT_IM_MODULE="fcitx", QT_QPA_PLATFORM="offscreen")
    environ["QT_LOGGING_RULES"] = "qt.core.library.debug=true"
    environ.pop("QT_IM_MODULES", None)
    child = subprocess.run(
        [sys.executable, "-c", code], env=environ, capture_output=True, text=True, timeout=60
    )
    assert child.returncode == 0, child.stderr
    assert 'libibusplatforminputcontextplugin.so" loaded library' in child.stderr
