"""A refresh that repeats the last answer costs next to nothing; unchanged allocations stay the same."""

from __future__ import annotations

import json

import pytest

from gui.api import BadResponse, PiecesClient
from gui.emulator import Emulator, Fault

from ..conftest import Run


def test_an_identical_answer_gives_the_same_snapshot(run: Run, client: PiecesClient) -> None:
    first = run(client.snapshot())
    assert run(client.snapshot()) is first


def test_only_what_changed_is_new(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    first = run(client.snapshot())
    emulator.set_url_status(emulator.user_id, "id", "FAILED")
    second = run(client.snapshot())
    assert second is not first
    changed = [new for old, new in zip(first.iterable, second.iterable, strict=True) if new is not old]
    assert [cloud.id for cloud in changed] == [emulator.user_id]
    assert changed[0].urls.id.status.value == "FAILED"
    assert changed[0] != first.iterable[0]


def test_a_broken_allocation_among_reused_ones_is_located(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    emulator.set_allocations(400, seed=5)
    first = run(client.snapshot())
    items = [cloud.to_wire() for cloud in first.iterable]
    broken = json.loads(json.dumps(items[321]))
    del broken["project"]
    items[321] = broken
    emulator.inject("/allocations", Fault.status(200, json.dumps({"iterable": items})))
    with pytest.raises(BadResponse, match=r"iterable\[321\]\.project: field required"):
        run(client.snapshot())
    # The failed answer is not remembered: the next good one is read in full.
    assert len(run(client.snapshot()).iterable) == 400
