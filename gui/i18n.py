"""The words the user reads: one translation context per module, and the one lookup behind them (no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

__all__ = [
    "LANGUAGES",
    "PSEUDO",
    "QT_TRANSLATE_NOOP",
    "SHIPPED",
    "Context",
    "Lookup",
    "choose_language",
    "environment_languages",
    "known",
    "translate",
    "use",
]

# The app's languages besides English (resources/translations/pieces_allocations_<code>.ts), by the
# name a speaker knows them by. English is the source text (its .ts holds only plural forms).
LANGUAGES = {"de": "Deutsch", "fr": "Français"}
# Languages whose every entry is translated and finished: CI fails on an unfinished one here. A
# language joins once its translation is complete; until then the others fall back to English.
SHIPPED: frozenset[str] = frozenset({"de", "fr"})
# Made at build time from the source texts, to see untranslated and clipped text (see scripts/pseudo.py).
PSEUDO = ("pseudo", "pseudo-rtl")

# context, source text, disambiguation, count (-1: not a plural) -> the text to show.
Lookup = Callable[[str, str, "str | None", int], str]


def untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """The source text, with %n filled in as QCoreApplication.translate does when nothing is loaded."""
    return text.replace("%n", str(n)) if n >= 0 else text


_lookup: Lookup = untranslated


def use(lookup: Lookup | None) -> None:
    """Translate through this from now on (QCoreApplication.translate in the app, a .qm reader in the CLI)."""
    global _lookup
    _lookup = lookup or untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the chosen language: for a text QT_TRANSLATE_NOOP marked, at the moment it is shown."""
    return _lookup(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a text for extraction where it cannot be translated yet (a constant made at import)."""
    return text


def known(code: str) -> bool:
    return code == "en" or code in LANGUAGES or code in PSEUDO


def _language(tag: str) -> str:
    """The app's code for a locale name: "de_DE.UTF-8" and "de-AT" are "de", "C" and "POSIX" English."""
    tag = tag.strip().split(".")[0].split("@")[0]
    if tag.lower() in PSEUDO:
        return tag.lower()
    base = tag.replace("-", "_").split("_")[0].lower()
    return "en" if base in ("c", "posix", "") else base


def environment_languages(env: Mapping[str, str]) -> list[str]:
    """The user's languages as POSIX says, best first: LANGUAGE's list (unless LC_ALL or LANG is C),
    else LC_ALL, LC_MESSAGES, LANG: what Qt's QLocale.system() reads on Linux, for the Qt-free commands."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            if _language(value) == "en" and value.split(".")[0] in ("C", "POSIX"):
                return ["en"]
            first = _language(value)
            break
    else:
        first = ""
    listed = [_language(tag) for tag in env.get("LANGUAGE", "").split(":") if tag]
    return [code for code in [*listed, first] if code]


def choose_language(requested: str | None, saved: str | None, system: Iterable[str]) -> str:
    """The language to show: --lang, else the Settings choice, else the first of the system's
    languages the app has, else English. An unknown --lang or setting falls through to the next."""
    for choice in (requested, saved):
        if choice and known(_language(choice)):
            return _language(choice)
    for tag in system:
        code = _language(tag)
        if known(code) and code not in PSEUDO:
            return code
        if code == "en":
            return "en"
    return "en"


class Context:
    """A module's translation context: `NAME = Context("NAME")` at the top, then `NAME.tr("text")`.

    lupdate takes the context of `NAME.tr(...)` from the name before `.tr`, whatever class the call
    is in, so extraction and lookup agree where Python's own `self.tr()` would look in the runtime
    class (a base class's texts went untranslated in a subclass). The variable and the string must
    therefore be the same word; tests/i18n checks that for every module. `NAME.tr("%n rows", None,
    count)` is a plural (lupdate marks it so whatever the count expression is).
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _lookup(self.name, text, disambiguation, n)

    def __repr__(self) -> str:
        return f"Context({self.name!r})"
