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


def test_a_large_answer_is_read_a_slice_at_a_time_as_json_loads_would(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    # Over 1 MB: read a slice at a time, with the event loop free between slices.
    emulator.set_allocations(2_500, seed=8)
    first = run(client.snapshot())
    expected = [emulator.allocation(cloud.id) for cloud in first.iterable]
    assert [cloud.to_wire() for cloud in first.iterable] == expected
    emulator.set_url_status(emulator.user_id, "id", "FAILED")
    second = run(client.snapshot())
    changed = [new for old, new in zip(first.iterable, second.iterable, strict=True) if new is not old]
    assert [cloud.id for cloud in changed] == [emulator.user_id]


def test_a_large_answer_that_repeats_its_list_reads_as_json_loads_would(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    emulator.set_allocations(2_500, seed=8)
    items = [cloud.to_wire() for cloud in run(client.snapshot()).iterable]
    # Valid JSON that the slice decoder refuses: json.loads keeps the last of the two lists.
    text = '{"iterable": ' + json.dumps(items[:5]) + ', "iterable": ' + json.dumps(items) + "}"
    emulator.inject("/allocations", Fault.status(200, text))
    assert len(run(client.snapshot()).iterable) == 2_500


def test_a_large_answer_cut_short_says_it_is_not_json(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    emulator.set_allocations(2_500, seed=8)
    items = [cloud.to_wire() for cloud in run(client.snapshot()).iterable]
    emulator.inject("/allocations", Fault.status(200, json.dumps({"iterable": items})[:-3]))
    with pytest.raises(BadResponse, match="not JSON"):
        run(client.snapshot())


def test_a_large_answer_nested_too_deeply_says_so(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    depth = 600_000  # over 1 MB, so read item by item first, and far past the recursion limit
    emulator.inject("/allocations", Fault.status(200, '{"iterable": [' + "[" * depth + "]" * depth + "]}"))
    with pytest.raises(BadResponse, match="nested too deeply"):
        run(client.snapshot())


def test_a_large_answer_whose_objects_hold_lists_of_objects_reads_as_json_loads_would(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    # "}, {" inside an allocation (here an unknown field, and a string) cannot tell where one
    # allocation ends: such an answer is read item by item instead, to the same result.
    emulator.set_allocations(2_500, seed=8)
    items = [cloud.to_wire() for cloud in run(client.snapshot()).iterable]
    for n, item in enumerate(items):
        item["gpus"] = [{"kind": "none"}, {"kind": "t4", "note": "}, {"}]
        item["slot"] = n
    emulator.inject("/allocations", Fault.status(200, json.dumps({"iterable": items})))
    read = run(client.snapshot()).iterable
    assert [cloud.to_wire() for cloud in read] == items


def test_a_broken_allocation_in_a_large_answer_is_located(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    emulator.set_allocations(2_500, seed=8)
    items = [cloud.to_wire() for cloud in run(client.snapshot()).iterable]
    del items[2_345]["urls"]["id"]
    emulator.inject("/allocations", Fault.status(200, json.dumps({"iterable": items})))
    with pytest.raises(BadResponse, match=r"iterable\[2345\]\.urls\.id: field required"):
        run(client.snapshot())
