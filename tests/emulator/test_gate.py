"""Tests of the connect gate: delay, hold, release and stop, with threads and no sleeping."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from gui.emulator.gate import ConnectGate


def test_no_delay_passes_at_once() -> None:
    assert ConnectGate().wait(0.0) is True


def test_delay_is_waited() -> None:
    started = time.monotonic()
    assert ConnectGate().wait(0.05) is True
    assert time.monotonic() - started >= 0.05


def _waiter(gate: ConnectGate, delay: float) -> bool:
    with gate.in_progress():
        return gate.wait(delay)


def test_held_waits_until_release(pool: ThreadPoolExecutor) -> None:
    gate = ConnectGate()
    gate.hold()
    waiter = pool.submit(_waiter, gate, 0.0)
    assert gate.wait_for_waiting(1, timeout=10)
    assert not waiter.done()
    assert gate.held
    gate.release()
    assert waiter.result(timeout=10) is True
    assert gate.wait_for_waiting(0, timeout=10)
    assert gate.waiting == 0
    assert not gate.held


def test_release_cuts_a_long_delay_short(pool: ThreadPoolExecutor) -> None:
    gate = ConnectGate()
    waiter = pool.submit(_waiter, gate, 3600.0)
    assert gate.wait_for_waiting(1, timeout=10)
    gate.release()
    assert waiter.result(timeout=10) is True


def test_stop_wakes_waiters_and_sleepers(pool: ThreadPoolExecutor) -> None:
    gate = ConnectGate()
    gate.hold()
    waiter = pool.submit(_waiter, gate, 3600.0)
    sleeper = pool.submit(gate.sleep, 3600.0)
    assert gate.wait_for_waiting(1, timeout=10)
    gate.stop()
    assert waiter.result(timeout=10) is False
    assert sleeper.result(timeout=10) is False


def test_restart_after_stop() -> None:
    gate = ConnectGate()
    gate.stop()
    assert gate.sleep(0.0) is False
    gate.restart()
    assert gate.sleep(0.0) is True
    assert gate.wait(0.0) is True


def test_wait_for_waiting_times_out() -> None:
    assert ConnectGate().wait_for_waiting(1, timeout=0.01) is False
