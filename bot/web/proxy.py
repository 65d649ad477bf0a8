"""The web chat's way to Rasa: ``POST /api/chat`` relays one message to Rasa's REST channel.

The browser cannot reach Rasa's port in every deployment (a reverse proxy in front of the
app exposes one port, and Rasa's REST channel has no CORS or sender checks), so the page
talks to the app and the app talks to ``{rasa_url}/webhooks/rest/webhook``. What Rasa
answers is returned as it is: a list of messages (``text``, ``buttons``, ``custom``).

The body is checked before it is forwarded: the sender id is the browser's random id
(letters, digits, ``-``/``_``), and only the metadata the dialogue reads (``channel``,
``region``, ``elderly``) goes on. The sender is prefixed with ``web-`` here, so a page can
never write into another channel's conversation (a Telegram chat's sender is its chat id,
a guessable number). When Rasa is unreachable, slow, failing or silent the citizen reads
the same polite sentence with the hotline as in the terminal chat (``bot.chat``).
"""

from __future__ import annotations

import logging
from typing import Annotated

import httpx
from pydantic import BaseModel, ConfigDict, Field

from bot.chat import unavailable_text
from nlu.privacy import mask_message

log = logging.getLogger(__name__)

#: Longer than any question; the dialogue itself answers over-long text politely.
MAX_MESSAGE = 10_000
#: The page's random browser id (the conversation is ``web-<id>``).
SENDER_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"
#: What Rasa's conversation ids of the web chat start with.
WEB_PREFIX = "web-"


def web_sender(browser_id: str) -> str:
    """Rasa's conversation id for a web chat page's browser id."""
    return WEB_PREFIX + browser_id
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
    """Posts a page's message to Rasa's REST channel with one shared async HTTP client.

    Async on purpose: a turn makes Rasa call the app's own action webhook, which runs in
    the app's worker threads; a thread blocked here per open chat could starve it.
    """

    def __init__(self, rasa_url: str, hotline: str, timeout: float = 60.0) -> None:
        self.url = f"{rasa_url.rstrip('/')}/webhooks/rest/webhook"
        self.hotline = hotline
        self.timeout = timeout
        self._http: httpx.AsyncClient | None = None

    async def open(self) -> None:
        self._http = httpx.AsyncClient(timeout=self.timeout)

    async def close(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def send(self, request: ChatRequest) -> list[dict]:
        """Rasa's messages for this turn, or one polite message when there are none."""
        if self._http is None:
            await self.open()
        assert self._http is not None
        body = {"sender": web_sender(request.sender), "message": mask_message(request.message),
                "metadata": request.metadata.to_rasa()}
        try:
            response = await self._http.post(self.url, json=body)
            response.raise_for_status()
            messages = response.json()
        except (httpx.HTTPError, ValueError) as e:
            log.warning("web chat: Rasa did not answer: %s", e)
            messages = None
        # An empty list is what Rasa's REST channel gives when the turn failed.
        if not isinstance(messages, list) or not messages:
            return [{"text": unavailable_text(self.hotline)}]
        return [m for m in messages if isinstance(m, dict)]
