"""Rasa's REST channel, but a turn never ends in silence and stores no personal numbers.

When the action webhook (the app) is down or fails, Rasa logs the error, drops the
action's events and answers the REST call with an empty list: a citizen on any channel
(terminal, web chat, Telegram, all of which post to this channel) would get nothing.
This channel is Rasa's own ``RestInput`` under the same name and URL
(``/webhooks/rest/webhook``) that adds one polite sentence, with the hotline, to a turn
that produced no message. Every turn of this assistant is answered by
``action_guidebot`` (data/rasa/rules.yml), so an empty turn is always a failure.

Personal numbers a citizen types (身份证号, mobile numbers) are masked here,
before Rasa sees the message: the tracker store and Rasa's logs never hold them
(nlu/privacy.py).

Configured in the credentials file that ``guidebot up`` generates (bot/rasa/files.py)::

    guidebot_rasa.rest.PoliteRestInput:
      unavailable: "抱歉，助手暂时无法回答，请稍后再试，或拨打12345热线。"
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint

from guidebot_rasa import action_session, action_validation, tracker_queries, tracker_sqlite
from nlu.privacy import mask_message

# Rasa imports this channel at start, before it opens its tracker store: from then on it
# validates the action webhook's answers with a compiled schema
# (guidebot_rasa/action_validation.py), keeps an SQLite tracker store in WAL mode
# (guidebot_rasa/tracker_sqlite.py), reads and writes conversations with statements built
# once (guidebot_rasa/tracker_queries.py) and calls the webhook over kept-alive connections
# (guidebot_rasa/action_session.py).
action_validation.install()
tracker_sqlite.install()
tracker_queries.install()
action_session.install()

DEFAULT_UNAVAILABLE = "抱歉，助手暂时无法回答，请稍后再试，或拨打12345热线。"


class PoliteRestInput(RestInput):
    """``RestInput`` that answers an otherwise silent turn with ``unavailable``."""

    def __init__(self, unavailable: str = DEFAULT_UNAVAILABLE) -> None:
        self.unavailable = unavailable

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls(**(credentials or {}))

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        async def answered(message: UserMessage) -> None:
            if isinstance(message.text, str):
                message.text = mask_message(message.text)
            out = message.output_channel
            try:
                await on_new_message(message)
            finally:
                # The streaming variant's collector is a queue: left as Rasa made it.
                if type(out) is CollectingOutputChannel and not out.messages:
                    await out.send_text_message(message.sender_id, self.unavailable)

        return super().blueprint(answered)
