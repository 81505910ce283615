r"""Text rules shared by the importers, the file checkers and the faces: control characters.

Two rules, one for input and one for output:

- **Input.** A one-line text (a reference, a name, a title, a place) holds no control character at all:
  none of C0 (``\x00``–``\x1f``, tab and newline included), DEL, C1 (``\x80``–``\x9f``), nor the
  Unicode line and paragraph separators. A free text (request notes, comments, dissents, reasons) may
  hold line breaks (LF, CR) and tabs, and no other control character. Files are refused with the
  place named (:func:`control_in`).
- **Output.** Every message that echoes something from a file is escaped (:func:`printable`): ``ESC``
  shows as ``\x1b`` and a newline as ``\n``, so a message is always one line and no terminal escape
  sequence from a file ever reaches the screen.
"""

from __future__ import annotations

import re

# What a terminal may act on (C0, DEL, C1) and the Unicode line breaks.
_ESCAPES = {
    **{code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F, *range(0x80, 0xA0))},
    ord("\t"): "\\t",
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
_SHOWN = 120  # the longest value a message echoes; the rest is elided

LINE_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""Characters a one-line text may not hold."""
NOTE_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Characters a free text may not hold (it keeps tab, LF and CR)."""


def printable(text: object) -> str:
    r"""Text safe to print on one terminal line: control characters and line breaks become escapes.

    ``ESC`` shows as ``\x1b``, a newline as ``\n``, a tab as ``\t``. Backslashes are left alone, so
    Windows paths read as typed.

    Args:
        text: anything; it is converted with ``str``.

    Returns:
        The escaped text.
    """
    return str(text).translate(_ESCAPES)


def shown_value(value: object) -> str:
    """A value as a message echoes it: escaped (:func:`printable`) and cut short when it is long."""
    text = str(value)
    if len(text) > _SHOWN:
        text = text[:_SHOWN] + "…"
    return printable(text)


def control_in(text: str, *, multiline: bool = False) -> str | None:
    r"""The first control character a text may not hold, escaped for a message, or None.

    Args:
        text: the text.
        multiline: a free text, which may hold line breaks and tabs.

    Returns:
        E.g. ``\x1b`` (as four characters), or None when the text is clean.
    """
    if text.isprintable():  # C-level: the usual case costs one scan
        return None
    found = (NOTE_CONTROLS if multiline else LINE_CONTROLS).search(text)
    return printable(found.group()) if found else None


CONTROL_RULE = {
    False: "a one-line text holds none",
    True: "a free text holds no control character but line breaks and tabs",
}
"""The rule :func:`control_in` applies, in words (the ``rule`` of a ``control_character`` problem)."""
