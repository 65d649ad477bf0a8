"""The journal (answers, ratings, unanswered questions) on SQLite and on the real
PostgreSQL on loopback, with the schema created by the Alembic migrations."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, inspect, text

from bot.store.journal import Journal

pytestmark = pytest.mark.integration


def _answer(j: Journal, question: str = "补办身份证要带什么") -> int:
    return j.answered(question=question, code="000111003000-449102", name="居民身份证补领",
                      aspect="materials", source="来源：…", region="449102", channel="web",
                      index_version="v1")


def test_migrations_create_the_schema(journal: Journal) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from bot.store.journal import MIGRATIONS
    from bot.store.models import Base

    tables = set(inspect(journal.engine).get_table_names())
    assert set(Base.metadata.tables) | {"alembic_version"} <= tables  # every model's table
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with journal.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
    Journal(journal.url)  # opening again (a restart) migrates nothing and loses nothing


def test_answers_ratings_and_unanswered_are_kept_masked(journal: Journal) -> None:
    a = _answer(journal, "我身份证44010619900307123X丢了，电话13812345678")
    assert journal.rated(a, 5, "很快 回电13912345678", "telegram") is not None
    journal.unanswered(question="火星签证 13812345678", region=None, channel="web",
                       suggestions=["guide:x", "faq:y"])
    with journal.engine.connect() as c:
        q = c.execute(text("SELECT question FROM answers")).scalar()
        comment, score = c.execute(text("SELECT comment, score FROM ratings")).one()
        un, sugg = c.execute(text("SELECT question, suggestions FROM unanswered")).one()
    assert q == "我身份证4401***********23X丢了，电话138****5678"
    assert (comment, score) == ("很快 回电139****5678", 5)
    assert (un, sugg) == ("火星签证 138****5678", "guide:x,faq:y")
    assert journal.counts() == {"answers": 1, "ratings": 1, "unanswered": 1}


def test_a_rating_needs_a_known_answer_and_a_valid_score(journal: Journal) -> None:
    a = _answer(journal)
    assert journal.rated(a + 1000, 3, None, "web") is None
    for bad in (0, 6, -1):
        with pytest.raises(ValueError):
            journal.rated(a, bad, None, "web")
    assert journal.counts()["ratings"] == 0


def test_a_nul_character_is_dropped_not_fatal(journal: Journal) -> None:
    """PostgreSQL refuses NUL in text: a question, ticket message or console record
    carrying one is stored without it instead of failing the request."""
    from sqlalchemy import select

    from bot.handoff.desk import Desk
    from bot.staff.usage import record_use
    from bot.store.models import SuggestionUse, TicketMessage, Unanswered

    journal.unanswered(question="身份证\x00丢了", region=None, channel="web", suggestions=[])
    desk = Desk(journal)
    ticket, _ = desk.open("web-nul-test", "web", "", [])
    desk.add(ticket.id, "citizen", "还\x00在吗")
    record_use(journal, user_id=None, question="社保\x00卡", region="44\x0001",
               shown=["A\x00"], code=None, aspect="overview", index_version="v\x00")
    with journal.session() as s:
        assert s.scalars(select(Unanswered.question)).all() == ["身份证丢了"]
        assert "还在吗" in s.scalars(select(TicketMessage.text)).all()
        # Every text column drops it (models.CleanString), in stored and compared values.
        use = s.scalars(select(SuggestionUse).where(SuggestionUse.question == "社保卡\x00")).one()
    # A NUL inside a personal number is dropped before masking, so the number is masked.
    record_use(journal, user_id=None, question="身份证 44010219900101\x001234", region=None,
               shown=[], code=None, aspect="overview", index_version="v")
    with journal.session() as s:
        assert "身份证 4401***********234" in s.scalars(select(SuggestionUse.question)).all()
        use = s.scalars(select(SuggestionUse).where(SuggestionUse.question == "社保卡")).one()
        assert (use.region, use.shown, use.index_version) == ("4401", "A", "v")


def test_moments_are_read_back_in_utc(journal: Journal) -> None:
    """SQLite keeps no zone and PostgreSQL answers in the session's: both read as UTC."""
    import datetime as dt

    from sqlalchemy import select

    from bot.store.models import AnswerLog

    _answer(journal)
    with journal.session() as s:
        created = s.scalars(select(AnswerLog.created_at)).one()
    assert created.utcoffset() == dt.timedelta(0)
    assert abs(dt.datetime.now(dt.UTC) - created) < dt.timedelta(minutes=5)


def test_only_the_answers_conversation_rates_it_and_only_once(journal: Journal) -> None:
    from bot.store.journal import AlreadyRated

    a = journal.answered(question="补办身份证要多久", code="C1", name="居民身份证补领",
                         aspect="time", source="", region=None, channel="web",
                         index_version="v1", conversation="web-browser-a")
    assert journal.rated(a, 4, None, "web", conversation="web-browser-b") is None
    assert journal.rated(a, 4, None, "web", conversation="web-browser-a") is not None
    with pytest.raises(AlreadyRated):
        journal.rated(a, 1, "改个分", "web", conversation="web-browser-a")
    # An answer journaled without its conversation cannot be rated by a conversation.
    old = _answer(journal)
    assert journal.rated(old, 5, None, "web", conversation="web-browser-a") is None



def test_workers_starting_together_on_a_new_postgresql_database_migrate_it_once() -> None:
    """Several app workers opening the journal at the same moment on an empty PostgreSQL
    database (``guidebot up --workers N``, units started together): one creates the schema,
    the others wait for it and find it done; none fails on a table another is creating.
    Workers are processes, as they are in production (Alembic is not thread-safe)."""
    import subprocess
    import sys

    from tests.pgdb import fresh_database

    opening = ("import sys, time; from bot.store.journal import Journal\n"
               "time.sleep(max(0.0, float(sys.argv[2]) - time.time()))\n"
               "Journal(sys.argv[1]).engine.dispose()")
    with fresh_database() as url:
        at = time.time() + 3.0  # all four past their imports, then opening at once
        workers = [subprocess.Popen([sys.executable, "-c", opening, url, str(at)],
                                    stderr=subprocess.PIPE, text=True) for _ in range(4)]
        failures = [w.stderr.read()[-600:] for w in workers if w.wait(timeout=120) != 0]
        assert failures == []
        engine = create_engine(url)
        with engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
            assert "answers" in inspect(engine).get_table_names()
        engine.dispose()


def test_sqlite_journal_commits_without_waiting_for_the_disk(tmp_path) -> None:  # noqa: ANN001
    from bot.store.journal import database_url

    j = Journal(database_url("", tmp_path / "guidebot.db"))
    with j.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    j.engine.dispose()
