"""The app keeps two libraries' start-up costs out: httpx's command-line client, PySide6's source reading."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest


def run_probe(probe: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=env, check=False
    )


def assert_passes(probe: str) -> None:
    done = run_probe(probe)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(importlib.util.find_spec("rich") is None, reason="no rich: httpx skips it")
def test_the_entry_point_keeps_the_command_line_client_out() -> None:
    # --version parses the command line, which imports the API client (and so httpx), then exits.
    probe = (
        "import sys\n"
        "from gui.__main__ import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "assert 'httpx' in sys.modules, 'the probe proves nothing: httpx was not imported'\n"
        "loaded = sorted(m for m in ('rich', 'click', 'pygments') if m in sys.modules)\n"
        "assert not loaded, loaded\n"
        "import httpx\n"
        "assert httpx.Client().__class__.__name__ == 'Client'\n"
    )
    assert_passes(probe)


def test_the_stand_in_says_what_it_is_if_called() -> None:
    probe = (
        "from gui.app.lean_start import leave_out_httpx_cli\n"
        "leave_out_httpx_cli()\nimport httpx\nhttpx.main()\n"
    )
    done = run_probe(probe)
    assert done.returncode == 1
    assert "not part of this app" in done.stderr


def test_it_leaves_an_httpx_already_imported_alone() -> None:
    probe = (
        "import sys, httpx\n"
        "before = httpx.main\n"
        "from gui.app.lean_start import leave_out_httpx_cli\n"
        "leave_out_httpx_cli()\n"
        "assert httpx.main is before\n"
    )
    assert_passes(probe)


def test_pysides_import_check_reads_files_and_answers_as_before() -> None:
    # For every module loaded (the app's, its libraries', the standard library's), the cheap
    # check says what PySide6's own says: whether the module's source mentions PySide6.
    probe = (
        "import sys\n"
        "import PySide6.QtCore\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "own = feature._mod_uses_pyside\n"
        "from gui.app.lean_start import check_pyside_use_cheaply\n"
        "check_pyside_use_cheaply()\n"
        "check_pyside_use_cheaply()  # twice is once\n"
        "cheap = feature._mod_uses_pyside\n"
        "assert cheap is not own and cheap.reads_the_file\n"
        "import gui.app.bootstrap, gui.api.models, json, asyncio\n"
        "modules = [m for m in list(sys.modules.values()) if m is not None]\n"
        "differ = [m.__name__ for m in modules if cheap(m) != own(m)]\n"
        "assert not differ, differ\n"
        "assert cheap(sys.modules['gui.app.bootstrap']) and not cheap(sys.modules['json'])\n"
    )
    assert_passes(probe)


def test_without_pyside_loaded_the_check_is_left_alone() -> None:
    probe = (
        "import sys\n"
        "from gui.app.lean_start import check_pyside_use_cheaply\n"
        "check_pyside_use_cheaply()\n"
        "assert 'shiboken6' not in sys.modules and 'PySide6' not in sys.modules\n"
    )
    assert_passes(probe)
