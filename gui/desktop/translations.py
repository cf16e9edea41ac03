"""Loads the chosen language before the first window: the app's .qm and Qt's own qtbase_<lang>.qm."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from gui import i18n
from gui.desktop.assets import resources_dir

__all__ = ["Loaded", "install", "translations_dir", "ui_locale"]

_log = logging.getLogger(__name__)

# Dates, times and numbers of the pseudo-locales: English's, so that only the texts look strange.
_PSEUDO_LOCALE = "en_US"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ui_locale(code: str, system: QLocale | None = None) -> QLocale:
    """The QLocale dates, times, durations and numbers are written in for language code: the system's
    own where it speaks that language (en_GB keeps its day-month order, de_AT its "Jänner")."""
    system = QLocale.system() if system is None else system
    if code in i18n.PSEUDO:
        return QLocale(_PSEUDO_LOCALE)
    if system.name().split("_")[0] == code:
        return system
    return QLocale(code)


@dataclass
class Loaded:
    """What install() chose and loaded: the language, and the files it read (for the log and diagnostics)."""

    language: str
    previous_locale: QLocale
    files: list[Path] = field(default_factory=list)
    translators: list[QTranslator] = field(default_factory=list)


def install(requested: str | None, saved: str | None, system: Sequence[str] | None = None) -> Loaded:
    """Choose the language (--lang, the setting, the system's) and install its translators.

    English loads only its plural forms ("1 allocation"); every other language loads them too, under
    its own file, so a text it has not translated yet falls back to proper English. Costs a few
    milliseconds: a .qm is read with mmap, and nothing else is imported.
    """
    languages = list(QLocale.system().uiLanguages()) if system is None else list(system)
    code = i18n.choose_language(requested, saved, languages)
    loaded = Loaded(code, QLocale())
    folder = translations_dir()
    names = ["pieces_allocations_en"]
    if code != "en":
        names.append(f"pieces_allocations_{code}")
        if code not in i18n.PSEUDO:
            names.append(f"qtbase_{code}")
    for name in names:
        path = folder / f"{name}.qm"
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(str(path)) and QCoreApplication.installTranslator(translator):
            loaded.files.append(path)
            loaded.translators.append(translator)
        else:
            _log.warning("The translation %s could not be loaded; its texts show in English", path)
    QLocale.setDefault(ui_locale(code))
    i18n.use(QCoreApplication.translate)
    _log.info(
        "Language %s, from %s", code, ", ".join(str(path) for path in loaded.files) or "the source texts"
    )
    return loaded


def uninstall(loaded: Loaded) -> None:
    """Remove what install() installed (tests switch languages within one process)."""
    for translator in loaded.translators:
        QCoreApplication.removeTranslator(translator)
    loaded.translators.clear()
    QLocale.setDefault(loaded.previous_locale)
