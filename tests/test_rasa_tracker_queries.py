"""Rasa's SQL tracker store reading and writing conversations with statements built once
(guidebot_rasa/tracker_queries.py). Run in the Rasa environment and compared with Rasa's
own methods: a conversation of two sessions, one that never started a session, one of a
single session, one unknown, saved in two steps, give the same rows; read whole and by
latest session, and the events a save would add after new ones, are the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rasa_env import run_in_rasa

pytestmark = pytest.mark.integration  # a Python 3.10 process with Rasa


_SCRIPT = r"""
import asyncio, json, sqlite3, sys
from rasa.core.tracker_store import SQLTrackerStore
original = (SQLTrackerStore._retrieve, SQLTrackerStore._additional_events,
            SQLTrackerStore.save)
import guidebot_rasa.rest  # installs it, as when Rasa loads the channel
from guidebot_rasa import tracker_queries
ours = (SQLTrackerStore._retrieve, SQLTrackerStore._additional_events, SQLTrackerStore.save)
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

domain = Domain.from_yaml("slots:\n  region:\n    type: any\n    mappings: [{type: custom}]\n")

def turn(t, text, region=None):
    out = [UserUttered(text, {"name": "ask", "confidence": 0.9}, timestamp=t),
           ActionExecuted("action_guidebot", timestamp=t + 0.1)]
    if region:
        out.append(SlotSet("region", region, timestamp=t + 0.2))
    return out + [ActionExecuted("action_listen", timestamp=t + 0.3)]

def session(t):
    return [ActionExecuted("action_session_start", timestamp=t),
            SessionStarted(timestamp=t + 0.01), ActionExecuted("action_listen", timestamp=t + 0.02)]

conversations = {
    "two-sessions": session(100) + turn(101, "身份证丢了", "449104") + turn(102, "要多久")
                    + session(5000) + turn(5001, "在哪办"),
    "no-session": turn(200, "你好") + turn(201, "谢谢"),
    "one-session": session(300) + turn(301, "办居住证要住多久", "449121"),
}

def dump(tracker):
    return None if tracker is None else [e.as_dict() for e in tracker.events]

def use(methods):
    (SQLTrackerStore._retrieve, SQLTrackerStore._additional_events,
     SQLTrackerStore.save) = methods

async def stored(db, methods):
    # the rows the methods write for the conversations, saved in two steps
    use(methods)
    store = SQLTrackerStore(domain, dialect="sqlite", db=db)
    for sender, events in conversations.items():
        half = len(events) // 2
        await store.save(DialogueStateTracker.from_events(sender, events[:half], domain.slots))
        tracker = await store.retrieve(sender)
        for e in events[half:]:
            tracker.update(e)
        await store.save(tracker)
    with sqlite3.connect(db) as conn:
        return store, conn.execute("SELECT id, sender_id, type_name, timestamp, intent_name, "
                                   "action_name, data FROM events ORDER BY id").fetchall()

async def main():
    _, rasa_rows = await stored(sys.argv[1] + ".rasa", original)
    store, rows = await stored(sys.argv[1], ours)
    results = {"rows": rows == rasa_rows and len(rows) > 0}
    for name, methods in {"rasa": original, "ours": ours}.items():
        use(methods)
        out = {}
        for sender in [*conversations, "unknown"]:
            latest = await store.retrieve(sender)
            full = await store.retrieve_full_tracker(sender)
            added = None
            if latest is not None:
                for e in turn(9000, "还要带什么"):
                    latest.update(e)
                with store.session_scope() as s:
                    added = [e.as_dict() for e in store._additional_events(s, latest)]
            out[sender] = {"latest": dump(await store.retrieve(sender)), "full": dump(full),
                           "added": added}
        results[name] = out
    print(json.dumps({"same": results["rasa"] == results["ours"], "rows": results["rows"],
                      "installed": ours == (tracker_queries.retrieve,
                                            tracker_queries.additional_events,
                                            tracker_queries.save),
                      "sizes": {k: [len(v["latest"] or []), len(v["full"] or []),
                                    len(v["added"] or [])]
                                for k, v in results["ours"].items()}}))

asyncio.run(main())
"""


def test_conversations_read_as_rasa_reads_them(tmp_path: Path) -> None:
    result = run_in_rasa(_SCRIPT, str(tmp_path / "tracker.db"))
    assert result["same"] and result["rows"] and result["installed"], result
    # the latest session starts at its session_started event (the action_session_start
    # before it is the older session's); a conversation without one is read whole; a
    # new turn of three events is what a save adds
    assert result["sizes"] == {"two-sessions": [5, 16, 3], "no-session": [6, 6, 3],
                               "one-session": [6, 7, 3], "unknown": [0, 0, 0]}, result
