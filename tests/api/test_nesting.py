"""Deeply nested JSON is refused in words, and an unknown deep field survives every use of the model."""

from __future__ import annotations

import copy
import json

import pytest

from gui.api import BadResponse, PiecesClient
from gui.emulator import Emulator, Fault
from gui.emulator.fault_bodies import NESTED_KEY

from ..conftest import Run


@pytest.mark.parametrize("route", ["/allocations", "/user"])
def test_json_nested_past_what_python_reads_is_a_bad_response(
    run: Run, emulator: Emulator, client: PiecesClient, route: str
) -> None:
    emulator.inject(route, Fault.nested(100_000))
    call = client.snapshot() if route == "/allocations" else client.current_user()
    with pytest.raises(BadResponse) as caught:
        run(call)
    assert "cannot read: it is nested too deeply" in caught.value.message
    assert run(client.snapshot()).iterable  # the next answer is read as usual


def _depth(value: object) -> int:
    depth = 0
    while isinstance(value, list) and value:
        value, depth = value[0], depth + 1
    return depth + 1 if isinstance(value, list) else depth


def test_an_unknown_field_nested_900_deep_survives_copies_and_a_disconnect(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    emulator.inject("/allocations", Fault.nested(900))
    cloud = run(client.snapshot()).iterable[0]

    wire = cloud.to_wire()
    assert _depth(wire[NESTED_KEY]) == 900
    assert cloud.model_copy(deep=True) == cloud
    assert copy.deepcopy(cloud).to_wire() == wire
    assert cloud.model_copy(update={"region": "x"}).to_wire()["region"] == "x"

    emulator.clear_requests()
    assert run(client.disconnect(cloud)) == cloud.id
    sent = emulator.requests[-1]
    assert sent.path == "/allocations/disconnect"
    assert _depth(json.loads(sent.body)[NESTED_KEY]) == 900


def test_a_user_with_a_field_nested_900_deep_can_connect(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    emulator.inject("/user", Fault.nested(900))
    user = run(client.current_user())
    assert user is not None
    assert _depth(user.to_wire()[NESTED_KEY]) == 900
    assert run(client.connect(user)).id == user.id
