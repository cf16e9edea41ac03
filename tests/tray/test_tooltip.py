"""The tooltip names each cloud with its status, then Pieces OS; server strings come out as typed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtGui import Qt
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud, PiecesTimeout, PiecesUnreachable, ServerError
from gui.state import AppState, Phase, rules
from gui.tray.tooltip import MAX_CLOUDS, tooltip_lines, tooltip_text
from tests.views.builders import HOSTILE, cloud, connection, loaded_state, many, user

ME = user()


def test_one_line_per_cloud_then_pieces_os(qtbot: QtBot) -> None:
    mine, other = cloud(ME.id, "RUNNING"), cloud("other-cloud", "FAILED")
    lines = tooltip_lines(loaded_state(allocations=(other, mine), user=ME))
    assert lines == [
        "Pieces Allocations: Connected",
        f"{mine.personal_url}: Connected (yours)",
        f"{other.personal_url}: Failed",
        "Pieces OS 12.6.0 at http://127.0.0.1:39300",
    ]


def test_a_status_this_app_does_not_know_says_what_pieces_os_said(qtbot: QtBot) -> None:
    # Read from JSON, as from Pieces OS: the model keeps what it was sent beside its UNKNOWN.
    wire = {**cloud(ME.id).to_wire(), "status": {"cloud": "HIBERNATING"}}
    hibernating = AllocationCloud.model_validate_json(json.dumps(wire))
    lines = tooltip_lines(loaded_state(allocations=(hibernating,), user=ME))
    # Set apart (FSI…PDI) as in the window: a right-to-left value cannot reorder the line.
    assert lines[1].endswith(": Unknown (\u2068HIBERNATING\u2069)")


def test_a_line_break_in_a_url_keeps_the_tooltip_line_whole(qtbot: QtBot) -> None:
    wire = {**cloud(ME.id).to_wire()}
    wire["urls"] = {
        **wire["urls"],
        "vanity": {"status": "RUNNING", "url": "https://a\u2028b\u202e.pieces.cloud"},
    }
    odd = AllocationCloud.model_validate_json(json.dumps(wire))
    lines = tooltip_lines(loaded_state(allocations=(odd,), user=ME))
    assert lines[1].startswith("https://a b.pieces.cloud: ")


def test_pieces_os_not_reachable_and_stale_data_say_so(qtbot: QtBot) -> None:
    down = PiecesUnreachable("Nothing answers at http://127.0.0.1:39300.")
    lines = tooltip_lines(rules.failed(loaded_state(), down))
    assert lines[0].endswith("(not up to date)")
    assert lines[-2] == "Pieces OS at http://127.0.0.1:39300: not reachable"
    assert lines[-1].startswith(f"Refreshing fails: {down.message}")
    unreachable = rules.failed(AppState(connection=connection()), down)
    assert unreachable.phase is Phase.UNREACHABLE
    assert tooltip_lines(unreachable)[0] == "Pieces Allocations: Pieces OS is not reachable"
    assert tooltip_lines(unreachable)[-1] == "Pieces OS at http://127.0.0.1:39300: not reachable"
    assert tooltip_lines(AppState())[-1] == "Pieces OS: looking for it…"


def test_a_slow_list_is_not_called_unreachable(qtbot: QtBot) -> None:
    slow = PiecesTimeout("when asked to list the allocations", 15)
    lines = tooltip_lines(rules.failed(loaded_state(), slow, answering=True))
    assert lines[0].endswith("(not up to date)")
    assert lines[-2] == "Pieces OS 12.6.0 at http://127.0.0.1:39300"
    assert lines[-1].startswith(f"Refreshing fails: {slow.message}")


def test_an_error_from_pieces_os_is_not_called_unreachable(qtbot: QtBot) -> None:
    said = ServerError(500, "Database is locked", "list the allocations")
    lines = tooltip_lines(rules.failed(AppState(connection=connection()), said))
    assert lines == [
        "Pieces Allocations: Pieces OS answers with an error",
        "Pieces OS at http://127.0.0.1:39300: answers with an error",
        'Refreshing fails: Pieces OS could not list the allocations (HTTP 500): "Database is locked".',
    ]


def test_many_clouds_end_with_a_count(qtbot: QtBot) -> None:
    lines = tooltip_lines(loaded_state(allocations=many(MAX_CLOUDS + 3)))
    assert lines[-2] == "and 3 more"


def hostile_cloud() -> AllocationCloud:
    return cloud(ME.id, vanity=f"https://me.example/{HOSTILE}")


def test_hostile_strings_stay_plain_text_for_qt_s_own_tooltip(qtbot: QtBot) -> None:
    text = tooltip_text(loaded_state(allocations=(hostile_cloud(),), user=ME), markup=False)
    assert HOSTILE in text
    # Qt decides from the first line whether a tooltip is rich text: it is always the app's own words.
    assert not Qt.mightBeRichText(text)


def test_hostile_strings_are_escaped_for_a_host_that_renders_markup(qtbot: QtBot) -> None:
    state = loaded_state(allocations=(hostile_cloud(),), user=ME)
    state = replace(state, connection=replace(connection(), version="<i>12</i>&"))
    text = tooltip_text(state, markup=True)
    assert "<b>" not in text
    assert "&lt;b&gt;x&lt;/b&gt;&lt;img src=y&gt;" in text
    assert "&lt;i&gt;12&lt;/i&gt;&amp;" in text


def test_each_cloud_says_how_long_it_has_held_its_status(qtbot: QtBot) -> None:
    now = int(datetime(2026, 12, 7, 12, 26, tzinfo=UTC).timestamp() * 1000)
    held = {"c-up": now - (3 * 60 + 12) * 60_000, "c-down": now - 3 * 3600_000}
    state = loaded_state(
        allocations=(
            cloud("c-up", vanity="https://chen.pieces.cloud"),
            cloud("c-down", "FAILED", vanity="https://d.pieces.cloud"),
        )
    )
    lines = tooltip_lines(state, lambda cloud_id, _status: held.get(cloud_id), now)
    assert "https://chen.pieces.cloud: Connected for 3 h 12 min" in lines
    failed_at = datetime.fromtimestamp(held["c-down"] / 1000, UTC).astimezone().strftime("%H:%M")
    assert f"https://d.pieces.cloud: Failed since {failed_at}" in lines


def test_no_duration_is_claimed_for_what_the_history_does_not_know_or_for_old_data(qtbot: QtBot) -> None:
    state = loaded_state(allocations=(cloud("c-up", vanity="https://chen.pieces.cloud"),))
    assert "https://chen.pieces.cloud: Connected" in tooltip_lines(state, lambda _c, _s: None)
    stale = rules.failed(state, PiecesTimeout("the list", 10.0))
    lines = tooltip_lines(stale, lambda _c, _s: 0, 10_000_000)
    assert "https://chen.pieces.cloud: Connected" in lines
