"""TaskRegistry: named asyncio tasks, held until done, replaced by namesakes, all cancelled on quit."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

_T = TypeVar("_T")


class TaskRegistry:
    """Holds every task the app starts.

    asyncio keeps only weak references to tasks (and qasync's asyncSlot keeps none), so a task
    nobody holds can vanish mid-flight. Naming a task lets a new refresh cancel the one still
    running, instead of two answers racing each other into the UI.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._named: dict[str, asyncio.Task[Any]] = {}
        self._closed = False

    def start(self, coro: Coroutine[Any, Any, _T], name: str | None = None) -> asyncio.Task[_T]:
        """Run coro as a task; with a name, cancel the running task of that name first."""
        if name is not None:
            previous = self._named.get(name)
            if previous is not None and not previous.done():
                previous.cancel()
        task = asyncio.get_running_loop().create_task(coro, name=name)
        if self._closed:
            # Quitting: work that ending work asks for (a refresh after a cancelled connect) never runs.
            task.cancel()
        self._tasks.add(task)
        if name is not None:
            self._named[name] = task
        task.add_done_callback(self._forget)
        return task

    def running(self, name: str) -> bool:
        task = self._named.get(name)
        return task is not None and not task.done()

    def cancel(self, name: str) -> None:
        task = self._named.get(name)
        if task is not None:
            task.cancel()

    def __len__(self) -> int:
        return len(self._tasks)

    async def cancel_all(self) -> None:
        """Cancel every task, and any a clean-up starts, and wait until each has finished; start no more."""
        self._closed = True
        while pending := [task for task in self._tasks if not task.done()]:
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    def _forget(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.get_name() in self._named and self._named[task.get_name()] is task:
            del self._named[task.get_name()]
        error = None if task.cancelled() else task.exception()
        if error is not None:
            # Services catch what they expect; anything left is a bug. The loop's exception handler
            # (the crash reporter in the app, a failing test under pytest) decides what is done with it.
            task.get_loop().call_exception_handler(
                {"message": f"Task {task.get_name()} failed", "exception": error, "task": task}
            )
