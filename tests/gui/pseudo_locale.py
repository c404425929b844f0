"""A pseudo-locale: a translator that "translates" every text into a longer, bracketed,
accented form, so that anything shown in plain English bypassed translation and anything cut
short will also be cut short in a longer language.

    "&Unlock"  ->  "[&Ûñļöçķ ~~~]"      "Strength: %s."  ->  "[Šţŕéñĝţĥ: %s. ~~~~~~]"

Placeholders (%s, %d, %1, %n, %L1), accelerators (&) and line breaks are kept, so formatting
and shortcuts still work. Every (context, text) asked for is recorded.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçðéƒĝĥíĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÍĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
_ACCENT = str.maketrans(_PLAIN, _ACCENTED)
_KEEP = re.compile(r"%(?:L?\d+|n|[sdif%]|\.\d+f)|&&|&|\n")
PSEUDO_MARK = re.compile(r"\[[^\[\]]*~\]")
"""Matches the innermost pseudo-translated piece of a text."""

LAYOUT_DIRECTION = ("QGuiApplication", "QT_LAYOUT_DIRECTION")


def pseudo(text: str) -> str:
    """The pseudo translation: about 1.5 times as long, in brackets, letters accented."""
    if not text:
        return text
    pieces, position = [], 0
    for match in _KEEP.finditer(text):
        pieces.append(text[position : match.start()].translate(_ACCENT))
        pieces.append(match.group())
        position = match.end()
    pieces.append(text[position:].translate(_ACCENT))
    return "[" + "".join(pieces) + " " + "~" * max(1, len(text) // 2) + "]"


def is_pseudo(text: str) -> bool:
    return bool(PSEUDO_MARK.search(text))


class PseudoTranslator(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        del disambiguation, n
        if (context, source_text) == LAYOUT_DIRECTION:
            return "RTL"
        self.asked.add((context, source_text))
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False
