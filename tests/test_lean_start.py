"""The app's process never loads httpx's command-line client (rich, click): it holds up the start."""

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
    done = run_probe(probe)
    assert done.returncode == 0, done.stderr


def test_the_stand_in_says_what_it_is_if_called() -> None:
    probe = (
        "from gui.lean_start import leave_out_httpx_cli\nleave_out_httpx_cli()\nimport httpx\nhttpx.main()\n"
    )
    done = run_probe(probe)
    assert done.returncode == 1
    assert "not part of this app" in done.stderr


def test_it_leaves_an_httpx_already_imported_alone() -> None:
    probe = (
        "import sys, httpx\n"
        "before = httpx.main\n"
        "from gui.lean_start import leave_out_httpx_cli\n"
        "leave_out_httpx_cli()\n"
        "assert httpx.main is before\n"
    )
    done = run_probe(probe)
    assert done.returncode == 0, done.stderr
