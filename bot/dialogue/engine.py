"""The dialogue: one user turn in, the answers and the new conversation state out.

Rasa understands what is asked (the intent, a region, an ordinal, a location); this
decides what to say, from the index being served: plain Python, no Rasa in it (the Rasa
action, bot/rasa/action.py, translates the tracker into a :class:`Turn` and a
:class:`State` and back; the tests drive it directly and through the real servers).
The state is what Rasa keeps in slots (bot/dialogue/state.py).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from zoneinfo import ZoneInfo

from bot.answers.asks import asks_in_words, beside_name, read_asks
from bot.answers.compose import asked_bodies
from bot.answers.halls import beyond_reach, far_location
from bot.answers.model import Answer, join_lines
from bot.answers.questionwords import ASKING
from bot.answers.replies import (
    chat_reply,
    choice_question,
    faq_answer,
    named_hall,
    nearest_halls,
    no_match,
    withdrawn_note,
)
from bot.answers.views import Views, bundle_reply, entry_answer
from bot.dialogue.choice import pick
from bot.dialogue.confidence import confident, decide
from bot.dialogue.followup import follows_on, has_subject
from bot.dialogue.followup import subject as subject_of
from bot.dialogue.narrowing import alternative_buttons, option_title, settled
from bot.dialogue.packages import package_words
from bot.dialogue.places import PLACE_ASKS, at_named_hall, hall_names
from bot.dialogue.rating import rate, score_of
from bot.dialogue.request import request_of
from bot.dialogue.searching import MAX_QUERY_CHARS, bundle_asked, searched
from bot.dialogue.state import Reply, State, Turn
from bot.dialogue.switching import variant_asked
from bot.settings import Settings
from bot.store.journal import Journal
from index.search import Searcher, SearchHit
from nlu.privacy import mask_personal
from nlu.textnorm import fold, script_of

log = logging.getLogger(__name__)

#: FAQ subjects remembered (version, entry, region); all forgotten at once beyond this.
FAQ_SUBJECTS_KEPT = 10_000
#: Small talk longer than this that the search cannot place gets the no-match answer.
SHORT_REPLY = 10
_CHAT = {"greet", "thank", "goodbye", "help", "handoff"}
#: Option keys: the kind of entry and its code, e.g. "guide:000111002000-449102".
GUIDE, FAQ, BUNDLE = "guide", "faq", "bundle"


def _key(hit: SearchHit) -> str:
    return f"{hit.kind}:{hit.code}"


def _float(values: list[str] | None) -> float | None:
    try:
        return float(values[0]) if values else None
    except (TypeError, ValueError):
        return None


class Dialogue:
    def __init__(self, searcher: Searcher, settings: Settings,
                 clock: Callable[[], dt.datetime] | None = None,
                 journal: Journal | None = None) -> None:
        self.searcher = searcher
        self.settings = settings
        self.journal = journal
        tz = ZoneInfo(settings.timezone)
        self.clock = clock or (lambda: dt.datetime.now(tz))
        #: (index version, FAQ entry, region) -> the guide the entry is about, or None.
        self._faq_subjects: dict[tuple[str, str, str | None], str | None] = {}

    # --- entry point -------------------------------------------------------------

    def respond(self, turn: Turn, state: State) -> Reply:
        """Answer one turn; any failure becomes a polite answer, never silence."""
        script = script_of(turn.text) or state.script  # "要多久" tells none: the last one
        try:
            version = self.searcher.holder.current()  # one version for the whole turn
            reply = self._respond(turn, state, Views(version, self.clock()))
            answers = [self._journaled(turn, a, reply.state, version.id) for a in reply.answers]
            after = replace(reply.state, script=script)
        except Exception:  # the state stays as it was
            log.exception("could not answer %r", mask_personal(turn.text[:200]))
            answers, after = [chat_reply("error", self.settings.hotline)], state
        return Reply([a.in_script(script == "traditional") for a in answers], after)

    def _journaled(self, turn: Turn, answer: Answer, state: State, version: str) -> Answer:
        """Record an answer a citizen may rate (with the index version it came from), or a
        question nothing matched."""
        if self.journal is None:
            return answer
        if answer.rateable:
            answer_id = self.journal.answered(
                question=turn.text, code=answer.code, name=answer.name, aspect=answer.aspect,
                source=answer.source, region=state.region, channel=turn.channel,
                index_version=version, conversation=turn.sender)
            return replace(answer, answer_id=answer_id)
        if answer.aspect == "no_match":
            self.journal.unanswered(question=turn.text, region=state.region,
                                    channel=turn.channel, suggestions=state.options)
        return answer

    def _respond(self, turn: Turn, state: State, views: Views) -> Reply:
        before = state
        state = self._located(turn, self._regioned(turn, state, views))
        intent = turn.intent
        hotline = self.settings.hotline
        if not fold(turn.text):
            return Reply([chat_reply("unreadable", hotline)], state)
        subject = has_subject(turn.text, views.version.regions.without_names)
        moved = not subject and state.region != before.region  # "我在东区": a region only
        asking = request_of(turn.text)  # a long message's questions, without its story
        pending = read_asks(asking, None, state.asks)  # a choice keeps what was asked
        if state.options and intent != "choose" and not moved:
            # A reply right after a choice was offered ("租房的", "我是租房的 有啥条件")
            # may answer it, whatever the NLU made of it.
            chosen = self._pick(turn, state, views, strict=True)
            if chosen is not None:
                return self._open(chosen, pending, state, views, turn.text)
        if intent == "rate" and (score_of(turn.entities, turn.text) is not None or not subject):
            return Reply([rate(turn, self.journal, self.settings.hotline)], state)
        if intent == "rate" and ASKING.search(fold(turn.text)):
            intent = "nlu_fallback"  # "学法减分最多减几分", "要是没备案呢": asked, not rated
        if moved and (state.options or self._current(state, views)):
            # "其实我们住白石县", whatever the NLU made of it: a new region, no new subject.
            return self._region_informed(turn, state, views)
        if intent in _CHAT or intent in ("out_of_scope", "rate"):
            return self._chat(turn, intent, state, views)
        if intent == "share_location" and _float(turn.entities.get("lat")) is not None:
            return self._location_shared(state, views)
        if intent == "share_location":  # words the NLU took for a location ("我在某县…")
            intent = "inform_region" if moved else "nlu_fallback"
        if intent == "inform_region":
            return self._region_informed(turn, state, views)
        if intent == "choose" and state.options:
            chosen = self._pick(turn, state, views)
            if chosen is not None:
                return self._open(chosen, pending, state, views, turn.text)
            if not subject:
                return self._reask(state, views)
        asks = read_asks(asking, intent, state.asks if intent == "choose" else ())
        return self._ask(turn, asks, state, views, bundle=intent == "ask_bundle")

    # --- state from the turn -----------------------------------------------------

    def _regioned(self, turn: Turn, state: State, views: Views) -> State:
        """The region: named in the words, else kept from earlier turns, else the
        channel's setting (a user's own words outrank a default picked once)."""
        said = (turn.entities.get("region") or [None])[0]
        region = (views.version.regions.mentioned(fold(turn.text)) or views.region_of(said)
                  or views.region_of(state.region) or views.region_of(turn.metadata.get("region")))
        return replace(state, region=region)

    def _located(self, turn: Turn, state: State) -> State:
        lat, lon = _float(turn.entities.get("lat")), _float(turn.entities.get("lon"))
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return state
        return replace(state, lat=lat, lon=lon)

    # --- answering ---------------------------------------------------------------

    def _current(self, state: State, views: Views):  # noqa: ANN202 - Guide | None
        """The current item's guide for the user's (possibly new) region."""
        if not state.item:
            return None
        guide = views.guide(state.item)
        if guide is None:  # gone from the catalog since (a reindex)
            return None
        return views.serving(guide.group, state.region) or guide

    def _guide_answer(self, guide, asks: tuple[str, ...], state: State, views: Views,  # noqa: ANN001
                      question: str = "") -> Reply:
        asks = beside_name(asks, question, guide.name)
        answer = entry_answer(views, GUIDE, guide.code, asks, state.region, state.point,
                              self.settings.hotline, question)
        assert answer is not None  # the guide was just read from this version
        return Reply([answer], replace(state, item=guide.code, aspect=",".join(asks), options=()))

    def _ask(self, turn: Turn, asks: tuple[str, ...], state: State, views: Views,
             bundle: bool, follow: bool = True) -> Reply:
        """Answer ``asks`` about the item the turn names, or the current one when it names
        none (or, when ``follow``, when the search cannot tell what else it names)."""
        current = self._current(state, views)
        strip = views.version.regions.without_names
        question = turn.text
        if current is not None and not has_subject(turn.text, strip):
            if package_words(question) and (b := views.bundle_of(current)) is not None:
                return self._open(f"{BUNDLE}:{b.id}", asks, state, views, question)  # "能一起办吗"
            return self._follow(current, asks, state, views, question)
        if current is None and not subject_of(turn.text, strip) and not bundle:
            # Nothing but question words ("多少钱"); one character left ("过户能预约吗":
            # 过 reads as a particle) is still searched.
            ask = chat_reply("need_item", self.settings.hotline)
            return Reply([ask], replace(state, aspect=",".join(asks)))
        hits, decision, withdrawn = searched(self.searcher, self.settings, turn.text,
                                             state.region, views)
        if withdrawn is not None and decision.kind == "none":
            # Its notice (searching.py: only when it would have answered).
            return self._open(_key(withdrawn), asks, state, views, question)
        if bundle and (asked := bundle_asked(hits, question, self.settings, views)):
            return self._open(_key(asked), asks, state, views, question)
        if current is not None and follow and follows_on(current, question, hits, decision,
                                                         self.settings.min_bm25):
            return self._follow(current, asks, state, views, question)
        decision = settled(decision, asks, question, views.names_of,
                           lambda h: self._bodies(h, asks, state, views),
                           views.text_of)
        hall = hall_names(views.version).named(question, views.version.regions.ancestors(
            state.region or "")) if PLACE_ASKS & set(asks) and hits else None  # "车管所电话多少"
        # (no hits: searching.searched found the question not this catalog's to answer)
        decision = at_named_hall(decision, hits, asks, hall, lambda h: views.guide(h.code))
        if decision.kind == "none" and hall is not None:  # "车管所在哪，周六上班吗"
            return Reply([named_hall(hall, views.now)], replace(state, aspect=",".join(asks)))
        if decision.kind == "answer":
            reply = self._open(_key(decision.hits[0]), asks, state, views, question)
            extra = alternative_buttons(decision.hits[1:])
            if len(reply.answers) == 1 and (extra or withdrawn is not None):
                answer = reply.answers[0]
                note = withdrawn_note(withdrawn.name) if withdrawn is not None else ""
                reply = Reply([replace(answer, buttons=extra + answer.buttons,
                                       text=join_lines(answer.text, note))], reply.state)
            return reply
        if decision.kind == "choose":
            options = tuple(_key(h) for h in decision.hits)
            names = [option_title(h) for h in decision.hits]
            return Reply([choice_question(names, hotline=self.settings.hotline)],
                         replace(state, options=options, aspect=",".join(asks)))
        return self._no_match(decision.hits, replace(state, aspect=",".join(asks)), views)

    def _follow(self, current, asks: tuple[str, ...], state: State, views: Views,  # noqa: ANN001
                question: str) -> Reply:
        """A follow-up on the current item, or on its variant that it asks (switching.py)."""
        variant = variant_asked(self.searcher, current, question, state.region, views.names_of)
        if variant is not None:  # "丢了" after 换领, "那注销呢" after 设立登记
            return self._open(_key(variant), asks, state, views, question)
        return self._guide_answer(current, asks, state, views, question)

    @staticmethod
    def _bodies(hit: SearchHit, asks: tuple[str, ...], state: State,
                views: Views) -> tuple[str, ...] | None:
        """What a guide in use would say to each ask (None for anything else)."""
        if hit.kind != GUIDE or not hit.answerable or (g := views.guide(hit.code)) is None:
            return None
        return asked_bodies(views.view(g, state.point, state.region), asks)

    def _open(self, key: str, asks: tuple[str, ...], state: State, views: Views,
              question: str = "") -> Reply:
        """Answer an entry chosen by the search or by the user."""
        kind, _, code = key.partition(":")
        if kind == GUIDE:
            guide = views.guide(code)
            if guide is not None:
                if guide.status == "active":
                    guide = views.serving(guide.group, state.region) or guide
                return self._guide_answer(guide, asks, state, views, question)
        elif kind == FAQ and (entry := views.faq(code)) is not None:
            item = (self._faq_subject(entry, state, views) if entry.status == "active" else None) \
                or state.item
            return Reply([faq_answer(entry, self.settings.hotline)],
                         replace(state, options=(), item=item))
        elif kind == BUNDLE and (b := views.bundle(code)) is not None:
            items = views.bundle_items(b, state.region)
            options = tuple(f"{GUIDE}:{i.guide.code}" for i in items
                            if i.guide is not None and i.guide.status == "active")
            return Reply([bundle_reply(b, items, question)],
                         replace(state, options=options, aspect="overview"))
        # The entry left the catalog between the offer and the choice.
        return self._no_match((), state, views)

    def _faq_subject(self, entry, state: State,  # noqa: ANN001 - FaqEntry
                     views: Views) -> str | None:
        """The guide an FAQ entry is about, when the search is sure of one for its
        question ("结婚登记还要带户口本吗": 结婚登记), so that a follow-up such as
        "那海滨区在哪领" has an item; None when it is not sure. Found once per index
        version, entry and region (a search, so an embedding, saved on every later
        answer from the entry)."""
        key = (views.version.id, entry.id, state.region)
        if key in self._faq_subjects:
            return self._faq_subjects[key]
        text = entry.questions[0] if entry.questions else entry.answer
        hits = [h for h in self.searcher.search(text[:MAX_QUERY_CHARS], region=state.region,
                                                top=8) if h.kind == GUIDE]
        decision = decide(hits, self.settings.min_dense, self.settings.min_bm25)
        code = decision.hits[0].code if decision.kind == "answer" and \
            decision.hits[0].answerable else None
        if len(self._faq_subjects) >= FAQ_SUBJECTS_KEPT:
            self._faq_subjects.clear()
        self._faq_subjects[key] = code
        return code

    def _reask(self, state: State, views: Views) -> Reply:
        titles = [views.title_of(key) for key in state.options]
        return Reply([choice_question(titles, lead="没听清您选的是哪一项：",
                                                     hotline=self.settings.hotline)], state)

    def _no_match(self, suggestions, state: State, views: Views) -> Reply:  # noqa: ANN001
        hall = views.nearest_hall(state.region, state.point)
        answer = no_match(self.settings.hotline, [h.name for h in suggestions], hall, views.now)
        return Reply([answer], replace(state, options=tuple(_key(h) for h in suggestions)))

    def _pick(self, turn: Turn, state: State, views: Views, strict: bool = False) -> str | None:
        """The option the user picked; ``strict``: only if the words point at it
        unmistakably (a number, its name, or among the search's first matches found with
        confidence: "给我讲个笑话" after suggestions is not a pick)."""
        depth = 3 if strict else 30
        settings = self.settings

        def search(text: str) -> list[SearchHit]:
            hits = self.searcher.search(text[:MAX_QUERY_CHARS], region=state.region, top=depth)
            return [h for h in hits if not strict
                    or confident(h, settings.min_dense, settings.min_bm25)]

        return pick(turn, state.options, views.describe, search)

    def _chat(self, turn: Turn, intent: str, state: State, views: Views) -> Reply:
        """Greeting, thanks, out of scope...: unless the words are really a question.

        "你好，我想办护照" or a question the NLU took for small talk is answered
        when the search is sure of one item; a long message that is neither
        small talk nor a known item gets the no-match answer (hotline, hall).
        """
        hotline = self.settings.hotline
        asked = asks_in_words(turn.text) if intent != "rate" else ()
        if intent == "handoff":  # "出入境咨询电话" asks a number, "转人工" a person
            asked = tuple(a for a in asked if a == "phone")
        if not has_subject(turn.text, views.version.regions.without_names):
            current = self._current(state, views)
            if asked and current is not None:  # "今天能拿到吗" taken for small talk
                return self._guide_answer(current, read_asks(turn.text), state, views,
                                          turn.text)
            return Reply([chat_reply(intent, hotline)], state)
        if asked and intent not in ("greet", "thank", "goodbye", "help"):
            # "男的多大可以结婚" taken for out of scope: a question, but never a follow-up
            # on the current item when the search finds nothing.
            reply = self._ask(turn, read_asks(request_of(turn.text)), state, views,
                              bundle=False, follow=False)
            if not (reply.answers and reply.answers[0].aspect == "no_match"):
                return reply  # "今天天气怎么样" found nothing either: it is small talk
        hits, decision, _ = searched(self.searcher, self.settings, turn.text, state.region,
                                     views)
        if decision.kind == "answer":
            return self._open(_key(decision.hits[0]), read_asks(request_of(turn.text)), state,
                              views, turn.text)
        if len(fold(turn.text)) > SHORT_REPLY * 2:
            return self._no_match(decision.hits if decision.kind == "none" else (), state, views)
        if intent == "rate":  # "很有帮助": a rating without a score
            return Reply([rate(turn, self.journal, self.settings.hotline)], state)
        return Reply([chat_reply(intent, hotline)], state)

    def _region_informed(self, turn: Turn, state: State, views: Views) -> Reply:
        current = self._current(state, views)
        if has_subject(turn.text, views.version.regions.without_names):
            return self._ask(turn, read_asks(turn.text, None, state.asks), state, views,
                             bundle=False)
        if current is not None:
            # Guides are standardized (同要素): materials, time limits and fees are the same
            # in every region; what a new region changes is where to go.
            return self._guide_answer(current, ("location",), state, views)
        where = views.region_name(state.region)
        if state.options and where:
            # A choice is pending: it still is, and the chosen item will be this region's.
            titles = [views.title_of(key) for key in state.options]
            lead = f"好的，已按{where}为您查询。您想办的是哪一项？"
            return Reply([choice_question(titles, lead=lead, hotline=self.settings.hotline)], state)
        text = f"好的，已按{where}为您查询。请问要办什么事？" if where else \
            "抱歉，没有找到这个地区，请说区县的全称，比如“某某区”。"
        return Reply([replace(chat_reply("need_item", self.settings.hotline), text=text)], state)

    def _location_shared(self, state: State, views: Views) -> Reply:
        point = state.point
        if point is None:
            return Reply([chat_reply("unreadable", self.settings.hotline)], state)
        halls = views.nearest_halls(point)
        if halls and beyond_reach(halls[0].km, self.settings.hall_reach_km):
            # Outside the catalog's area (the middle of the sea): no distances, no region
            # from it; the regions to choose from instead.
            regions = [(r.code, r.name) for r in views.version.regions.choices()]
            return Reply([far_location(self.settings.hall_reach_km, regions)],
                         replace(state, lat=None, lon=None))
        if state.region is None and halls:  # the region of the nearest hall is the user's
            state = replace(state, region=halls[0].hall.region)
        current = self._current(state, views)
        if current is not None and current.status == "active":
            return self._guide_answer(current, ("location",), state, views)
        return Reply([nearest_halls(halls, views.now)], state)
