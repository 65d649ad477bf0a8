"""The Rasa custom action: the tracker in, the dialogue's answers and slots out.

Thin on purpose (STYLE.md): what to say is decided by bot.dialogue.engine and
written by bot.answers; this only translates between Rasa's tracker and the
engine's Turn and State. A conversation handed to a person (bot/handoff) is
routed there first: while its ticket is open the bot does not answer.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.answers.model import Answer
from bot.dialogue.engine import Dialogue, State, Turn
from bot.handoff.service import Handoff
from bot.rasa.messages import reply_messages

log = logging.getLogger(__name__)

ACTION_NAME = "action_guidebot"


def turn_of(tracker: Tracker) -> Turn:
    msg = tracker.latest_message or {}
    intent = (msg.get("intent") or {}).get("name") or "nlu_fallback"
    entities: dict[str, list[str]] = {}
    for e in msg.get("entities") or []:
        if e.get("entity") and e.get("value") is not None:
            entities.setdefault(e["entity"], []).append(str(e["value"]))
    # nlu.components.TextNormalizer keeps what the user typed; Rasa's own
    # "text" is folded to Simplified and would lose the user's script.
    text = msg.get("text_original") or msg.get("text") or ""
    return Turn(intent, text, entities, msg.get("metadata") or {}, last_answer_id(tracker),
                tracker.sender_id or "")


def last_answer_id(tracker: Tracker) -> int | None:
    """The journal id of the last rateable answer sent in this conversation: the
    action attaches it to its messages (bot/rasa/messages.py), Rasa keeps it in the
    bot event's data."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "bot":
            answer = ((event.get("data") or {}).get("custom") or {}).get("answer") or {}
            if isinstance(answer.get("id"), int):
                return answer["id"]
    return None


def state_of(tracker: Tracker) -> State:
    def num(name: str) -> float | None:
        v = tracker.get_slot(name)
        return float(v) if isinstance(v, int | float) else None

    options = tracker.get_slot("options") or ()
    return State(
        item=tracker.get_slot("item_code"),
        region=tracker.get_slot("region"),
        options=tuple(str(o) for o in options),
        aspect=tracker.get_slot("aspect"),
        lat=num("lat"),
        lon=num("lon"),
        script=tracker.get_slot("script"),
    )


def slot_events(before: State, after: State) -> list[dict[str, Any]]:
    pairs = {
        "item_code": (before.item, after.item),
        "region": (before.region, after.region),
        "options": (list(before.options), list(after.options)),
        "aspect": (before.aspect, after.aspect),
        "lat": (before.lat, after.lat),
        "lon": (before.lon, after.lon),
        "script": (before.script, after.script),
    }
    return [SlotSet(name, new) for name, (old, new) in pairs.items() if old != new]


class ActionGuidebot(Action):
    def __init__(self, dialogue: Dialogue, handoff: Handoff | None = None) -> None:
        self.dialogue = dialogue
        self.handoff = handoff

    def name(self) -> str:
        return ACTION_NAME

    def run(  # synchronous: the webhook runs it in a worker thread
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        state, turn = state_of(tracker), turn_of(tracker)
        handed = self._handed_off(tracker, turn, state)
        if handed is not None:
            self._say(dispatcher, handed)
            return []
        reply = self.dialogue.respond(turn, state)
        # The channel's picker follows the conversation, however its region was set.
        for message in reply_messages(reply.answers, reply.state.region,
                                      turn.metadata.get("region")):
            dispatcher.utter_message(**message)
        return slot_events(state, reply.state)

    def _handed_off(self, tracker: Tracker, turn: Turn, state: State) -> list[Answer] | None:
        """The handoff's answers when the turn is its (a request, or an open ticket)."""
        if self.handoff is None:
            return None
        try:
            return self.handoff.route(tracker.sender_id, turn.intent, turn.text, turn.channel,
                                      tracker.events or [], state.region, state.script)
        except Exception:  # the desk's database down: the bot answers rather than nobody
            log.exception("handoff: could not route the turn")
            return None

    @staticmethod
    def _say(dispatcher: CollectingDispatcher, answers: list[Answer]) -> None:
        for message in reply_messages(answers, None, None):
            dispatcher.utter_message(**message)
