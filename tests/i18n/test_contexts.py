"""Extraction and lookup agree: every text the code looks up is one lupdate extracts, in the same context."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "gui"
# The emulator is a stand-in for Pieces OS: its words are Pieces OS's, not the app's.
NOT_SHOWN = {GUI / "emulator"}

Message = tuple[str, str, str, bool]  # context, source, disambiguation, plural


def modules() -> list[Path]:
    return [
        path
        for path in sorted(GUI.rglob("*.py"))
        if not any(folder in path.parents for folder in NOT_SHOWN) and path.name != "i18n.py"
    ]


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def contexts_of(tree: ast.Module) -> dict[str, str]:
    """Module-level `NAME = Context("TEXT")`: NAME to TEXT."""
    found = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "Context"
        ):
            [target] = node.targets
            assert isinstance(target, ast.Name)
            found[target.id] = _literal(node.value.args[0]) or ""
    return found


def looked_up(path: Path, root: Path = ROOT) -> tuple[set[Message], list[str]]:
    """The texts path translates (NAME.tr and QT_TRANSLATE_NOOP calls), and what is wrong with any of them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    contexts = contexts_of(tree)
    messages: set[Message] = set()
    problems = []
    where = path.relative_to(root)
    for name, called in contexts.items():
        if name != called:
            problems.append(f"{where}: {name} = Context({called!r}): lupdate files its texts under {name}")
    if len(contexts) > 1:
        problems.append(f"{where}: more than one context: {sorted(contexts)}")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("tr", "translate"):
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in contexts and func.attr == "tr":
                if node.keywords:
                    problems.append(
                        f"{where}:{node.lineno}: keywords hide the text from lupdate; pass them in order"
                    )
                    continue
                text = _literal(node.args[0]) if node.args else None
                if text is None:
                    continue  # a text marked elsewhere (QT_TRANSLATE_NOOP), looked up here
                disambiguation = _literal(node.args[1]) if len(node.args) > 1 else None
                messages.add((owner.id, text, disambiguation or "", len(node.args) > 2))
            elif func.attr == "tr" or (node.args and _literal(node.args[0]) is not None):
                # self.tr() takes its context from the runtime class: a base class's texts went
                # untranslated in a subclass. QCoreApplication.translate is fine but has one spelling here.
                problems.append(f"{where}:{node.lineno}: {ast.unparse(func)}(): use the module's Context")
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
            marked = [_literal(arg) for arg in node.args]
            if len(marked) != 2 or marked[0] is None or marked[1] is None:
                problems.append(f"{where}:{node.lineno}: QT_TRANSLATE_NOOP takes two string literals")
            else:
                messages.add((marked[0], marked[1], "", False))
        elif isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
            problems.append(f"{where}:{node.lineno}: {func.id}() is not extracted: use the module's Context")
    return messages, problems


def extracted(tmp_path: Path) -> set[Message]:
    ts = tmp_path / "all.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-extensions", "py", "-locations", "none", "-silent", "gui", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
    )
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def test_every_text_is_looked_up_in_the_context_lupdate_files_it_under(tmp_path: Path) -> None:
    wanted: set[Message] = set()
    problems: list[str] = []
    owners: dict[str, Path] = {}
    for path in modules():
        messages, found = looked_up(path)
        wanted |= messages
        problems += found
        for context in {m[0] for m in messages}:
            if owners.setdefault(context, path) != path:
                problems.append(f"{path.relative_to(ROOT)}: context {context} is also {owners[context]}'s")
    assert not problems, "\n".join(problems)
    got = {m for m in extracted(tmp_path) if m[0] not in ("", "QGuiApplication")}
    assert wanted - got == set(), "looked up but not extracted (so never translated)"
    assert got - wanted == set(), "extracted but looked up differently (its translation is never used)"
    assert len(wanted) > 300


@pytest.mark.parametrize(
    "source",
    [
        'X = Context("X")\nclass A:\n    def f(self):\n        return self.tr("Hi")\n',
        'X = Context("X")\ndef f():\n    return X.tr(text="Hi")\n',
        'X = Context("Y")\ndef f():\n    return X.tr("Hi")\n',
    ],
)
def test_the_check_catches_what_lupdate_would_miss(tmp_path: Path, source: str) -> None:
    module = tmp_path / "m.py"
    module.write_text(source)
    _, problems = looked_up(module, tmp_path)
    assert problems
