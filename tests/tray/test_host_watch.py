"""TrayHostWatch on a real private D-Bus: a StatusNotifierWatcher that comes late, goes, and comes back."""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from gui.tray.host_watch import XEMBED_POLL_MS, TrayHostWatch

from .session import PrivateBus


def test_a_watcher_on_the_bus_is_followed_as_it_comes_goes_and_comes_back(
    bus: PrivateBus, qtbot: QtBot
) -> None:
    watch = TrayHostWatch(bus.connection, lambda: False, absent_poll_ms=100)
    watch.start()
    assert watch.kind is None
    assert watch.poll_ms == 100  # nothing yet: an XEmbed tray is asked for now and then

    with qtbot.waitSignal(watch.changed, timeout=10000):
        bus.start_watcher()
    assert watch.kind == "sni"
    assert watch.poll_ms is None  # while the watcher is there, no timer runs at all

    with qtbot.waitSignal(watch.changed, timeout=10000):
        bus.stop_watcher()
    assert watch.kind is None
    assert watch.poll_ms == 100

    with qtbot.waitSignal(watch.changed, timeout=10000):
        bus.start_watcher()
    assert watch.kind == "sni"
    watch.stop()


def test_an_xembed_tray_is_asked_for_until_it_comes_then_seldom(qtbot: QtBot) -> None:
    tray_there = False
    watch = TrayHostWatch(QDBusConnection(""), lambda: tray_there, absent_poll_ms=50)
    watch.start()
    assert watch.kind is None
    tray_there = True
    with qtbot.waitSignal(watch.changed, timeout=5000):
        pass
    assert watch.kind == "xembed"
    assert watch.poll_ms == XEMBED_POLL_MS
    watch.stop()
    assert watch.poll_ms is None
