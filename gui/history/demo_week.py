"""A realistic past week for the demo: watched working days, unwatched nights, a drop, a disconnect."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from .records import PIECES_OS, Aspect, Transition
from .writer import HistoryWriter

__all__ = ["DemoCloud", "fill_demo_week"]

_HOUR = 3_600_000
_MIN = 60_000
_FINAL_CHANGE_BEFORE_END = 25 * _MIN


@dataclass(frozen=True)
class DemoCloud:
    id: str
    url: str
    status: str  # its status now: the week ends in it


def fill_demo_week(writer: HistoryWriter, clouds: Sequence[DemoCloud], now: int, seed: int = 7) -> None:
    """Write seven days before `now`: the app ran about ten hours a day, and each cloud has a story.

    The first cloud dropped once (a failure Pieces OS explained) and was disconnected by its user
    for lunch one day; Pieces OS itself stopped for an update one morning; the other clouds flap
    a little. Everything ends in each cloud's status now, so the live recording carries on from it.
    """
    rng = random.Random(seed)
    db = writer.connection
    day0 = now - 7 * 24 * _HOUR
    days = [(day0 + d * 24 * _HOUR + 8 * _HOUR, day0 + d * 24 * _HOUR + 18 * _HOUR) for d in range(7)]
    days = [(a, min(b, now - _MIN)) for a, b in days if a < now - _MIN]
    # Working days, and the last forty minutes up to now: the live recording carries on from there.
    watched = [*days, (now - 40 * _MIN, now)]
    for start, end in watched:
        db.execute("INSERT INTO spans (started, ended) VALUES (?, ?)", (start, min(end, now)))
    rows: list[Transition] = [Transition(day0, PIECES_OS, Aspect.PIECES_OS, None, "ok")]
    if len(days) > 2:
        update = days[2][0] + 90 * _MIN
        rows += [
            Transition(update, PIECES_OS, Aspect.PIECES_OS, "ok", "unreachable"),
            Transition(update + 6 * _MIN, PIECES_OS, Aspect.PIECES_OS, "unreachable", "ok"),
        ]
    for index, cloud in enumerate(clouds):
        writer.name_cloud(cloud.id, cloud.url)
        rows += _story(cloud, index, days, rng)
    # Written as they are, not through the writer's clock: these times are all in the past.
    db.executemany(
        "INSERT INTO transitions (at, subject, aspect, old, new, by_user, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (r.at, r.subject, r.aspect.value, r.old, r.new, int(r.by_user), r.detail)
            for r in sorted(rows, key=lambda r: r.at)
        ],
    )
    if clouds and len(days) > 4:
        lunch = days[4][0] + 4 * _HOUR
        db.executemany(
            "INSERT INTO operations (at, cloud, kind, outcome, detail) VALUES (?, ?, ?, ?, NULL)",
            [
                (lunch, clouds[0].id, "disconnect", "succeeded"),
                (lunch + 55 * _MIN, clouds[0].id, "reconnect", "succeeded"),
            ],
        )
    writer.set_fact("demo", "A made-up week for the demo: none of it happened.")
    writer.resync()


def _story(cloud: DemoCloud, index: int, days: list[tuple[int, int]], rng: random.Random) -> list[Transition]:
    at = days[0][0] if days else 0
    rows = [Transition(at - _HOUR, cloud.id, Aspect.CLOUD, None, "RUNNING")]
    status = "RUNNING"

    def to(new: str, when: int, by_user: bool = False, detail: str | None = None) -> None:
        nonlocal status
        if new != status:
            rows.append(Transition(when, cloud.id, Aspect.CLOUD, status, new, by_user, detail))
            status = new

    if index == 0 and len(days) > 4:
        drop = days[1][0] + 5 * _HOUR + 13 * _MIN
        to("FAILED", drop, detail="Clouds Connect failed.")
        to("PENDING", drop + 14 * _MIN)
        to("RUNNING", drop + 15 * _MIN)
        lunch = days[4][0] + 4 * _HOUR
        to("DISCONNECTED", lunch, by_user=True)
        to("PENDING", lunch + 55 * _MIN)
        to("RUNNING", lunch + 56 * _MIN)
    elif index > 0:
        for start, end in days:
            if rng.random() < 0.35:
                when = rng.randrange(start, end - 70 * _MIN)
                to(rng.choice(["FAILED", "PENDING"]), when)
                to("RUNNING", when + rng.randrange(2, 40) * _MIN)
    # Into its status now while the last day was still watched, after every flap has ended: a cloud
    # failed now was seen to fail then, so "Failed since" and its newest incident begin together.
    to(cloud.status, days[-1][1] - _FINAL_CHANGE_BEFORE_END if days else at)
    return rows
