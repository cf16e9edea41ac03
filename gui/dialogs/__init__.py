"""The app's dialogs: each gathers input, runs one operation through the TaskRegistry, reports it in words."""

from .about_dialog import AboutDialog
from .address_dialog import AddressDialog
from .cloud_operation_dialog import CloudOperation, CloudOperationDialog
from .connect_dialog import ConnectDialog
from .disconnect_dialog import DisconnectDialog
from .operation_dialog import OperationDialog, Outcome
from .reconnect_dialog import ReconnectDialog
from .settings_dialog import AddressTester, SettingsDialog, SettingsValues

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
