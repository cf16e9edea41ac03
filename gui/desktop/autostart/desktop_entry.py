"""Desktop Entry files: the Exec quoting of the specification, and a lenient reader of the keys."""

from __future__ import annotations

from collections.abc import Sequence

# Characters that force an argument into double quotes (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four are preceded by a backslash.
_QUOTED_ESCAPES = ('"', "`", "$", "\\")


def quote_arg(arg: str) -> str:
    """One argument as the Exec key needs it, before the string escapes of the file are applied."""
    arg = arg.replace("%", "%%")  # a lone % would start a field code
    if arg and not (_RESERVED & set(arg)):
        return arg
    return '"' + "".join("\\" + c if c in _QUOTED_ESCAPES else c for c in arg) + '"'


def escape_string(value: str) -> str:
    """The string escapes of every value (applied after the Exec quoting, undone before it)."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def exec_value(command: Sequence[str]) -> str:
    """The value of Exec= for a command line, e.g. `"/opt/My App/run" --tray`."""
    return escape_string(" ".join(quote_arg(arg) for arg in command))


def unescape_string(value: str) -> str:
    out: list[str] = []
    chars = iter(value)
    for c in chars:
        if c != "\\":
            out.append(c)
            continue
        nxt = next(chars, "")
        out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(nxt, "\\" + nxt))
    return "".join(out)


def split_exec(value: str) -> list[str]:
    """The arguments of an Exec value, undoing escape_string and quote_arg (field codes left as they are)."""
    text = unescape_string(value)
    args: list[str] = []
    current: list[str] = []
    in_quotes = started = False
    chars = iter(text)
    for c in chars:
        if in_quotes:
            if c == "\\":
                current.append(next(chars, ""))
            elif c == '"':
                in_quotes = False
            else:
                current.append(c)
        elif c == '"':
            in_quotes = started = True
        elif c == " ":
            if started:
                args.append("".join(current).replace("%%", "%"))
            current, started = [], False
        else:
            current.append(c)
            started = True
    if started:
        args.append("".join(current).replace("%%", "%"))
    return args


def read_group(text: str, group: str = "Desktop Entry") -> dict[str, str]:
    """The keys of one group, as written (localized keys included); comments and other groups skipped."""
    keys: dict[str, str] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif current == group and "=" in line:
            key, _, value = line.partition("=")
            keys.setdefault(key.strip(), value.strip())
    return keys
