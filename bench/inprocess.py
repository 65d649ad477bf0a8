"""The evaluation sets played in one process, for development: minutes instead of an hour.

``bench/answers.py --in-process`` plays the same turns with the same checks as the whole
assistant, but calls the dialogue engine (bot/dialogue/engine.py) directly, as the Rasa
action does, instead of going through Rasa's REST channel and the action webhook. What
Rasa contributes to a turn, its intent and entities, comes from the real Rasa server and
the trained model: one server started with its HTTP API on a free port, asked
``/model/parse`` for each message (a button's payload, ``/intent{...}``, is read as Rasa
reads it). Each conversation keeps its state as the action's slots would.

What differs from the real play, so that its figures are for comparing changes, not for
the README's held-out table: no HTTP between the processes and so no latency figure;
Rasa's own rules are not consulted (every turn goes to the engine, as the domain's
single action does); and the segmenter's catalog words accumulate across the sets played
in one process (index/tokenize.py: jieba's dictionary is process-wide), so a set played
after others may differ from its play alone by a turn or two. Measured on the evening of
2026-12-07: `baihe` alone, 493/566 turns, as the whole assistant's play; all seven
development sets in about 7 minutes (publishing their catalogs is most of it).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from bot.dialogue.engine import Dialogue, State, Turn
from bot.evaluation.assistant import free_port
from bot.rasa.files import RASA_BIN, RASA_ENV, current_model
from bot.rasa.messages import reply_messages

#: How long the Rasa server may take to load its model (it takes 60-90 s on 2 cores).
START_SECONDS = 300
_PAYLOAD = re.compile(r"^/(\w+)(\{.*\})?$", re.S)


def payload(text: str) -> tuple[str, dict[str, list[str]]] | None:
    """A button's payload as Rasa reads it: ``/choose{"ordinal": "2"}`` is the intent
    choose with the entity ordinal "2"; None for words."""
    if (m := _PAYLOAD.match(text)) is None:
        return None
    given = json.loads(m.group(2)) if m.group(2) else {}
    return m.group(1), {k: [str(v)] for k, v in given.items()}


class Parser:
    """Rasa's reading of messages (intent, entities), from a Rasa server of its own."""

    def __init__(self) -> None:
        self.port = free_port()
        self._dir = tempfile.TemporaryDirectory(prefix="guidebot-nlu-")
        self._log = log = open(Path(self._dir.name) / "rasa.log", "wb")  # noqa: SIM115
        self._process = subprocess.Popen(
            [str(RASA_BIN), "run", "--enable-api", "--model", str(current_model()),
             "--interface", "127.0.0.1", "--port", str(self.port)],
            cwd=self._dir.name, stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, **RASA_ENV})
        self._parsed: dict[str, tuple[str, dict[str, list[str]]]] = {}
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                self._parse("你好")
                return
            except (urllib.error.URLError, ConnectionError) as e:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    tail = Path(log.name).read_text(errors="replace")[-2000:]
                    self.close()
                    raise RuntimeError(f"the Rasa server did not start:\n{tail}") from e
                time.sleep(2)

    def _parse(self, text: str) -> dict:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/model/parse", json.dumps({"text": text}).encode(),
            {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def __call__(self, text: str) -> tuple[str, dict[str, list[str]]]:
        """The intent and entities Rasa reads in ``text`` (a payload read as Rasa does)."""
        if (read := payload(text)) is not None:
            return read
        if text not in self._parsed:
            parsed = self._parse(text)
            entities: dict[str, list[str]] = {}
            for e in parsed.get("entities") or []:
                if e.get("entity") and e.get("value") is not None:
                    entities.setdefault(e["entity"], []).append(str(e["value"]))
            intent = (parsed.get("intent") or {}).get("name") or "nlu_fallback"
            self._parsed[text] = (intent, entities)
        return self._parsed[text]

    def close(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._process.kill()
        self._log.close()
        self._dir.cleanup()


def sender(dialogue: Dialogue, parse: Callable[[str], tuple[str, dict[str, list[str]]]],
           ) -> Callable[[str, str, dict | None], list[dict]]:
    """``send(sender, message, metadata)`` as Rasa's REST channel answers it: the engine's
    answers as the action utters them (text and buttons; custom JSON), each conversation's
    state kept between its turns."""
    states: dict[str, State] = {}

    def send(sender_id: str, message: str, metadata: dict | None = None) -> list[dict]:
        intent, entities = parse(message)
        meta = metadata or {}
        before = states.get(sender_id, State())
        reply = dialogue.respond(Turn(intent, message, entities, meta, None, sender_id), before)
        states[sender_id] = reply.state
        messages = reply_messages(reply.answers, reply.state.region, meta.get("region"))
        return [{"recipient_id": sender_id, "custom": m["json_message"]} if "json_message" in m
                else {"recipient_id": sender_id, **m} for m in messages]

    return send
