"""Rasa's SQL tracker store on SQLite in WAL mode with open connections
(guidebot_rasa/tracker_sqlite.py). Run in the Rasa environment: once our channel is loaded,
Rasa's own store keeps a conversation as before (saved, read back, its later events
appended, read by a second store on the same file as a second Rasa server would), its
database is in WAL mode with ``synchronous=NORMAL``, its connections are pooled, and a
PostgreSQL store gets Rasa's own engine arguments."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rasa_env import run_in_rasa

pytestmark = pytest.mark.integration  # a Python 3.10 process with Rasa


_SCRIPT = r"""
import asyncio, json, sqlite3, sys
from rasa.core import tracker_store as ts
original_kwargs = ts.create_engine_kwargs
import guidebot_rasa.rest  # installs it, as when Rasa loads the channel
from guidebot_rasa.tracker_sqlite import engine_kwargs
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.pool import QueuePool

db = sys.argv[1]
domain = Domain.from_yaml("slots:\n  region:\n    type: any\n    mappings: [{type: custom}]\n")

async def main():
    store = ts.SQLTrackerStore(domain, dialect="sqlite", db=db)
    other = ts.SQLTrackerStore(domain, dialect="sqlite", db=db)  # a second Rasa server
    tracker = DialogueStateTracker("u1", domain.slots)
    tracker.update(UserUttered("身份证丢了怎么补办", {"name": "ask_process"}))
    tracker.update(ActionExecuted("action_guidebot"))
    tracker.update(SlotSet("region", "449104"))
    await store.save(tracker)
    later = await other.retrieve("u1")
    later.update(BotUttered("请携带户口簿"))
    later.update(ActionExecuted("action_listen"))
    await other.save(later)
    back = await store.retrieve("u1")
    with store.engine.connect() as conn:
        raw = conn.connection
        pragmas = [raw.execute("PRAGMA journal_mode").fetchone()[0],
                   raw.execute("PRAGMA synchronous").fetchone()[0]]
    pg = "postgresql://u@localhost:5432/rasa"
    return {
        "events": [e.as_dict() for e in back.events] == [e.as_dict() for e in later.events],
        "count": len(back.events), "region": back.get_slot("region"),
        "pragmas": pragmas, "pooled": isinstance(store.engine.pool, QueuePool),
        "installed": ts.create_engine_kwargs is engine_kwargs,
        "postgres_same": engine_kwargs(pg) == original_kwargs(pg),
    }

print(json.dumps(asyncio.run(main())))
"""


def test_the_tracker_store_keeps_conversations_in_wal_mode(tmp_path: Path) -> None:
    result = run_in_rasa(_SCRIPT, str(tmp_path / "tracker.db"))
    assert result == {"events": True, "count": 5, "region": "449104",
                      "pragmas": ["wal", 1], "pooled": True, "installed": True,
                      "postgres_same": True}, result
