"""`--status [--json]`: each cloud's state for scripts and status bars, and an exit code they can trust."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gui.api import PiecesClient, Timeouts
from gui.cli.options import Options
from gui.cli.probe import QUICK
from gui.cli.status import report, status
from gui.emulator import Emulator, Fault
from gui.services.connection import PiecesConnection
from gui.services.poller import Poller
from gui.services.store import StateStore
from gui.services.tasks import TaskRegistry
from gui.state import AppState, Phase
from tests.conftest import Run, at


def look(
    run: Run,
    options: Options,
    env: dict[str, str] | None = None,
    saved: str | None = None,
    timeouts: Timeouts = QUICK,
) -> AppState:
    return run(status(options, env or {}, saved, timeouts=timeouts))


def printed(state: AppState, *, as_json: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = report(state, Options(status=True, json=as_json), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def as_json(state: AppState) -> dict[str, Any]:
    code, out, _ = printed(state, as_json=True)
    data: dict[str, Any] = json.loads(out)
    data["exit"] = code
    return data


def test_your_connected_cloud_exits_zero_and_lists_every_cloud(run: Run, emulator: Emulator) -> None:
    state = look(run, Options(base_url=emulator.url))

    code, out, err = printed(state)

    assert (code, err) == (0, "")
    lines = out.splitlines()
    own = emulator.allocation(emulator.user_id)
    assert own is not None
    assert lines[0].startswith("Connected: https://")
    assert "(your cloud)" in lines[0]
    assert lines[-1] == f"Pieces OS 12.6.0 at {emulator.url}, healthy"
    assert sum(1 for line in lines if line.startswith("https://")) == 3


def test_json_has_stable_keys_and_no_profile_data(run: Run, emulator: Emulator) -> None:
    data = as_json(look(run, Options(base_url=emulator.url)))

    assert set(data) == {"status", "stale", "pieces_os", "user_signed_in", "allocations", "exit"}
    assert data["status"] == "connected"
    assert data["stale"] is False
    assert data["pieces_os"] == {"url": emulator.url, "version": "12.6.0", "health": "ok"}
    assert data["user_signed_in"] is True
    assert len(data["allocations"]) == 3
    first = data["allocations"][0]
    assert set(first) == {"id", "url", "status", "own", "urls"}
    assert first["own"] is True
    assert set(first["urls"]["vanity"]) == {"url", "status"}
    profile = emulator.user_profile()
    text = json.dumps(data)
    # The user's id is their own cloud's id by design; their name, email and username never show.
    for key in ("email", "name", "username"):
        value = profile.get(key)
        if isinstance(value, str) and value:
            assert value not in text, key


def test_your_cloud_disconnected_exits_one_even_when_others_are_connected(
    run: Run, emulator: Emulator
) -> None:
    emulator.set_cloud_status(emulator.user_id, "DISCONNECTED")
    data = as_json(look(run, Options(base_url=emulator.url)))
    assert (data["status"], data["exit"]) == ("disconnected", 1)


def test_nobody_signed_in_exits_one(run: Run, emulator: Emulator) -> None:
    emulator.sign_out()
    data = as_json(look(run, Options(base_url=emulator.url)))
    assert (data["status"], data["user_signed_in"], data["exit"]) == ("signed_out", False, 1)


def test_pieces_os_unreachable_exits_one_with_the_words_on_stderr(run: Run) -> None:
    state = look(run, Options(base_url="http://127.0.0.1:9"))
    code, out, err = printed(state)
    assert code == 1
    assert out.strip() == "Pieces OS is not reachable"
    assert "not reachable at http://127.0.0.1:9" in err
    assert "Check that Pieces OS is running" in err
    assert as_json(state)["pieces_os"] == {"url": "http://127.0.0.1:9", "version": None, "health": None}


def test_the_address_is_taken_as_the_app_takes_it(run: Run, emulator: Emulator) -> None:
    nowhere = "http://127.0.0.1:9"
    # --base-url first, then PIECES_OS_URL, then the saved address.
    assert look(run, Options(base_url=emulator.url), {"PIECES_OS_URL": nowhere}, nowhere).error is None
    assert look(run, Options(), {"PIECES_OS_URL": emulator.url}, nowhere).error is None
    assert look(run, Options(), {}, emulator.url).error is None


@pytest.mark.parametrize("address", ["given", "saved"])
def test_the_command_runs_without_qt(emulator: Emulator, tmp_path: Path, address: str) -> None:
    # In a fresh process, as a status bar runs it: JSON out, exit 0, and Qt never loaded, whether
    # the address comes from --base-url or from the settings file.
    probe = (
        "import sys; from gui.__main__ import main; code = main(sys.argv[1:]); "
        "assert not any(n.startswith('PySide6') for n in sys.modules), 'Qt was loaded'; sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "PIECES_OS_URL")}
    if address == "given":
        where = ["--base-url", emulator.url]
    else:
        where = []
        (tmp_path / "settings.ini").write_text(f"[pieces_os]\nbase_url={emulator.url}\n", encoding="utf-8")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", probe, "--status", "--json", *where, "--config-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data = json.loads(done.stdout)
    assert data["status"] == "connected"
    assert data["pieces_os"]["url"] == emulator.url
    assert time.monotonic() - started < 60


def status_in(language: dict[str, str], emulator: Emulator, tmp_path: Path, *args: str) -> list[str]:
    """`--status` run as a terminal runs it, in the language its environment (or --lang) says."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_", "PIECES_OS_URL"))}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gui",
            "--status",
            "--base-url",
            emulator.url,
            "--config-dir",
            str(tmp_path),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, **language},
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    return done.stdout.splitlines()


def test_the_text_speaks_the_systems_language_and_json_keeps_its_words(
    emulator: Emulator, tmp_path: Path
) -> None:
    lines = status_in({"LANG": "de_DE.UTF-8"}, emulator, tmp_path)
    assert lines[0].startswith("Verbunden: https://")
    assert lines[0].endswith(" (Ihre Cloud)")
    assert lines[-1] == f"Pieces OS 12.6.0 auf {emulator.url}, bereit"
    # Each URL's role too, as the window names it: "vanity" was left in English.
    assert {line.split()[0] for line in lines if line.startswith("    ")} == {"Wunsch", "ID", "Basis"}
    french = status_in({"LANG": "de_DE.UTF-8"}, emulator, tmp_path, "--lang", "fr")
    assert french[0].startswith("Connecté\u00a0: https://")  # a no-break space before the colon
    data = json.loads("\n".join(status_in({"LANG": "de_DE.UTF-8"}, emulator, tmp_path, "--json")))
    assert data["status"] == "connected"
    first = data["allocations"][0]
    assert set(first["urls"]) == {"vanity", "id", "base"}  # the keys stay English for scripts
    assert first["urls"]["vanity"]["status"] == "connected"


@pytest.mark.parametrize(
    ("args", "words"),
    [(["--json"], "--json goes with --status"), (["--status", "--tray"], "takes no --tray")],
)
def test_usage_errors_exit_two(args: list[str], words: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert words in done.stderr


@pytest.mark.parametrize(
    ("arm", "expected"),
    [
        (lambda emu: emu.set_health("migrating"), ("not_ready", "migrating")),
        (lambda emu: emu.set_update_required(), ("not_ready", "ok")),
    ],
)
def test_a_pieces_os_that_is_not_ready_says_so(
    run: Run, emulator: Emulator, arm: Callable[[Emulator], None], expected: tuple[str, str]
) -> None:
    arm(emulator)
    data = as_json(look(run, Options(base_url=emulator.url)))
    assert (data["status"], data["pieces_os"]["health"]) == expected
    assert data["exit"] == 1


def test_the_list_shows_when_who_is_signed_in_cannot_be_read(run: Run, emulator: Emulator) -> None:
    """Before, a failing GET /user threw away the list that the window would show."""
    emulator.inject("/user", Fault.status(500, "Database is locked"), times=None)
    state = look(run, Options(base_url=emulator.url))
    code, out, err = printed(state)
    assert code == 1  # whose cloud is whose is not known
    assert sum(1 for line in out.splitlines() if line.startswith("https://")) == 3
    assert "Database is locked" in err
    data = as_json(state)
    assert len(data["allocations"]) == 3
    assert data["stale"] is True


def test_a_list_too_slow_after_a_healthy_check_is_not_called_unreachable(
    run: Run, emulator: Emulator
) -> None:
    """Before, a list that timed out after Pieces OS answered its health check read as Pieces OS gone."""
    emulator.inject("/allocations", Fault.hang(), times=None)
    state = look(run, Options(base_url=emulator.url), timeouts=Timeouts(snapshot=0.5))
    assert state.phase is Phase.FAILING  # as the window says it: answering, but not with the list
    data = as_json(state)
    assert data["status"] == "error"
    assert data["pieces_os"] == {"url": emulator.url, "version": "12.6.0", "health": "ok"}
    _, out, err = printed(state)
    assert out.splitlines()[-1] == f"Pieces OS 12.6.0 at {emulator.url}, healthy"
    assert "list the allocations" in err


@pytest.mark.parametrize(
    ("route", "fault"),
    [
        ("/user", Fault.status(500, "Database is locked")),
        ("/allocations", Fault.hang()),
        ("/allocations", Fault.malformed_json()),
        ("/.well-known/health", Fault.status(500, "Starting")),
    ],
    ids=["user-fails", "list-hangs", "list-unreadable", "health-fails"],
)
def test_status_says_what_the_window_says(
    qtbot: QtBot,
    run: Run,
    emulator: Emulator,
    store: StateStore,
    tasks: TaskRegistry,
    route: str,
    fault: Fault,
) -> None:
    """The same refresh: the app's poller and --status read a Pieces OS in trouble alike."""
    emulator.inject(route, fault, times=None)
    timeouts = Timeouts(probe=0.5, snapshot=0.5, request=0.5)
    connection = PiecesConnection(store, at(emulator), lambda url: PiecesClient(url, timeouts=timeouts))
    poller = Poller(store, connection, tasks)
    poller.start()
    qtbot.waitUntil(lambda: store.state.error is not None and not store.state.refreshing, timeout=5000)
    poller.stop()
    run(tasks.cancel_all())
    run(connection.aclose())

    assert as_json(look(run, Options(base_url=emulator.url), timeouts=timeouts)) == as_json(store.state)
