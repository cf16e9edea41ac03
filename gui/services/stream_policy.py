"""LiveStream: when the app follows Pieces OS's live stream, and where what the stream says goes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from gui.services.store import StateStore
from gui.state import AppState

from .connection import PiecesConnection
from .poller import Poller
from .tasks import TaskRegistry

if TYPE_CHECKING:
    from .user_stream import UserStreamSource

# How long after the first list lands the stream is opened: after the window has painted it.
AFTER_FIRST_LIST_MS = 100


class LiveStream:
    """Follows WS /user/stream while the window shows a list from the Pieces OS it talks to.

    Opened once the first list is shown (off the path to the first window), followed again when
    the client is replaced, and let go as soon as what was known of Pieces OS is forgotten (another
    address): the old one's stream would otherwise push its user into the window meanwhile. Each
    push goes to the store, a burst of them asks the poller for one refresh, and while the stream
    is up the poller slows down.
    """

    def __init__(
        self,
        store: StateStore,
        connection: PiecesConnection,
        poller: Poller,
        tasks: TaskRegistry,
    ) -> None:
        self._store = store
        self._connection = connection
        self._poller = poller
        self._tasks = tasks
        self._source: UserStreamSource | None = None
        self._stopped = False
        connection.client_changed.connect(self._follow_new_client)
        store.changed.connect(self._state_changed)

    def stop(self) -> None:
        """Stop for good (on quit): nothing opens the stream again."""
        self._stopped = True
        if self._source is not None:
            self._source.stop()

    def _state_changed(self, new: AppState, previous: AppState) -> None:
        if new.last_success is not None and previous.last_success is None:
            # Once the first list is painted (Qt paints a few ms after a change, so a zero timer
            # would come first): opening the stream imports the WebSocket libraries (~50 ms).
            QTimer.singleShot(AFTER_FIRST_LIST_MS, self._follow_first_list)
        elif new.last_success is None and previous.last_success is not None and self._source is not None:
            self._source.stop()  # forgotten: until the next Pieces OS has answered, nothing of the old one
            self._live(False)

    def _follow_first_list(self) -> None:
        source = self._follows()
        if source is not None:
            source.start()  # unless it already follows this client

    def _follow_new_client(self) -> None:
        source = self._follows()
        if source is not None:
            source.restart()  # from scratch, on the new client

    def _follows(self) -> UserStreamSource | None:
        """The stream's source, or None while it is not followed (before the first list, or quitting)."""
        if self._store.state.last_success is None or self._stopped:
            return None
        if self._source is None:
            from .user_stream import UserStreamSource

            self._source = UserStreamSource(
                lambda: self._connection.client,
                self._tasks,
                on_user=self._store.user_pushed,
                on_change=self._poller.request,
                on_up=lambda: self._live(True),
                on_down=lambda _error: self._live(False),
            )
        return self._source

    def _live(self, live: bool) -> None:
        self._store.set_stream_live(live)
        self._poller.replan()
