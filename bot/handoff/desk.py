"""The handoff desk: tickets of citizens who asked for a person, in the app's database.

    desk = Desk(journal)
    ticket, created = desk.open("web-3f2a…", "web", "449104", transcript)
    desk.take(ticket.id, agent)            # only a waiting ticket; the loser of a race: Conflict
    desk.add(ticket.id, "agent", "您好，请问…", agent)
    desk.close(ticket.id, agent)

A ticket is ``waiting`` (in the queue), ``taken`` (one agent answers) or ``closed`` (the
bot answers again). A sender has at most one open ticket: asking again returns it.
Taking is one conditional UPDATE (``WHERE status = 'waiting'``), so of two agents racing
for a ticket exactly one wins, in SQLite and PostgreSQL alike. Citizen and bot texts are
masked here (nlu/privacy.py); an agent's own text is kept as written (an agent may need
to give a phone number).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from bot.store.accounts import Staff
from bot.store.journal import Journal, clean_text
from bot.store.models import Ticket, TicketMessage, User

OPEN = ("waiting", "taken")
#: Longest agent reply kept (a citizen's message is cut at the journal's MAX_TEXT).
MAX_REPLY = 4000


class TicketNotFound(LookupError):
    """No ticket with that id (HTTP 404)."""


class TicketConflict(Exception):
    """The ticket is not in a state that allows this (HTTP 409): taken by someone else,
    not taken yet, or closed."""


class NotYourTicket(PermissionError):
    """Another agent took this ticket (HTTP 403); an admin may act on any ticket."""


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


@dataclass(frozen=True)
class Message:
    id: int
    ticket_id: int
    author: str  # citizen | bot | agent | system
    text: str
    agent: str  # the agent's display name for agent messages, else ""
    created_at: str | None
    #: Pushed to the citizen's chat (Telegram): True, or False if it could not be; None
    #: where the chat reads it by polling (the web page) or was not pushed to.
    delivered: bool | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "ticket": self.ticket_id, "author": self.author,
                "text": self.text, "agent": self.agent, "created_at": self.created_at,
                "delivered": self.delivered}


@dataclass(frozen=True)
class TicketView:
    id: int
    sender: str
    channel: str
    region: str
    status: str
    agent_id: int | None
    agent: str  # who took it (display name), "" while waiting
    created_at: str | None
    taken_at: str | None
    closed_at: str | None
    messages: tuple[Message, ...] = ()

    def to_dict(self, messages: bool = True) -> dict:
        d = {"id": self.id, "sender": self.sender, "channel": self.channel,
             "region": self.region, "status": self.status, "agent_id": self.agent_id,
             "agent": self.agent, "created_at": self.created_at, "taken_at": self.taken_at,
             "closed_at": self.closed_at}
        if messages:
            d["messages"] = [m.to_dict() for m in self.messages]
        else:
            citizen = [m for m in self.messages if m.author == "citizen"]
            d["last_citizen"] = citizen[-1].text[:120] if citizen else ""
            d["message_count"] = len(self.messages)
        return d


def _name(user) -> str:  # noqa: ANN001 - User, Staff or None
    return (user.display_name or user.username) if user is not None else ""


def _message(m: TicketMessage, names: dict[int, str]) -> Message:
    agent = names.get(m.agent_id, "") if m.agent_id is not None else ""
    return Message(m.id, m.ticket_id, m.author, m.text, agent, _iso(m.created_at))


def _view(t: Ticket, messages: Iterable[TicketMessage] = (),
          names: dict[int, str] | None = None) -> TicketView:
    names = {**(names or {}), **({t.agent_id: _name(t.agent)} if t.agent_id is not None else {})}
    return TicketView(t.id, t.sender, t.channel, t.region, t.status, t.agent_id,
                      _name(t.agent), _iso(t.created_at), _iso(t.taken_at), _iso(t.closed_at),
                      tuple(_message(m, names) for m in messages))


def _names(s: Session, messages: Iterable[TicketMessage]) -> dict[int, str]:
    """Display names of the agents who wrote ``messages`` (an admin, an earlier agent)."""
    ids = {m.agent_id for m in messages if m.agent_id is not None}
    if not ids:
        return {}
    return {u.id: _name(u) for u in s.scalars(select(User).where(User.id.in_(ids)))}


def _clean(author: str, text: str) -> str:
    """Bounded and without NUL (PostgreSQL refuses it); masked unless an agent wrote it."""
    text = text.replace("\x00", "").strip()
    return text[:MAX_REPLY] if author == "agent" else clean_text(text)


class Desk:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    # --- the citizen's side ------------------------------------------------------

    def open(self, sender: str, channel: str, region: str | None,
             transcript: Sequence[tuple[str, str]]) -> tuple[TicketView, bool]:
        """The sender's open ticket, or a new waiting one holding ``transcript``
        (``(author, text)`` pairs, oldest first); ``True`` when it is new."""
        existing = self.open_ticket(sender)
        if existing is not None:
            return existing, False
        with self.journal.session() as s, s.begin():
            ticket = Ticket(sender=sender[:128], channel=channel[:32], region=(region or "")[:32],
                            status="waiting")
            s.add(ticket)
            s.flush()
            s.add_all(TicketMessage(ticket_id=ticket.id, author=author, text=_clean(author, text))
                      for author, text in transcript if text.strip())
            ticket_id = ticket.id
        return self.ticket(ticket_id), True

    def open_ticket(self, sender: str) -> TicketView | None:
        """The sender's waiting or taken ticket (without its messages), if any."""
        with self.journal.session() as s:
            t = s.scalars(select(Ticket).options(selectinload(Ticket.agent))
                          .where(Ticket.sender == sender, Ticket.status.in_(OPEN))
                          .order_by(Ticket.id.desc()).limit(1)).first()
            return _view(t) if t is not None else None

    def latest(self, sender: str) -> TicketView | None:
        """The sender's newest ticket, whatever its state (without messages)."""
        with self.journal.session() as s:
            t = s.scalars(select(Ticket).options(selectinload(Ticket.agent))
                          .where(Ticket.sender == sender).order_by(Ticket.id.desc())
                          .limit(1)).first()
            return _view(t) if t is not None else None

    def add(self, ticket_id: int, author: str, text: str,
            agent: Staff | None = None) -> Message:
        """Append a message (citizen and system texts masked, agent text as written)."""
        with self.journal.session() as s, s.begin():
            if s.get(Ticket, ticket_id) is None:
                raise TicketNotFound(ticket_id)
            row = TicketMessage(ticket_id=ticket_id, author=author, text=_clean(author, text),
                                agent_id=agent.user_id if agent is not None else None)
            s.add(row)
            s.flush()
            return Message(row.id, ticket_id, author, row.text, _name(agent),
                           _iso(row.created_at))

    def since(self, ticket_id: int, after: int, authors: Sequence[str]) -> list[Message]:
        """The ticket's messages by ``authors`` with an id above ``after``, oldest first."""
        with self.journal.session() as s:
            t = s.get(Ticket, ticket_id)
            if t is None:
                return []
            rows = s.scalars(select(TicketMessage).where(
                TicketMessage.ticket_id == ticket_id, TicketMessage.id > after,
                TicketMessage.author.in_(authors)).order_by(TicketMessage.id)).all()
            return list(_view(t, rows, _names(s, rows)).messages)

    def unanswered_run(self, ticket_id: int) -> int:
        """How many citizen messages follow the ticket's last message by anyone else."""
        with self.journal.session() as s:
            last = s.scalar(select(func.max(TicketMessage.id)).where(
                TicketMessage.ticket_id == ticket_id, TicketMessage.author != "citizen")) or 0
            return s.scalar(select(func.count()).select_from(TicketMessage).where(
                TicketMessage.ticket_id == ticket_id, TicketMessage.author == "citizen",
                TicketMessage.id > last)) or 0

    # --- the agents' side ----------------------------------------------------------

    def ticket(self, ticket_id: int) -> TicketView:
        with self.journal.session() as s:
            t = s.scalars(select(Ticket).options(selectinload(Ticket.agent),
                                                 selectinload(Ticket.messages))
                          .where(Ticket.id == ticket_id)).first()
            if t is None:
                raise TicketNotFound(ticket_id)
            return _view(t, t.messages, _names(s, t.messages))

    def queue(self, statuses: Sequence[str] = OPEN, limit: int = 200) -> list[TicketView]:
        """Tickets in ``statuses``: waiting before taken before closed, oldest first
        (closed ones newest first), each with its messages for a preview."""
        order = {"waiting": 0, "taken": 1, "closed": 2}
        with self.journal.session() as s:
            query = (select(Ticket).options(selectinload(Ticket.agent),
                                            selectinload(Ticket.messages))
                     .where(Ticket.status.in_(list(statuses))))
            if list(statuses) == ["closed"]:
                query = query.order_by(Ticket.id.desc())
            else:
                query = query.order_by(Ticket.id)
            rows = s.scalars(query.limit(limit)).all()
            views = [_view(t, t.messages) for t in rows]
        return sorted(views, key=lambda v: order.get(v.status, 3))

    def waiting_count(self) -> int:
        with self.journal.session() as s:
            return s.scalar(select(func.count()).select_from(Ticket)
                            .where(Ticket.status == "waiting")) or 0

    def take(self, ticket_id: int, agent: Staff) -> TicketView:
        """Give a waiting ticket to ``agent``; a ticket already taken or closed: Conflict."""
        now = dt.datetime.now(dt.UTC)
        with self.journal.session() as s, s.begin():
            done = s.execute(update(Ticket)
                             .where(Ticket.id == ticket_id, Ticket.status == "waiting")
                             .values(status="taken", agent_id=agent.user_id, taken_at=now))
            if done.rowcount != 1:
                t = s.scalars(select(Ticket).options(selectinload(Ticket.agent))
                              .where(Ticket.id == ticket_id)).first()
                if t is None:
                    raise TicketNotFound(ticket_id)
                if t.status == "taken":
                    who = "您" if t.agent_id == agent.user_id else f"{_name(t.agent)}"
                    raise TicketConflict(f"该工单已由{who}接手 (already taken)")
                raise TicketConflict("该工单已结束 (already closed)")
        return self.ticket(ticket_id)

    def check_answerable(self, ticket_id: int, agent: Staff) -> TicketView:
        """The ticket if ``agent`` may write in it now: taken by them (or an admin)."""
        t = self.ticket(ticket_id)
        if t.status == "waiting":
            raise TicketConflict("请先接手该工单 (take the ticket first)")
        if t.status == "closed":
            raise TicketConflict("该工单已结束 (already closed)")
        if t.agent_id != agent.user_id and agent.role != "admin":
            raise NotYourTicket(f"该工单由{t.agent}接手，只有接手的坐席可以回复")
        return t

    def close(self, ticket_id: int, agent: Staff | None) -> TicketView:
        """Close an open ticket: by the agent who took it, an admin, any agent while it
        still waits, or the citizen (``agent`` None)."""
        t = self.ticket(ticket_id)
        if t.status == "closed":
            raise TicketConflict("该工单已结束 (already closed)")
        if (agent is not None and t.status == "taken" and t.agent_id != agent.user_id
                and agent.role != "admin"):
            raise NotYourTicket(f"该工单由{t.agent}接手，只有接手的坐席可以结束")
        with self.journal.session() as s, s.begin():
            done = s.execute(update(Ticket).where(Ticket.id == ticket_id,
                                                  Ticket.status == t.status)
                             .values(status="closed", closed_at=dt.datetime.now(dt.UTC)))
            if done.rowcount != 1:
                raise TicketConflict("该工单的状态刚刚变了，请刷新 (changed meanwhile)")
        return self.ticket(ticket_id)
