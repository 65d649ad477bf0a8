"""What the app keeps in its database: answers given, their ratings (好差评),
and questions that found no confident match.

Every text a citizen typed is masked (nlu/privacy.py) before it gets here.
The schema is changed only by Alembic migrations (bot/store/migrations/).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


def _now() -> Mapped[dt.datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class AnswerLog(Base):
    """An answer drawn from a guide or FAQ entry, as it was given: what ratings refer to."""

    __tablename__ = "answers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    channel: Mapped[str] = mapped_column(String(32), default="")
    question: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(128), index=True)
    name: Mapped[str] = mapped_column(Text, default="")
    aspect: Mapped[str] = mapped_column(String(32), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(String(32), default="")
    index_version: Mapped[str] = mapped_column(String(64), default="")
    ratings: Mapped[list[Rating]] = relationship(back_populates="answer")


class Rating(Base):
    """A citizen's 好差评 of one answer: 5 非常满意 … 1 非常不满意, with an optional comment."""

    __tablename__ = "ratings"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_1_to_5"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    answer_id: Mapped[int] = mapped_column(ForeignKey("answers.id"), index=True)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(32), default="")
    answer: Mapped[AnswerLog] = relationship(back_populates="ratings")


class Unanswered(Base):
    """A question that found no confident match: what the catalog lacks."""

    __tablename__ = "unanswered"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = _now()
    channel: Mapped[str] = mapped_column(String(32), default="")
    question: Mapped[str] = mapped_column(Text)
    region: Mapped[str] = mapped_column(String(32), default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")  # codes offered, comma-separated
