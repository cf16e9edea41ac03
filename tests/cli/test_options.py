"""The command line accepts what the README promises and refuses bad input in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui import __version__
from gui.cli import options as cli


def test_defaults_find_pieces_os_automatically() -> None:
    options = cli.parse([])
    assert options == cli.Options()
    assert options.base_url is None
    assert not options.demo


def test_every_flag() -> None:
    options = cli.parse(
        [
            "--base-url",
            "127.0.0.1:39300/",
            "--config-dir",
            "/tmp/x",
            "--quit-after-ms",
            "500",
            "--log-level",
            "info",
        ]
    )
    assert options.base_url == "http://127.0.0.1:39300"
    assert options.config_dir == Path("/tmp/x")
    assert options.quit_after_ms == 500
    assert options.log_level == "INFO"


def test_demo() -> None:
    assert cli.parse(["--demo"]).demo


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--base-url", "ftp://x"], "not an http:// or https:// address"),
        (["--quit-after-ms", "soon"], "not a positive number of milliseconds"),
        (["--demo", "--base-url", "http://127.0.0.1:1"], "not allowed with argument"),
    ],
)
def test_bad_input_is_refused_in_words(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.parse(argv)
    assert exited.value.code == 2
    assert says in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.parse(["--version"])
    assert __version__ in capsys.readouterr().out


def test_tray_status_and_json() -> None:
    assert cli.parse(["--tray"]).tray
    status = cli.parse(["--status", "--json", "--base-url", "127.0.0.1:39300"])
    assert (status.status, status.json, status.tray) == (True, True, False)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--json"], "--json goes with --status"),
        (["--status", "--tray"], "takes no --tray"),
        (["--status", "--quit-after-ms", "5"], "takes no --tray or --quit-after-ms"),
    ],
)
def test_status_flags_that_do_not_fit_are_refused(
    args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.parse(args)
    assert exit_info.value.code == 2
    assert words in capsys.readouterr().err
