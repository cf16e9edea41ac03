"""The minimum-versions job pins each runtime dependency to the floor pyproject.toml declares."""

from __future__ import annotations

import sys

import pytest

from .scripts import ROOT, load_script


def test_each_dependency_is_pinned_to_its_floor_for_this_python() -> None:
    # A marker naming the running Python applies, one naming another does not, whichever Python runs.
    this = f"{sys.version_info.major}.{sys.version_info.minor}"
    other = "3.12" if this == "3.11" else "3.11"
    dependencies = [
        f"PySide6-Essentials>=6.10,<6.12; python_version == '{this}'",
        f"PySide6-Essentials>=6.8; python_version == '{other}'",
        "qasync==0.28.0",
        "httpx>=0.28,<0.29",
        "httpx-ws>=0.9",
        "wsproto~=1.2",
    ]
    assert load_script("scripts/floors.py").constraints(dependencies) == [
        "PySide6-Essentials==6.10",
        "qasync==0.28.0",
        "httpx==0.28",
        "httpx-ws==0.9",
        "wsproto==1.2",
    ]


def test_a_dependency_without_a_floor_is_refused() -> None:
    with pytest.raises(SystemExit, match="declares no minimum"):
        load_script("scripts/floors.py").constraints(["anyio<5"])


def test_every_runtime_dependency_of_the_project_has_a_floor() -> None:
    floors = load_script("scripts/floors.py")
    project = floors.tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [line.split("==")[0].lower() for line in floors.constraints(project["dependencies"])]
    assert "pyside6-essentials" in names
    assert "pydantic" in names
