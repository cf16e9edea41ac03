"""AllocationsModel: the allocations as a table, updated by a keyed diff so selection and scroll survive."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from gui.api import AllocationCloud
from gui.desktop.assets import icon
from gui.views.presentation import status_look

from . import allocation_cells as cells
from .allocation_cells import Column, SortKey
from .formatting import Clock, tooltip, utc_now

__all__ = ["AllocationsModel", "CloudRole", "Column", "SearchRole", "SortRole", "UrlRole"]

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# The AllocationCloud of the row, whatever the column.
CloudRole = int(Qt.ItemDataRole.UserRole) + 1
# The value the proxy sorts by (None for an absent field).
SortRole = int(Qt.ItemDataRole.UserRole) + 2
# The full personal URL, where the Personal URL column shows only the host.
UrlRole = int(Qt.ItemDataRole.UserRole) + 3
# Every text of the row, folded, that the filter box matches its words against.
SearchRole = int(Qt.ItemDataRole.UserRole) + 4
_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.DecorationRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.AccessibleTextRole),
        CloudRole,
        SortRole,
        UrlRole,
        SearchRole,
    }
)

_COLUMNS = len(Column)
# By position: indexing a tuple is far cheaper than calling the enum, thousands of times per paint.
_COLUMN_OF = tuple(Column)
_ID = attrgetter("id")
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _unique(clouds: Sequence[AllocationCloud]) -> tuple[list[AllocationCloud], list[str]]:
    """The clouds and their ids; should Pieces OS repeat an id, its first entry only."""
    ids = list(map(_ID, clouds))
    if len(set(ids)) == len(ids):
        return list(clouds), ids
    first: dict[str, AllocationCloud] = {}
    for cloud_id, cloud in zip(ids, clouds, strict=True):
        first.setdefault(cloud_id, cloud)
    return list(first.values()), list(first)


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted row numbers grouped into (first, last) ranges of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class AllocationsModel(QAbstractTableModel):
    """One row per allocation, keyed by cloud id; rows keep their place, new ones are appended."""

    def __init__(self, parent: QObject | None = None, *, clock: Clock = utc_now) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[AllocationCloud] = []
        self._index: dict[str, int] = {}
        # Filter text and sort keys per cloud id, built on first use and dropped when the cloud changes:
        # filtering or sorting 10,000 rows should not rebuild them on every key press or refresh.
        self._search: dict[str, str] = {}
        self._keys: dict[int, dict[str, SortKey]] = {column: {} for column in Column}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        # The clouds of the last apply, in the store's order, for the in-place fast path.
        self._applied: tuple[AllocationCloud, ...] = ()

    # -- Reading -------------------------------------------------------------------------------

    @override
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else _COLUMNS

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks each visible cell for a dozen roles on every paint: the ones this model does
        # not answer (fonts, colours, alignment…) go back at once, before any other work.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cloud = self._rows[index.row()]
        column = _COLUMN_OF[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.display_text(cloud, column, self._clock())
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS:
            return icon(status_look(cloud.status.cloud).icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(*cells.tooltip_lines(cloud, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cells.accessible_text(cloud, column, self._clock())
        if role == CloudRole:
            return cloud
        if role == SortRole:
            return cells.sort_key(cloud, column)
        if role == UrlRole:
            return cloud.personal_url
        if role == SearchRole:
            return self.search_text(index.row())
        return None

    @override
    def multiData(self, index: _Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        # What a painted cell asks for (font, colours, alignment, check state, icon, text) in one
        # call, not seven: each call from Qt into Python costs more than answering it.
        # (PySide6 iterates a span; its type stubs do not say so.)
        wanted = [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan
        for role_data in cast(Iterable[QModelRoleData], wanted):
            role = role_data.role()
            if role in _ROLES:
                role_data.setData(self.data(index, role))
            else:
                role_data.clearData()

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # The hidden row header is what a screen reader names a row by: "cloud, status".
            if role == Qt.ItemDataRole.AccessibleTextRole and 0 <= section < len(self._rows):
                return cells.row_text(self._rows[section])
            return None
        if not 0 <= section < _COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.header_title(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(cells.header_tip(Column(section)))
        return None

    def cloud_at(self, row: int) -> AllocationCloud:
        return self._rows[row]

    def clouds(self) -> Sequence[AllocationCloud]:
        """Every row's cloud, in row order: a view to read at once, not to keep."""
        return self._rows

    def row_of(self, cloud_id: str) -> int | None:
        return self._index.get(cloud_id)

    def sort_key(self, row: int, column: int) -> SortKey:
        """The SortRole value of a cell, from the cache."""
        cloud = self._rows[row]
        cache = self._keys[column]
        if cloud.id not in cache:
            cache[cloud.id] = cells.sort_key(cloud, Column(column))
        return cache[cloud.id]

    def search_text(self, row: int) -> str:
        cloud = self._rows[row]
        text = self._search.get(cloud.id)
        if text is None:
            text = self._search[cloud.id] = cells.search_text(cloud)
        return text

    # -- Updating ------------------------------------------------------------------------------

    def apply_in_steps(self, allocations: Iterable[AllocationCloud]) -> Iterator[None]:
        """apply(allocations), one step at each next(): a step a turn of the loop keeps each turn short.

        A first load of 10,000 rows takes 15-30 ms to read its ids and sort keys, sort and insert;
        in four steps, none holds the loop for a frame. Into a table with rows, one step: apply().
        """
        clouds = tuple(allocations)
        sort = self._sort()
        if self._rows:
            self.apply(clouds)
            return
        self._forget_all()  # keys cached by steps not finished: maybe older clouds', under the same ids
        rows, ids = _unique(clouds)
        yield
        keys = self._sort_keys(rows, ids)
        yield
        order = self._ranked(keys, ids)
        yield
        if self._rows or self._sort() != sort:  # changed meanwhile: in one go, from what it is now
            self.apply(clouds)
        else:  # already sorted: no layout change over thousands of rows
            self._insert([rows[position] for position in order], [ids[position] for position in order])
            self._applied = clouds

    def apply(self, allocations: Iterable[AllocationCloud]) -> None:
        """Make the rows match allocations: remove, change and insert only what differs (O(n))."""
        clouds = tuple(allocations)
        if not self._rows:
            for _ in self.apply_in_steps(clouds):
                pass
            return
        if self._apply_in_place(clouds):
            return
        ids = list(map(_ID, clouds))
        incoming = dict(zip(ids, clouds, strict=True))
        if len(incoming) < len(clouds):
            # A keyed diff needs unique keys; should Pieces OS repeat an id, its first entry wins.
            incoming = {}
            for cloud_id, cloud in zip(ids, clouds, strict=True):
                incoming.setdefault(cloud_id, cloud)
        self._remove_missing(incoming)
        moved = self._update_changed((row, incoming[cloud.id]) for row, cloud in enumerate(self._rows))
        moved = self._append_new(incoming) or moved
        if moved:
            self._resort()
        self._applied = clouds

    def _apply_in_place(self, clouds: tuple[AllocationCloud, ...]) -> bool:
        """The usual refresh, fast: the same clouds in the same places, a few of them new objects.

        The snapshot reader keeps every unchanged cloud the same object, so comparing by identity
        finds the few that changed without a keyed diff over thousands of rows.
        """
        last = self._applied
        # Equal lengths of rows and clouds: no repeated id was dropped, so places map one to one.
        if len(last) != len(clouds) or len(self._rows) != len(clouds):
            return False
        changed = [place for place, (new, old) in enumerate(zip(clouds, last, strict=True)) if new is not old]
        if any(clouds[place].id != last[place].id for place in changed):
            return False
        moved = self._update_changed((self._index[clouds[place].id], clouds[place]) for place in changed)
        if moved:
            self._resort()
        self._applied = clouds
        return True

    # -- Sorting -------------------------------------------------------------------------------

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by SortRole, absent values last in either order, keeping selections (a layout change).

        The model sorts itself rather than leaving it to QSortFilterProxyModel.lessThan: crossing
        from C++ to Python costs ~8 µs per comparison, 1-2 s for 10,000 rows, where sorting
        cached keys in Python takes milliseconds.
        """
        self._sort_column = column if 0 <= column < _COLUMNS else -1
        self._sort_order = order
        self._resort()

    def _order(self, clouds: list[AllocationCloud]) -> list[int]:
        """The positions of clouds in sorted order: by key, absent keys last, the id breaking ties."""
        ids = list(map(_ID, clouds))
        return self._ranked(self._sort_keys(clouds, ids), ids)

    def _sort_keys(self, clouds: list[AllocationCloud], ids: list[str]) -> list[SortKey]:
        """The sort column's key of each cloud (ids: theirs), from the cache where it has them."""
        if self._sort_column < 0:
            return []
        cache, keyer = self._keys[self._sort_column], cells.sort_keyer(Column(self._sort_column))
        if cache:  # cached keys, computed only for clouds new or changed since the last sort
            pairs = zip(ids, clouds, strict=True)
            keys = [cache[i] if i in cache else cache.setdefault(i, keyer(c)) for i, c in pairs]
        else:  # a first load: every key new, computed without a cache look-up each
            keys = cells.sort_keys(Column(self._sort_column), clouds)
            cache.update(zip(ids, keys, strict=True))
        return keys

    def _ranked(self, keys: list[SortKey], ids: list[str]) -> list[int]:
        """Positions in sorted order, given each one's key and id (unsorted: positions as they are)."""
        if self._sort_column < 0:
            return list(range(len(ids)))
        present = [row for row, k in enumerate(keys) if k is not None]
        # By id, then (stable) by key: the id breaks ties, so equal rows never swap places from
        # one refresh to the next. Two sorts on plain keys beat one on tuples (a third of the time).
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        present.sort(key=ids.__getitem__, reverse=descending)
        ranked: list[Any] = keys  # no None among the rows sorted here
        present.sort(key=ranked.__getitem__, reverse=descending)
        return present + [row for row, k in enumerate(keys) if k is None]

    def _resort(self) -> None:
        if self._sort_column < 0 or len(self._rows) < 2:
            return
        order = self._order(self._rows)
        if all(new == old for new, old in enumerate(order)):
            return
        self.layoutAboutToBeChanged.emit()
        new_row = [0] * len(order)
        for new, old in enumerate(order):
            new_row[old] = new
        self._rows = [self._rows[old] for old in order]
        self._index = {cloud.id: row for row, cloud in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(new_row[index.row()], index.column()) for index in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def refresh_ages(self) -> None:
        """Re-read the Updated column only, so "3 min ago" keeps aging without touching other cells."""
        if self._rows:
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole]
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, Column.UPDATED), self.index(last, Column.UPDATED), roles)

    def _remove_missing(self, incoming: dict[str, AllocationCloud]) -> None:
        gone = [row for row, cloud in enumerate(self._rows) if cloud.id not in incoming]
        if not gone:
            return
        # Bottom-up, so the row numbers of the ranges still to remove stay valid.
        for first, last in reversed(_runs(gone)):
            self.beginRemoveRows(_ROOT, first, last)
            for cloud in self._rows[first : last + 1]:
                self._forget(cloud.id)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        self._index = {cloud.id: row for row, cloud in enumerate(self._rows)}

    def _update_changed(self, candidates: Iterable[tuple[int, AllocationCloud]]) -> bool:
        """Replace the rows whose cloud changed; True when one of them may now sort elsewhere.

        Most changes (a URL's status) leave the sort key alone: then 10,000 rows need no resort.
        """
        changed: list[int] = []
        moved = False
        column = self._sort_column
        for row, new in candidates:
            cloud = self._rows[row]
            if new is not cloud and new != cloud:
                if column >= 0 and not moved:
                    moved = cells.sort_key(new, Column(column)) != self.sort_key(row, column)
                self._rows[row] = new
                self._forget(cloud.id)
                changed.append(row)
        for first, last in _runs(sorted(changed)):
            self.dataChanged.emit(self.index(first, 0), self.index(last, _COLUMNS - 1))
        return moved

    def _append_new(self, incoming: dict[str, AllocationCloud]) -> bool:
        new_ids = [cloud_id for cloud_id in incoming if cloud_id not in self._index]
        if not new_ids:
            return False
        self._insert([incoming[cloud_id] for cloud_id in new_ids], new_ids)
        return True

    def _sort(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _insert(self, clouds: list[AllocationCloud], ids: list[str]) -> None:
        """Append rows (with ids, their cloud ids) at the end."""
        if not clouds:
            return
        first = len(self._rows)
        self.beginInsertRows(_ROOT, first, first + len(clouds) - 1)
        self._rows.extend(clouds)
        self._index.update(zip(ids, range(first, first + len(clouds)), strict=True))
        self.endInsertRows()

    def _forget_all(self) -> None:
        self._search.clear()
        for cache in self._keys.values():
            cache.clear()

    def _forget(self, cloud_id: str) -> None:
        self._search.pop(cloud_id, None)
        for cache in self._keys.values():
            cache.pop(cloud_id, None)
