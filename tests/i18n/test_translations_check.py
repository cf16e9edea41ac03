"""`scripts/translations check` (scripts/check, so CI, runs it) fails on a stale .ts or unfinished entry."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts import ROOT


def _script(relative: str) -> ModuleType:
    """A script without a .py suffix, loaded as its module."""
    loader = SourceFileLoader(Path(relative).name, str(ROOT / relative))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


translations = _script("scripts/translations")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout of the sources (linked) with a copy of the committed .ts files, which the check reads."""
    (tmp_path / "gui").symlink_to(translations.ROOT / "gui", target_is_directory=True)
    copy = tmp_path / "resources" / "translations"
    copy.mkdir(parents=True)
    for ts in translations.FOLDER.glob("*.ts"):
        shutil.copyfile(ts, copy / ts.name)
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    monkeypatch.setattr(translations, "FOLDER", copy)
    return copy


def edit(path: Path, change: str) -> None:
    """Changes the German file: drops a message ("stale") or marks one unfinished ("unfinished")."""
    tree = ET.parse(path)
    context = next(iter(tree.getroot().iter("context")))
    message = next(iter(context.iter("message")))
    if change == "stale":
        context.remove(message)
    else:
        translation = message.find("translation")
        assert translation is not None
        translation.set("type", "unfinished")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def test_the_committed_files_pass(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert translations.check() == 0, capsys.readouterr().err


@pytest.mark.parametrize(("change", "said"), [("stale", "out of date"), ("unfinished", "unfinished")])
def test_a_stale_file_or_an_unfinished_entry_fails(
    folder: Path, capsys: pytest.CaptureFixture[str], change: str, said: str
) -> None:
    edit(folder / "pieces_allocations_de.ts", change)
    assert translations.check() == 1
    err = capsys.readouterr().err
    assert "pieces_allocations_de.ts" in err
    assert said in err


def test_an_empty_plural_form_is_unfinished(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>X</name>"
        '<message numerus="yes"><source>%n rows</source><translation>'
        "<numerusform>%n Zeile</numerusform><numerusform></numerusform></translation></message>"
        "<message><source>Quit</source><translation></translation></message>"
        "<message><source>Open</source><translation>Öffnen</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert translations.unfinished(ts) == ["%n rows", "Quit"]
