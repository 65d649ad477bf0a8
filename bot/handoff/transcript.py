"""The conversation so far, from Rasa's tracker events, for the agent who takes over.

Rasa sends the action the tracker's events: ``user`` events carry what the citizen
typed (already masked by the REST channel, guidebot_rasa/rest.py; masked again here),
``bot`` events what the assistant said. Button payloads (``/ask_time``) are shown as
the intent they ask for would be, the answers' markers (no text) are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from bot.answers.model import ASPECT_BUTTONS, INTENT_ASPECT
from nlu.privacy import mask_personal

#: The agent needs the recent turns, not a day's worth: the last this many messages.
MAX_MESSAGES = 40
#: Longest message kept in the transcript.
MAX_CHARS = 1500


def _user_text(event: Mapping[str, Any]) -> str:
    parse = event.get("parse_data") or {}
    text = str(parse.get("text_original") or event.get("text") or "")
    if text.startswith("/"):  # a button's payload: say what it asked
        intent = text[1:].split("{", 1)[0]
        aspect = INTENT_ASPECT.get(intent)
        if aspect is not None:
            return f"（点选）{ASPECT_BUTTONS.get(aspect, aspect)}"
        if intent == "choose":
            return "（点选了一个选项）"
        if intent == "share_location":
            return "（发送了位置）"
        return f"（点选）{intent}"
    return text


def transcript_of(events: Iterable[Mapping[str, Any]],
                  limit: int = MAX_MESSAGES) -> list[tuple[str, str]]:
    """``(author, text)`` pairs, oldest first: ``citizen`` and ``bot``, masked."""
    out: list[tuple[str, str]] = []
    for event in events:
        kind = event.get("event")
        if kind == "user":
            text, author = _user_text(event), "citizen"
        elif kind == "bot":
            text, author = str(event.get("text") or ""), "bot"
        else:
            continue
        text = text.strip()
        if text:
            out.append((author, mask_personal(text[:MAX_CHARS])))
    return out[-limit:]
