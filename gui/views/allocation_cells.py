"""What each column of the allocations table says about one cloud: text, tooltip and sort key."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from urllib.parse import urlsplit

from gui.api import AllocationCloud, AllocationStatus
from gui.i18n import Context
from gui.state.summary import severity
from gui.views.presentation import cloud_look, status_look, url_look

from .formatting import MISSING, age_text, exact_time, one_line, pieces_os_words

ALLOCATION_CELLS = Context("ALLOCATION_CELLS")

__all__ = [
    "Column",
    "SortKey",
    "accessible_text",
    "display_text",
    "header_tip",
    "header_title",
    "search_text",
    "sort_key",
    "tooltip_lines",
    "url_name",
    "url_status_text",
]

SortKey = int | float | str | None


class Column(enum.IntEnum):
    STATUS = 0
    URL = 1
    URL_STATUS = 2
    PROJECT = 3
    REGION = 4
    VERSION = 5
    UPDATED = 6


def header_title(column: Column) -> str:
    titles = {
        Column.STATUS: ALLOCATION_CELLS.tr("Status"),
        Column.URL: ALLOCATION_CELLS.tr("Personal URL"),
        Column.URL_STATUS: ALLOCATION_CELLS.tr("URL status"),
        Column.PROJECT: ALLOCATION_CELLS.tr("Project"),
        Column.REGION: ALLOCATION_CELLS.tr("Region"),
        Column.VERSION: ALLOCATION_CELLS.tr("Version"),
        Column.UPDATED: ALLOCATION_CELLS.tr("Updated"),
    }
    return titles[column]


def header_tip(column: Column) -> str:
    tips = {
        Column.STATUS: ALLOCATION_CELLS.tr("The status of the cloud itself; sorts the worst first."),
        Column.URL: ALLOCATION_CELLS.tr(
            "The address you know your cloud by: its vanity URL, else its id URL."
        ),
        Column.URL_STATUS: ALLOCATION_CELLS.tr(
            "Each URL (vanity, id, base) has its own status; it can differ from the cloud's."
        ),
        Column.PROJECT: ALLOCATION_CELLS.tr("The cloud project the allocation lives in."),
        Column.REGION: ALLOCATION_CELLS.tr("The cloud region the allocation runs in."),
        Column.VERSION: ALLOCATION_CELLS.tr("The version of the cloud software."),
        Column.UPDATED: ALLOCATION_CELLS.tr(
            "When Pieces OS last updated the allocation; hover a cell for the exact time."
        ),
    }
    return tips[column]


def url_name(role: str) -> str:
    names = {
        "vanity": ALLOCATION_CELLS.tr("vanity"),
        "id": ALLOCATION_CELLS.tr("id"),
        "base": ALLOCATION_CELLS.tr("base"),
    }
    return names.get(role, role)


def _all_agree(status: AllocationStatus) -> str:
    # One whole phrase per status: lower-casing a translated word is wrong in many languages.
    phrases = {
        "status-connected": ALLOCATION_CELLS.tr("All connected"),
        "status-connecting": ALLOCATION_CELLS.tr("All connecting"),
        "status-failed": ALLOCATION_CELLS.tr("All failed"),
        "status-disconnected": ALLOCATION_CELLS.tr("All disconnected"),
    }
    return phrases.get(status_look(status).icon, ALLOCATION_CELLS.tr("All unknown"))


def _url_groups(cloud: AllocationCloud) -> dict[str, list[str]]:
    """The URLs' roles by status word, in the order vanity, id, base."""
    # By word: "Unknown (HIBERNATING)" and "Unknown (PAUSED)" are different statuses.
    groups: dict[str, list[str]] = {}
    for role, url in cloud.urls.named():
        groups.setdefault(url_look(url).word, []).append(url_name(role))
    return groups


def url_status_text(cloud: AllocationCloud, separator: str = " · ") -> str:
    """ "All connected" when every URL has one status, else each status after its URLs.

    "vanity, id Failed · base Connected": each status said once keeps the column narrow enough
    to be read whole beside the others. The cloud's own status has its own column.
    """
    groups = _url_groups(cloud)
    if len(groups) == 1:
        url = cloud.urls.id
        # A status this app does not know has no whole phrase: "Unknown (HIBERNATING)".
        return url_look(url).word if url.status_raw else _all_agree(url.status)
    return separator.join(f"{', '.join(roles)} {word}" for word, roles in groups.items())


def _host(url: str) -> str:
    """The URL without its scheme, for a narrow column; anything unusual is shown whole."""
    parts = urlsplit(url)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return parts.netloc + parts.path.rstrip("/")
    return url


def _optional(text: str | None) -> str | None:
    return text if text and text.strip() else None


def _natural(text: str) -> str:
    """A string key under which "1.10.0" sorts after "1.9.2"."""
    return re.sub(r"\d+", lambda m: m.group().zfill(12), text.casefold())


def display_text(cloud: AllocationCloud, column: Column, now: datetime) -> str:
    if column is Column.STATUS:
        return cloud_look(cloud).word
    if column is Column.URL:
        return one_line(_host(cloud.personal_url))
    if column is Column.URL_STATUS:
        return url_status_text(cloud)
    if column is Column.UPDATED:
        if cloud.updated is None:
            return MISSING
        return age_text((now - cloud.updated.value).total_seconds())
    raw = {Column.PROJECT: cloud.project, Column.REGION: cloud.region, Column.VERSION: cloud.version}[column]
    value = _optional(raw)
    return MISSING if value is None else one_line(value)


def tooltip_lines(cloud: AllocationCloud, column: Column) -> list[str]:
    """The lines of a cell's tooltip, still unescaped: the model passes them through tooltip()."""
    if column is Column.URL:
        return [cloud.personal_url]
    if column is Column.URL_STATUS:
        named = cloud.urls.named()
        return [f"{url_name(role)}: {url_look(url).word} — {url.url}" for role, url in named]
    if column is Column.UPDATED:
        if cloud.updated is None:
            return [ALLOCATION_CELLS.tr("Pieces OS did not say when this allocation was updated.")]
        lines = [exact_time(cloud.updated.value)]
        readable = pieces_os_words(cloud.updated.readable)
        if readable:
            lines.append(readable)
        return lines
    if column is Column.STATUS:
        return [cloud_look(cloud).word]
    raw = {Column.PROJECT: cloud.project, Column.REGION: cloud.region, Column.VERSION: cloud.version}[column]
    value = _optional(raw)
    return [value] if value is not None else [ALLOCATION_CELLS.tr("Not given by Pieces OS")]


def accessible_text(cloud: AllocationCloud, column: Column, now: datetime) -> str:
    """What a screen reader says for a cell: the full value, with words instead of symbols."""
    if column is Column.URL:
        return cloud.personal_url
    if column is Column.URL_STATUS:
        return url_status_text(cloud, "; ")
    text = display_text(cloud, column, now)
    if text == MISSING:
        return ALLOCATION_CELLS.tr("not given")
    if column is Column.UPDATED and cloud.updated is not None:
        return f"{text}, {exact_time(cloud.updated.value)}"
    return text


def row_text(cloud: AllocationCloud) -> str:
    """What a screen reader says for a whole row (its row header): the cloud, then its status."""
    return f"{cloud.personal_url}, {cloud_look(cloud).word}"


def sort_keyer(column: Column) -> Callable[[AllocationCloud], SortKey]:
    """sort_key for one column, as a function of the cloud alone (the status one without any dispatch)."""
    if column is Column.STATUS:
        return lambda cloud: severity(cloud.status.cloud)
    return lambda cloud: sort_key(cloud, column)


def sort_keys(column: Column, clouds: Sequence[AllocationCloud]) -> list[SortKey]:
    """sort_key of every cloud, for thousands at once (a first load)."""
    if column is not Column.STATUS:
        return list(map(sort_keyer(column), clouds))
    # Thousands of clouds share a few statuses: each status is ranked once, read from the JSON.
    statuses = [cloud.to_wire_source()["status"]["cloud"] for cloud in clouds]
    one_of_each = dict(zip(statuses, clouds, strict=True))
    ranks = {status: severity(cloud.status.cloud) for status, cloud in one_of_each.items()}
    return [ranks[status] for status in statuses]


def sort_key(cloud: AllocationCloud, column: Column) -> SortKey:
    """The value a column sorts by; None for an absent field, which the proxy keeps last."""
    if column is Column.STATUS:
        return severity(cloud.status.cloud)
    if column is Column.URL:
        return _host(cloud.personal_url).casefold()
    if column is Column.URL_STATUS:
        return min(severity(url.status) for _, url in cloud.urls.named())
    if column is Column.UPDATED:
        return None if cloud.updated is None else cloud.updated.value.timestamp()
    if column is Column.VERSION:
        version = _optional(cloud.version)
        return None if version is None else _natural(version)
    raw = {Column.PROJECT: cloud.project, Column.REGION: cloud.region}[column]
    value = _optional(raw)
    return None if value is None else value.casefold()


def search_text(cloud: AllocationCloud) -> str:
    """Every text of the row, the full URLs and the ids included, folded for a case-insensitive filter."""
    parts = [
        cloud_look(cloud).word,
        url_status_text(cloud),
        cloud.id,
        cloud.user,
        cloud.project,
        cloud.region or "",
        cloud.version or "",
    ]
    parts.extend(url.url for _, url in cloud.urls.named())
    if cloud.updated is not None:
        parts.append(exact_time(cloud.updated.value))
        parts.append(cloud.updated.readable or "")
    return "\n".join(parts).casefold()
