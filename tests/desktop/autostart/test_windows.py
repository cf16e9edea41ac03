"""The Windows Run value: what would be written to HKEY_CURRENT_USER, through a registry stand-in."""

from __future__ import annotations

import pytest

from gui.desktop.autostart import AutostartError, RunKeyAutostart, for_platform
from gui.desktop.autostart.windows import APPROVED_KEY, RUN_KEY


class FakeRegistry:
    """HKEY_CURRENT_USER as a dict of (key, name) -> value; `broken` makes every write fail."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str | bytes] = {}
        self.broken = False

    def get(self, key: str, name: str) -> str | bytes | None:
        return self.values.get((key, name))

    def set(self, key: str, name: str, value: str) -> None:
        if self.broken:
            raise PermissionError(13, "Access is denied")
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        if self.broken:
            raise PermissionError(13, "Access is denied")
        self.values.pop((key, name), None)


def backend(registry: FakeRegistry) -> RunKeyAutostart:
    chosen = for_platform("win32", "pieces-allocations", "Pieces Allocations", registry=registry)
    assert isinstance(chosen, RunKeyAutostart)
    return chosen


def test_enable_writes_the_quoted_command_line_under_run() -> None:
    registry = FakeRegistry()
    autostart = backend(registry)
    assert not autostart.enabled()

    autostart.enable(["C:\\Program Files\\Pieces Allocations\\pieces-allocations.exe", "--tray"])

    assert registry.values == {
        (
            RUN_KEY,
            "Pieces Allocations",
        ): '"C:\\Program Files\\Pieces Allocations\\pieces-allocations.exe" --tray'
    }
    assert RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert autostart.enabled()


def test_disabled_in_task_manager_is_not_enabled_and_enable_clears_it() -> None:
    registry = FakeRegistry()
    autostart = backend(registry)
    autostart.enable(["app.exe", "--tray"])
    registry.values[(APPROVED_KEY, "Pieces Allocations")] = bytes([3]) + bytes(11)
    assert not autostart.enabled()
    registry.values[(APPROVED_KEY, "Pieces Allocations")] = bytes([2]) + bytes(11)
    assert autostart.enabled()

    registry.values[(APPROVED_KEY, "Pieces Allocations")] = bytes([3]) + bytes(11)
    autostart.enable(["app.exe", "--tray"])
    assert autostart.enabled()


def test_disable_removes_the_value() -> None:
    registry = FakeRegistry()
    autostart = backend(registry)
    autostart.enable(["app.exe", "--tray"])
    autostart.disable()
    assert registry.values == {}
    assert not autostart.enabled()


def test_a_refused_write_says_where_and_why() -> None:
    registry = FakeRegistry()
    registry.broken = True
    with pytest.raises(
        AutostartError, match=r"HKEY_CURRENT_USER\\Software.*Run\\Pieces Allocations: Access is denied"
    ):
        backend(registry).enable(["app.exe", "--tray"])
