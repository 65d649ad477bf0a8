"""The one client of Rasa's REST channel, used by every channel and harness.

``POST {rasa_url}/webhooks/rest/webhook`` with ``{"sender", "message", "metadata"}``
answers a list of bot messages (dicts with ``text``, ``buttons``, ``image`` ...). The
terminal chat, the web chat's relay, the Telegram bot, the conversation runner and the
test harness all talk to Rasa through :class:`RasaRest` (blocking) or
:class:`AsyncRasaRest`: one request shape, one check of the reply, one error.

Channels mask personal numbers before the text leaves for Rasa (``mask=True``, the
default: nlu/privacy.py), so Rasa, its log and its tracker never hold them. A harness
that must send the text as typed (to prove what the edge does) passes ``mask=False``.

Several Rasa servers (``guidebot up --rasa-workers N``, or a deployment's replicas) are
given as one setting, their URLs separated by commas: each conversation always goes to
the same server (by a hash of its sender id), so its turns are handled in order by one
process, and every server reads and writes the same tracker store.

An empty list is a valid reply (Rasa's REST channel gives it when the turn's action
failed); what an empty turn means is the caller's decision (the channels say
:func:`unavailable_text`).
"""

from __future__ import annotations

import zlib
from typing import Any

import httpx

from nlu.privacy import mask_message

WEBHOOK_PATH = "/webhooks/rest/webhook"
#: Bounds a stuck server, not a slow answer: a conversation's first turn includes Rasa's
#: call to the action webhook.
TIMEOUT = 60.0


class RasaUnavailable(Exception):
    """Rasa could not be reached, timed out, failed, or answered something not a list."""


def unavailable_text(hotline: str) -> str:
    """What a citizen reads when the assistant cannot answer, in every channel."""
    return f"抱歉，助手暂时无法回答，请稍后再试，或拨打{hotline}热线。"


def rasa_urls(rasa_url: str) -> list[str]:
    """The Rasa servers of a setting: one URL, or several separated by commas."""
    urls = [u.strip().rstrip("/") for u in rasa_url.split(",") if u.strip()]
    if not urls:
        raise ValueError("no Rasa server URL given")
    return urls


class _Servers:
    """The webhook of each Rasa server, and which one serves a conversation."""

    def __init__(self, rasa_url: str) -> None:
        self.urls = [u + WEBHOOK_PATH for u in rasa_urls(rasa_url)]

    def of(self, sender: str) -> str:
        return self.urls[zlib.crc32(sender.encode("utf-8")) % len(self.urls)]


def request_body(sender: str, message: str, metadata: dict[str, Any] | None = None, *,
                 mask: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {"sender": sender,
                            "message": mask_message(message) if mask else message}
    if metadata:
        body["metadata"] = metadata
    return body


def _messages(response: httpx.Response) -> list[dict[str, Any]]:
    response.raise_for_status()
    data = response.json()
    if not isinstance(data, list) or not all(isinstance(m, dict) for m in data):
        raise RasaUnavailable(f"unexpected reply from Rasa: {str(data)[:200]}")
    return data


class RasaRest(_Servers):
    """A blocking client (terminal chat, conversation runner, tests)."""

    def __init__(self, rasa_url: str, timeout: float = TIMEOUT) -> None:
        super().__init__(rasa_url)
        self._http = httpx.Client(timeout=timeout)

    def send(self, sender: str, message: str, metadata: dict[str, Any] | None = None, *,
             mask: bool = True) -> list[dict[str, Any]]:
        """Rasa's messages for one turn; raises :class:`RasaUnavailable`."""
        try:
            return _messages(self._http.post(
                self.of(sender), json=request_body(sender, message, metadata, mask=mask)))
        except (httpx.HTTPError, ValueError) as e:
            raise RasaUnavailable(f"{type(e).__name__}: {e}") from e

    def close(self) -> None:
        self._http.close()


class AsyncRasaRest(_Servers):
    """An async client with one shared connection pool (the web relay, the Telegram bot).

    Async on purpose: a turn makes Rasa call the app's own action webhook, which runs in
    the app's worker threads; a thread blocked here per open chat could starve it."""

    def __init__(self, rasa_url: str, timeout: float = TIMEOUT) -> None:
        super().__init__(rasa_url)
        self.timeout = timeout
        self._http: httpx.AsyncClient | None = None

    async def send(self, sender: str, message: str, metadata: dict[str, Any] | None = None,
                   *, mask: bool = True) -> list[dict[str, Any]]:
        """Rasa's messages for one turn; raises :class:`RasaUnavailable`."""
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=self.timeout)
        try:
            return _messages(await self._http.post(
                self.of(sender), json=request_body(sender, message, metadata, mask=mask)))
        except (httpx.HTTPError, ValueError) as e:
            raise RasaUnavailable(f"{type(e).__name__}: {e}") from e

    async def close(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None
