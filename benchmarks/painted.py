"""Runs a Qt program (a module with -m, or a script) and says on stdout when its first table row is painted.

    python benchmarks/painted.py [--hide] -m gui --base-url URL
    python benchmarks/painted.py [--hide] benchmarks/bare_app.py URL

Prints ``painted`` the moment a table's viewport gets a paint event while its model has a row,
then, without --stay, ends the process at once (the start-up benchmark times process start to
that line). With --stay it keeps running; with --hide it also hides every window right after and
prints ``widget-timers N`` every second: the timer ticks of widgets since they were hidden, which
should stay 0 (nothing repaints what nobody sees).
"""

from __future__ import annotations

import os
import runpy
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

#: Called just before the process ends at the first row painted (a profiler's report, say).
BEFORE_EXIT: list[Callable[[], None]] = []


class FirstRowPainted(QObject):
    """An application-wide event filter that waits for a table to paint a row, then steps aside."""

    def __init__(self, app: QApplication, stay: bool, hide: bool) -> None:
        super().__init__()
        self._app = app
        self._stay = stay
        self._hide = hide
        self._ticks = 0
        self._watched: list[QTimer] = []

    def eventFilter(  # noqa: N802 - Qt's name
        self, watched: QObject, event: QEvent
    ) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Timer:
            self._ticks += 1
        elif kind == QEvent.Type.Paint and self._is_table_with_rows(watched):
            self._painted()
        return False

    @staticmethod
    def _is_table_with_rows(watched: QObject) -> bool:
        view = watched.parent()
        if not isinstance(view, QAbstractItemView) or watched is not view.viewport():
            return False
        model = view.model()
        return model is not None and model.rowCount() > 0

    def _painted(self) -> None:
        print("painted", flush=True)
        if not self._stay:
            for hook in BEFORE_EXIT:
                hook()
            os._exit(0)
        self._app.removeEventFilter(self)
        if self._hide:
            QTimer.singleShot(0, self._hide_all)

    def _hide_all(self) -> None:
        for widget in self._app.topLevelWidgets():
            widget.hide()
        # Only the timers that belong to widgets: the event loop's own timers (the poller) may tick.
        self._watched = [t for w in self._app.allWidgets() for t in w.findChildren(QTimer) if _owned(t)]
        for timer in self._watched:
            timer.installEventFilter(self)
        self._ticks = 0
        print("hidden", flush=True)
        report = QTimer(self)
        report.timeout.connect(lambda: print(f"widget-timers {self._ticks}", flush=True))
        report.start(1000)


def _owned(timer: QTimer) -> bool:
    return isinstance(timer.parent(), QWidget)


def main() -> None:
    args = sys.argv[1:]
    stay = "--stay" in args
    hide = "--hide" in args
    args = [a for a in args if a not in ("--stay", "--hide")]
    # Built here, before the program: the program then takes QApplication.instance().
    app = QApplication(sys.argv[:1])
    watcher = FirstRowPainted(app, stay or hide, hide)
    app.installEventFilter(watcher)
    if args[0] == "-m":
        sys.argv = [args[1], *args[2:]]
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = args
        runpy.run_path(args[0], run_name="__main__")


if __name__ == "__main__":
    main()
