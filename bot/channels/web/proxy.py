"""The web chat's way to Rasa: ``POST /api/chat`` relays one message to Rasa's REST channel.

The browser cannot reach Rasa's port in every deployment (a reverse proxy in front of the
app exposes one port, and Rasa's REST channel has no CORS or sender checks), so the page
talks to the app and the app talks to ``{rasa_url}/webhooks/rest/webhook``. What Rasa
answers is returned as it is: a list of messages (``text``, ``buttons``, ``custom``).

The body is checked before it is forwarded: the sender id is the browser's random id
(letters, digits, ``-``/``_``), and only the metadata the dialogue reads (``channel``,
``region``, ``elderly``) goes on. The sender is prefixed with ``web-`` here, so a page can
never write into another channel's conversation (a Telegram chat's sender is its chat id,
a guessable number). When Rasa is unreachable, stuck past the timeout, failing or silent
the citizen reads the same polite sentence with the hotline as in the terminal chat
(``bot.channels.terminal``), marked ``{"custom": {"unavailable": true}}`` so the page can
tell "cannot be reached" from an answer and offer to try again (the status stays 200:
the relay answered; a 5xx would be the app's own failure).
"""

from __future__ import annotations

import logging
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from bot.channels.rasa_rest import AsyncRasaRest, RasaUnavailable, unavailable_text
from bot.channels.senders import SENDER_PATTERN, web_sender

log = logging.getLogger(__name__)

#: Longer than any question; the dialogue itself answers over-long text politely.
MAX_MESSAGE = 10_000
#: A region code as the catalog writes them (digits, optionally dashed).
REGION_PATTERN = r"^[0-9A-Za-z-]{1,32}$"


class WebMetadata(BaseModel):
    """What the page tells the dialogue besides the text: its channel, region, and mode."""

    model_config = ConfigDict(extra="ignore")

    region: Annotated[str | None, Field(pattern=REGION_PATTERN)] = None
    elderly: bool = False

    def to_rasa(self) -> dict:
        meta: dict = {"channel": "web", "elderly": self.elderly}
        if self.region:
            meta["region"] = self.region
        return meta


class ChatRequest(BaseModel):
    """One message from the page: ``{"sender", "message", "metadata"}``."""

    sender: Annotated[str, Field(pattern=SENDER_PATTERN)]
    message: Annotated[str, Field(min_length=1, max_length=MAX_MESSAGE)]
    metadata: WebMetadata = Field(default_factory=WebMetadata)


class RasaProxy:
    """Relays a page's message to Rasa's REST channel (one shared async client) and turns
    no answer into the polite sentence with the hotline."""

    def __init__(self, rasa_url: str, hotline: str, timeout: float = 60.0) -> None:
        self.hotline = hotline
        self._rasa = AsyncRasaRest(rasa_url, timeout=timeout)

    async def close(self) -> None:
        await self._rasa.close()

    async def send(self, request: ChatRequest) -> list[dict] | None:
        """Rasa's messages for this turn, or None when there are none (Rasa unreachable,
        failing, or its turn failed: its REST channel then answers an empty list)."""
        try:
            # Masked by the client before the text leaves for Rasa (nlu/privacy.py).
            messages = await self._rasa.send(web_sender(request.sender), request.message,
                                             request.metadata.to_rasa())
        except RasaUnavailable as e:
            log.warning("web chat: Rasa did not answer: %s", e)
            return None
        return messages or None

    def unavailable(self) -> list[dict]:
        """The one message a citizen reads when the assistant cannot answer, marked so."""
        return [{"text": unavailable_text(self.hotline), "custom": {"unavailable": True}}]
