"""The bot's two backends over HTTP: Rasa's REST channel and the app's API.

Telegram is one more channel of the same assistant (README: processes): every citizen
message goes to Rasa's REST webhook exactly as the terminal chat sends it
(``bot/channels/terminal.py``), and every answer text comes back from there. From the app the bot
only reads the regions (for /region) and stores ratings.

A citizen's conversation is ``tg-<chat_id>`` to Rasa, so it keeps its item and region
across turns and across restarts of the bot (Rasa's tracker store keeps it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from bot.channels.rasa_rest import AsyncRasaRest, RasaUnavailable
from bot.channels.senders import telegram_sender
from bot.security.service_token import HEADER

log = logging.getLogger(__name__)


class AssistantUnavailable(Exception):
    """Rasa could not be reached, failed, or answered with something that is not a reply."""


class RatingRejected(Exception):
    """The app refused a rating: ``status`` 404 (unknown answer) or 422 (invalid)."""

    def __init__(self, status: int) -> None:
        super().__init__(f"rating refused with HTTP {status}")
        self.status = status


@dataclass(frozen=True)
class Region:
    """One entry of ``GET /api/regions``."""

    code: str
    name: str
    level: str
    parent: str | None


class Backends:
    """Async clients for Rasa (``rasa_url``) and the app (``app_url``)."""

    def __init__(self, rasa_url: str, app_url: str, *, service_token: str = "",
                 timeout: float = 60.0) -> None:
        self._rasa = AsyncRasaRest(rasa_url, timeout=timeout)
        self.app_url = app_url.rstrip("/")
        # Shown with a rating: the app then accepts the chat's conversation id from us.
        self._token_header = {HEADER: service_token} if service_token else {}
        # The timeout bounds a stuck server, not a slow answer (the first turn of a
        # conversation includes Rasa's call to the action webhook).
        self._http = httpx.AsyncClient(timeout=timeout)

    async def ask(self, chat_id: int, message: str, region: str | None = None) -> list[dict]:
        """Rasa's messages for one citizen message (or a button's payload).

        Raises ``AssistantUnavailable``; an empty list is returned as it came (the
        caller decides what an empty turn means).
        """
        metadata: dict = {"channel": "telegram"}
        if region:
            metadata["region"] = region
        try:
            # Masked by the client at the edge: Rasa, its logs and its tracker never see
            # personal numbers.
            return await self._rasa.send(telegram_sender(chat_id), message, metadata)
        except RasaUnavailable as e:
            raise AssistantUnavailable(str(e)) from e

    async def regions(self) -> list[Region]:
        """The catalog's regions (``GET /api/regions``); raises ``httpx.HTTPError``."""
        response = await self._http.get(f"{self.app_url}/api/regions", timeout=10.0)
        response.raise_for_status()
        return [Region(str(r["code"]), str(r["name"]), str(r.get("level") or ""),
                       str(r["parent"]) if r.get("parent") else None)
                for r in response.json()]

    async def rate(self, chat_id: int, answer_id: int, score: int,
                   comment: str | None = None) -> None:
        """Store a 好差评 rating of an answer ``chat_id`` got (``POST /api/ratings``).

        Raises ``RatingRejected`` on 404/409/422 and ``httpx.HTTPError`` when the app is down.
        """
        body: dict = {"answer_id": answer_id, "score": score, "channel": "telegram",
                      "conversation": telegram_sender(chat_id)}
        if comment:
            body["comment"] = comment
        response = await self._http.post(f"{self.app_url}/api/ratings", json=body,
                                         headers=self._token_header, timeout=10.0)
        if response.status_code in (404, 409, 422):
            raise RatingRejected(response.status_code)
        response.raise_for_status()

    async def close(self) -> None:
        await self._rasa.close()
        await self._http.aclose()
