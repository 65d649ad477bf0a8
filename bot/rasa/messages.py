"""An answer as Rasa's messages (what rasa-sdk's dispatcher takes)."""

from __future__ import annotations

from bot.answers.model import Answer


def rasa_messages(answer: Answer) -> list[dict]:
    """The text with its buttons, then, for a journaled answer, what channels need to
    offer a rating and a short version: ``{"custom": {"answer": {...}}}``; for a handoff,
    ``{"custom": {"handoff": {"ticket": id, "status": ...}}}`` (an answer with no text is
    that marker alone)."""
    msg: dict = {"text": answer.text}
    if answer.buttons:
        msg["buttons"] = [{"title": b.title, "payload": b.payload} for b in answer.buttons]
    out = [msg] if answer.text or answer.buttons else []
    if answer.answer_id is not None:
        out.append({"json_message": {"answer": {
            "id": answer.answer_id, "code": answer.code, "name": answer.name,
            "aspect": answer.aspect, "source": answer.source,
            "brief": answer.brief or answer.text,
        }}})
    if answer.ticket is not None:
        out.append({"json_message": {"handoff": {"ticket": answer.ticket,
                                                 "status": answer.ticket_status}}})
    return out


def region_message(code: str) -> dict:
    """Tells the channel the conversation's region (a code), for its picker and what it
    sends with later messages: ``{"custom": {"region": code}}``. Sent when the region
    the dialogue uses is not the one the channel sent (the citizen named another, or a
    shared location set it)."""
    return {"json_message": {"region": code}}


def reply_messages(answers: list[Answer], region: str | None,
                   channel_region: str | None) -> list[dict]:
    """The messages the action utters for one turn: each answer's (``rasa_messages``),
    then the region message when the dialogue's ``region`` is not the one the channel
    sent (``channel_region``), so that the channel's picker follows the conversation."""
    messages = [m for a in answers for m in rasa_messages(a)]
    if region and region != channel_region:
        messages.append(region_message(region))
    return messages
