"""Programs the bundle starts (xdg-open, a browser) get the library paths the user started it with."""

from __future__ import annotations

import os
import subprocess
import sys

from gui.desktop.environment import restore_for_children

BUNDLE = "/opt/pieces-allocations/_internal"


def test_the_users_library_path_comes_back() -> None:
    environ = {
        "LD_LIBRARY_PATH": f"{BUNDLE}:/home/me/lib",
        "LD_LIBRARY_PATH_ORIG": "/home/me/lib",
        "HOME": "/h",
    }
    assert restore_for_children(environ, bundle=BUNDLE) == ["LD_LIBRARY_PATH"]
    assert environ == {"LD_LIBRARY_PATH": "/home/me/lib", "HOME": "/h"}


def test_a_library_path_the_user_had_not_set_goes_away() -> None:
    environ = {"LD_LIBRARY_PATH": BUNDLE, "HOME": "/h"}
    assert restore_for_children(environ, bundle=BUNDLE) == ["LD_LIBRARY_PATH"]
    assert environ == {"HOME": "/h"}


def test_a_path_the_bundle_did_not_set_is_left_alone() -> None:
    environ = {"LD_LIBRARY_PATH": "/home/me/lib", "LIBPATH": "/usr/lib"}
    assert restore_for_children(environ, bundle=BUNDLE) == []
    assert environ == {"LD_LIBRARY_PATH": "/home/me/lib", "LIBPATH": "/usr/lib"}


def test_outside_a_bundle_nothing_changes() -> None:
    environ = {"LD_LIBRARY_PATH": "/a", "LD_LIBRARY_PATH_ORIG": "/b"}
    assert restore_for_children(environ) == []
    assert environ == {"LD_LIBRARY_PATH": "/a", "LD_LIBRARY_PATH_ORIG": "/b"}


def test_a_child_process_sees_the_restored_path() -> None:
    """What xdg-open inherits is the process environment, which os.environ writes through to."""
    environ = dict(os.environ, LD_LIBRARY_PATH=BUNDLE, LD_LIBRARY_PATH_ORIG="/home/me/lib")
    code = (
        "import os, subprocess, sys\n"
        "from gui.desktop.environment import restore_for_children\n"
        f"restore_for_children(bundle={BUNDLE!r})\n"
        "shown = 'printf %s \"$LD_LIBRARY_PATH|${LD_LIBRARY_PATH_ORIG-unset}\"'\n"
        "sys.exit(subprocess.run(['sh', '-c', shown]).returncode)\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", code], env=environ, capture_output=True, text=True, check=True
    )
    assert child.stdout == "/home/me/lib|unset"
