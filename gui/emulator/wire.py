"""Builders of Pieces OS wire JSON: schema stamps, grouped timestamps, cloud URLs and allocations."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

__all__ = [
    "DEFAULT_PROJECT",
    "DEFAULT_REGION",
    "RUNNING_VERSION",
    "URL_ROLES",
    "apply_status",
    "grouped_timestamp",
    "iso_z",
    "new_allocation",
    "readable",
    "schema",
]

JSON = dict[str, Any]

DEFAULT_PROJECT = "pieces-user-clouds"
DEFAULT_REGION = "us-central1"
RUNNING_VERSION = "1.4.2"
URL_ROLES = ("base", "id", "vanity")

# Cloud Run puts a per-project hash and a short region code in every service URL.
_CLOUD_RUN_HASH = "x7k2qf9pla"
_REGION_CODES = {
    "us-central1": "uc",
    "us-east1": "ue",
    "us-west1": "uw",
    "europe-west1": "ew",
    "europe-west4": "ez",
    "asia-northeast1": "an",
    "asia-southeast1": "as",
}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def schema() -> JSON:
    """The EmbeddedModelSchema stamp Pieces OS puts on its models (a fresh dict: callers mutate)."""
    return {"migration": 0, "semantic": "MAJOR_0_MINOR_0_PATCH_1"}


def iso_z(moment: datetime) -> str:
    """ISO-8601 UTC with milliseconds and 'Z', as Pieces OS (Dart) renders dates."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").removesuffix("+00:00") + "Z"


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _relative_day(moment: datetime, now: datetime) -> str:
    days = (now.date() - moment.date()).days
    if days <= 0:
        return "Today"
    if days == 1:
        return "Yesterday"
    if days < 7:
        return f"{days} days ago"
    if days < 14:
        return "Last week"
    if days < 31:
        return f"{days // 7} weeks ago"
    return "Last month" if days < 62 else f"{days // 30} months ago"


def readable(moment: datetime, now: datetime) -> str:
    """The human form Pieces OS sends beside a date, e.g. 'Last week - June 3rd, 3:33 a.m.'."""
    utc, ref = moment.astimezone(UTC), now.astimezone(UTC)
    hour = utc.hour % 12 or 12
    meridiem = "a.m." if utc.hour < 12 else "p.m."
    when = f"{_MONTHS[utc.month - 1]} {_ordinal(utc.day)}, {hour}:{utc.minute:02d} {meridiem}"
    return f"{_relative_day(utc, ref)} - {when}"


def grouped_timestamp(moment: datetime, now: datetime | None = None) -> JSON:
    """A GroupedTimestamp; with `now` it also carries the readable form (Pieces OS omits it at times)."""
    stamp: JSON = {"value": iso_z(moment)}
    if now is not None:
        stamp["readable"] = readable(moment, now)
    return stamp


def _url(address: str, status: str) -> JSON:
    return {"status": status, "url": address}


def new_allocation(
    allocation_id: str,
    *,
    status: str,
    vanity: str | None,
    region: str | None = DEFAULT_REGION,
    project: str = DEFAULT_PROJECT,
) -> JSON:
    """An AllocationCloud with every URL at `status` and no updated/version (callers add those)."""
    code = _REGION_CODES.get(region or DEFAULT_REGION, "uc")
    urls: JSON = {
        "base": _url(f"https://user-{allocation_id}-{_CLOUD_RUN_HASH}-{code}.a.run.app", status),
        "id": _url(f"https://{allocation_id}.pieces.cloud", status),
    }
    if vanity:
        urls["vanity"] = _url(f"https://{vanity}.pieces.cloud", status)
    cloud: JSON = {"id": allocation_id, "project": project}
    if region is not None:
        cloud["region"] = region
    cloud.update(
        {
            "schema": schema(),
            "status": {"cloud": status},
            "urls": urls,
            "user": allocation_id,
        }
    )
    return cloud


def apply_status(cloud: JSON, status: str, now: datetime) -> None:
    """Move a cloud and all its URLs to `status`, with the updated/version fields that state implies.

    The spec says updated and version are present only once a cloud is up and running; a
    settled failure or disconnect still records when it happened (as examples.json shows).
    """
    cloud["status"] = {**cloud.get("status", {}), "cloud": status}
    urls = cloud.get("urls", {})
    for role in URL_ROLES:
        if isinstance(urls.get(role), dict):
            urls[role]["status"] = status
    if status == "PENDING":
        cloud.pop("updated", None)
        cloud.pop("version", None)
        return
    cloud["updated"] = grouped_timestamp(now, now)
    if status == "RUNNING":
        cloud["version"] = RUNNING_VERSION
    else:
        cloud.pop("version", None)
