"""What an installed app needs ships in its wheel: every package, and the icons as gui.resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "gui").rglob("__init__.py")}
    assert set(config["packages"]) == found | {"gui.resources"}
    assert config["package-dir"] == {"gui.resources": "resources"}


def test_every_icon_the_app_names_is_shipped() -> None:
    shipped = {path.stem for path in (ROOT / "resources" / "icons").glob("*.svg")}
    used = {"app", "pieces-os-down"} | {
        f"status-{word}" for word in ("connected", "connecting", "failed", "disconnected", "unknown")
    }
    assert used <= shipped
