"""Entry point of `python -m gui` and the `pieces-allocations` launcher."""

from __future__ import annotations

import sys

from gui.lean_start import leave_out_httpx_cli


def main(argv: list[str] | None = None) -> int:
    # Before the command line's imports: they bring in httpx.
    leave_out_httpx_cli()
    from gui import cli

    options = cli.parse(argv)
    if options.status:
        # No window and no QApplication: a status bar runs this every few seconds.
        from gui.status_command import main as status

        return status(options)
    # Imported after parsing, so --help and --version answer without loading Qt.
    from gui.bootstrap import run

    return run(options)


if __name__ == "__main__":
    sys.exit(main())
