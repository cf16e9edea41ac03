"""Server text made safe to show on one line: no line breaks, no invisible controls, no bidi spoofing."""

from __future__ import annotations

import re

__all__ = ["isolate", "one_line", "shown"]

# Explicit embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI).
# They are how "\u202egnp.exe" comes to read "exe.png"; real right-to-left text needs none
# of them (the Unicode bidi algorithm orders Arabic and Hebrew by itself), so they are dropped.
# The marks (LRM, RLM, ALM) only steer neutral characters and are kept.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")

# Everything that breaks a line in Qt's text layout, Unicode's separators included.
_LINE_BREAKS = re.compile("\r\n|[\n\r\t\v\f\x1c-\x1e\x85\u2028\u2029]")

# The other C0 controls, DEL, and C1 controls: invisible, so shown as their Control Pictures
# (U+2400 block) or the replacement character, which a person can see and report.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")

_FSI = "\u2068"
_PDI = "\u2069"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def shown(text: str) -> str:
    """text without bidi controls and with invisible controls made visible; line breaks are kept."""
    text = _BIDI_CONTROLS.sub("", text)
    return re.sub("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]", _picture, text)


def one_line(text: str) -> str:
    """Server text for a single-line cell or label: each line break or tab becomes a space.

    A row stays one line tall whatever the server sent (U+2028 and U+2029 break lines in Qt
    as surely as a newline does), and nothing invisible or direction-changing gets through.
    """
    text = _BIDI_CONTROLS.sub("", _LINE_BREAKS.sub(" ", text))
    return _CONTROLS.sub(_picture, text)


def isolate(text: str) -> str:
    """one_line(text) set apart (FSI…PDI): a right-to-left name cannot reorder the words around it."""
    return f"{_FSI}{one_line(text)}{_PDI}"
