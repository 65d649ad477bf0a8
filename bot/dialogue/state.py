"""A turn and the conversation's state, as the dialogue engine takes and returns them.

The state is what Rasa keeps in slots between turns (bot/rasa/action.py): the
current item (the guide code last answered), the user's region (a code), the
options last offered, what was last asked, a shared location, and the script the
citizen last wrote in (a question no character of which tells the script, "要多久",
is answered in it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.answers.model import Answer
from bot.answers.views import Point


@dataclass(frozen=True)
class Turn:
    intent: str
    text: str  # as the user wrote it (Traditional stays Traditional)
    entities: dict[str, list[str]] = field(default_factory=dict)
    metadata: dict = field(default_factory=dict)
    #: The journal id of the last answer the user saw (what a rating refers to).
    last_answer_id: int | None = None
    #: Rasa's conversation id (``web-…``, ``tg-…``): whose answers may be rated.
    sender: str = ""

    @property
    def channel(self) -> str:
        return str(self.metadata.get("channel") or "rest")[:32]


@dataclass(frozen=True)
class State:
    item: str | None = None  # guide code being discussed
    region: str | None = None  # region code (or a name as said; resolved each turn)
    options: tuple[str, ...] = ()  # "kind:code" of the choices last offered
    aspect: str | None = None  # what was last asked: aspects joined by ","
    lat: float | None = None
    lon: float | None = None
    script: str | None = None  # "traditional" or "simplified", as last written

    @property
    def asks(self) -> tuple[str, ...]:
        return tuple(a for a in (self.aspect or "").split(",") if a)

    @property
    def point(self) -> Point | None:
        return (self.lat, self.lon) if self.lat is not None and self.lon is not None else None


@dataclass(frozen=True)
class Reply:
    answers: list[Answer]
    state: State
