"""Rasa's SQL tracker store reading and writing a conversation with statements made once.

Every turn Rasa's ``SQLTrackerStore`` reads the conversation's events of its current
session (``_retrieve``) and, to save, counts those already stored (``_additional_events``),
each time building an ORM query with a subquery (the latest ``session_started``), loading
every row as an ORM object, and for the count wrapping the query in another; it then adds
each new event as an ORM object, inserted one by one to learn its id. Profiled under load
(py-spy, 10 concurrent senders, 2026-12-07), the count alone was 8.9% of the time the Rasa
server's one event loop was busy, reading the tracker 7.4%, and then, with both read
through these statements, the ORM's inserts 4.6%.

:func:`install` replaces those three methods of Rasa's store with the same SQL as Core
statements built once (the session's start as a scalar subquery instead of a joined one:
the same rows, in the same order by id), reading the event column alone and inserting the
new rows in one statement, with the same column values as Rasa's. Everything else is
Rasa's: its sessions, the tracker made from the events, the event broker (none here).
Called when Rasa loads our REST channel (guidebot_rasa/rest.py).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

_EVENTS = SQLTrackerStore.SQLEvent.__table__
_SENDER = sa.bindparam("sender")
_SESSION_START = (sa.select(sa.func.max(_EVENTS.c.timestamp))
                  .where(_EVENTS.c.sender_id == _SENDER,
                         _EVENTS.c.type_name == SessionStarted.type_name)
                  .scalar_subquery())
_IN_SESSION = sa.or_(_EVENTS.c.timestamp >= _SESSION_START, _SESSION_START.is_(None))
#: A conversation's events, all of them or those of its latest session, in stored order.
ALL_EVENTS = sa.select(_EVENTS.c.data).where(_EVENTS.c.sender_id == _SENDER).order_by(
    _EVENTS.c.id)
SESSION_EVENTS = sa.select(_EVENTS.c.data).where(
    _EVENTS.c.sender_id == _SENDER, _IN_SESSION).order_by(_EVENTS.c.id)
#: How many events of the latest session are stored.
SESSION_COUNT = sa.select(sa.func.count()).select_from(_EVENTS).where(
    _EVENTS.c.sender_id == _SENDER, _IN_SESSION)


async def retrieve(self: SQLTrackerStore, sender_id: str,
                   fetch_events_from_all_sessions: bool) -> DialogueStateTracker | None:
    """Rasa's ``SQLTrackerStore._retrieve``: the tracker of the conversation's stored
    events (of its latest session unless all are asked for), None when it has none."""
    query = ALL_EVENTS if fetch_events_from_all_sessions else SESSION_EVENTS
    with self.session_scope() as session:
        events = [json.loads(data)
                  for data in session.execute(query, {"sender": sender_id}).scalars()]
    if self.domain and events:
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
    return None


def additional_events(self: SQLTrackerStore, session: Any,
                      tracker: DialogueStateTracker) -> Iterator[Event]:
    """Rasa's ``SQLTrackerStore._additional_events``: the tracker's events not yet stored
    (those after the number stored for its latest session)."""
    stored = session.execute(SESSION_COUNT, {"sender": tracker.sender_id}).scalar_one()
    return itertools.islice(tracker.events, stored, len(tracker.events))


async def save(self: SQLTrackerStore, tracker: DialogueStateTracker) -> None:
    """Rasa's ``SQLTrackerStore.save``: the events not yet stored, as rows of the same
    values, in one insert and one commit."""
    await self.stream_events(tracker)
    with self.session_scope() as session:
        rows = [event_row(tracker.sender_id, event)
                for event in self._additional_events(session, tracker)]
        if rows:
            session.execute(_EVENTS.insert(), rows)
        session.commit()


def event_row(sender_id: str, event: Event) -> dict[str, Any]:
    """An event's row, as Rasa's ``save`` writes it."""
    data = event.as_dict()
    return {"sender_id": sender_id, "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"), "data": json.dumps(data)}


def install() -> None:
    """Every SQL tracker store's reads and writes from now on (idempotent)."""
    SQLTrackerStore._retrieve = retrieve
    SQLTrackerStore._additional_events = additional_events
    SQLTrackerStore.save = save
