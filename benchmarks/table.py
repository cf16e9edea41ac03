"""One row of the benchmark table: our samples beside a baseline's from the same run, and the target."""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

#: Lines a benchmark prints for benchmarks/run start with this; anything else is its own commentary.
MARK = "ROW "


@dataclass(frozen=True)
class Row:
    """Samples of one figure, ours and the baseline's, and whether the target is met.

    limit is the target: an upper bound on the ratio (ours / baseline median) when ratio_target
    is set, else an upper bound on our median itself. met is None where there is no target.
    """

    group: str
    label: str
    unit: str
    ours: tuple[float, ...]
    baseline_label: str = ""
    baseline: tuple[float, ...] = ()
    target: str = ""
    limit: float | None = None
    ratio_target: bool = False
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if not self.ours or not self.baseline:
            return None
        base = statistics.median(self.baseline)
        return statistics.median(self.ours) / base if base else None

    @property
    def met(self) -> bool | None:
        if self.limit is None or not self.ours:
            return None
        value = self.ratio if self.ratio_target else statistics.median(self.ours)
        return None if value is None else value <= self.limit


def emit(row: Row) -> None:
    """Hand a row to benchmarks/run (one JSON line on stdout)."""
    print(MARK + json.dumps(asdict(row)), flush=True)


def parse(line: str) -> Row | None:
    if not line.startswith(MARK):
        return None
    data = json.loads(line[len(MARK) :])
    data["ours"] = tuple(data["ours"])
    data["baseline"] = tuple(data["baseline"])
    return Row(**data)


def figure(samples: Sequence[float], unit: str) -> str:
    """Median [min–max] in the row's unit, to a precision that fits its size."""
    if not samples:
        return "–"
    med, low, high = statistics.median(samples), min(samples), max(samples)
    if len(samples) == 1:
        return f"{_num(med)} {unit}"
    return f"{_num(med)} [{_num(low)}–{_num(high)}] {unit}"


def _num(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def render(rows: Sequence[Row]) -> str:
    """The whole table, one line per row, grouped as the rows came."""
    header = ("benchmark", "ours: median [min–max]", "baseline", "its median [min–max]", "ratio", "target")
    lines = [
        (
            row.label,
            figure(row.ours, row.unit) if row.ours else (row.note or "–"),
            row.baseline_label,
            figure(row.baseline, row.unit) if row.baseline else "",
            f"{row.ratio:.2f}x" if row.ratio is not None else "",
            _verdict(row),
        )
        for row in rows
    ]
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *lines, strict=True)]
    out = []
    group = None
    for row, cells in zip((None, *rows), (header, *lines), strict=True):
        if row is not None and row.group != group:
            group = row.group
            out.append(f"-- {group} " + "-" * max(0, sum(widths) + 3 * len(widths) - len(group) - 4))
        out.append(" | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip())
    return "\n".join(out)


def _verdict(row: Row) -> str:
    if not row.target:
        return row.note if row.ours else ""
    met = row.met
    mark = "" if met is None else (" met" if met else " MISSED")
    return row.target + mark


if __name__ == "__main__":  # pragma: no cover - a manual look at the layout
    example = Row("g", "x", "ms", (1.0, 2.0, 3.0), "y", (2.0, 3.0), "≤ 1x", 1.0, True)
    sys.stdout.write(render([example]) + "\n")
