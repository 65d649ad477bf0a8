"""The balancer (bot/balancer.py) against small backends in this process: turns in turn, a
refused connection sent on to the next backend, a POST cut in the middle never sent twice,
a conversation kept on one Rasa server without a lock store, the staff on one worker; and
the lock store Rasa is given with a Redis (bot/rasa/files.py)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
import yaml
from aiohttp import web

from bot.balancer import Balancer
from bot.evaluation.assistant import free_port
from bot.rasa.files import (
    MEMORY_LOCK_STORE,
    REDIS_LOCK_STORE,
    lock_store_config,
    write_endpoints,
)
from bot.settings import Settings


@asynccontextmanager
async def serving(app: web.Application, port: int) -> AsyncIterator[str]:
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


def backend(name: str, seen: list[str], cuts: bool = False) -> web.Application:
    async def anything(request: web.Request) -> web.Response:
        seen.append(f"{name} {request.method} {request.path}")
        if cuts and request.path == "/hang" and request.transport is not None:
            request.transport.close()  # as a process killed in the middle of a request
        return web.json_response({"by": name, "forwarded": request.headers.get(
            "X-Forwarded-For"), "body": (await request.read()).decode()})
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", anything)
    return app


@pytest.mark.integration
def test_round_robin_retry_and_no_double_post() -> None:
    async def scenario() -> None:
        seen: list[str] = []
        dead = f"http://127.0.0.1:{free_port()}"  # nobody listens there
        async with serving(backend("a", seen, cuts=True), free_port()) as a, \
                serving(backend("b", seen, cuts=True), free_port()) as b, \
                serving(backend("r1", seen), free_port()) as r1, \
                serving(backend("r2", seen), free_port()) as r2:
            balancer = Balancer([a, dead, b], [r1, r2], sticky_rasa=True)
            async with serving(balancer.application(), free_port()) as public, \
                    aiohttp.ClientSession(public) as client:
                by = []
                for _ in range(4):
                    async with client.get("/api/regions") as r:
                        by.append((await r.json())["by"])
                # The dead worker refused: the request went on; it rests, the others turn.
                assert set(by) == {"a", "b"} and by.count("a") == 2, by
                async with client.get("/balancer/healthz") as r:
                    health = await r.json()
                    assert r.status == 200 and health["app"][dead] == "failing"
                # Without a lock store a conversation stays on one Rasa server.
                servers = set()
                for _ in range(4):
                    async with client.post("/webhooks/rest/webhook",
                                           json={"sender": "s1", "message": "hi"}) as r:
                        answer = await r.json()
                        servers.add(answer["by"])
                        assert answer["forwarded"] == "127.0.0.1"
                        assert json.loads(answer["body"])["message"] == "hi"
                assert len(servers) == 1
                # A POST cut in the middle is not sent again (the turn may have been taken).
                before = len(seen)
                async with client.post("/hang", json={}) as r:
                    assert r.status == 502
                assert len(seen) == before + 1
                # A GET cut in the middle is sent again, to the other worker (aiohttp also
                # re-sends an idempotent request once on a reused connection by itself).
                before = len(seen)
                async with client.get("/hang") as r:
                    assert r.status == 502  # every app worker here cuts /hang
                assert {s.split()[0] for s in seen[before:]} == {"a", "b"}
                # Staff requests of one sign-in stay on one worker.
                staff = set()
                for _ in range(4):
                    async with client.get("/api/staff/me",
                                          cookies={"guidebot_staff": "token-1"}) as r:
                        staff.add((await r.json())["by"])
                assert len(staff) == 1
    asyncio.run(scenario())


@pytest.mark.unit
def test_rasa_gets_a_redis_lock_store_only_with_a_redis(tmp_path: Path) -> None:
    assert lock_store_config(Settings()) == ({"type": MEMORY_LOCK_STORE}, {})
    config, env = lock_store_config(Settings(redis_url="redis://:s3cret@10.0.0.5:6380/2",
                                             redis_prefix="prod-a:"))
    assert config == {"type": REDIS_LOCK_STORE, "url": "10.0.0.5", "port": 6380, "db": 2,
                      "key_prefix": "proda", "use_ssl": False,
                      "password": "${GUIDEBOT_LOCK_STORE_PASSWORD}"}
    assert env["GUIDEBOT_LOCK_STORE_PASSWORD"] == "s3cret"
    assert env["TICKET_LOCK_LIFETIME"] == "20"
    env = write_endpoints(Settings(redis_url="redis://127.0.0.1:6379/0", service_token="t"),
                          tmp_path / "endpoints.yml")
    written = yaml.safe_load((tmp_path / "endpoints.yml").read_text())
    assert written["lock_store"]["type"] == REDIS_LOCK_STORE and "s3cret" not in str(written)
    write_endpoints(Settings(service_token="t"), tmp_path / "e2.yml")
    alone = yaml.safe_load((tmp_path / "e2.yml").read_text())
    assert alone["lock_store"] == {"type": MEMORY_LOCK_STORE}


@pytest.mark.unit
def test_up_with_workers_puts_the_balancer_in_front(tmp_path: Path) -> None:
    from bot.launcher import Launcher

    def launcher(**kw: object) -> Launcher:
        return Launcher(Settings(app_port=17055, rasa_url="http://127.0.0.1:17005",
                                 rasa_workers=2, **kw), run_dir=tmp_path,
                        model=tmp_path / "m.tar.gz")

    up = launcher(app_workers=2)
    assert [s.name for s in up.services] == ["app", "app-2", "rasa", "rasa-2", "balancer"]
    assert [s.argv[-1] for s in up.apps] == ["17155", "17156"]
    # Everyone reaches Rasa and the action webhook through the one address.
    assert up.app.env["GUIDEBOT_RASA_URL"] == "http://127.0.0.1:17055" == up.rasa_url
    assert up.settings.app_url == "http://127.0.0.1:17055"
    assert up.app.env["GUIDEBOT_TRUSTED_PROXIES"] == "127.0.0.1"
    argv = up.balancer.argv if up.balancer else []
    assert argv[argv.index("--app") + 1] == "http://127.0.0.1:17155,http://127.0.0.1:17156"
    assert argv[argv.index("--rasa") + 1] == "http://127.0.0.1:17005,http://127.0.0.1:17006"
    assert "--sticky-rasa" in argv  # no Redis: no lock store, one conversation per server
    with_redis = launcher(app_workers=2, redis_url="redis://127.0.0.1:6379/0")
    assert with_redis.balancer is not None and "--sticky-rasa" not in with_redis.balancer.argv
    alone = launcher()  # the default: no balancer, the app on its port
    assert alone.balancer is None and [s.name for s in alone.services] == ["app", "rasa",
                                                                           "rasa-2"]
