"""What citizens wrote is deleted after the retention period: the journal's texts and closed
tickets (SQLite and the real PostgreSQL), and whole conversations in a tracker store that
the real Rasa server wrote."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bot.evaluation.assistant import Assistant
from bot.settings import Settings
from bot.store.journal import Journal
from bot.store.models import AnswerLog, Rating, Ticket, TicketMessage, Unanswered
from bot.store.retention import purge, purge_conversations

pytestmark = pytest.mark.integration

OLD = dt.datetime.now(dt.UTC) - dt.timedelta(days=200)


def _answer(j: Journal, question: str) -> int:
    return j.answered(question=question, code="C1", name="居民身份证补领", aspect="time",
                      source="", region=None, channel="web", index_version="v1",
                      conversation="web-retention")


def _ticket(j: Journal, status: str, text: str) -> int:
    with j.session() as s, s.begin():
        ticket = Ticket(sender="web-retention", channel="web", status=status)
        s.add(ticket)
        s.flush()
        s.add(TicketMessage(ticket_id=ticket.id, author="citizen", text=text))
        return ticket.id


def _age(j: Journal, model: type, ident: int, **extra: object) -> None:
    with j.session() as s, s.begin():
        s.execute(update(model).where(model.id == ident).values(created_at=OLD, **extra))


def test_old_texts_and_closed_tickets_go_new_ones_stay(journal: Journal, tmp_path: Path) -> None:
    old, new = _answer(journal, "去年问的身份证"), _answer(journal, "今天问的身份证")
    rating = journal.rated(old, 2, "太慢了", "web")
    journal.unanswered(question="火星签证", region=None, channel="web", suggestions=[])
    closed, still_open = _ticket(journal, "closed", "我要人工"), _ticket(journal, "waiting", "在吗")
    _age(journal, AnswerLog, old)
    _age(journal, Rating, rating)
    _age(journal, Unanswered, 1)
    _age(journal, Ticket, closed, closed_at=OLD)
    _age(journal, Ticket, still_open)

    settings = Settings(retention_days=180, tracker_sqlite=tmp_path / "no-tracker.db")
    counts = purge(journal, settings)
    assert counts == {"answer_questions": 1, "rating_comments": 1, "unanswered": 1,
                      "closed_tickets": 1, "conversations": 0}
    with journal.session() as s:
        questions = dict(s.execute(select(AnswerLog.id, AnswerLog.question)).all())
        assert questions == {old: "", new: "今天问的身份证"}
        assert s.scalar(select(Rating.score)) == 2  # the score stays for the statistics
        assert s.scalars(select(Rating.comment)).all() == [""]
        assert s.scalars(select(Ticket.id)).all() == [still_open]
        assert s.scalars(select(TicketMessage.text)).all() == ["在吗"]
    assert purge(journal, settings)["answer_questions"] == 0  # nothing left to do
    assert purge(journal, Settings(retention_days=0)) == {}  # 0 keeps everything


@pytest.mark.e2e
def test_old_conversations_leave_the_tracker_store(assistant: Assistant, tmp_path: Path) -> None:
    """On a copy of the store the running Rasa writes (its schema and its rows)."""
    assistant.send("retention-old", "补办身份证要带什么")
    assistant.send("retention-new", "补办身份证要带什么")
    copy = tmp_path / "tracker.db"
    # SQLite's backup, not a file copy: the store is in WAL mode (guidebot_rasa/
    # tracker_sqlite.py), so the latest turns may still be in its -wal file.
    with sqlite3.connect(assistant.settings.tracker_sqlite) as live, \
            sqlite3.connect(copy) as target:
        live.backup(target)
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE events SET timestamp = ? WHERE sender_id = 'retention-old'",
                   (time.time() - 200 * 86400,))
    before = dt.datetime.now(dt.UTC) - dt.timedelta(days=180)
    assert purge_conversations(f"sqlite:///{copy}", before) >= 1
    with sqlite3.connect(copy) as db:
        senders = {s for (s,) in db.execute("SELECT DISTINCT sender_id FROM events")}
    assert "retention-old" not in senders and "retention-new" in senders
