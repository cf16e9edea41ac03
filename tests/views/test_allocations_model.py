"""AllocationsModel: cell contents and roles, the keyed diff, sorting, and Qt's own model checks."""

from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from pytestqt.modeltest import ModelTester

from gui.api import AllocationCloud, AllocationStatus
from gui.views.allocation_cells import Column
from gui.views.allocations_filter import AllocationsFilter
from gui.views.allocations_model import AllocationsModel, CloudRole, SortRole, UrlRole
from gui.views.formatting import exact_time

from ..gestures import check_model
from .builders import (
    FAILED_ID,
    NOW,
    PENDING_ID,
    RUNNING_ID,
    Clock,
    cloud,
    many,
    three_mixed,
    touched,
    with_status,
)
from .signals import SignalLog
from .test_formatting import rendered

Display = Qt.ItemDataRole.DisplayRole


def make(allocations: tuple[AllocationCloud, ...] | None = None) -> AllocationsModel:
    model = AllocationsModel(clock=Clock())
    model.apply(three_mixed() if allocations is None else allocations)
    return model


def cell(model: AllocationsModel, row: int, column: Column, role: int = Display) -> object:
    return model.data(model.index(row, column), role)


def ids(model: AllocationsModel) -> list[str]:
    return [model.cloud_at(row).id for row in range(model.rowCount())]


def test_qt_model_tester_accepts_the_model_through_every_kind_of_change(qtmodeltester: ModelTester) -> None:
    model = make()
    check_model(qtmodeltester, model)
    running, pending, failed = three_mixed()
    model.apply(
        (with_status(running, AllocationStatus.FAILED), pending, failed, cloud("new-1"), cloud("new-2"))
    )
    model.sort(Column.UPDATED, Qt.SortOrder.DescendingOrder)
    model.apply((cloud("new-2"), failed))
    model.refresh_ages()
    model.apply(())
    assert model.rowCount() == 0


def test_python_model_tester_accepts_the_model_and_its_proxy(qtmodeltester: ModelTester) -> None:
    model = make()
    check_model(qtmodeltester, model, force_py=True)
    proxy = AllocationsFilter(model)
    check_model(ModelTester(None), proxy, force_py=True)  # type: ignore[no-untyped-call]
    proxy.sort(Column.STATUS)
    proxy.set_filter_text("priya")
    model.apply((*three_mixed(), cloud("priya-2", vanity="https://priya2.pieces.cloud")))
    assert proxy.rowCount() == 2


def test_columns_and_headers() -> None:
    model = make()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Status", "Personal URL", "URL status", "Project", "Region", "Version", "Updated"]
    for column in Column:
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert isinstance(tip, str)
        assert len(rendered(tip)) > 10
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_status_cells_say_the_word_and_show_an_icon() -> None:
    model = make()
    assert [cell(model, row, Column.STATUS) for row in range(3)] == ["Connected", "Connecting", "Failed"]
    decoration = cell(model, 0, Column.STATUS, Qt.ItemDataRole.DecorationRole)
    assert isinstance(decoration, QIcon)
    assert not decoration.isNull()
    assert cell(model, 0, Column.PROJECT, Qt.ItemDataRole.DecorationRole) is None


def test_personal_url_shows_the_host_and_keeps_the_full_url() -> None:
    model = make()
    assert cell(model, 0, Column.URL) == "mark.pieces.cloud"
    assert cell(model, 0, Column.URL, UrlRole) == "https://mark.pieces.cloud"
    # No vanity URL: the id URL is the personal one.
    assert cell(model, 1, Column.URL) == f"{PENDING_ID}.pieces.cloud"
    assert rendered(str(cell(model, 1, Column.URL, Qt.ItemDataRole.ToolTipRole))) == (
        f"https://{PENDING_ID}.pieces.cloud"
    )
    odd = make((cloud("odd", vanity="javascript:alert(1)"),))
    assert cell(odd, 0, Column.URL) == "javascript:alert(1)"


def test_url_status_agrees_or_lists_each_url() -> None:
    model = make()
    assert cell(model, 0, Column.URL_STATUS) == "All connected"
    assert cell(model, 1, Column.URL_STATUS) == "All connecting"
    assert cell(model, 2, Column.URL_STATUS) == "vanity, id Failed · base Connected"
    tip = rendered(str(cell(model, 2, Column.URL_STATUS, Qt.ItemDataRole.ToolTipRole)))
    assert "vanity: Failed — https://priya.pieces.cloud" in tip.splitlines()
    accessible = cell(model, 2, Column.URL_STATUS, Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "vanity, id Failed; base Connected"
    # The URLs agree with one another, not with the cloud: the column is about the URLs.
    hibernating = make((cloud("h", "HIBERNATING", url_status="RUNNING"),))
    assert cell(hibernating, 0, Column.URL_STATUS) == "All connected"
    unknown = make((cloud("u", url_status="PAUSED"),))
    assert cell(unknown, 0, Column.URL_STATUS) == "Unknown (\u2068PAUSED\u2069)"


def test_absent_fields_show_a_dash_and_are_spoken_as_not_given() -> None:
    model = make()
    assert cell(model, 1, Column.VERSION) == "—"
    assert cell(model, 1, Column.UPDATED) == "—"
    assert cell(model, 1, Column.VERSION, Qt.ItemDataRole.AccessibleTextRole) == "not given"
    assert cell(model, 1, Column.VERSION, SortRole) is None
    assert cell(model, 0, Column.VERSION) == "1.4.2"
    assert cell(model, 0, Column.REGION) == "us-central1"
    assert cell(model, 0, Column.PROJECT) == "pieces-user-clouds"


def test_updated_is_relative_with_the_exact_time_in_the_tooltip() -> None:
    model = make()
    running = three_mixed()[0]
    assert running.updated is not None
    assert cell(model, 0, Column.UPDATED) == "3 min ago"
    tip = rendered(str(cell(model, 0, Column.UPDATED, Qt.ItemDataRole.ToolTipRole)))
    assert tip.splitlines() == [exact_time(running.updated.value), "Today - March 25th, 12:58 p.m."]
    assert cell(model, 0, Column.UPDATED, SortRole) == running.updated.value.timestamp()
    assert cell(model, 2, Column.UPDATED) == "1 day ago"


def test_roles_give_the_cloud_and_the_sort_keys() -> None:
    model = make()
    assert cell(model, 2, Column.REGION, CloudRole) == three_mixed()[2]
    # Status sorts by severity: Failed, Disconnected, Connecting, Unknown, Connected.
    order = ["FAILED", "DISCONNECTED", "PENDING", "UNKNOWN", "RUNNING"]
    severities = [make((cloud("c", status),)).sort_key(0, Column.STATUS) for status in order]
    assert severities == [cell(make((cloud("c", s),)), 0, Column.STATUS, SortRole) for s in order]
    assert severities == sorted(severities)  # type: ignore[type-var]
    assert len(set(severities)) == 5
    assert model.data(QModelIndex(), Display) is None
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_refresh_ages_touches_only_the_updated_column() -> None:
    clock = Clock()
    model = AllocationsModel(clock=clock)
    model.apply(three_mixed())
    log = SignalLog(model)
    clock.advance(120)
    model.refresh_ages()
    assert log.changed == [(0, 2, Column.UPDATED, Column.UPDATED)]
    assert cell(model, 0, Column.UPDATED) == "5 min ago"


def test_a_refresh_with_nothing_new_says_nothing() -> None:
    model = make()
    log = SignalLog(model)
    model.apply(three_mixed())  # equal, freshly parsed objects
    assert (log.inserted, log.removed, log.changed, log.resets, log.layouts) == ([], [], [], 0, 0)


def test_one_changed_cloud_changes_one_row() -> None:
    model = make()
    log = SignalLog(model)
    running, pending, failed = three_mixed()
    model.apply((running, with_status(pending, AllocationStatus.RUNNING), failed))
    assert log.changed == [(1, 1, 0, len(Column) - 1)]
    assert (log.inserted, log.removed, log.resets) == ([], [], 0)
    assert cell(model, 1, Column.STATUS) == "Connected"


def test_removals_and_inserts_are_grouped_into_ranges() -> None:
    clouds = tuple(cloud(f"c{n}") for n in range(8))
    model = make(clouds)
    log = SignalLog(model)
    keep = (clouds[0], clouds[3], clouds[4], clouds[7])
    model.apply((*keep, cloud("n1"), cloud("n2"), cloud("n3")))
    # Rows 5-6 go first (bottom-up), then 1-2; the three new clouds arrive in one insert.
    assert log.removed == [(5, 6), (1, 2)]
    assert log.inserted == [(4, 6)]
    assert (log.changed, log.resets) == ([], 0)
    assert ids(model) == ["c0", "c3", "c4", "c7", "n1", "n2", "n3"]
    assert model.row_of("n2") == 5
    assert model.row_of("c1") is None


def test_a_repeated_id_keeps_its_first_entry() -> None:
    first, second = cloud("same", "RUNNING"), cloud("same", "FAILED")
    model = make((first, second))
    assert model.rowCount() == 1
    assert model.cloud_at(0) == first


def test_sorting_by_status_puts_the_worst_first() -> None:
    statuses = ["RUNNING", "UNKNOWN", "FAILED", "PENDING", "DISCONNECTED", "SUCCEEDED"]
    model = make(tuple(cloud(f"c{n}", status) for n, status in enumerate(statuses)))
    model.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    words = [cell(model, row, Column.STATUS) for row in range(model.rowCount())]
    assert words == ["Failed", "Disconnected", "Connecting", "Unknown", "Connected", "Connected"]
    model.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    assert cell(model, 0, Column.STATUS) == "Connected"
    assert cell(model, 5, Column.STATUS) == "Failed"


def test_a_first_load_into_a_sorted_model_comes_in_worst_first_with_statuses_it_does_not_know() -> None:
    model = AllocationsModel(clock=Clock())
    model.sort(Column.STATUS)
    statuses = ["RUNNING", "HIBERNATING", "FAILED", "UNKNOWN", "PENDING", "FAILED", "SUCCEEDED"]
    log = SignalLog(model)
    model.apply(tuple(cloud(f"c{n}", status) for n, status in enumerate(statuses)))
    assert (log.inserted, log.layouts) == ([(0, 6)], 0)
    # Each status by how bad it is, a status Pieces OS added since as an unknown one, ties by id.
    assert ids(model) == ["c2", "c5", "c4", "c1", "c3", "c0", "c6"]
    model.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    assert ids(model) == ["c6", "c0", "c3", "c1", "c4", "c5", "c2"]


def test_a_first_load_in_steps_goes_in_as_apply_would_put_it_at_the_last_step() -> None:
    statuses = ["RUNNING", "HIBERNATING", "FAILED", "UNKNOWN", "PENDING", "FAILED", "SUCCEEDED"]
    clouds = (*(cloud(f"c{n}", status) for n, status in enumerate(statuses)), cloud("c1", "FAILED"))
    model = AllocationsModel(clock=Clock())
    model.sort(Column.STATUS)
    log = SignalLog(model)
    steps = model.apply_in_steps(clouds)
    for _ in range(3):  # ids, sort keys, order: nothing in yet
        next(steps)
        assert model.rowCount() == 0
    assert next(steps, None) is None  # the last step inserts
    assert (log.inserted, log.layouts) == ([(0, 6)], 0)
    # As apply() puts it: worst first, ties by id, a repeated id's first entry kept.
    assert ids(model) == ["c2", "c5", "c4", "c1", "c3", "c0", "c6"]
    assert model.cloud_at(3) is clouds[1]


def test_steps_left_unfinished_leave_no_sort_keys_for_the_clouds_that_come_next() -> None:
    first = tuple(cloud(f"c{n}", "RUNNING") for n in range(4))
    # The same ids a moment later, two of them failed now: their order must come from these.
    later = (first[0], with_status(first[1], AllocationStatus.FAILED), first[2], cloud("c3", "FAILED"))
    model = AllocationsModel(clock=Clock())
    model.sort(Column.STATUS)
    steps = model.apply_in_steps(first)
    next(steps)
    next(steps)  # the keys of `first` read, then newer clouds came
    model.apply(later)
    assert ids(model) == ["c1", "c3", "c0", "c2"]


def test_a_sort_changed_between_steps_is_the_one_the_rows_come_in_by() -> None:
    clouds = (cloud("c0", "RUNNING"), cloud("c1", "FAILED"), cloud("c2", "PENDING"))
    model = AllocationsModel(clock=Clock())
    model.sort(Column.STATUS)
    steps = model.apply_in_steps(clouds)
    next(steps)
    next(steps)
    model.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    for _ in steps:
        pass
    assert ids(model) == ["c0", "c2", "c1"]


def test_steps_into_a_table_with_rows_are_one_apply() -> None:
    model = make()
    model.sort(Column.STATUS)
    steps = model.apply_in_steps(three_mixed()[:1])
    assert model.rowCount() == 3  # nothing done before the first step
    assert next(steps, None) is None
    assert ids(model) == [RUNNING_ID]


def test_sorting_by_updated_keeps_absent_times_last_in_both_orders() -> None:
    model = make(
        (
            cloud("old", updated=NOW - timedelta(days=3)),
            cloud("never", updated=None),
            cloud("new", updated=NOW),
            cloud("mid", updated=NOW - timedelta(hours=2)),
        )
    )
    model.sort(Column.UPDATED, Qt.SortOrder.AscendingOrder)
    assert ids(model) == ["old", "mid", "new", "never"]
    model.sort(Column.UPDATED, Qt.SortOrder.DescendingOrder)
    assert ids(model) == ["new", "mid", "old", "never"]


def test_versions_sort_as_numbers() -> None:
    model = make(tuple(cloud(v, version=v) for v in ("1.10.0", "1.9.2", "1.4.2", "2.0.0")))
    model.sort(Column.VERSION)
    assert ids(model) == ["1.4.2", "1.9.2", "1.10.0", "2.0.0"]


def test_a_sorted_model_places_new_and_changed_rows_by_a_layout_change() -> None:
    model = make()
    model.sort(Column.STATUS)
    assert ids(model) == [FAILED_ID, PENDING_ID, RUNNING_ID]
    log = SignalLog(model)
    running, pending, failed = three_mixed()
    model.apply((with_status(running, AllocationStatus.FAILED), pending, failed, cloud("z", "DISCONNECTED")))
    assert log.resets == 0
    assert log.layouts == 1
    # Equal statuses sort by id, so the order never flickers between refreshes.
    assert ids(model) == [RUNNING_ID, FAILED_ID, "z", PENDING_ID]


def test_a_refresh_of_the_same_clouds_changes_rows_in_place_and_moves_one_only_when_its_key_did() -> None:
    model = make()
    model.sort(Column.STATUS)
    running, pending, failed = three_mixed()
    model.apply((running, pending, failed))
    log = SignalLog(model)
    # Sorted by status, a newer time leaves the running cloud last: one row changes, no layout.
    model.apply((touched(running, NOW + timedelta(days=1)), pending, failed))
    assert log.changed == [(2, 2, 0, len(Column) - 1)]
    assert log.layouts == 0
    # Its status failing moves it up among the failed, by id.
    model.apply((with_status(running, AllocationStatus.FAILED), pending, failed))
    assert log.layouts == 1
    assert ids(model) == [RUNNING_ID, FAILED_ID, PENDING_ID]
    assert cell(model, 0, Column.STATUS) == "Failed"


def test_ten_thousand_rows_take_a_keyed_diff_in_linear_time() -> None:
    clouds = many(10_000)
    model = AllocationsModel(clock=Clock())
    model.sort(Column.UPDATED)
    started = time.perf_counter()
    model.apply(clouds)
    log = SignalLog(model)
    changed = list(clouds)
    changed[5000] = touched(changed[5000], NOW + timedelta(days=1))
    del changed[100:103]
    changed.append(cloud("fresh"))
    model.apply(tuple(changed))
    elapsed = time.perf_counter() - started
    assert model.rowCount() == 10_000 - 3 + 1
    assert log.removed == [(100, 102)]
    assert len(log.changed) == 1
    assert len(log.inserted) == 1
    assert log.resets == 0
    # Generous for a slow CI machine; a quadratic diff would take minutes here.
    assert elapsed < 10


def test_each_row_reads_its_cloud_then_its_status_as_sorted() -> None:
    # The hidden row header is what a screen reader names a row by (AT-SPI's Table.GetRowHeader).
    model = make()
    proxy = AllocationsFilter(model)
    proxy.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)  # worst first, as the window sorts
    spoken = Qt.ItemDataRole.AccessibleTextRole
    read = [proxy.headerData(row, Qt.Orientation.Vertical, spoken) for row in range(proxy.rowCount())]
    url = {c.id: c.personal_url for c in three_mixed()}
    assert read == [
        f"{url[FAILED_ID]}, Failed",
        f"{url[PENDING_ID]}, Connecting",
        f"{url[RUNNING_ID]}, Connected",
    ]
    # Nothing else is put into the header: it stays hidden and numbers nothing.
    assert proxy.headerData(0, Qt.Orientation.Vertical, Display) is None
