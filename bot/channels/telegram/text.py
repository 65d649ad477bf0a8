"""Splitting an answer into Telegram messages.

Telegram refuses a message longer than 4,096 characters (counted in UTF-16 code units,
so an emoji outside the BMP counts twice). An answer longer than that is cut at line
breaks, so that a list of materials or halls is never broken in the middle of an
entry; only a single line longer than the limit is cut inside the line.
"""

from __future__ import annotations

#: Telegram's limit for one message's text.
TELEGRAM_LIMIT = 4096


def tg_len(text: str) -> int:
    """The length Telegram counts: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """``text`` as consecutive chunks of at most ``limit`` (Telegram's count), cut at line
    breaks. Joining the chunks with newlines gives ``text`` back, but for blank lines at
    the cuts (they would be empty messages) and lines that alone exceed ``limit``."""
    if limit < 2:
        raise ValueError("limit must be at least 2")
    if tg_len(text) <= limit:
        return [text] if text.strip() else []
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        for piece in _cut_line(line, limit):
            extra = tg_len(piece) + (1 if current else 0)
            if current and size + extra > limit:
                chunks.append("\n".join(current))
                current, size = [], 0
                extra = tg_len(piece)
            current.append(piece)
            size += extra
    if current:
        chunks.append("\n".join(current))
    return [c.strip("\n") for c in chunks if c.strip()]


def _cut_line(line: str, limit: int) -> list[str]:
    """A line longer than ``limit`` in pieces that fit (never inside a surrogate pair)."""
    if tg_len(line) <= limit:
        return [line]
    pieces: list[str] = []
    start, size = 0, 0
    for i, ch in enumerate(line):
        width = 2 if ord(ch) > 0xFFFF else 1
        if size + width > limit:
            pieces.append(line[start:i])
            start, size = i, 0
        size += width
    pieces.append(line[start:])
    return pieces
