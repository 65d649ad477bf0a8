"""Masking of personal numbers citizens type: 身份证号 and mobile numbers.

Applied before anything is stored or logged: in the Rasa REST channel before
the message reaches the tracker store (guidebot_rasa/rest.py), and in the app
before a question goes into the answer, rating or unanswered logs. Pure
Python (no dependencies), so both environments import it.

Masked as the issuing systems print them: a resident ID keeps its first 4
and last 3 characters (4401***********23X), a mobile number its first 3 and
last 4 (138****5678). Full-width digits are recognized too.
"""

from __future__ import annotations

import re

from nlu.textnorm import to_half_width

_DATE = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
#: 18-digit resident ID (region, birth date 19xx/20xx, sequence, check digit) or 15-digit old one.
_ID = re.compile(rf"(?<![0-9A-Za-z])(?:[1-9]\d{{5}}(?:19|20)\d{{2}}{_DATE}\d{{3}}[0-9Xx]"
                 rf"|[1-9]\d{{7}}{_DATE}\d{{3}})(?![0-9A-Za-z])")
#: Mainland mobile numbers, optionally written 138-1234-5678 or 138 1234 5678, with +86.
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)")


def _keep(text: str, head: int, tail: int) -> str:
    digits = [i for i, ch in enumerate(text) if ch.isalnum()]
    keep = set(digits[:head] + digits[-tail:])
    return "".join(ch if (i in keep or not ch.isalnum()) else "*" for i, ch in enumerate(text))


def mask_personal(text: str) -> str:
    """``text`` with every resident ID and mobile number masked; the rest unchanged."""
    if not text:
        return text
    half = to_half_width(text)  # one character for one: spans map back to ``text``
    spans: list[tuple[int, int, int, int]] = []
    for m in _ID.finditer(half):
        spans.append((m.start(), m.end(), 4, 3))
    for m in _MOBILE.finditer(half):
        if not any(s < m.end() and m.start() < e for s, e, _, _ in spans):
            digits = re.sub(r"\D", "", m.group())
            head = len(digits) - 8  # the country code, if any, and the 3-digit prefix
            spans.append((m.start(), m.end(), head, 4))
    out = text
    for start, end, head, tail in sorted(spans, reverse=True):
        out = out[:start] + _keep(half[start:end], head, tail) + out[end:]
    return out
