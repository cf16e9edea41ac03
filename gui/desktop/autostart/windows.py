"""Start at login on Windows: a value under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run."""

from __future__ import annotations

import importlib
import subprocess
from collections.abc import Sequence
from typing import Any, Protocol

from gui.i18n import Context

from .base import failure

AUTOSTART_WINDOWS = Context("AUTOSTART_WINDOWS")

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Where Task Manager's Startup tab records "Disabled" without touching the Run value.
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"


class Registry(Protocol):
    """The few HKEY_CURRENT_USER operations the Run value needs; OSError on failure."""

    def get(self, key: str, name: str) -> str | bytes | None: ...

    def set(self, key: str, name: str, value: str) -> None: ...

    def delete(self, key: str, name: str) -> None: ...


class RunKeyAutostart:
    """Enabled when our Run value exists and Task Manager has not marked it disabled."""

    def __init__(self, name: str, registry: Registry) -> None:
        self._name = name
        self._registry = registry

    @property
    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{self._name}"

    @staticmethod
    def value(command: Sequence[str]) -> str:
        """The command line as Windows parses it (the MS C runtime quoting rules)."""
        return subprocess.list2cmdline(list(command))

    def enabled(self) -> bool:
        try:
            value = self._registry.get(RUN_KEY, self._name)
            approved = self._registry.get(APPROVED_KEY, self._name)
        except OSError:
            return False
        # StartupApproved holds 12 bytes; an odd first byte (3) means the user disabled the entry.
        disabled = isinstance(approved, bytes) and bool(approved) and approved[0] % 2 == 1
        return isinstance(value, str) and bool(value.strip()) and not disabled

    def enable(self, command: Sequence[str]) -> None:
        try:
            self._registry.set(RUN_KEY, self._name, self.value(command))
            # A "Disabled" left by Task Manager would silently win over the value just written.
            self._registry.delete(APPROVED_KEY, self._name)
        except OSError as error:
            raise failure(AUTOSTART_WINDOWS.tr("write the start-up entry"), self.location, error) from None

    def disable(self) -> None:
        try:
            self._registry.delete(RUN_KEY, self._name)
        except OSError as error:
            raise failure(AUTOSTART_WINDOWS.tr("remove the start-up entry"), self.location, error) from None


class WindowsRegistry:
    """The real HKEY_CURRENT_USER; winreg is imported on first use, so other systems never need it."""

    @staticmethod
    def _winreg() -> Any:
        return importlib.import_module("winreg")

    def get(self, key: str, name: str) -> str | bytes | None:
        winreg = self._winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return value if isinstance(value, (str, bytes)) else None

    def set(self, key: str, name: str, value: str) -> None:
        winreg = self._winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        winreg = self._winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            return
