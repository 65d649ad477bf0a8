"""Text folding shared by the Rasa pipeline (Python 3.10) and the search (Python 3.11).

Citizens type Traditional or Simplified, full-width or half-width; the catalog
stores text as given. Everything that compares text folds both sides here, in
one place, so the NLU model and the index see the same characters.

This module depends only on OpenCC, so both environments can import it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

from opencc import OpenCC

_t2s = OpenCC("t2s")
_s2t = OpenCC("s2t")
_SPACES = re.compile(r"\s+")
# Emoji, pictographs and other symbols carry no meaning for search or intents.
_SYMBOLS = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0000fe00-\U0000fe0f\U0001f900-\U0001f9ff\u200d]"
)


def to_half_width(text: str) -> str:
    """Full-width letters, digits, punctuation and the ideographic space to half-width.

    NFKC would also do this, but it rewrites more (e.g. circled numbers, some
    CJK compatibility ideographs); only the width is folded here.
    """
    out = []
    for ch in text:
        code = ord(ch)
        if code == 0x3000:
            out.append(" ")
        elif 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def to_simplified(text: str) -> str:
    return _t2s.convert(text)


def to_traditional(text: str) -> str:
    """``text`` in Traditional characters, but never a character that does not fold back
    to the one written: OpenCC's phrase table turns the place name 澄江 into 澂江, which
    reads as another name (and folds to itself), so a city's, an agency's or a hall's name
    would no longer be the catalog's (唯一源头) nor match what a citizen types."""
    converted = _s2t.convert(text)
    if len(converted) != len(text):
        return converted
    back = _t2s.convert(converted)
    if back == text:
        return converted
    return "".join(c if b == o else o for c, b, o in zip(converted, back, text, strict=True))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The comparable form of a text: Simplified, half-width, lower case, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _SYMBOLS.sub(" ", to_half_width(text))
    return _SPACES.sub(" ", to_simplified(text)).strip().lower()


def script_of(text: str) -> Literal["traditional", "simplified"] | None:
    """The script the writer used, or None when no character of ``text`` tells ("要多久").

    A text counts as Traditional when folding it to Simplified changes at least
    one character and changes more characters than converting it to
    Traditional would: mixed text leans to the script with more evidence.
    """
    simplified = to_simplified(text)
    to_s = sum(a != b for a, b in zip(text, simplified, strict=False))
    to_t = sum(a != b for a, b in zip(text, to_traditional(text), strict=False))
    if to_s == 0:
        return "simplified" if to_t else None
    return "traditional" if to_s >= to_t else "simplified"


def is_traditional(text: str) -> bool:
    """Whether the writer used Traditional characters (script_of)."""
    return script_of(text) == "traditional"


def fold_aligned(text: str) -> str:
    """fold() restricted to one-to-one character mappings: same length, same offsets.

    Rasa's entity annotations and predictions are character offsets into the
    message text, so the NLU pipeline cannot use fold(), which may shorten a
    text (it NFC-composes, collapses and strips spaces, and its OpenCC
    conversion works on phrases). This keeps every character at its index:

    - full-width to half-width, and every symbol or emoji that fold() drops
      becomes one space instead of being removed;
    - every whitespace character becomes one space, nothing is collapsed;
    - Traditional to Simplified with OpenCC's phrase-aware conversion when the
      result has the same length (in practice always), else character by
      character, keeping a character whose conversion is not one character;
    - lower case where one character stays one character.

    It differs from fold() only in spaces (and NFC), so
    ``fold(fold_aligned(t)) == fold(t)`` for NFC text.
    """
    text = _SPACES.sub(lambda m: " " * len(m.group()), _SYMBOLS.sub(" ", to_half_width(text)))
    simplified = to_simplified(text)
    if len(simplified) != len(text):
        simplified = "".join(s if len(s := to_simplified(ch)) == 1 else ch for ch in text)
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in simplified)
