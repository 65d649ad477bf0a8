"""The handoff (转人工, 帮办代办) as the dialogue and the staff pages use it.

    handoff = Handoff(journal, settings)
    answers = handoff.route(sender, intent, text, channel, tracker_events, region)
    # None: not a handoff turn, the bot answers
    handoff.take(ticket_id, agent); handoff.reply(ticket_id, agent, "您好…")
    handoff.close(ticket_id, agent)
    handoff.updates("web-3f2a…", after=0)   # what the web chat page polls

While a sender has an open ticket (waiting or taken) every message goes to the ticket
and the bot does not answer from the catalog: the reply is the ticket's marker, with a
short "请稍候" for the first message after the ticket was opened while nobody has taken
it. A handoff request within the staffed hours opens a ticket holding the conversation
so far; outside them the citizen reads the hotline and the hours. The agents' replies
and the desk's notices (joined, closed) reach the citizen's chat through the channel's
push (Telegram, given by the app) or the page's poll (web).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.answers.model import Answer
from bot.answers.replies import AGENT_LABEL, handoff_notice, handoff_reply
from bot.channels.senders import reaches_citizen
from bot.handoff.desk import Desk, Message, TicketView
from bot.handoff.hours import StaffedHours
from bot.handoff.transcript import transcript_of
from bot.security.audit import security_event
from bot.settings import Settings
from bot.store.accounts import Staff
from bot.store.journal import Journal
from nlu.textnorm import fold, script_of, to_traditional

log = logging.getLogger(__name__)
HANDOFF_INTENT = "handoff"
#: Messages that withdraw a handoff request (folded to Simplified, punctuation aside).
_CANCEL = re.compile(r"^(?:取消(?:转)?人工(?:客服|服务)?|不用(?:转)?人工(?:客服)?了?"
                     r"|不需要(?:转)?人工(?:客服)?了?|结束人工(?:服务)?|取消)[。！!.，,\s]*$")
#: While nobody has taken the ticket, these also withdraw it.
_CANCEL_WAITING = re.compile(r"^(?:不用了|算了|不需要了|不要了|不找人工了)[。！!.，,\s]*$")
#: What the citizen's chat shows of the ticket's messages.
CITIZEN_SEES = ("agent", "system")


def wants_to_cancel(text: str, status: str) -> bool:
    folded = fold(text).strip()
    return bool(_CANCEL.match(folded) or (status == "waiting" and _CANCEL_WAITING.match(folded)))


class Push(Protocol):
    """How a channel that can be pushed to gets the desk's messages (Telegram:
    bot/channels/telegram/push.py); the web chat polls instead."""

    def pushes_to(self, sender: str) -> bool: ...

    def send(self, sender: str, text: str) -> bool: ...


class NoPush:
    """No channel is pushed to (no Telegram bot): the web chat still polls."""

    def pushes_to(self, sender: str) -> bool:
        return False

    def send(self, sender: str, text: str) -> bool:
        return False


class Handoff:
    def __init__(self, journal: Journal, settings: Settings,
                 clock: Callable[[], dt.datetime] | None = None,
                 push: Push | None = None) -> None:
        self.desk = Desk(journal)
        self.hours = StaffedHours.parse(settings.staffed_hours)  # a bad value stops the start
        self.hotline = settings.hotline
        self.push = push or NoPush()
        tz = ZoneInfo(settings.timezone)
        self.clock = clock or (lambda: dt.datetime.now(tz))

    # --- the dialogue: one citizen turn ------------------------------------------

    def route(self, sender: str, intent: str, text: str, channel: str,
              events: Iterable[Mapping[str, Any]], region: str | None,
              script: str | None = None) -> list[Answer] | None:
        """The answers for a turn the handoff handles, or None for the bot to answer;
        ``script`` is the one the citizen last wrote in (for a text that tells none)."""
        traditional = (script_of(text) or script) == "traditional"
        ticket = self.desk.open_ticket(sender)
        if ticket is not None:
            answers = self._to_ticket(ticket, text)
        elif intent == HANDOFF_INTENT and reaches_citizen(sender):
            answers = [self._request(sender, channel, events, region)]
        else:
            return None
        return [a.in_script(traditional) for a in answers]

    def _to_ticket(self, ticket: TicketView, text: str) -> list[Answer]:
        if ticket.status == "waiting" and not self.hours.open_at(self.clock()):
            # Nobody took it before the hours ended: the citizen is not left waiting all
            # night with a bot that stays silent.
            self.desk.add(ticket.id, "citizen", text)
            closed = self.desk.close(ticket.id, None)
            self.desk.add(ticket.id, "system", handoff_notice("expired", self.hotline))
            return [handoff_reply("expired", self.hotline, hours=self.hours.describe(),
                                  ticket=closed.id, status="closed")]
        if wants_to_cancel(text, ticket.status):
            self.desk.add(ticket.id, "citizen", text)
            closed = self.desk.close(ticket.id, None)
            self.desk.add(ticket.id, "system", handoff_notice("cancelled", self.hotline))
            return [handoff_reply("cancelled", self.hotline, ticket=closed.id, status="closed")]
        self.desk.add(ticket.id, "citizen", text)
        if ticket.status == "waiting" and self.desk.unanswered_run(ticket.id) == 1:
            return [handoff_reply("waiting", self.hotline, ticket=ticket.id, status="waiting")]
        # The marker alone: the agent answers; the chat only knows a person is involved.
        return [Answer("", aspect="handoff", ticket=ticket.id, ticket_status=ticket.status)]

    def _request(self, sender: str, channel: str, events: Iterable[Mapping[str, Any]],
                 region: str | None) -> Answer:
        if not self.hours.open_at(self.clock()):
            return handoff_reply("outside", self.hotline, hours=self.hours.describe())
        ahead = self.desk.waiting_count()
        ticket, _ = self.desk.open(sender, channel, region, transcript_of(events))
        reply = handoff_reply("opened", self.hotline, ahead=ahead, ticket=ticket.id,
                              status=ticket.status)
        self.desk.add(ticket.id, "bot", reply.text)
        log.info("handoff: ticket %d opened for a %s conversation", ticket.id, channel)
        return reply

    # --- the agents ----------------------------------------------------------------

    def take(self, ticket_id: int, agent: Staff) -> TicketView:
        ticket = self.desk.take(ticket_id, agent)
        security_event("ticket_taken", ticket=ticket_id, username=agent.username)
        self._notify(ticket, self.desk.add(ticket_id, "system", handoff_notice("joined",
                                                                                 self.hotline)))
        return self.desk.ticket(ticket_id)

    def reply(self, ticket_id: int, agent: Staff, text: str) -> Message:
        ticket = self.desk.check_answerable(ticket_id, agent)
        message = self.desk.add(ticket_id, "agent", text, agent)
        return dataclasses.replace(message, delivered=self._notify(ticket, message))

    def close(self, ticket_id: int, agent: Staff | None) -> TicketView:
        ticket = self.desk.close(ticket_id, agent)
        security_event("ticket_closed", ticket=ticket_id,
                       username=agent.username if agent else "(the citizen)")
        self._notify(ticket, self.desk.add(ticket_id, "system", handoff_notice("closed",
                                                                                 self.hotline)))
        return self.desk.ticket(ticket_id)

    # --- the citizen's chat ----------------------------------------------------------

    def _traditional(self, ticket_id: int) -> bool:
        """Whether the citizen's last message that tells a script was Traditional."""
        said = self.desk.since(ticket_id, 0, ["citizen"])
        return next((s for m in reversed(said) if (s := script_of(m.text))), None) \
            == "traditional"

    def citizen_text(self, message: Message, traditional: bool) -> str:
        """A ticket message as the citizen's chat shows it (notices in their script)."""
        if message.author == "agent":
            return message.text
        return to_traditional(message.text) if traditional else message.text

    def _notify(self, ticket: TicketView, message: Message) -> bool | None:
        """Push ``message`` to a chat that is pushed to: whether it arrived; None for a
        chat that reads it by polling."""
        if not self.push.pushes_to(ticket.sender):
            return None
        text = self.citizen_text(message, self._traditional(ticket.id))
        if message.author == "agent":
            text = f"{AGENT_LABEL}：{text}"
        return self.push.send(ticket.sender, text)

    def updates(self, sender: str, after: int) -> dict:
        """The sender's latest ticket (``none`` without one) and the agents' and desk's
        messages on it after ``after``."""
        ticket = self.desk.latest(sender)
        if ticket is None:
            return {"ticket": None, "status": "none", "messages": []}
        traditional = self._traditional(ticket.id)
        # Not the agent's name or account: the citizen reads "人工客服".
        messages = [{"id": m.id, "author": m.author, "created_at": m.created_at,
                     "text": self.citizen_text(m, traditional)}
                    for m in self.desk.since(ticket.id, after, CITIZEN_SEES)]
        return {"ticket": ticket.id, "status": ticket.status, "messages": messages}
