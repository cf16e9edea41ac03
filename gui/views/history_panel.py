"""HistoryPanel: a cloud's last day, week or month: the strip, uptime, since when, and incidents."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from gui.history.database import HistoryUnavailable
from gui.history.reading import CloudTimeline
from gui.history.records import Reading
from gui.history.timeline import Incident
from gui.i18n import Context
from gui.services.history import HistoryService

from .formatting import duration_text, local_moment, one_line, percent_text, plain_label
from .history_strip import HistoryStrip, reading_word

HISTORY_PANEL = Context("HISTORY_PANEL")

__all__ = ["PERIODS", "HistoryPanel"]

_log = logging.getLogger(__name__)
_HOUR = 3_600_000
# The periods the strip can show, in ms: the day, the week, the month.
PERIODS = (24 * _HOUR, 7 * 24 * _HOUR, 30 * 24 * _HOUR)
# Incidents listed under the strip (the History window has them all).
SHOWN_INCIDENTS = 4


class HistoryPanel(QWidget):
    """Reads the cloud's timeline when it is shown, when the period changes and when more is recorded."""

    # "All incidents…": the user asked for the History window.
    open_window = Signal()

    def __init__(self, history: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._cloud: str | None = None
        self.period = PERIODS[1]
        self.strip = HistoryStrip(self)
        self.since_label = plain_label(parent=self, selectable=True, wrap=False)
        self.uptime_label = plain_label(parent=self, selectable=True)
        self.incidents_label = plain_label(parent=self, selectable=True)
        self.paused_label = plain_label(parent=self)
        self.paused_label.setWordWrap(True)
        self.incidents_label.setWordWrap(True)
        self.uptime_label.setWordWrap(True)

        self.period_buttons: list[QToolButton] = []
        group = QButtonGroup(self)
        switch = QHBoxLayout()
        self.all_button = QToolButton(self)
        self.all_button.setText(HISTORY_PANEL.tr("All incidents…"))
        self.all_button.setToolTip(
            HISTORY_PANEL.tr("Every cloud's incidents and your operations, to filter and export")
        )
        self.all_button.clicked.connect(self.open_window)
        switch.addWidget(self.all_button)
        switch.addStretch(1)
        for period, name in zip(
            PERIODS,
            (HISTORY_PANEL.tr("24 h"), HISTORY_PANEL.tr("7 days"), HISTORY_PANEL.tr("30 days")),
            strict=True,
        ):
            button = QToolButton(self)
            button.setText(name)
            button.setCheckable(True)
            button.setChecked(period == self.period)
            button.setAccessibleName(HISTORY_PANEL.tr("Show the last {period}").format(period=name))
            button.clicked.connect(lambda _checked=False, p=period: self.show_period(p))
            group.addButton(button)
            switch.addWidget(button)
            self.period_buttons.append(button)
        self._mark_period()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(switch)
        layout.addWidget(self.strip)
        layout.addWidget(self.since_label)
        layout.addWidget(self.uptime_label)
        layout.addWidget(self.incidents_label)
        layout.addWidget(self.paused_label)
        history.recorded.connect(self._reread)
        history.paused_changed.connect(self._reread)

    def show_cloud(self, cloud_id: str | None) -> None:
        self._cloud = cloud_id
        self._reread()

    def show_period(self, period: int) -> None:
        self.period = period
        self._mark_period()
        self._reread()

    def _mark_period(self) -> None:
        """The chosen period is checked and bold: a checked button's shade alone is all but lost in a
        dark theme. Each button keeps the width of its bold text, so that switching moves none."""
        for button, each in zip(self.period_buttons, PERIODS, strict=True):
            chosen = each == self.period
            button.setChecked(chosen)
            weight = QFont()  # the weight alone: family and size still follow the desktop's
            weight.setBold(True)
            button.setFont(weight)
            button.setMinimumWidth(button.sizeHint().width())
            weight.setBold(chosen)
            button.setFont(weight)

    def _reread(self) -> None:
        if self._cloud is None:
            return
        try:
            end = self._history.now()
            timeline = self._history.timeline(self._cloud, end - self.period, end)
        except HistoryUnavailable as error:
            self._show_paused(error.message)
            return
        self._show(timeline)

    def _show_paused(self, message: str) -> None:
        self.strip.set_segments((), 0, 0)
        for label in (self.since_label, self.uptime_label, self.incidents_label):
            label.clear()
            label.hide()
        self.paused_label.setText(message)
        self.paused_label.show()

    def _show(self, timeline: CloudTimeline) -> None:
        said = self._history.paused or self._history.notice
        self.paused_label.setVisible(bool(said))
        self.paused_label.setText(said or "")
        self.strip.set_segments(timeline.segments, timeline.start, timeline.end)
        self.since_label.setText(self.since_text(timeline))
        self.since_label.setVisible(bool(self.since_label.text()))
        self.uptime_label.setText(self.uptime_text(timeline))
        self.uptime_label.show()
        lines = [self.incident_text(i) for i in timeline.incidents[:SHOWN_INCIDENTS]]
        if len(timeline.incidents) > SHOWN_INCIDENTS:
            more = len(timeline.incidents) - SHOWN_INCIDENTS
            lines.append(HISTORY_PANEL.tr("and %n earlier", None, more))
        self.incidents_label.setText("\n".join(lines) or HISTORY_PANEL.tr("No incidents in this period."))
        self.incidents_label.show()

    def since_text(self, timeline: CloudTimeline) -> str:
        """ "Connected for 3 h 12 min" (watched time only, never across a night nobody watched), or
        "Failed since 09:14" (when it was seen to change)."""
        current = timeline.current
        parts = timeline.segments
        if current is None or not parts:
            return HISTORY_PANEL.tr("Nothing recorded for this cloud yet.")
        last = parts[-1]
        if last.reading is Reading.NOT_WATCHED:
            return HISTORY_PANEL.tr("Not watched since {time}.").format(time=local_moment(last.start))
        word = reading_word(last.reading, last.status)
        if last.reading is Reading.CONNECTED:
            held = last.start  # the watched stretch it is part of: segments join while it holds
            return HISTORY_PANEL.tr("{status} for {duration}").format(
                status=word, duration=duration_text(timeline.end - held)
            )
        return HISTORY_PANEL.tr("{status} since {time}").format(status=word, time=local_moment(current.at))

    def uptime_text(self, timeline: CloudTimeline) -> str:
        figures = timeline.uptime
        if figures.ratio is None:
            return HISTORY_PANEL.tr("Uptime: not known, nobody watched it in this period.")
        text = HISTORY_PANEL.tr("Uptime {percent} % of {watched} watched").format(
            percent=percent_text(figures.ratio), watched=duration_text(figures.watched - figures.chosen_off)
        )
        if figures.chosen_off:
            text += HISTORY_PANEL.tr(", not counting {duration} you had it disconnected").format(
                duration=duration_text(figures.chosen_off)
            )
        return text

    def incident_text(self, incident: Incident) -> str:
        if incident.ongoing:
            # Still failed (or disconnected): how long so far, not how long it lasted.
            said = HISTORY_PANEL.tr("{status} at {time}, {duration} so far")
        else:
            said = HISTORY_PANEL.tr("{status} at {time}, {duration}")
        text = said.format(
            status=reading_word(incident.reading),
            time=local_moment(incident.start),
            duration=duration_text(incident.watched),
        )
        if incident.by_user:
            return text + HISTORY_PANEL.tr(", by you")
        if incident.detail:
            return text + ": " + one_line(incident.detail)  # Pieces OS's words: one plain line
        return text
