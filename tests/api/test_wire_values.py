"""Values as Pieces OS sends them: times without an offset are UTC, unknown statuses kept and logged once."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import pytest

from gui.api import AllocationStatus, PiecesClient
from gui.api import cloud as cloud_module
from gui.api import models as models_module
from gui.emulator import Emulator, Fault

from ..conftest import Run


def test_a_time_without_an_offset_is_read_as_utc(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    cloud = emulator.allocation(emulator.user_id)
    assert cloud is not None
    cloud["updated"] = {"value": "2026-03-25T12:58:49.120"}
    emulator.inject("/allocations", Fault.status(200, json.dumps({"iterable": [cloud]})))
    read = run(client.snapshot()).iterable[0]
    assert read.updated is not None
    assert read.updated.value == datetime(2026, 3, 25, 12, 58, 49, 120000, tzinfo=UTC)
    assert datetime.now(UTC) > read.updated.value  # aware: comparing with a naive time would raise
    assert read.to_wire()["updated"]["value"] == "2026-03-25T12:58:49.120"  # sent back as given


def test_a_time_with_another_offset_is_the_same_instant_in_utc() -> None:
    stamp = models_module.GroupedTimestamp.model_validate({"value": "2026-03-25T14:58:49+02:00"})
    assert stamp.value.tzinfo is UTC
    assert stamp.value == datetime(2026, 3, 25, 12, 58, 49, tzinfo=UTC)


def test_an_unknown_status_keeps_its_string_and_is_logged_once(
    run: Run, emulator: Emulator, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cloud_module, "_UNKNOWN_LOGGED", set())
    caplog.set_level(logging.INFO)
    emulator.set_cloud_status(emulator.user_id, "HIBERNATING")
    emulator.set_url_status(emulator.user_id, "vanity", "HIBERNATING")
    emulator.set_url_status(emulator.user_id, "id", "SLEEPING")

    async def read_twice() -> list[models_module.AllocationCloud]:
        clouds = []
        for _ in range(2):  # two clients: the second answer is read afresh, not reused
            async with PiecesClient(emulator.url) as pieces:
                clouds.append((await pieces.snapshot()).iterable[0])
        return clouds

    for cloud in run(read_twice()):
        assert cloud.status.cloud is AllocationStatus.UNKNOWN
        assert cloud.status.cloud_raw == "HIBERNATING"
        assert cloud.urls.vanity is not None
        assert cloud.urls.vanity.status_raw == "HIBERNATING"
        assert cloud.urls.id.status_raw == "SLEEPING"
        assert cloud.urls.base.status is AllocationStatus.RUNNING
        assert cloud.urls.base.status_raw is None
        assert cloud.to_wire()["status"]["cloud"] == "HIBERNATING"  # round trip: exactly what came
    said = [r for r in caplog.records if r.name == "gui.api.cloud"]
    assert [r.getMessage() for r in said] == [
        "Pieces OS sent an allocation status this app does not know: 'HIBERNATING'",
        "Pieces OS sent an allocation status this app does not know: 'SLEEPING'",
    ]
    assert all(r.levelno == logging.WARNING for r in said)


def test_a_known_status_has_no_raw_string(run: Run, client: PiecesClient) -> None:
    cloud = run(client.snapshot()).iterable[0]
    assert cloud.status.cloud_raw is None
    assert all(url.status_raw is None for _, url in cloud.urls.named())


@pytest.mark.parametrize("status", list(AllocationStatus))
def test_running_and_succeeded_are_the_connected_statuses(status: AllocationStatus) -> None:
    """One set, read by the connect outcome, the table's word and the operations alike."""
    assert status.connected is (status in {AllocationStatus.RUNNING, AllocationStatus.SUCCEEDED})
