"""What an answer is, for every channel: text, buttons, and the entry it cites.

The chat channels show ``text`` and ``buttons``; the agent console and
``guidebot answer --json`` show the same objects as dictionaries. Answers are
composed in Simplified Chinese and turned into Traditional as a whole when the
citizen wrote Traditional (``in_script``), so there is one text per fact.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from nlu.textnorm import to_traditional

#: What an answer is about: one aspect of a guide (overview is the "怎么办" card), or a
#: kind of reply. bot/answers/asks.py reads them from a message's words.
ASPECTS = (
    "overview", "materials", "time", "fee", "location", "online", "process", "conditions",
    "phone", "appointment", "express", "visits", "agent", "cross_region", "result", "amount",
)
#: Aspect -> the button a citizen presses to ask for it next.
ASPECT_BUTTONS = {
    "materials": "要带什么材料",
    "time": "多久能办好",
    "location": "在哪里办",
    "fee": "收费吗",
    "online": "能网上办吗",
    "process": "办理流程",
    "conditions": "办理条件",
}
#: Rasa intent -> aspect (domain.yml); an intent's payload asks for the aspect.
INTENT_ASPECT = {
    "ask_materials": "materials",
    "ask_time": "time",
    "ask_location": "location",
    "ask_fee": "fee",
    "ask_process": "process",
    "ask_conditions": "conditions",
    "ask_online": "online",
    "ask_overview": "overview",
}
ASPECT_INTENT = {a: i for i, a in INTENT_ASPECT.items()}


@dataclass(frozen=True)
class Button:
    title: str
    payload: str  # a Rasa message payload, e.g. /ask_time or /choose{"ordinal":"2"}


def aspect_button(aspect: str) -> Button:
    return Button(ASPECT_BUTTONS[aspect], f"/{ASPECT_INTENT[aspect]}")


def choice_button(n: int, title: str) -> Button:
    """The button for the ``n``-th (1-based) of the options just offered."""
    return Button(title, f'/choose{{"ordinal":"{n}"}}')


@dataclass(frozen=True)
class Answer:
    text: str
    buttons: tuple[Button, ...] = ()
    #: The entry the answer is drawn from (guide code, FAQ id, bundle id), if any.
    code: str = ""
    name: str = ""
    #: One of ASPECTS, or bundle, faq, revoked, suspended, choose, no_match, chat.
    aspect: str = ""
    #: The source as one line (agency, code, update date); also inside ``text``.
    source: str = ""
    status: str = ""
    #: The answer in two or three lines, for the elderly mode and previews.
    brief: str = ""
    #: Every aspect the answer covers, in the order asked (``aspect`` is the first).
    asks: tuple[str, ...] = ()
    #: The journal's id of this answer (bot/store), which a rating refers to.
    answer_id: int | None = None
    #: A handoff ticket (bot/handoff) this reply belongs to, and its status
    #: (waiting, taken, closed): channels then wait for the agent's messages.
    ticket: int | None = None
    ticket_status: str = ""

    @property
    def rateable(self) -> bool:
        """Drawn from a guide in use or an FAQ entry: the citizen may rate it."""
        return bool(self.code) and self.status == "active" and self.aspect in (*ASPECTS, "faq")

    def in_script(self, traditional: bool) -> Answer:
        if not traditional:
            return self
        return replace(
            self,
            text=to_traditional(self.text),
            buttons=tuple(Button(to_traditional(b.title), b.payload) for b in self.buttons),
            source=to_traditional(self.source),
            brief=to_traditional(self.brief),
        )

    def to_dict(self) -> dict:
        d = asdict(self)
        d["buttons"] = [asdict(b) for b in self.buttons]
        return d



def join_lines(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)
