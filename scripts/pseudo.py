"""Pseudo-translations: every source text wrapped in ⟦…⟧, its letters accented and about 40 % longer.

`--lang pseudo` then shows at a glance which text on screen is not translated (no markers), which is
cut off (a marker missing at its end) and which layout does not grow with longer languages;
`--lang pseudo-rtl` is the same laid out right to left. What the app fills in or Qt reads survives
untouched: %n, %1, %L1, {name} and {n:g}, the & of a shortcut and the letter after it, and HTML tags
and entities.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

OPEN, CLOSE = "⟦", "⟧"
PAD = "·"
# How much longer than the English, the rough growth of German or French over English in UI text.
GROWTH = 0.4

_ACCENTED = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ",
    "áƀçđéĝĥíķĺñóŕšţúýžÁβÇĐÉĜĤÍĶĹÑÓŔŠŢÚÝŽ",
)
# Kept as they are: placeholders, a shortcut's & with its letter (&& is a literal &), tags, entities,
# and what a translator keeps too: command-line options (--base-url) and environment variables.
_KEEP = re.compile(
    r"%L?\d+|%n|\{[^{}]*\}|&&|&\w|<[^>]*>|&[a-zA-Z]+;|&#\d+;|(?<![\w-])--[a-z][a-z-]*|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b"
)


def pseudo(text: str) -> str:
    """The pseudo-translation of one source text."""
    parts = []
    letters = 0
    at = 0
    for kept in _KEEP.finditer(text):
        plain = text[at : kept.start()]
        parts.append(plain.translate(_ACCENTED))
        letters += sum(ch.isalpha() for ch in plain)
        parts.append(kept.group())
        at = kept.end()
    tail = text[at:]
    parts.append(tail.translate(_ACCENTED))
    letters += sum(ch.isalpha() for ch in tail)
    body = "".join(parts)
    padding = PAD * math.ceil(letters * GROWTH)
    # Rich text must still start with its tag for Qt to see it is rich text: the markers go inside.
    rich = re.fullmatch(r"(\s*<[^>]+>)(.*?)(<[^>]+>\s*)?", body, re.S)
    if rich and body.lstrip().startswith("<"):
        head, middle, end = rich.group(1), rich.group(2), rich.group(3) or ""
        return f"{head}{OPEN}{middle}{padding}{CLOSE}{end}"
    return f"{OPEN}{body}{padding}{CLOSE}"


def pseudo_ts(template: str, *, rtl: bool = False) -> str:
    """A finished translation of every message of template (a .ts lupdate wrote), in pseudo."""
    root = ET.fromstring(template)
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        if message.get("numerus") == "yes":
            for form in forms or [
                ET.SubElement(translation, "numerusform"),
                ET.SubElement(translation, "numerusform"),
            ]:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    if rtl:
        # Qt lays the whole app out right to left when a loaded translation says so.
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "QGuiApplication"
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = "QT_LAYOUT_DIRECTION"
        ET.SubElement(message, "translation").text = "RTL"
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode")
