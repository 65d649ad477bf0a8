"""What the app keeps in its database: answers given, their ratings (好差评),
questions that found no confident match, and the staff tools' records (accounts
and sessions, the console's suggestion uses, handoff tickets, the catalog's
publication audit log).

Every text a citizen typed is masked (nlu/privacy.py) before it gets here.
The schema is changed only by Alembic migrations (bot/store/migrations/). Text columns
drop NUL characters (CleanString, CleanText), which PostgreSQL cannot store.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    func,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _without_nul(value: object) -> object:
    return value.replace("\x00", "") if isinstance(value, str) else value


#: The largest id a client may send: ids are 64-bit integers in every database.
MAX_ID = 2**63 - 1

class CleanString(TypeDecorator):
    """A bounded text column whose values never carry NUL characters: PostgreSQL refuses
    them in text (SQLite keeps them), so a NUL someone typed or sent is dropped, in
    stored values and in the values a query compares with, rather than failing."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: object, dialect: Dialect) -> object:
        return _without_nul(value)


class CleanText(CleanString):
    """The same for unbounded text."""

    impl = Text
    cache_ok = True


class UtcDateTime(TypeDecorator):
    """A moment, read back in UTC with its zone on every database: SQLite keeps no zone
    (what was stored is UTC), PostgreSQL answers in the session's zone."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: dt.datetime | None,
                             dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    pass


def _now() -> Mapped[dt.datetime]:
    return mapped_column(UtcDateTime, server_default=func.now(), nullable=False)


class AnswerLog(Base):
    """An answer drawn from a guide or FAQ entry, as it was given: what ratings refer to."""

    __tablename__ = "answers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    channel: Mapped[str] = mapped_column(CleanString(32), default="")
    question: Mapped[str] = mapped_column(CleanText)
    code: Mapped[str] = mapped_column(CleanString(128), index=True)
    name: Mapped[str] = mapped_column(CleanText, default="")
    aspect: Mapped[str] = mapped_column(CleanString(32), default="")
    source: Mapped[str] = mapped_column(CleanText, default="")
    region: Mapped[str] = mapped_column(CleanString(32), default="")
    index_version: Mapped[str] = mapped_column(CleanString(64), default="")
    #: A hash of the conversation the answer was given in (never the id itself): only that
    #: conversation may rate it, once (bot/store/journal.py).
    conversation: Mapped[str] = mapped_column(CleanString(64), default="")
    ratings: Mapped[list[Rating]] = relationship(back_populates="answer")


class Rating(Base):
    """A citizen's 好差评 of one answer: 5 非常满意 … 1 非常不满意, with an optional comment."""

    __tablename__ = "ratings"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_1_to_5"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    answer_id: Mapped[int] = mapped_column(ForeignKey("answers.id"), index=True)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(CleanText, default="")
    channel: Mapped[str] = mapped_column(CleanString(32), default="")
    answer: Mapped[AnswerLog] = relationship(back_populates="ratings")


class Unanswered(Base):
    """A question that found no confident match: what the catalog lacks."""

    __tablename__ = "unanswered"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    channel: Mapped[str] = mapped_column(CleanString(32), default="")
    question: Mapped[str] = mapped_column(CleanText)
    region: Mapped[str] = mapped_column(CleanString(32), default="")
    #: The codes offered, comma-separated.
    suggestions: Mapped[str] = mapped_column(CleanText, default="")


# --- Staff tools (issue 6): accounts, the agent console, handoff, catalog publishing ---

#: Roles of staff accounts: an admin may do everything the others may.
ROLES = ("admin", "agent", "content")


class User(Base):
    """A staff account: a 12345 agent, content staff, or an administrator."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('admin', 'agent', 'content')", name="role_known"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    username: Mapped[str] = mapped_column(CleanString(64), unique=True)
    display_name: Mapped[str] = mapped_column(CleanString(128), default="")
    password_hash: Mapped[str] = mapped_column(CleanString(255))
    role: Mapped[str] = mapped_column(CleanString(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime,
                                                               nullable=True)


class StaffSession(Base):
    """A signed-in browser: the cookie holds a random token, the table only its SHA-256."""

    __tablename__ = "staff_sessions"
    token_hash: Mapped[str] = mapped_column(CleanString(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = _now()
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    csrf_token: Mapped[str] = mapped_column(CleanString(64))
    user: Mapped[User] = relationship()


class LoginAttempt(Base):
    """One sign-in attempt, kept to slow down password guessing (per name and per address)."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    username: Mapped[str] = mapped_column(CleanString(64), index=True)
    address: Mapped[str] = mapped_column(CleanString(64), index=True)
    ok: Mapped[bool] = mapped_column(Boolean, default=False)


class SuggestionUse(Base):
    """What an agent did with the console's suggestions for one call: which one was used
    (its code and rank), or that none fitted (``code`` empty). Measures search on real calls."""

    __tablename__ = "suggestion_uses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"),
                                                nullable=True)
    question: Mapped[str] = mapped_column(CleanText)
    region: Mapped[str] = mapped_column(CleanString(32), default="")
    #: The codes shown, in order, comma-separated.
    shown: Mapped[str] = mapped_column(CleanText, default="")
    code: Mapped[str] = mapped_column(CleanString(128), default="")  # "" = none fitted
    rank: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1-based; None = none
    aspect: Mapped[str] = mapped_column(CleanString(32), default="")
    index_version: Mapped[str] = mapped_column(CleanString(64), default="")


#: A ticket is waiting for an agent, taken by one, or closed (the bot answers again).
TICKET_STATES = ("waiting", "taken", "closed")


class Ticket(Base):
    """A citizen's request for a person (转人工): one conversation handed to an agent."""

    __tablename__ = "tickets"
    __table_args__ = (
        CheckConstraint("status IN ('waiting', 'taken', 'closed')", name="status_known"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    sender: Mapped[str] = mapped_column(CleanString(128), index=True)  # Rasa's conversation id
    channel: Mapped[str] = mapped_column(CleanString(32), default="")
    region: Mapped[str] = mapped_column(CleanString(32), default="")
    status: Mapped[str] = mapped_column(CleanString(16), default="waiting", index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"),
                                                 nullable=True)
    taken_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    messages: Mapped[list[TicketMessage]] = relationship(back_populates="ticket",
                                                         order_by="TicketMessage.id")
    agent: Mapped[User | None] = relationship()


#: Who wrote a ticket's message: the citizen, the bot (before the handoff), an agent,
#: or the system (taken, closed).
AUTHORS = ("citizen", "bot", "agent", "system")


class TicketMessage(Base):
    """One message of a handed-off conversation, masked (nlu/privacy.py)."""

    __tablename__ = "ticket_messages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"),
                                           index=True)
    author: Mapped[str] = mapped_column(CleanString(16))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"),
                                                 nullable=True)
    text: Mapped[str] = mapped_column(CleanText)
    ticket: Mapped[Ticket] = relationship(back_populates="messages")


class Publication(Base):
    """The audit log of the catalog: each publish and rollback, who, when, which version,
    and the difference from what was served before (a JSON summary)."""

    __tablename__ = "publications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"),
                                                nullable=True)
    username: Mapped[str] = mapped_column(CleanString(64), default="")  # kept if the user goes
    action: Mapped[str] = mapped_column(CleanString(16))  # publish | rollback
    index_version: Mapped[str] = mapped_column(CleanString(64))
    previous_version: Mapped[str] = mapped_column(CleanString(64), default="")
    snapshot: Mapped[str] = mapped_column(CleanString(128))  # catalog copy under var/catalogs/
    source: Mapped[str] = mapped_column(CleanText, default="")  # the upload's name or directory
    #: JSON: the diff's counts and lists.
    summary: Mapped[str] = mapped_column(CleanText, default="{}")
