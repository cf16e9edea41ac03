"""WindowIntents: what the main window can ask the application to do; views hold no services."""

from __future__ import annotations

from typing import Protocol

from gui.api import AllocationCloud


class WindowIntents(Protocol):
    """Implemented by the application controller; the window only calls these."""

    def refresh(self) -> None:
        """Refresh now (F5 / Ctrl+R)."""

    def retry_discovery(self) -> None:
        """Look for Pieces OS again (Retry in the unreachable state)."""

    def change_address(self) -> None:
        """Let the user type the Pieces OS address."""

    def open_settings(self) -> None:
        """Open the Settings dialog (address, refresh, notifications, start at login)."""

    def start_demo(self) -> None:
        """Switch to the built-in demo Pieces OS."""

    def connect(self) -> None:
        """Open the Connect dialog for the signed-in user."""

    def reconnect(self, cloud: AllocationCloud) -> None: ...

    def disconnect(self, cloud: AllocationCloud) -> None: ...

    def create(self, cloud: AllocationCloud | None) -> None:
        """Advanced: send /allocations/create (a cloud-side operation)."""

    def delete(self, cloud: AllocationCloud) -> None:
        """Advanced: send /allocations/delete (a cloud-side operation)."""

    def set_refresh_interval(self, seconds: float) -> None:
        """Read the allocations every `seconds` from now on, and remember the choice."""

    def open_url(self, url: str) -> None:
        """Open an http(s) URL in the browser; anything else is refused."""

    def show_about(self) -> None: ...

    def show_history(self) -> None:
        """Open the History window: every cloud's incidents and the user's operations."""

    def quit(self) -> None: ...
