"""The app's dialogs: each gathers input, runs one operation through the TaskRegistry, reports it in words.

Each dialog's module is imported when its name is first asked for: a user may never open one,
and the window should not wait for them to load before it shows.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .about_dialog import AboutDialog
    from .address_dialog import AddressDialog
    from .cloud_operation_dialog import CloudOperation, CloudOperationDialog
    from .connect_dialog import ConnectDialog
    from .disconnect_dialog import DisconnectDialog
    from .operation_dialog import OperationDialog, Outcome
    from .reconnect_dialog import ReconnectDialog
    from .settings_dialog import AddressTester, SettingsDialog, SettingsValues

_MODULES = {
    "AboutDialog": "about_dialog",
    "AddressDialog": "address_dialog",
    "CloudOperation": "cloud_operation_dialog",
    "CloudOperationDialog": "cloud_operation_dialog",
    "ConnectDialog": "connect_dialog",
    "DisconnectDialog": "disconnect_dialog",
    "OperationDialog": "operation_dialog",
    "Outcome": "operation_dialog",
    "ReconnectDialog": "reconnect_dialog",
    "AddressTester": "settings_dialog",
    "SettingsDialog": "settings_dialog",
    "SettingsValues": "settings_dialog",
}

__all__ = [
    "AboutDialog",
    "AddressDialog",
    "AddressTester",
    "CloudOperation",
    "CloudOperationDialog",
    "ConnectDialog",
    "DisconnectDialog",
    "OperationDialog",
    "Outcome",
    "ReconnectDialog",
    "SettingsDialog",
    "SettingsValues",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once loaded, an ordinary attribute
    return value
