"""The timeline's arithmetic: segments, time nobody watched, uptime with chosen disconnection, incidents."""

from __future__ import annotations

from gui.history.records import Reading, Span
from gui.history.timeline import Change, incidents, segments, uptime

MIN = 60_000


def readings(parts: list) -> list[tuple[int, int, Reading]]:  # type: ignore[type-arg]
    return [(p.start // MIN, p.end // MIN, p.reading) for p in parts]


def test_time_outside_every_watched_span_is_not_watched_whatever_the_status() -> None:
    parts = segments(
        Change(0, "RUNNING"),
        [Change(30 * MIN, "FAILED")],
        [Span(0, 20 * MIN), Span(40 * MIN, 60 * MIN)],
        0,
        60 * MIN,
    )
    assert readings(parts) == [
        (0, 20, Reading.CONNECTED),
        (20, 40, Reading.NOT_WATCHED),
        (40, 60, Reading.FAILED),
    ]
    figures = uptime(parts)
    assert (figures.connected, figures.watched) == (20 * MIN, 40 * MIN)
    assert figures.ratio == 0.5


def test_watched_time_before_anything_was_recorded_is_not_claimed() -> None:
    parts = segments(None, [Change(10 * MIN, "RUNNING")], [Span(0, 60 * MIN)], 0, 60 * MIN)
    assert readings(parts) == [(0, 10, Reading.NOT_WATCHED), (10, 60, Reading.CONNECTED)]
    assert uptime(parts).ratio == 1.0


def test_a_disconnection_the_user_asked_for_is_not_counted_as_down() -> None:
    parts = segments(
        Change(0, "RUNNING"),
        [Change(30 * MIN, "DISCONNECTED", by_user=True), Change(50 * MIN, "RUNNING")],
        [Span(0, 60 * MIN)],
        0,
        60 * MIN,
    )
    figures = uptime(parts)
    assert figures.chosen_off == 20 * MIN
    assert figures.ratio == 1.0
    (incident,) = incidents(parts)
    assert incident.by_user
    assert incident.reading is Reading.DISCONNECTED
    assert (incident.start, incident.end) == (30 * MIN, 50 * MIN)


def test_a_drop_counts_against_uptime_and_is_an_incident_with_what_pieces_os_said() -> None:
    parts = segments(
        Change(0, "RUNNING"),
        [Change(15 * MIN, "FAILED", detail="Clouds Connect failed."), Change(45 * MIN, "RUNNING")],
        [Span(0, 60 * MIN)],
        0,
        60 * MIN,
    )
    assert uptime(parts).ratio == 0.5
    (incident,) = incidents(parts)
    assert (incident.reading, incident.detail, incident.watched) == (
        Reading.FAILED,
        "Clouds Connect failed.",
        30 * MIN,
    )


def test_incidents_come_newest_first_and_a_gap_nobody_watched_joins_the_same_failure() -> None:
    parts = segments(
        Change(0, "FAILED"),
        [Change(20 * MIN, "RUNNING"), Change(40 * MIN, "DISCONNECTED")],
        [Span(0, 10 * MIN), Span(12 * MIN, 60 * MIN)],
        0,
        60 * MIN,
    )
    found = incidents(parts)
    assert [(i.reading, i.start // MIN, i.end // MIN, i.watched // MIN) for i in found] == [
        (Reading.DISCONNECTED, 40, 60, 20),
        (Reading.FAILED, 0, 20, 18),
    ]


def test_an_incident_the_period_ends_in_watched_is_ongoing_one_that_ended_or_went_unwatched_is_not() -> None:
    def found(spans: list[Span], changes: list[Change]) -> list[tuple[Reading, int, bool]]:
        parts = segments(Change(0, "RUNNING"), changes, spans, 0, 60 * MIN)
        return [(i.reading, i.start // MIN, i.ongoing) for i in incidents(parts)]

    failing = [Change(10 * MIN, "FAILED"), Change(20 * MIN, "RUNNING"), Change(40 * MIN, "FAILED")]
    assert found([Span(0, 60 * MIN)], failing) == [(Reading.FAILED, 40, True), (Reading.FAILED, 10, False)]
    # Nobody watched the end of the period: whether it still failed then is not known.
    assert found([Span(0, 50 * MIN)], failing) == [(Reading.FAILED, 40, False), (Reading.FAILED, 10, False)]
    # Seen to fail, a night unwatched, still failing now: one incident, going on.
    assert found([Span(0, 30 * MIN), Span(50 * MIN, 60 * MIN)], failing[:1]) == [(Reading.FAILED, 10, True)]
    assert found([Span(0, 60 * MIN)], failing[:2]) == [(Reading.FAILED, 10, False)]


def test_overlapping_spans_and_a_period_inside_one_change_are_handled() -> None:
    parts = segments(
        Change(0, "PENDING"), [], [Span(0, 30 * MIN), Span(10 * MIN, 50 * MIN)], 5 * MIN, 40 * MIN
    )
    assert readings(parts) == [(5, 40, Reading.CONNECTING)]


def test_nothing_watched_gives_no_ratio_rather_than_a_made_up_one() -> None:
    parts = segments(Change(0, "RUNNING"), [], [], 0, 60 * MIN)
    assert readings(parts) == [(0, 60, Reading.NOT_WATCHED)]
    assert uptime(parts).ratio is None


def test_an_unknown_status_reads_unknown_and_is_neither_up_nor_an_incident() -> None:
    parts = segments(Change(0, "HIBERNATING"), [], [Span(0, 60 * MIN)], 0, 60 * MIN)
    assert readings(parts) == [(0, 60, Reading.UNKNOWN)]
    assert parts[0].status == "HIBERNATING"
    assert uptime(parts).ratio == 0.0
    assert incidents(parts) == []


def test_a_span_begun_within_a_second_of_the_last_one_ending_leaves_no_unwatched_sliver() -> None:
    # The demo's made-up week ends a moment before the live span begins; so does a span the
    # writer ended and opened again within one refresh.
    parts = segments(
        Change(0, "RUNNING"), [], [Span(0, 30 * MIN), Span(30 * MIN + 3, 30 * MIN + 3)], 0, 30 * MIN + 3
    )
    assert readings(parts) == [(0, 30, Reading.CONNECTED)]
    assert parts[-1].end == 30 * MIN + 3
