"""The task registry holds tasks, lets a new refresh replace the old one, and cancels everything on quit."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from gui.services.tasks import TaskRegistry

from ..conftest import Run
from ..unplanned import Unplanned


async def forever() -> None:
    await asyncio.Event().wait()


def test_a_named_task_replaces_its_namesake(run: Run, qtbot: QtBot, tasks: TaskRegistry) -> None:
    first = tasks.start(forever(), name="refresh")
    second = tasks.start(forever(), name="refresh")
    qtbot.waitUntil(first.done)
    assert first.cancelled()
    assert tasks.running("refresh")
    assert not second.done()


def test_tasks_are_held_until_done_then_forgotten(run: Run, qtbot: QtBot, tasks: TaskRegistry) -> None:
    async def quick() -> int:
        return 7

    task = tasks.start(quick())
    assert len(tasks) == 1
    qtbot.waitUntil(lambda: len(tasks) == 0)
    assert task.result() == 7


def test_cancel_all_waits_for_every_task(run: Run, tasks: TaskRegistry) -> None:
    cleaned: list[str] = []

    async def with_cleanup(name: str) -> None:
        try:
            await forever()
        finally:
            cleaned.append(name)

    tasks.start(with_cleanup("a"), name="a")
    tasks.start(with_cleanup("b"))
    run(asyncio.sleep(0))
    run(tasks.cancel_all())
    assert sorted(cleaned) == ["a", "b"]
    assert len(tasks) == 0


def test_a_task_that_fails_goes_to_the_loops_exception_handler(
    run: Run, qtbot: QtBot, tasks: TaskRegistry, unplanned: Unplanned
) -> None:
    async def broken() -> None:
        raise RuntimeError("a bug")

    tasks.start(broken(), name="broken")
    qtbot.waitUntil(lambda: len(tasks) == 0)
    (told,) = unplanned.take("Task broken failed")
    assert "RuntimeError: a bug" in told.text
