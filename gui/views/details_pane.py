"""DetailsPane: every field of the selected allocation, and each of its URLs with its own status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from gui.api import AllocationCloud
from gui.desktop.assets import icon
from gui.i18n import Context
from gui.views.presentation import cloud_look

from .elided_label import ElidedLabel
from .formatting import (
    MISSING,
    Clock,
    age_text,
    exact_time,
    one_line,
    pieces_os_words,
    plain_label,
    utc_now,
)
from .intents import WindowIntents
from .url_row import ICON_SIZE, UrlRow, value_field

DETAILS_PANE = Context("DETAILS_PANE")

if TYPE_CHECKING:
    from gui.services.history import HistoryService

    from .history_panel import HistoryPanel

__all__ = ["DetailsPane"]

# An allocation id at its widest: a uuid in the widest of its characters.
_WIDEST_ID = "00000000-0000-0000-0000-000000000000"


class DetailsPane(QStackedWidget):
    """Shows one AllocationCloud, or a hint to select one; every value is selectable plain text."""

    copied = Signal(str)

    def __init__(
        self,
        intents: WindowIntents,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
        history: HistoryService | None = None,
    ) -> None:
        """history: where the cloud's past is kept; without one the pane shows only what is now."""
        super().__init__(parent)
        self._clock = clock
        self.setAccessibleName(DETAILS_PANE.tr("Allocation details"))
        self._cloud: AllocationCloud | None = None
        self.empty_label = QLabel(DETAILS_PANE.tr("Select an allocation to see its details."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.addWidget(self.empty_label)

        content = self._content = QWidget()
        # A URL has no spaces to wrap at: cut in the middle, whole in the tooltip and in the URL rows below.
        self.heading = ElidedLabel(
            None, content, mode=Qt.TextElideMode.ElideMiddle, field=DETAILS_PANE.tr("Personal URL")
        )
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.status_icon = QLabel(content)
        self.status_word = plain_label(parent=content, selectable=True, wrap=False)
        # Described, not named: a label's name is all a screen reader reads of it: here, the status.
        self.status_word.setAccessibleDescription(DETAILS_PANE.tr("Cloud status"))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status_word, 1)
        # "Status", not "Cloud status": the widest label sets the pane's least width, and the
        # URLs' own statuses are in their box below.
        form.addRow(DETAILS_PANE.tr("Status:"), status_row)
        names = {
            "id": DETAILS_PANE.tr("ID"),
            "user": DETAILS_PANE.tr("User"),
            "project": DETAILS_PANE.tr("Project"),
            "region": DETAILS_PANE.tr("Region"),
            "version": DETAILS_PANE.tr("Version"),
        }
        self.fields: dict[str, QLineEdit] = {}
        for key, name in names.items():
            self.fields[key] = value_field(content, name)
            form.addRow(DETAILS_PANE.tr("{name}:").format(name=name), self.fields[key])
        self.updated = self._wrapping_label(content, DETAILS_PANE.tr("Updated"))
        form.addRow(DETAILS_PANE.tr("Updated:"), self.updated)
        # Pieces OS's own wording of the time ("Last week - June 3rd, 3:33 a.m."), when it gives one
        # and the app speaks English, as Pieces OS does.
        self.readable = self._wrapping_label(content, DETAILS_PANE.tr("Updated, in words"))
        form.addRow(DETAILS_PANE.tr("In words:"), self.readable)
        self._form = form

        self.urls_box = QGroupBox(DETAILS_PANE.tr("URLs"), content)
        urls_layout = QVBoxLayout(self.urls_box)
        self.url_rows: dict[str, UrlRow] = {}
        for role in ("vanity", "id", "base"):
            row = UrlRow(role, intents, self.urls_box)
            row.copied.connect(self.copied)
            self.url_rows[role] = row
            urls_layout.addWidget(row)

        self.history_box: QGroupBox | None = None
        self.history: HistoryPanel | None = None
        if history is not None:
            # Loaded with the history it shows: sqlite3 and the timeline stay off a bare start.
            from .history_panel import HistoryPanel

            self.history_box = QGroupBox(DETAILS_PANE.tr("Status history"), content)
            self.history = HistoryPanel(history, self.history_box)
            self.history.open_window.connect(intents.show_history)
            QVBoxLayout(self.history_box).addWidget(self.history)

        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.urls_box)
        if self.history_box is not None:
            layout.addWidget(self.history_box)
        layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        # No tab stop of its own (its focus showed nowhere): Tab goes to its fields, which it scrolls to.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        content.installEventFilter(self)
        self.scroll_area.setAccessibleName(DETAILS_PANE.tr("Allocation details"))
        self.addWidget(self.scroll_area)
        # A whole id beside its label, at the least (see minimumSizeHint).
        id_field = self.fields["id"]
        margins = id_field.textMargins()
        id_field.setMinimumWidth(
            id_field.fontMetrics().horizontalAdvance(_WIDEST_ID) + margins.left() + margins.right() + 8
        )
        self.show_cloud(None)

    @override
    def minimumSizeHint(self) -> QSize:
        # A scroll area does not pass on what its contents need: a pane narrower than them cut
        # the id mid-character. Room for a vertical scroll bar too, for a short window.
        hint = super().minimumSizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return hint.expandedTo(QSize(self._content.minimumSizeHint().width() + bar, 0))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the contents' least width changed: let the splitter know
        return False

    @staticmethod
    def _wrapping_label(parent: QWidget, description: str) -> QLabel:
        label = plain_label(parent=parent, selectable=True)
        label.setWordWrap(True)
        # Wraps at spaces and clips the rest rather than widening the pane.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(1)
        label.setAccessibleDescription(description)  # its name is its text, which a reader reads
        return label

    @property
    def cloud(self) -> AllocationCloud | None:
        return self._cloud

    def show_cloud(self, cloud: AllocationCloud | None) -> None:
        """Show cloud, or the empty state; an unchanged cloud is left alone so a text selection survives."""
        if cloud is not None and cloud == self._cloud:
            return
        self._cloud = cloud
        if self.history is not None:
            self.history.show_cloud(None if cloud is None else cloud.id)
        if cloud is None:
            self.setCurrentWidget(self.empty_label)
            return
        look = cloud_look(cloud)
        self.heading.set_full_text(one_line(cloud.personal_url))
        self.status_icon.setPixmap(icon(look.icon).pixmap(ICON_SIZE, ICON_SIZE))
        self.status_word.setText(look.word)
        values = {
            "id": cloud.id,
            "user": cloud.user,
            "project": cloud.project,
            "region": cloud.region,
            "version": cloud.version,
        }
        for key, value in values.items():
            self.fields[key].setText(one_line(value) if value and value.strip() else MISSING)
            self.fields[key].setCursorPosition(0)
        self._show_updated()
        present = dict(cloud.urls.named())
        for role, row in self.url_rows.items():
            url = present.get(role)
            row.setVisible(url is not None)
            if url is not None:
                row.show_url(url)
        self.setCurrentWidget(self.scroll_area)
        self.updateGeometry()  # its least width is the shown contents' (see minimumSizeHint)

    def _show_updated(self) -> None:
        updated = self._cloud.updated if self._cloud else None
        if updated is None:
            self.updated.setText(MISSING)
        else:
            age = age_text((self._clock() - updated.value).total_seconds())
            self.updated.setText(f"{exact_time(updated.value)} ({age})")
        readable = pieces_os_words(updated.readable if updated else None)
        self.readable.setText(one_line(readable) if readable else MISSING)
        self._form.setRowVisible(self.readable, readable is not None)

    def refresh_age(self) -> None:
        """Re-say "(3 min ago)" as time passes."""
        if self._cloud is not None:
            self._show_updated()

    def focus_first(self) -> None:
        """Move the keyboard focus into the pane (Enter or a double-click on a row)."""
        if self._cloud is not None:
            self.fields["id"].setFocus(Qt.FocusReason.OtherFocusReason)
