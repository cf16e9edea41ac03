"""Another user's Pieces OS on this computer is never taken for ours: it would show their name and cloud."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import gui
from gui.api import DiscoveryFailed, DiscoverySource, discover
from gui.api.listeners import foreign_ports, listener_owners
from gui.emulator import Emulator

from ..conftest import Run
from .test_discovery import write_port_file

_ROOT = Path(gui.__file__).resolve().parent.parent
_OTHER = "nobody"


def _can_switch_user() -> str | None:
    """Why another user's process cannot be started here, or None when it can."""
    if not sys.platform.startswith("linux"):
        return "listeners' owners are read from Linux's /proc/net"
    if os.geteuid() != 0:
        return "starting a process as another user needs root"
    if shutil.which("setpriv") is None:
        return "setpriv (util-linux) is not installed"
    try:
        pwd.getpwnam(_OTHER)
    except KeyError:
        return f"there is no user {_OTHER!r}"
    return None


def _as_other_user(*argv: str) -> list[str]:
    return ["setpriv", f"--reuid={_OTHER}", f"--regid={pwd.getpwnam(_OTHER).pw_gid}", "--clear-groups", *argv]


def _python_for_other_user(env: dict[str, str]) -> str | None:
    """An interpreter the other user may run with this checkout's packages: ours may sit in root's home."""
    for python in dict.fromkeys((sys.executable, os.path.realpath(sys.executable), "/usr/bin/python3")):
        probe = _as_other_user(python, "-c", "import gui.emulator")
        if subprocess.run(probe, env=env, capture_output=True, timeout=30, check=False).returncode == 0:
            return python
    return None


@pytest.fixture
def other_users_pieces_os() -> Iterator[int]:
    """The port of a Pieces OS emulator that runs as another user (nobody), in a process of its own."""
    reason = _can_switch_user()
    if reason is not None:
        pytest.skip(reason)
    site = [p for p in sys.path if p.endswith("site-packages")]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(_ROOT), *site]),
        "PYTHONDONTWRITEBYTECODE": "1",
        "HOME": "/nonexistent",
    }
    python = _python_for_other_user(env)
    if python is None:
        pytest.skip(f"no Python interpreter that {_OTHER} may run can import the emulator")
    process = subprocess.Popen(
        _as_other_user(python, "-m", "gui.emulator", "--port", "0", "--connect-delay", "0"),
        env=env,
        cwd="/",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stderr is not None
        # The emulator prints its URL once it listens (or exits, saying why, on stderr).
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), (
            process.stderr.read() if process.poll() is not None else url
        )
        yield int(url.rsplit(":", 1)[1])
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def ours_above(other_users_pieces_os: int) -> Iterator[Emulator]:
    """Our own Pieces OS on a port above the other user's: lowest-port-wins alone would pick theirs."""
    for port in range(other_users_pieces_os + 1, min(other_users_pieces_os + 200, 65536)):
        emulator = Emulator(port=port, allocations=1, seed=3)
        try:
            emulator.start()
        except OSError:
            continue
        try:
            yield emulator
        finally:
            emulator.stop()
        return
    pytest.skip(f"no free port above {other_users_pieces_os}")


def _owned_by_other(port: int) -> bool:
    owners = listener_owners()
    return owners is not None and owners.get(port, frozenset()) == {pwd.getpwnam(_OTHER).pw_uid}


def test_the_other_users_listener_is_seen_as_theirs(other_users_pieces_os: int) -> None:
    port = other_users_pieces_os
    # It printed its address once it listened, so the kernel's table already lists it.
    assert _owned_by_other(port)
    assert foreign_ports([port]) == frozenset({port})


def test_discovery_passes_over_another_users_pieces_os_to_ours(
    run: Run, other_users_pieces_os: int, ours_above: Emulator
) -> None:
    theirs = other_users_pieces_os
    found = run(discover(env={}, port_files=[], ports=[theirs, ours_above.port], legacy=()))
    assert found.base_url == ours_above.url
    assert found.source is DiscoverySource.PROBE
    assert found.others == ()
    assert f"127.0.0.1:{theirs}: another user's Pieces OS, left alone" in found.tried


def test_with_only_another_users_pieces_os_none_is_found_and_the_reason_given(
    run: Run, other_users_pieces_os: int
) -> None:
    theirs = other_users_pieces_os
    with pytest.raises(DiscoveryFailed) as caught:
        run(discover(env={}, port_files=[], ports=[theirs], legacy=()))
    error = caught.value
    assert f"127.0.0.1:{theirs}: another user's Pieces OS, left alone" in error.tried
    assert "another user's Pieces OS" in error.message
    assert error.hint.startswith("Another user's Pieces OS on this computer is left alone. Start your own")


def test_a_stale_port_file_naming_another_users_port_is_passed_over(
    run: Run, other_users_pieces_os: int, ours_above: Emulator, tmp_path: Path
) -> None:
    theirs = other_users_pieces_os
    path = write_port_file(tmp_path, theirs)
    found = run(discover(env={}, port_files=[path], ports=[theirs, ours_above.port], legacy=()))
    assert found.base_url == ours_above.url
    assert any(
        t.startswith(f"http://127.0.0.1:{theirs} (from ") and "another user's" in t for t in found.tried
    )


def test_our_own_listener_is_ours(emulator: Emulator) -> None:
    if listener_owners() is None:
        pytest.skip("this system has no /proc/net/tcp")
    assert foreign_ports([emulator.port]) == frozenset()
    assert foreign_ports([emulator.port], uid=os.getuid() + 1) == frozenset({emulator.port})


def test_where_the_system_cannot_tell_whose_the_source_says_so(run: Run, emulator: Emulator) -> None:
    # macOS and Windows: no /proc/net, so the listener's owner is unknown.
    found = run(
        discover(env={}, port_files=[], ports=[emulator.port], legacy=(), foreign=lambda _ports: None)
    )
    assert found.base_url == emulator.url
    assert found.source is DiscoverySource.PROBE_UNCHECKED
    assert "may be another user's" in found.detail
    assert listener_owners(Path("/nonexistent")) is None
    assert foreign_ports([emulator.port], proc_net=Path("/nonexistent")) is None


_TCP = """\
  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:9984 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 1 1 0
   1: 00000000:9985 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1001        0 2 1 0
   2: 0100007F:9986 0100007F:D431 01 00000000:00000000 00:00000000 00000000  1002        0 3 1 0
   3: 0201A8C0:9987 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1003        0 4 1 0
   4: garbage
"""
# Trimmed after the uid column, which is all the reader needs: the real lines are 150 characters.
_TCP6 = """\
  sl  local_address                         remote_address                        st tx:rx tr:when rt uid
   0: 00000000000000000000000001000000:9988 00000000000000000000000000000000:0000 0A 0:0 00:0 0 1004
   1: 00000000000000000000000000000000:9984 00000000000000000000000000000000:0000 0A 0:0 00:0 0 1005
   2: 0000000000000000FFFF00000100007F:9989 00000000000000000000000000000000:0000 0A 0:0 00:0 0 1006
"""


@pytest.mark.skipif(
    sys.byteorder != "little", reason="the sample tables are those of a little-endian machine"
)
def test_the_proc_tables_are_read_as_the_kernel_writes_them(tmp_path: Path) -> None:
    (tmp_path / "tcp").write_text(_TCP, encoding="ascii")
    (tmp_path / "tcp6").write_text(_TCP6, encoding="ascii")
    owners = listener_owners(tmp_path)
    # 127.0.0.1, 0.0.0.0, ::1, :: and ::ffff:127.0.0.1 in LISTEN; not a connection, not 192.168.1.2.
    assert owners == {
        0x9984: frozenset({1000, 1005}),
        0x9985: frozenset({1001}),
        0x9988: frozenset({1004}),
        0x9989: frozenset({1006}),
    }
    assert foreign_ports([0x9984, 0x9985, 0x9986, 0x9987], proc_net=tmp_path, uid=1000) == frozenset(
        {0x9984, 0x9985}
    )
    assert foreign_ports([0x9985], proc_net=tmp_path, uid=1001) == frozenset()
