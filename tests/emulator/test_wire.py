"""Tests of the wire JSON builders: timestamps, URLs, status transitions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from gui.api.models import AllocationCloud, AllocationStatus
from gui.emulator.wire import apply_status, grouped_timestamp, iso_z, new_allocation, readable

NOW = datetime(2026, 3, 25, 12, 58, 49, 120_000, tzinfo=UTC)
ALLOCATION_ID = "3f6c2a1e-8b4d-4e2a-9c7f-1d5e8a0b6c24"


def test_iso_z_has_milliseconds_and_z() -> None:
    assert iso_z(NOW) == "2026-03-25T12:58:49.120Z"
    assert iso_z(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02T03:04:05.000Z"


def test_iso_z_converts_to_utc() -> None:
    plus_two = datetime(2026, 3, 25, 16, 58, 49, 120_999, tzinfo=timezone(timedelta(hours=2)))
    assert iso_z(plus_two) == "2026-03-25T14:58:49.120Z"


@pytest.mark.parametrize(
    ("ago", "expected"),
    [
        (timedelta(minutes=2), "Today - March 25th, 12:56 p.m."),
        (timedelta(days=1), "Yesterday - March 24th, 12:58 p.m."),
        (timedelta(days=3, hours=12), "3 days ago - March 22nd, 12:58 a.m."),
        (timedelta(days=10), "Last week - March 15th, 12:58 p.m."),
        (timedelta(days=23), "3 weeks ago - March 2nd, 12:58 p.m."),
        (timedelta(days=40), "Last month - February 13th, 12:58 p.m."),
        (timedelta(days=100), "3 months ago - December 15th, 12:58 p.m."),
    ],
)
def test_readable_says_when_like_pieces_os(ago: timedelta, expected: str) -> None:
    assert readable(NOW - ago, NOW) == expected


@pytest.mark.parametrize(
    ("day", "suffix"), [(1, "st"), (2, "nd"), (3, "rd"), (11, "th"), (21, "st"), (23, "rd")]
)
def test_readable_ordinals(day: int, suffix: str) -> None:
    moment = datetime(2026, 3, day, 3, 33, tzinfo=UTC)
    assert f"March {day}{suffix}, 3:33 a.m." in readable(moment, moment)


def test_grouped_timestamp_readable_only_with_now() -> None:
    assert grouped_timestamp(NOW) == {"value": "2026-03-25T12:58:49.120Z"}
    assert grouped_timestamp(NOW, NOW)["readable"].startswith("Today - ")


def test_new_allocation_has_the_real_url_shapes() -> None:
    cloud = new_allocation(ALLOCATION_ID, status="RUNNING", vanity="mark")
    urls = cloud["urls"]
    assert urls["base"]["url"] == f"https://user-{ALLOCATION_ID}-x7k2qf9pla-uc.a.run.app"
    assert urls["id"]["url"] == f"https://{ALLOCATION_ID}.pieces.cloud"
    assert urls["vanity"]["url"] == "https://mark.pieces.cloud"
    assert cloud["project"] == "pieces-user-clouds"
    assert cloud["region"] == "us-central1"
    assert cloud["user"] == ALLOCATION_ID
    assert "updated" not in cloud
    assert "version" not in cloud
    AllocationCloud.model_validate(cloud)


def test_new_allocation_without_vanity_or_region() -> None:
    cloud = new_allocation(ALLOCATION_ID, status="PENDING", vanity=None, region=None)
    assert "vanity" not in cloud["urls"]
    assert "region" not in cloud
    assert cloud["urls"]["base"]["url"].endswith("-uc.a.run.app")


def test_new_allocation_region_code_in_base_url() -> None:
    cloud = new_allocation(ALLOCATION_ID, status="RUNNING", vanity=None, region="europe-west1")
    assert cloud["urls"]["base"]["url"].endswith("-ew.a.run.app")


def test_apply_status_running_then_pending_then_failed() -> None:
    cloud = new_allocation(ALLOCATION_ID, status="PENDING", vanity="mark")
    apply_status(cloud, "RUNNING", NOW)
    model = AllocationCloud.model_validate(cloud)
    assert model.status.cloud is AllocationStatus.RUNNING
    assert all(url.status is AllocationStatus.RUNNING for _, url in model.urls.named())
    assert cloud["version"] == "1.4.2"
    assert cloud["updated"]["value"] == "2026-03-25T12:58:49.120Z"

    apply_status(cloud, "PENDING", NOW)
    assert "updated" not in cloud
    assert "version" not in cloud

    apply_status(cloud, "FAILED", NOW)
    assert {url["status"] for url in cloud["urls"].values()} == {"FAILED"}
    assert "version" not in cloud
    assert "updated" in cloud
