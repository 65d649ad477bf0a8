"""The journal of the dialogue: answers given, ratings, unanswered questions.

A thin layer over the database (SQLite file by default, PostgreSQL by URL).
The schema is brought up to date by Alembic when the journal opens, so the
run command needs no separate migration step; ``guidebot db upgrade`` does it
by hand. Texts are masked (nlu/privacy.py) here, whatever the caller did.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.store.models import AnswerLog, Rating, Unanswered
from nlu.privacy import mask_message

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
#: Longest question or comment kept (a 5,000-character message is cut).
MAX_TEXT = 2000
SCORES = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}


def database_url(url: str, sqlite_path: Path) -> str:
    """The SQLAlchemy URL: as given, or the SQLite file; postgresql:// uses psycopg 3."""
    if not url:
        sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{sqlite_path}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def upgrade(url: str) -> None:
    """Bring the schema to the newest migration."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "head")


class AlreadyRated(Exception):
    """An answer gets one 好差评 rating."""


def conversation_key(conversation: str) -> str:
    """What the journal keeps of a conversation id: a hash, enough to recognize the
    conversation again (a browser id is the web chat's only credential)."""
    if not conversation:
        return ""
    return hashlib.sha256(conversation.encode("utf-8")).hexdigest()[:32]


def clean_text(text: str | None) -> str:
    """A citizen's text as it may be stored: bounded, without NUL characters, then masked
    (a NUL inside a number would otherwise keep it from being recognized and masked)."""
    return mask_message((text or "")[:MAX_TEXT].replace("\x00", ""))


class Journal:
    def __init__(self, url: str, migrate: bool = True) -> None:
        self.url = url
        if migrate:
            upgrade(url)
        self.engine: Engine = create_engine(url, pool_pre_ping=True)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._session()

    def answered(self, *, question: str, code: str, name: str, aspect: str, source: str,
                 region: str | None, channel: str, index_version: str,
                 conversation: str = "") -> int:
        with self.session() as s, s.begin():
            row = AnswerLog(question=clean_text(question), code=code, name=name, aspect=aspect,
                            source=source, region=region or "", channel=channel[:32],
                            index_version=index_version,
                            conversation=conversation_key(conversation))
            s.add(row)
            s.flush()
            return row.id

    def rated(self, answer_id: int, score: int, comment: str | None, channel: str,
              conversation: str | None = None) -> int | None:
        """Store a rating; None if the answer is unknown or, when ``conversation`` is given,
        was not given in that conversation. Raises ValueError for a bad score and
        ``AlreadyRated`` for a second rating of one answer."""
        if score not in SCORES:
            raise ValueError(f"score must be 1..5 (非常不满意..非常满意), got {score!r}")
        with self.session() as s, s.begin():
            # Locked (PostgreSQL) so two ratings sent at once cannot both pass the check.
            answer = s.get(AnswerLog, answer_id, with_for_update=True)
            if answer is None:
                return None
            if conversation is not None and not (
                    answer.conversation
                    and hmac.compare_digest(answer.conversation, conversation_key(conversation))):
                return None
            if s.scalar(select(func.count()).select_from(Rating)
                        .where(Rating.answer_id == answer_id)):
                raise AlreadyRated(answer_id)
            row = Rating(answer_id=answer_id, score=score, comment=clean_text(comment),
                         channel=channel[:32])
            s.add(row)
            s.flush()
            return row.id

    def unanswered(self, *, question: str, region: str | None, channel: str,
                   suggestions: Sequence[str]) -> None:
        with self.session() as s, s.begin():
            s.add(Unanswered(question=clean_text(question), region=region or "",
                             channel=channel[:32], suggestions=",".join(suggestions)))

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) or 0
                    for t in (AnswerLog, Rating, Unanswered)}


def _sqlite_pragmas(conn, _record) -> None:  # noqa: ANN001 - DBAPI connection
    """WAL with synchronous=NORMAL: a commit no longer waits for the disk (3.2 ms an answer
    here under load, bench/load.py); the database stays consistent after a crash, and only
    the last commits before a power cut may be lost (the SQLite default is for the demo
    and one machine; production uses PostgreSQL)."""
    cur = conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()
