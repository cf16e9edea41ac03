"""Typed clicks and key presses for the widget tests (pytest-qt's own helpers carry no type hints)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester


def click(widget: QWidget, at: QPoint | None = None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at or QPoint())


def key(
    widget: QWidget, which: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, which, modifiers)


def type_text(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)


def check_model(tester: ModelTester, model: QAbstractItemModel, *, force_py: bool = False) -> None:
    """Qt's model tester (or pytest-qt's Python one): it keeps checking every later change of the model."""
    tester.check(model, force_py=force_py)  # type: ignore[no-untyped-call]
