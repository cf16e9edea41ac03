"""Prints pip constraints that pin every runtime dependency of pyproject.toml to its declared minimum."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]


def floor(requirement: Requirement) -> str | None:
    """The lowest version the requirement allows (its >=, ~= or == bound), or None if it names none."""
    for spec in requirement.specifier:
        if spec.operator in (">=", "~=", "=="):
            return spec.version
    return None


def constraints(dependencies: list[str]) -> list[str]:
    """One `name==floor` per dependency that applies to this Python; a dependency without a floor fails."""
    lines = []
    for text in dependencies:
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        version = floor(requirement)
        if version is None:
            raise SystemExit(f"{text!r} declares no minimum version: give it one (>=)")
        lines.append(f"{requirement.name}=={version}")
    return lines


def main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    sys.stdout.write("".join(f"{line}\n" for line in constraints(project["dependencies"])))


if __name__ == "__main__":
    main()
