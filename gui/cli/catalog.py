"""Reads the app's .qm translations without Qt, for --help, --status and --history (which load no window).

The format is Qt's (qtranslator.cpp): a magic number, then tagged blocks; the messages block holds one
record per text (its translations in UTF-16, then comment, source and context in UTF-8), and the
numerus-rules block a little program that picks the plural form for a count. lrelease keeps source and
context in every record, so a plain scan finds them; tests/cli check it against QTranslator itself.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from gui import i18n
from gui.cli.saved import saved_value

__all__ = ["Catalog", "CommandLineLanguage", "load", "saved_language", "translations_dir"]

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES, _NUMERUS_RULES = 0x69, 0x88
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
# Numerus-rule opcodes.
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK = 1, 2, 3, 4, 0x07
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


def translations_dir() -> Path:
    """gui/resources/translations in a wheel and a bundle, resources/translations atop a checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "icons").is_dir():
            return candidate / "translations"
    return package / "resources" / "translations"


class Catalog:
    """The translations of one or more .qm files, the last loaded first, as installed QTranslators are."""

    def __init__(self) -> None:
        self._layers: list[tuple[dict[tuple[str, str, str], list[str]], bytes]] = []

    def add(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise ValueError("not a Qt translation file")
        messages: dict[tuple[str, str, str], list[str]] = {}
        rules = b""
        at = len(MAGIC)
        while at + 5 <= len(data):
            tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
            block = data[at + 5 : at + 5 + length]
            at += 5 + length
            if tag == _MESSAGES:
                _read_messages(block, messages)
            elif tag == _NUMERUS_RULES:
                rules = block
        self._layers.insert(0, (messages, rules))

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """As QCoreApplication.translate: the first file with a translation wins; %n becomes the count."""
        for messages, rules in self._layers:
            forms = messages.get((context, text, disambiguation or "")) or messages.get((context, text, ""))
            index = _numerus(n, rules) if n >= 0 else 0
            if forms and index < len(forms):  # a text with no plural forms has only the first
                found = forms[index]
                return found.replace("%n", str(n)) if n >= 0 else found
        return text.replace("%n", str(n)) if n >= 0 else text


def load(code: str, folder: Path | None = None) -> Catalog:
    """English's plural forms, then the language's own, as the app loads them; a missing file is skipped."""
    folder = translations_dir() if folder is None else folder
    catalog = Catalog()
    for name in ["en", code] if code != "en" else ["en"]:
        path = folder / f"pieces_allocations_{name}.qm"
        try:
            catalog.add(path.read_bytes())
        except (OSError, ValueError):
            continue
    return catalog


def saved_language(
    config_dir: Path | None, *, env: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> str | None:
    """Settings > Language, read from the settings file without Qt (the file QSettings writes as INI)."""
    return saved_value(config_dir, "ui", "language", env=env, platform=platform)


class CommandLineLanguage:
    """The lookup of the commands that open no window (--help, --status, --history, a mistake on the
    command line): the language is chosen and its file read at the first text looked up, so a start of
    the window, which translates through Qt instead, never pays for it."""

    def __init__(self, argv: Sequence[str], env: Mapping[str, str] = os.environ) -> None:
        self._argv = list(argv)
        self._env = env
        self._catalog: Catalog | None = None
        self.language = ""

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        if self._catalog is None:
            self.language = self._choose()
            self._catalog = load(self.language)
        return self._catalog.translate(context, text, disambiguation, n)

    def _choose(self) -> str:
        requested = _option(self._argv, "--lang")
        config_dir = _option(self._argv, "--config-dir")
        saved = saved_language(Path(config_dir) if config_dir else None, env=self._env)
        return i18n.choose_language(requested, saved, i18n.environment_languages(self._env))


def _option(argv: Sequence[str], name: str) -> str | None:
    """The value of --name VALUE or --name=VALUE, before argparse has read the command line."""
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(name + "="):
            return arg.partition("=")[2]
    return None


def _read_messages(block: bytes, messages: dict[tuple[str, str, str], list[str]]) -> None:
    at = 0
    forms: list[str] = []
    source = context = comment = ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if forms:
                messages[(context, source, comment)] = forms
            forms, source, context, comment = [], "", "", ""
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        length = struct.unpack_from(">I", block, at)[0]
        at += 4
        if tag == _TRANSLATION:
            if length == 0xFFFFFFFF:
                continue  # a null translation
            forms.append(block[at : at + length].decode("utf-16-be"))
        elif tag in (_SOURCE, _CONTEXT, _COMMENT):
            value = block[at : at + length].decode("utf-8")
            if tag == _SOURCE:
                source = value
            elif tag == _CONTEXT:
                context = value
            else:
                comment = value
        at += length


def _numerus(n: int, rules: bytes) -> int:
    """Which plural form count n takes, by the file's numerus rules (qtranslator.cpp's numerusHelper)."""
    if not rules:
        return 0
    result, i, size = 0, 0, len(rules)
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = rules[i]
                i += 1
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                right = rules[i]
                i += 1
                op = opcode & _OP_MASK
                if op == _EQ:
                    value = left == right
                elif op == _LT:
                    value = left < right
                elif op == _LEQ:
                    value = left <= right
                else:  # _BETWEEN
                    value = right <= left <= rules[i]
                    i += 1
                if opcode & _NOT:
                    value = not value
                and_value = and_value and value
                if i == size or rules[i] != _AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != _OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # _NEWRULE
