"""Entry point of `python -m gui` and the `pieces-allocations` launcher."""

from __future__ import annotations

import sys

from gui.app.lean_start import check_pyside_use_cheaply, leave_out_httpx_cli
from gui.desktop.environment import restore_for_children


def main(argv: list[str] | None = None) -> int:
    # First, so that nothing the app starts (xdg-open, a browser) inherits the bundle's library path.
    restore_for_children()
    # Before the command line's imports: they bring in httpx (and PySide6 may be loaded already).
    leave_out_httpx_cli()
    check_pyside_use_cheaply()
    from gui import i18n
    from gui.cli import options as cli
    from gui.cli.catalog import CommandLineLanguage

    # --help, --status, --history and mistakes speak the user's language too; the window installs Qt's.
    i18n.use(CommandLineLanguage(sys.argv[1:] if argv is None else argv))
    options = cli.parse(argv)
    if options.history:
        # The file is all it needs: no window, no Qt, no Pieces OS.
        from gui.cli.history import main as history
        from gui.desktop.places import data_dir

        as_format = "json" if options.json else "csv" if options.csv else "text"
        return history(data_dir(options.config_dir), options.since, as_format=as_format)
    if options.status:
        # No window and no QApplication: a status bar runs this every few seconds.
        from gui.cli.status import main as status

        return status(options)
    # Imported after parsing, so --help and --version answer without loading Qt. PySide6's own
    # start comes first, so that it checks every module, those before it too, the cheap way.
    import shiboken6  # noqa: F401

    check_pyside_use_cheaply()
    # Before the QApplication, which picks its input method once.
    from gui.desktop.input_method import fall_back_if_missing

    fall_back_if_missing()
    from gui.app.bootstrap import run

    return run(options)


if __name__ == "__main__":
    sys.exit(main())
