"""Commands without a window translate like the window: the .qm files read without Qt, as Qt reads them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from gui.cli.catalog import Catalog, CommandLineLanguage, load, saved_language, translations_dir

COUNTS = (-1, 0, 1, 2, 3, 5, 11, 21, 101, 1001)


def messages(catalog: Catalog) -> list[tuple[str, str, str]]:
    [(found, _rules)] = catalog._layers
    return list(found)


@pytest.mark.parametrize(
    "name", ["pieces_allocations_en.qm", "pieces_allocations_pseudo.qm", "qtbase_de.qm", "qtbase_fr.qm"]
)
def test_every_text_and_plural_form_reads_as_qtranslator_reads_it(name: str) -> None:
    path = translations_dir() / name
    catalog = Catalog()
    catalog.add(path.read_bytes())
    qt = QTranslator()
    assert qt.load(str(path))
    read = messages(catalog)
    assert read
    for context, source, comment in read:
        for n in COUNTS:
            expected = qt.translate(context, source, comment or None, n) or source
            if n >= 0:
                expected = expected.replace("%n", str(n))
            assert catalog.translate(context, source, comment or None, n) == expected


def test_english_plurals_and_a_language_over_them() -> None:
    english = load("en")
    assert english.translate("FORMATTING", "%n days ago", None, 1) == "1 day ago"
    assert english.translate("FORMATTING", "%n days ago", None, 2) == "2 days ago"
    assert english.translate("NOWHERE", "as written", None, -1) == "as written"
    pseudo = load("pseudo")
    assert pseudo.translate("FORMATTING", "%n days ago", None, 2).startswith("⟦2 ")
    assert load("xx", Path("/nonexistent")).translate("FORMATTING", "%n days ago", None, 1) == "1 days ago"


def test_the_saved_language_is_read_from_the_settings_file_without_qt(tmp_path: Path) -> None:
    assert saved_language(tmp_path) is None
    (tmp_path / "settings.ini").write_text("[ui]\nlanguage=fr\n")
    assert saved_language(tmp_path) == "fr"
    home = tmp_path / "home"
    (home / ".config" / "pieces-allocations").mkdir(parents=True)
    (home / ".config" / "pieces-allocations" / "pieces-allocations.ini").write_text("[ui]\nlanguage=de\n")
    assert saved_language(None, env={"HOME": str(home)}, platform="linux") == "de"
    (tmp_path / "settings.ini").write_bytes(b"\xff\xfe not a settings file [")
    assert saved_language(tmp_path) is None


def test_the_command_line_language_follows_lang_then_the_setting_then_the_system(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[ui]\nlanguage=pseudo\n")
    for argv, env, expected in [
        (["--lang", "en", "--config-dir", str(tmp_path)], {"LANG": "de_DE.UTF-8"}, "en"),
        (["--config-dir", str(tmp_path)], {"LANG": "de_DE.UTF-8"}, "pseudo"),
        ([f"--config-dir={tmp_path / 'none'}"], {"LANG": "de_DE.UTF-8"}, "de"),
        ([f"--config-dir={tmp_path / 'none'}"], {"LANG": "C.UTF-8"}, "en"),
    ]:
        language = CommandLineLanguage(argv, env)
        language("OPTIONS", "options", None, -1)
        assert language.language == expected


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from gui.__main__ import main; code = main(); "
         "assert not any(n.startswith('PySide6') for n in sys.modules), 'Qt was loaded'; sys.exit(code)",
         *args],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip


def test_help_is_translated_without_loading_qt() -> None:
    done = run_app("--help", "--lang", "pseudo")
    assert done.returncode == 0, done.stderr
    assert "⟦" in done.stdout
    assert "--base-url URL" in done.stdout  # the options themselves are not words to translate


def test_a_mistake_on_the_command_line_is_told_in_the_language(tmp_path: Path) -> None:
    done = run_app("--lang", "pseudo", "--since", "3x", "--history", "--config-dir", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1].startswith("⟦pieces-allocations: ")
    assert "'3x'" in done.stderr  # the value as typed, inside the translated sentence
