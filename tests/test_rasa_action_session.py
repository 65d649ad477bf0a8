"""Rasa's calls to the action webhook over a kept-alive connection
(guidebot_rasa/action_session.py). Run in the Rasa environment against a small server on
loopback: once our channel is loaded, three requests through Rasa's own
``EndpointConfig.request`` arrive on one connection with the endpoint's headers and answer
as before; a server that is gone is Rasa's usual connection error."""

from __future__ import annotations

import pytest

from tests.rasa_env import run_in_rasa

pytestmark = pytest.mark.integration  # a Python 3.10 process with Rasa


_SCRIPT = r"""
import asyncio, json
import aiohttp
from aiohttp import web
import guidebot_rasa.rest  # installs it, as when Rasa loads the channel
from guidebot_rasa.action_session import kept_session
from rasa.utils.endpoints import EndpointConfig

async def main():
    peers, tokens = set(), []

    async def webhook(request):
        peers.add(request.transport.get_extra_info("peername"))
        tokens.append(request.headers.get("X-Token"))
        body = await request.json()
        return web.json_response({"events": [], "echo": body["n"]})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    endpoint = EndpointConfig(url=f"http://127.0.0.1:{port}/webhook",
                              headers={"X-Token": "secret"})
    echoes = [(await endpoint.request(json={"n": n}, method="post"))["echo"]
              for n in range(3)]
    await runner.cleanup()
    try:
        await endpoint.request(json={"n": 9}, method="post")
        gone = "answered"
    except aiohttp.ClientConnectionError:
        gone = "connection error"
    return {"installed": EndpointConfig.session is kept_session, "echoes": echoes,
            "connections": len(peers), "tokens": tokens, "gone": gone}

print(json.dumps(asyncio.run(main())))
"""


def test_webhook_calls_share_one_connection() -> None:
    result = run_in_rasa(_SCRIPT)
    assert result == {"installed": True, "echoes": [0, 1, 2], "connections": 1,
                      "tokens": ["secret"] * 3, "gone": "connection error"}, result
