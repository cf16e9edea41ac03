"""Which language the app shows, and that what it loads reaches every text: base classes', plurals, Qt's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud
from gui.cli.options import parse
from gui.desktop import translations
from gui.desktop.autostart import XdgAutostart
from gui.desktop.settings import Settings
from gui.dialogs import ReconnectDialog, SettingsDialog
from gui.i18n import choose_language, environment_languages
from gui.services.operations import Operations
from gui.services.tasks import TaskRegistry
from gui.views.formatting import age_text

OPEN, CLOSE = "⟦", "⟧"


@pytest.fixture
def language(qapp: QCoreApplication) -> Iterator[list[translations.Loaded]]:
    """Install a language with language.append(translations.install(...)); removed again after the test."""
    loaded: list[translations.Loaded] = []
    yield loaded
    for one in loaded:
        translations.uninstall(one)


@pytest.mark.parametrize(
    ("requested", "saved", "system", "expected"),
    [
        ("fr", "de", ["de-DE"], "fr"),  # --lang first
        (None, "de", ["fr-FR"], "de"),  # then the Settings choice
        (None, None, ["de-AT", "de"], "de"),  # then the system's
        (None, None, ["es-ES", "fr-FR"], "fr"),  # the first the app has
        (None, None, ["es-ES", "en-US", "fr-FR"], "en"),  # ...unless English comes before it
        (None, None, ["ja-JP"], "en"),
        ("xx", "zz", ["C"], "en"),  # nothing known: English
        ("pseudo-rtl", None, [], "pseudo-rtl"),
    ],
)
def test_the_language_is_lang_then_the_setting_then_the_systems(
    requested: str | None, saved: str | None, system: list[str], expected: str
) -> None:
    assert choose_language(requested, saved, system) == expected


def test_the_system_language_is_read_as_posix_says() -> None:
    assert environment_languages({"LANG": "de_DE.UTF-8"}) == ["de"]
    assert environment_languages({"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}) == ["fr"]
    assert environment_languages({"LANGUAGE": "fr:de", "LANG": "de_DE.UTF-8"}) == ["fr", "de", "de"]
    assert environment_languages({"LC_ALL": "C", "LANGUAGE": "de"}) == ["en"]
    assert environment_languages({}) == []


def test_lang_is_an_option_and_an_unknown_one_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse(["--lang", "DE"]).lang == "de"
    assert parse([]).lang is None
    with pytest.raises(SystemExit):
        parse(["--lang", "klingon"])
    assert "'klingon' is not a language of the app" in capsys.readouterr().err


def test_the_setting_keeps_the_language(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    assert settings.language is None
    settings.language = "fr"
    settings.sync()
    assert Settings(tmp_path).language == "fr"
    assert Settings(tmp_path).values().language == "fr"


def test_english_plurals_come_from_its_own_file(language: list[translations.Loaded]) -> None:
    language.append(translations.install("en", None))
    assert age_text(86400) == "1 day ago"
    assert age_text(3 * 86400) == "3 days ago"


def test_german_loads_the_apps_file_qts_own_and_german_dates(language: list[translations.Loaded]) -> None:
    loaded = translations.install(None, None, ["de-DE"])
    language.append(loaded)
    assert loaded.language == "de"
    assert [path.name for path in loaded.files] == [
        "pieces_allocations_en.qm",
        "pieces_allocations_de.qm",
        "qtbase_de.qm",
    ]
    # Qt's own buttons (the standard dialog buttons) come from qtbase_de.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"


@pytest.mark.parametrize(
    ("code", "said"),
    [
        # German: one is singular, zero plural; French: zero and one are singular.
        ("de", {0: "0 Zuweisungen", 1: "1 Zuweisung", 2: "2 Zuweisungen", 1237: "1.237 Zuweisungen"}),
        ("fr", {0: "0 allocation", 1: "1 allocation", 2: "2 allocations", 1237: "1\u202f237 allocations"}),
    ],
)
def test_each_language_has_its_own_plural_forms(
    language: list[translations.Loaded], code: str, said: dict[int, str]
) -> None:
    language.append(translations.install(code, None))
    for count, words in said.items():
        assert QCoreApplication.translate("ALLOCATIONS_PAGE", "%n allocations", None, count) == words
    days = {n: age_text(n * 86400) for n in (1, 2)}
    assert days == (
        {1: "vor 1\xa0Tag", 2: "vor 2\xa0Tagen"}
        if code == "de"
        else {1: "il y a 1\xa0jour", 2: "il y a 2\xa0jours"}
    )


def test_a_base_class_text_is_translated_in_its_subclass(
    qtbot: QtBot,
    language: list[translations.Loaded],
    operations: Operations,
    tasks: TaskRegistry,
    filled: tuple[AllocationCloud, ...],
) -> None:
    language.append(translations.install("pseudo", None))
    dialog = ReconnectDialog(operations, tasks, filled[0].id)
    qtbot.addWidget(dialog)
    # "Working" and "Cancel" are OperationDialog's, the base class every operation dialog shares: under
    # self.tr() they were looked up as ReconnectDialog's and never found.
    assert dialog.progress_bar.accessibleName().startswith(OPEN)
    assert dialog.close_button.text().startswith(OPEN)
    assert dialog.windowTitle().startswith(OPEN)


def test_the_settings_dialog_offers_each_language_by_its_own_name_and_saves_the_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "config")
    autostart = XdgAutostart("pieces-allocations", "Pieces Allocations", home=tmp_path / "home", env={})

    async def never(address: str | None) -> str:
        raise AssertionError("no test was asked for")

    dialog = SettingsDialog(settings, autostart, TaskRegistry(), never, ["pieces-allocations"])
    qtbot.addWidget(dialog)
    dialog.open()
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System default",
        "Deutsch",
        "English",
        "Français",
    ]
    assert combo.currentData() is None
    assert dialog.language_note.isVisibleTo(dialog), "it says the language changes at the next start"
    combo.setCurrentIndex(combo.findData("fr"))
    dialog.accept()
    assert Settings(tmp_path / "config").language == "fr"
    dialog = SettingsDialog(settings, autostart, TaskRegistry(), never, ["pieces-allocations"])
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.language_combo.currentText() == "Français"
    dialog.reject()
