"""Nothing personal is kept forever: what citizens wrote is deleted after ``retention_days``.

    counts = purge(journal, settings)             # what was deleted or blanked, per kind
    RetentionTask(journal, settings).start()      # the app runs it every few hours

Older than the cutoff:

- **conversations** in Rasa's tracker store: every event of a conversation whose last event
  is older (a conversation still going on keeps its beginning);
- **journal texts**: the question of an answer given and a rating's comment are blanked
  (the item, aspect, score and date stay, so the statistics of the content admin keep
  their counts); an unanswered question is deleted (it is nothing but its text);
- **closed tickets** (转人工) with their messages; open ones are kept whatever their age.

``retention_days = 0`` keeps everything. ``guidebot purge [--days N]`` runs it by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import threading

from sqlalchemy import (
    Column,
    Float,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from bot.settings import Settings, get_settings
from bot.store.journal import Journal, database_url
from bot.store.models import AnswerLog, Rating, Ticket, TicketMessage, Unanswered

log = logging.getLogger(__name__)

#: Rasa's SQL tracker store keeps one row per event (rasa.core.tracker_store.SQLTrackerStore).
_EVENTS = Table("events", MetaData(), Column("sender_id", String), Column("timestamp", Float))


def cutoff(days: float, now: dt.datetime | None = None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)


def purge_journal(journal: Journal, before: dt.datetime) -> dict[str, int]:
    with journal.session() as s, s.begin():
        questions = s.execute(update(AnswerLog).where(AnswerLog.created_at < before,
                                                      AnswerLog.question != "")
                              .values(question="")).rowcount
        comments = s.execute(update(Rating).where(Rating.created_at < before, Rating.comment != "")
                             .values(comment="")).rowcount
        unanswered = s.execute(delete(Unanswered).where(Unanswered.created_at < before)).rowcount
        ended = func.coalesce(Ticket.closed_at, Ticket.created_at)
        closed = select(Ticket.id).where(Ticket.status == "closed", ended < before)
        ids = list(s.scalars(closed))
        if ids:
            s.execute(delete(TicketMessage).where(TicketMessage.ticket_id.in_(ids)))
            s.execute(delete(Ticket).where(Ticket.id.in_(ids)))
    return {"answer_questions": questions, "rating_comments": comments,
            "unanswered": unanswered, "closed_tickets": len(ids)}


def tracker_url(settings: Settings) -> str:
    """The tracker store's SQLAlchemy URL, as Rasa is given it (bot/launcher.py)."""
    if not settings.tracker_db_url:
        return f"sqlite:///{settings.tracker_sqlite}"
    return database_url(settings.tracker_db_url, settings.tracker_sqlite)


def purge_conversations(url: str, before: dt.datetime) -> int:
    """Delete the conversations whose last event is older than ``before``; their count."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            old = (select(_EVENTS.c.sender_id).group_by(_EVENTS.c.sender_id)
                   .having(func.max(_EVENTS.c.timestamp) < before.timestamp()))
            senders = [row[0] for row in conn.execute(old)]
            for i in range(0, len(senders), 500):
                conn.execute(delete(_EVENTS).where(_EVENTS.c.sender_id.in_(senders[i:i + 500])))
        return len(senders)
    finally:
        engine.dispose()


def purge(journal: Journal, settings: Settings, days: float | None = None,
          now: dt.datetime | None = None) -> dict[str, int]:
    """Delete or blank what is older than ``days`` (the setting by default) everywhere."""
    days = settings.retention_days if days is None else days
    if days <= 0:
        return {}
    before = cutoff(days, now)
    counts = purge_journal(journal, before)
    try:
        counts["conversations"] = purge_conversations(tracker_url(settings), before)
    except SQLAlchemyError as e:  # no tracker store yet (Rasa never ran): nothing to delete
        if "no such table" not in str(e) and "does not exist" not in str(e):
            raise
        counts["conversations"] = 0
    return counts


class RetentionTask:
    """``purge`` every ``retention_check_hours`` in a background thread of the app (several
    app processes may each run it: deleting what is already gone is harmless)."""

    def __init__(self, journal: Journal, settings: Settings) -> None:
        self.journal, self.settings = journal, settings
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="retention", daemon=True)

    def start(self) -> None:
        if self.settings.retention_days > 0:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while True:
            try:
                counts = purge(self.journal, self.settings)
                if any(counts.values()):
                    log.warning("retention (%s days): %s", self.settings.retention_days, counts)
            except Exception:  # noqa: BLE001 - tried again at the next run
                log.exception("retention: purge failed")
            if self._stop.wait(self.settings.retention_check_hours * 3600):
                return


def cmd_purge(args: argparse.Namespace) -> int:
    settings = get_settings()
    days = settings.retention_days if args.days is None else args.days
    if days <= 0:
        print("retention is off (retention_days = 0): nothing deleted")
        return 0
    journal = Journal(database_url(settings.database_url, settings.database_sqlite))
    counts = purge(journal, settings, days)
    print(json.dumps({"days": days, **counts}, ensure_ascii=False))
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("purge", help="delete what citizens wrote older than retention_days")
    p.add_argument("--days", type=float, default=None,
                   help="instead of GUIDEBOT_RETENTION_DAYS (default 180)")
    p.set_defaults(func=cmd_purge)
