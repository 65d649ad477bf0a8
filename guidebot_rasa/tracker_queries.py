"""Rasa's SQL tracker store reading a conversation with statements made once.

Every turn Rasa's ``SQLTrackerStore`` reads the conversation's events of its current
session (``_retrieve``) and, to save, counts those already stored (``_additional_events``),
each time building an ORM query with a subquery (the latest ``session_started``), loading
every row as an ORM object, and for the count wrapping the query in another. Profiled under
load (py-spy, 10 concurrent senders, 2026-12-07), the count alone was 8.9% of the time the
Rasa server's one event loop was busy, and reading the tracker 7.4%.

:func:`install` replaces those two methods of Rasa's store with the same SQL as Core
statements built once (the session's start as a scalar subquery instead of a joined one:
the same rows, in the same order by id), reading the event column alone. Everything
else is Rasa's: its sessions, the tracker made from the events, the writes. Called when
Rasa loads our REST channel (guidebot_rasa/rest.py).
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


def install() -> None:
    """Every SQL tracker store's reads from now on (idempotent)."""
    SQLTrackerStore._retrieve = retrieve
    SQLTrackerStore._additional_events = additional_events
