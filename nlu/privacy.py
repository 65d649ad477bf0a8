"""Masking of the personal data citizens type, before it leaves the channel that got it.

Applied at the edge, in each channel (web relay, Telegram, terminal chat) before the text
is sent to Rasa, so Rasa, its logs and its tracker store never see it; again in Rasa's REST
channel for direct callers (guidebot_rasa/rest.py); and in the app before a question goes
into the answer, rating, ticket or unanswered logs. Pure Python (no dependencies), so both
environments import it.

What is masked, as the issuing systems print it:

- 居民身份证号 (18 digits with the birth date inside, or the old 15): first 4 and last 3
  kept (4401***********23X). Written with spaces, dashes or dots between the digits, or glued
  to letters, it is masked when its check digit (GB 11643) is right.
- mobile numbers (1[3-9] and 8 more digits; with +86/0086, spaces, dashes, dots): first 3
  and last 4 kept (138****5678).
- bank card numbers (16 to 19 digits, grouped or not) that pass the Luhn check: first 4 and
  last 4 kept.
- passports (E/G/D/S/P) and 港澳/往来 permits (C/W/H/M): the letters and last 2 kept.
- e-mail addresses: the first character of the name kept (z***@example.com).
- a shared location (``/share_location{"lat": .., "lon": ..}``) is rounded to 3 decimals,
  about 100 m: enough to find the nearest hall, not a home.

Amounts, dates, hall phones, item codes and case numbers stay readable: each form above
needs its own shape (and its check digit where it has one). Full-width digits are
recognized too; a masked span comes out in half-width characters.
"""

from __future__ import annotations

import json
import re

from nlu.textnorm import to_half_width

_DATE = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
#: 18-digit resident ID (region, birth date 19xx/20xx, sequence, check digit) or 15-digit old one,
#: written in one piece; not inside a longer run of digits.
_ID = re.compile(rf"(?<!\d)(?:[1-9]\d{{5}}(?:19|20)\d{{2}}{_DATE}\d{{3}}[0-9Xx]"
                 rf"|[1-9]\d{{7}}{_DATE}\d{{3}})(?![0-9])")
#: One separator between digits as people group them: a space, a dash or a dot.
_SEP = r"[ \-.]?"
#: An 18-character ID with separators anywhere between its characters (checked by its digit).
_ID_SPACED = re.compile(rf"(?<![\d\-.])[1-9](?:{_SEP}\d){{16}}{_SEP}[0-9Xx](?![\d])")
#: Mainland mobile numbers, optionally with +86/0086/(86) and separators.
_MOBILE = re.compile(r"(?<![\d+])(?:(?:\+|00)?\(?86\)?[ \-.]?)?1[3-9]\d[ \-.]?\d{4}[ \-.]?\d{4}"
                     r"(?![\d])")
#: 16-19 digits, in one piece or in groups of 4 (the last group shorter).
_CARD = re.compile(r"(?<![\d\-.])[1-9]\d{3}(?:[ \-]?\d{4}){2,3}(?:[ \-]?\d{1,3})?(?![\d])")
#: Chinese passports (E12345678, EA1234567, G12345678, D/S/P ...) and permits for Hong Kong and
#: Macao (C12345678, CA1234567, W12345678) and home-return permits (H/M + 8 or 10 digits).
_DOCUMENT = re.compile(r"(?<![A-Za-z0-9])(?:[EGDSPCW](?:\d{8}|[A-Z]\d{7})|[HM]\d{8}(?:\d{2})?)"
                       r"(?![A-Za-z0-9])", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})",
                    re.ASCII)
_LOCATION = re.compile(r"^(/share_location)(\{.*\})\s*$", re.DOTALL)
#: Decimals a shared coordinate keeps: 0.001° is about 111 m of latitude.
LOCATION_DECIMALS = 3

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_ok(number: str) -> bool:
    """Whether an 18-character resident ID's last character is its check digit (GB 11643)."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == number[17].upper()


def luhn_ok(digits: str) -> bool:
    """Whether a card number passes the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _keep(text: str, head: int, tail: int) -> str:
    if tail < 0:  # an e-mail name: its length is not shown either
        return text[:head] + "***"
    chars = [i for i, ch in enumerate(text) if ch.isalnum()]
    keep = set(chars[:head] + chars[len(chars) - tail:])
    return "".join(ch if (i in keep or not ch.isalnum()) else "*" for i, ch in enumerate(text))


def _alnum(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text)


def _id_spans(half: str) -> list[tuple[int, int, int, int]]:
    spans = [(m.start(), m.end(), 4, 3) for m in _ID.finditer(half)]
    for m in _ID_SPACED.finditer(half):
        if id_check_ok(_alnum(m.group())):
            spans.append((m.start(), m.end(), 4, 3))
    return spans


def _mobile_spans(half: str) -> list[tuple[int, int, int, int]]:
    spans = []
    for m in _MOBILE.finditer(half):
        digits = _alnum(m.group())
        spans.append((m.start(), m.end(), len(digits) - 8, 4))  # country code + 3 kept
    return spans


def _card_spans(half: str) -> list[tuple[int, int, int, int]]:
    spans = []
    for m in _CARD.finditer(half):
        digits = _alnum(m.group())
        if 16 <= len(digits) <= 19 and luhn_ok(digits):
            spans.append((m.start(), m.end(), 4, 4))
    return spans


def _document_spans(half: str) -> list[tuple[int, int, int, int]]:
    spans = []
    for m in _DOCUMENT.finditer(half):
        letters = sum(ch.isalpha() for ch in m.group())
        spans.append((m.start(), m.end(), letters, 2))
    return spans


def _email_spans(half: str) -> list[tuple[int, int, int, int]]:
    # Only the name before @ is masked (its first character kept); the domain stays.
    return [(m.start(1), m.end(1), 1, -1) for m in _EMAIL.finditer(half)]


def mask_personal(text: str) -> str:
    """``text`` with every personal number and e-mail address masked; the rest unchanged."""
    if not text:
        return text
    half = to_half_width(text)  # one character for one: spans map back to ``text``
    spans: list[tuple[int, int, int, int]] = []
    # The most specific forms first; a later span overlapping an earlier one is dropped.
    for found in (_id_spans, _mobile_spans, _card_spans, _document_spans, _email_spans):
        for span in found(half):
            if not any(s < span[1] and span[0] < e for s, e, _, _ in spans):
                spans.append(span)
    out = text
    for start, end, head, tail in sorted(spans, reverse=True):
        out = out[:start] + _keep(half[start:end], head, tail) + out[end:]
    return out


def coarse_location(text: str) -> str:
    """A ``/share_location{...}`` message with its coordinates rounded to about 100 m;
    any other text unchanged."""
    m = _LOCATION.match(text or "")
    if not m:
        return text
    try:
        place = json.loads(m.group(2))
    except ValueError:
        return text
    if not isinstance(place, dict):
        return text
    for key in ("lat", "lon"):
        value = place.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            place[key] = round(float(value), LOCATION_DECIMALS)
    return m.group(1) + json.dumps(place, separators=(",", ":"))


def mask_message(text: str) -> str:
    """What a channel sends on for a citizen's message: personal data masked, a shared
    location coarsened."""
    return mask_personal(coarse_location(text))
