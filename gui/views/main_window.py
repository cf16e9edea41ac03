"""MainWindow: renders every AppState from the store and turns the user's clicks into intents."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget
from typing_extensions import override

from gui.api import AllocationCloud
from gui.desktop.assets import icon
from gui.desktop.links import is_web_url
from gui.i18n import Context
from gui.services.store import StateStore
from gui.state import AppState, Phase

from .allocations_model import CloudRole
from .allocations_page import AllocationsPage
from .announcer import StatusAnnouncer
from .formatting import Clock, utc_now
from .intents import WindowIntents
from .state_panel import StatePanel
from .status_bar import StatusBar
from .window_actions import WindowActions
from .window_size import first_geometry

MAIN_WINDOW = Context("MAIN_WINDOW")

if TYPE_CHECKING:
    from gui.services.history import HistoryService

__all__ = ["MainWindow"]

_AGE_REFRESH_MS = 30_000
_MESSAGE_MS = 4000
# From this many rows, a first load is taken in a step a turn of the loop: below, all of it takes
# a few milliseconds.
_IN_STEPS = 1000
_DONE = object()


class MainWindow(QMainWindow):
    """The allocations window. It reads the store and calls intents; it does no I/O itself."""

    # Emitted after the window accepted a close; the application decides whether that means quit.
    closed = Signal()

    def __init__(
        self,
        store: StateStore,
        intents: WindowIntents,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
        history: HistoryService | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._intents = intents
        self.setWindowTitle(MAIN_WINDOW.tr("Pieces Allocations"))
        self.setWindowIcon(icon("app"))
        # A share of the screen it opens on; a layout saved at the last quit is restored over it.
        place = first_geometry(self.screen().availableGeometry())
        self.resize(place.size())
        self.move(place.topLeft())
        # An explicit minimum: otherwise the layout re-derives it from every state's contents, so
        # the window's smallest size would change with the phase shown.
        self.setMinimumSize(720, 420)

        self.state_panel = StatePanel(intents, self)
        self.page = AllocationsPage(intents, self, clock=clock, history=history)
        self.table = self.page.table
        self.model = self.page.model
        self.proxy = self.page.proxy
        self.details = self.page.details
        self.filter_edit = self.page.filter_edit
        self.banner = self.page.banner
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.state_panel)
        self.pages.addWidget(self.page)
        self.setCentralWidget(self.pages)
        self.status = StatusBar(self, clock=clock)
        self.setStatusBar(self.status)
        # One tick for both ages: the banner and the status bar never say different things.
        self.status.timer.timeout.connect(self.banner.update_age)

        actions = WindowActions(self)
        actions.build_menus()
        self.action_change_address = actions.change_address
        self.action_settings = actions.settings
        self.action_demo = actions.demo
        self.action_quit = actions.quit
        self.action_refresh = actions.refresh
        self.action_find = actions.find
        self.interval_actions = actions.intervals
        self.action_connect = actions.connect
        self.action_reconnect = actions.reconnect
        self.action_disconnect = actions.disconnect
        self.action_copy_url = actions.copy_url
        self.action_open_url = actions.open_url
        self.action_create = actions.create
        self.action_delete = actions.delete
        self.action_about = actions.about
        self.action_history = actions.history
        # Connected by the app's help actions: they need the log folder and the settings.
        self.action_open_log_folder = actions.open_log_folder
        self.action_copy_diagnostics = actions.copy_diagnostics
        self._connect_actions()
        self.table.addActions(list(actions.selection_actions))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._row_activated)
        self.details.copied.connect(self._copied)
        self.setTabOrder(self.filter_edit, self.table)
        self.setTabOrder(self.table, self.details)

        # "3 min ago" in the table and the banner must age even when nothing new arrives; only
        # while the window is shown, though: in the tray nobody sees it (see showEvent).
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(_AGE_REFRESH_MS)
        self.age_timer.timeout.connect(self.refresh_ages)
        # Arriving at the table takes up to eight turns of the loop (see _arrive_at_table). Timer objects,
        # not QTimer.singleShot(0): that one is a posted event, delivered with the paint before any
        # input or timer gets a turn.
        self._rows_coming: Iterator[None] | None = None
        self._rows_step = self._next_turn(self._take_rows_step)
        self._page_paint = self._next_turn(lambda: self.page.setUpdatesEnabled(True))
        self._rows_paint = self._next_turn(lambda: self.table.viewport().setUpdatesEnabled(True))
        self._page_paint.timeout.connect(self._rows_paint.start)
        # Started with the rows: fires on the turn that fits the columns to them, then the page paints.
        self._measured = self._next_turn(self._page_paint.start)

        store.changed.connect(self._state_changed)
        self._show(store.state, None)
        # A change of the cloud's status is told to a screen reader once, from this window.
        self.announcer = StatusAnnouncer(store, self)

    # -- Rendering ----------------------------------------------------------------------------

    def _state_changed(self, new: AppState, previous: AppState) -> None:
        self._show(new, previous)

    def _show(self, state: AppState, previous: AppState | None) -> None:
        loaded = state.phase is Phase.LOADED
        arriving = loaded and self.pages.currentWidget() is not self.page
        if arriving:
            self._arrive_at_table()
        elif not loaded:
            self.pages.setCurrentWidget(self.state_panel)
        thousands = arriving and previous is not None and len(state.allocations) >= _IN_STEPS
        if thousands or self._rows_coming is not None:
            # Thousands of rows: taken in a step a turn, from the next on (the latest rows, should
            # newer ones come meanwhile).
            self._rows_coming = self.model.apply_in_steps(state.allocations)
            self._rows_step.start()
        else:
            if previous is None or state.allocations is not previous.allocations:
                self.model.apply(state.allocations)
            if arriving:
                self._measured.start()
        self.state_panel.show_state(state)
        self.banner.show_state(state)
        self.status.show_state(state)
        chosen = self.interval_actions.get(state.refresh_seconds)
        for action in self.interval_actions.values():
            action.setChecked(action is chosen)
        self._sync_selection()

    def _take_rows_step(self) -> None:
        if self._rows_coming is None:
            return
        if next(self._rows_coming, _DONE) is not _DONE:
            self._rows_step.start()
            return
        self._rows_coming = None
        # The first row picked on the turn the rows came in rather than the next, with the
        # columns' fitting: the shorter of the two turns.
        self.page.pick.settle()
        if self.pages.currentWidget() is self.page:
            self._measured.start()
        self._sync_selection()

    def _next_turn(self, action: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(action)
        return timer

    def _arrive_at_table(self) -> None:
        """Switch to the table page, unpainted. Thousands of rows come in over the next turns of the
        loop, a step each (fewer, at once); the next turn fits the columns, the next paints the page
        and the one after that its rows.

        Switching (which shows, polishes and lays out the whole page), reading thousands of rows'
        ids and sort keys, sorting them, taking them in, fitting the columns, painting the page and
        then a screenful of rows each take several milliseconds. Back to back they held the loop
        for 25-40 ms; with a turn each, input and timers are served in between. Until the page
        paints, the last one shown stays.
        """
        self.table.viewport().setUpdatesEnabled(False)  # explicitly: enabling the page leaves it off
        self.page.setUpdatesEnabled(False)
        self.pages.setCurrentWidget(self.page)
        # Arriving at the table (not on every refresh): the keyboard starts there.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_ages(self) -> None:
        self.model.refresh_ages()
        self.banner.update_age()
        self.details.refresh_age()

    def selected_cloud(self) -> AllocationCloud | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        cloud = rows[0].data(CloudRole)
        return cloud if isinstance(cloud, AllocationCloud) else None

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._sync_selection()

    def _sync_selection(self) -> None:
        """The details and the actions follow the selected row (and its latest data after a refresh)."""
        cloud = self.selected_cloud()
        self.details.show_cloud(cloud)
        state = self._store.state
        phase = state.phase
        signed_in = state.user is not None
        can_act = phase is Phase.LOADED and cloud is not None
        self.action_refresh.setEnabled(phase is not Phase.SEARCHING)
        self.action_find.setEnabled(phase is Phase.LOADED)
        self.action_connect.setEnabled(signed_in and phase in (Phase.LOADED, Phase.NO_ALLOCATIONS))
        self.action_create.setEnabled(signed_in and phase in (Phase.LOADED, Phase.NO_ALLOCATIONS))
        for action in (
            self.action_reconnect,
            self.action_disconnect,
            self.action_delete,
            self.action_copy_url,
        ):
            action.setEnabled(can_act)
        self.action_open_url.setEnabled(can_act and cloud is not None and is_web_url(cloud.personal_url))

    # -- Actions ------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        intents = self._intents
        self.action_change_address.triggered.connect(intents.change_address)
        self.action_settings.triggered.connect(intents.open_settings)
        self.action_demo.triggered.connect(intents.start_demo)
        self.action_quit.triggered.connect(intents.quit)
        self.action_refresh.triggered.connect(self._refresh)
        self.action_find.triggered.connect(self._find)
        self.action_connect.triggered.connect(intents.connect)
        self.action_reconnect.triggered.connect(lambda: self._with_selected(intents.reconnect))
        self.action_disconnect.triggered.connect(lambda: self._with_selected(intents.disconnect))
        self.action_delete.triggered.connect(lambda: self._with_selected(intents.delete))
        self.action_create.triggered.connect(lambda: intents.create(self.selected_cloud()))
        self.action_copy_url.triggered.connect(self._copy_url)
        self.action_open_url.triggered.connect(self._open_url)
        self.action_about.triggered.connect(intents.show_about)
        self.action_history.triggered.connect(intents.show_history)
        for seconds, action in self.interval_actions.items():
            action.triggered.connect(lambda _checked=False, s=seconds: intents.set_refresh_interval(s))

    def _with_selected(self, intent: Callable[[AllocationCloud], None]) -> None:
        cloud = self.selected_cloud()
        if cloud is not None:
            intent(cloud)

    def _refresh(self) -> None:
        # With no Pieces OS found, "refresh" can only mean: look for it again.
        if self._store.state.phase is Phase.UNREACHABLE:
            self._intents.retry_discovery()
        else:
            self._intents.refresh()

    def _find(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _copy_url(self) -> None:
        cloud = self.selected_cloud()
        if cloud is not None:
            QGuiApplication.clipboard().setText(cloud.personal_url)
            self._copied(cloud.personal_url)

    def _open_url(self) -> None:
        cloud = self.selected_cloud()
        if cloud is not None and is_web_url(cloud.personal_url):
            self._intents.open_url(cloud.personal_url)

    def _copied(self, text: str) -> None:
        self.status.showMessage(MAIN_WINDOW.tr("Copied {text}").format(text=text), _MESSAGE_MS)

    def _row_activated(self) -> None:
        self.details.focus_first()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        # Ages stood still while hidden: bring them up to date before the first paint.
        self.refresh_ages()
        self.age_timer.start()
        super().showEvent(event)

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        self.age_timer.stop()
        super().hideEvent(event)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closed.emit()
