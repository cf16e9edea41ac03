"""HistoryStrip: a cloud's timeline as a bar, a colour and a pattern per status, unwatched time hatched."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui.history.records import Reading
from gui.history.timeline import Segment
from gui.i18n import Context

from .formatting import duration_text, local_moment

HISTORY_STRIP = Context("HISTORY_STRIP")

__all__ = ["HistoryStrip", "Run", "pixel_runs", "reading_word"]


@dataclass(frozen=True)
class _Look:
    color: str | None  # None: the palette's own (time nobody watched)
    pattern: Qt.BrushStyle  # drawn over the colour, so that no status is told by colour alone


_LOOKS = {
    Reading.CONNECTED: _Look("#1a7f37", Qt.BrushStyle.NoBrush),
    Reading.CONNECTING: _Look("#9a6700", Qt.BrushStyle.Dense5Pattern),
    Reading.FAILED: _Look("#cf222e", Qt.BrushStyle.DiagCrossPattern),
    Reading.DISCONNECTED: _Look("#57606a", Qt.BrushStyle.HorPattern),
    Reading.UNKNOWN: _Look("#8250df", Qt.BrushStyle.Dense6Pattern),
    Reading.NOT_WATCHED: _Look(None, Qt.BrushStyle.BDiagPattern),
}
# When several statuses share one pixel, the one that most needs seeing is drawn: a failure of a
# few seconds in a month still shows as a line.
_WEIGHT = {
    Reading.FAILED: 5,
    Reading.DISCONNECTED: 4,
    Reading.CONNECTING: 3,
    Reading.UNKNOWN: 2,
    Reading.NOT_WATCHED: 1,
    Reading.CONNECTED: 0,
}


def reading_word(reading: Reading, status: str | None = None) -> str:
    words = {
        Reading.CONNECTED: HISTORY_STRIP.tr("Connected"),
        Reading.CONNECTING: HISTORY_STRIP.tr("Connecting"),
        Reading.FAILED: HISTORY_STRIP.tr("Failed"),
        Reading.DISCONNECTED: HISTORY_STRIP.tr("Disconnected"),
        Reading.UNKNOWN: HISTORY_STRIP.tr("Unknown ({status})").format(status=status)
        if status
        else HISTORY_STRIP.tr("Unknown"),
        Reading.NOT_WATCHED: HISTORY_STRIP.tr("Not watched"),
    }
    return words[reading]


@dataclass(frozen=True)
class Run:
    """Pixels x0 to x1 (exclusive) of the strip, drawn as `segment` reads."""

    x0: int
    x1: int
    segment: Segment


def pixel_runs(parts: Sequence[Segment], start: int, end: int, width: int) -> list[Run]:
    """The segments laid on `width` pixels, a run per stretch; a shared pixel shows its weightiest status."""
    if width <= 0 or end <= start:
        return []
    scale = width / (end - start)
    best: list[Segment | None] = [None] * width
    for part in parts:
        x0 = int((part.start - start) * scale)
        x1 = max(x0 + 1, int((part.end - start) * scale + 0.5))
        for x in range(max(x0, 0), min(x1, width)):
            held = best[x]
            if held is None or _WEIGHT[part.reading] > _WEIGHT[held.reading]:
                best[x] = part
    runs: list[Run] = []
    for x, shown in enumerate(best):
        if shown is None:
            continue
        if runs and runs[-1].segment is shown and runs[-1].x1 == x:
            runs[-1] = Run(runs[-1].x0, x + 1, shown)
        else:
            runs.append(Run(x, x + 1, shown))
    return runs


class HistoryStrip(QWidget):
    """Paints the runs; a tooltip names the segment under the pointer: status, start, end, duration."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(HISTORY_STRIP.tr("Status history"))
        self._parts: tuple[Segment, ...] = ()
        self._start = self._end = 0
        self._runs: list[Run] = []
        self._laid_for = -1

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt names its virtual methods
        return QSize(240, max(18, self.fontMetrics().height()))

    def set_segments(self, parts: Sequence[Segment], start: int, end: int) -> None:
        self._parts, self._start, self._end = tuple(parts), start, end
        self._laid_for = -1
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The strip in words, for a screen reader: each watched stretch with its status and length."""
        said = [f"{reading_word(p.reading, p.status)} {duration_text(p.duration)}" for p in self._parts[-12:]]
        return "; ".join(said)

    def runs(self) -> list[Run]:
        width = self.contentsRect().width()
        if self._laid_for != width:
            self._runs = pixel_runs(self._parts, self._start, self._end, width)
            self._laid_for = width
        return self._runs

    def segment_at(self, x: int) -> Segment | None:
        x -= self.contentsRect().x()
        return next((run.segment for run in self.runs() if run.x0 <= x < run.x1), None)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt names its event handlers
        painter = QPainter(self)
        area = self.contentsRect()
        palette = self.palette()
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        for run in self.runs():
            rect = QRect(area.x() + run.x0, area.y(), run.x1 - run.x0, area.height())
            look = _LOOKS[run.segment.reading]
            if look.color is None:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
                painter.fillRect(rect, QBrush(palette.color(QPalette.ColorRole.Mid), look.pattern))
            else:
                painter.fillRect(rect, QColor(look.color))
                if look.pattern is not Qt.BrushStyle.NoBrush:
                    painter.fillRect(rect, QBrush(QColor(255, 255, 255, 150), look.pattern))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(area.adjusted(0, 0, -1, -1))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            part = self.segment_at(event.pos().x())
            if part is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(part), self)
            return True
        return super().event(event)

    def tooltip_for(self, part: Segment) -> str:
        text = HISTORY_STRIP.tr("{status}\n{start} – {end} ({duration})").format(
            status=reading_word(part.reading, part.status),
            start=local_moment(part.start),
            end=local_moment(part.end),
            duration=duration_text(part.duration),
        )
        if part.by_user and part.reading is Reading.DISCONNECTED:
            text += "\n" + HISTORY_STRIP.tr("You disconnected it.")
        elif part.detail:
            text += "\n" + part.detail
        return text

    def point_of(self, part: Segment) -> QPoint:
        """Where the pointer rests over `part` (for tests and the keyboard's tooltip)."""
        run = next(run for run in self.runs() if run.segment is part)
        area = self.contentsRect()
        return QPoint(area.x() + (run.x0 + run.x1) // 2, area.center().y())
