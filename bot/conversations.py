"""End-to-end conversations against the running assistant (Rasa REST channel + action webhook).

A conversation file (``data/eval/conversations.yaml``) holds multi-turn dialogues
written by an outside examiner: what a citizen types, and what every answer
must and must not contain. This module loads and validates that file, plays
each conversation over HTTP with a fresh sender id, checks every turn and
reports pass/fail, the first failing turn and turn latencies.

What is checked comes from the assistant's promises, not its wording:

- ``codes``: one of these guide codes (or FAQ ids) is cited in the answer text,
  with the guide's agency and update date (the source line); no code of a
  *different* item (another ``base_code``) is cited in the text, unless listed in
  ``allow_codes``;
- ``contains`` / ``contains_any`` / ``not_contains`` / ``first``: facts, compared
  after folding the answer (Traditional to Simplified, full-width to half-width,
  lower case, whitespace removed);
- ``no_code``: no guide code or FAQ id in the text (buttons may carry them);
- ``buttons``: a minimum count, or titles that must appear;
- ``button_item``: the answer is about the item of button N of the previous answer;
- ``script``: the answer is written in Traditional (or Simplified) characters;
- ``may_ask``: for a question that is ambiguous in itself, the assistant may
  ask which item is meant instead; the expected item must then be one of at
  most four buttons, and the answer to pressing it must meet the turn.

On every turn, whatever its expectations: the answer is not empty, every code it
cites exists in the catalog, and a revoked or suspended guide is only cited
together with a statement that it is not in use.

Usage::

    guidebot conversations [--file F] [--rasa URL] [--json] [--only TAG]
"""

from __future__ import annotations

import json
import math
import re
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from nlu.textnorm import fold, is_traditional

DEFAULT_FILE = Path(__file__).resolve().parents[1] / "data" / "eval" / "conversations.yaml"

#: A guide code as cited in text: 12-digit base code, dash, 6- or 9-digit region code.
CODE_RE = re.compile(r"(?<!\d)\d{12}-\d{6}(?:\d{3})?(?!\d)")
#: Words that say an item is no longer handled / temporarily not handled.
REVOKED_WORDS = ("已撤销", "不再办理", "已取消")
SUSPENDED_WORDS = ("暂停",)

#: send(sender, message, metadata) -> the list of bot messages.
Send = Callable[[str, str, "dict[str, Any] | None"], list[dict[str, Any]]]


class ConversationFileError(Exception):
    """The conversation file is missing, not YAML, or breaks the format (all problems listed)."""


# --------------------------------------------------------------------------- file format


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GeoPoint(_Strict):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class Turn(_Strict):
    """One user action and the expectations on the assistant's answer to it."""

    # --- what the user does (exactly one) ---
    say: str | None = None
    press: str | None = None
    location: GeoPoint | None = None
    repeat: int = Field(default=1, ge=1, le=10000)
    metadata: dict[str, Any] | None = None
    # --- what the answer must show ---
    codes: list[str] = []
    not_codes: list[str] = []
    allow_codes: list[str] = []
    contains: list[str] = []
    ordered: bool = False
    contains_any: list[list[str]] = []
    not_contains: list[str] = []
    first: list[str] = []
    no_code: bool = False
    buttons: int | list[str] | None = None
    button_item: int | None = Field(default=None, ge=1)
    script: Literal["traditional", "simplified"] | None = None
    #: The question is ambiguous enough that the assistant may ask which item
    #: is meant instead of answering: then a button of at most MAX_OPTIONS
    #: must lead to one of ``codes``' items, and the answer to pressing it
    #: must meet every expectation of this turn.
    may_ask: bool = False

    @field_validator("contains_any", mode="before")
    @classmethod
    def _groups(cls, v: object) -> object:
        # A flat list is one group ("at least one of these"); a list of lists is several.
        if isinstance(v, list) and v and all(isinstance(x, str) for x in v):
            return [v]
        return v

    @field_validator("codes", "not_codes", "allow_codes", "contains", "not_contains", "first",
                     mode="before")
    @classmethod
    def _one_or_list(cls, v: object) -> object:
        return [v] if isinstance(v, str) else v

    @model_validator(mode="after")
    def _one_action(self) -> Turn:
        given = [n for n in ("say", "press", "location") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError("每一轮须且只须给出 say、press、location 之一"
                             f" (got {', '.join(given) or 'none'})")
        if self.say is not None and not self.say:
            raise ValueError("say 不能为空文本")
        if self.repeat != 1 and self.say is None:
            raise ValueError("repeat 只能与 say 一起使用")
        if isinstance(self.buttons, int) and self.buttons < 0:
            raise ValueError("buttons 须为非负整数或标题列表")
        if self.codes and self.no_code:
            raise ValueError("codes 与 no_code 不能同时给出")
        return self

    def message(self) -> str:
        if self.location is not None:
            return "/share_location" + json.dumps(
                {"lat": self.location.lat, "lon": self.location.lon})
        assert self.say is not None
        return self.say * self.repeat

    def describe(self) -> str:
        if self.press is not None:
            return f"press [{self.press}]"
        text = self.message()
        return text if len(text) <= 60 else f"{text[:40]}... ({len(text)} chars)"


class Conversation(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    description: str = Field(min_length=1)
    tags: list[str] = Field(min_length=1)
    metadata: dict[str, Any] | None = None
    turns: list[Turn] = Field(min_length=1)


class ConversationFile(_Strict):
    version: int = 1
    conversations: list[Conversation] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> ConversationFile:
        seen: set[str] = set()
        dup: list[str] = []
        for c in self.conversations:
            if c.id in seen:
                dup.append(c.id)
            seen.add(c.id)
        if dup:
            raise ValueError(f"重复的会话 id: {', '.join(dup)}")
        return self


def _where(loc: Sequence[Any], raw: Any) -> str:
    """A pydantic error location as "conversation 'x' turn 3 field 'codes'"."""
    parts: list[str] = []
    loc = list(loc)
    if len(loc) >= 2 and loc[0] == "conversations" and isinstance(loc[1], int):
        conv_id = None
        try:
            conv_id = raw["conversations"][loc[1]].get("id")
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
        parts.append(f"conversation #{loc[1] + 1}" + (f" '{conv_id}'" if conv_id else ""))
        loc = loc[2:]
        if len(loc) >= 2 and loc[0] == "turns" and isinstance(loc[1], int):
            parts.append(f"turn {loc[1] + 1}")
            loc = loc[2:]
    rest = ".".join(str(x) for x in loc)
    if rest:
        parts.append(f"field '{rest}'")
    return ", ".join(parts) or "top level"


def parse_conversations(text: str, name: str = "<conversations>") -> list[Conversation]:
    """Parse and validate a conversation file's text; raise with every problem listed."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ConversationFileError(f"{name}: not valid YAML: {e}") from e
    if isinstance(raw, list):  # a bare list of conversations is accepted too
        raw = {"conversations": raw}
    if not isinstance(raw, dict):
        raise ConversationFileError(
            f"{name}: expected a mapping with 'conversations: [...]', got {type(raw).__name__}")
    try:
        return ConversationFile.model_validate(raw).conversations
    except ValidationError as e:
        lines = [f"{name}: {len(e.errors())} problem(s):"]
        for err in e.errors():
            lines.append(f"  - {_where(err['loc'], raw)}: {err['msg']}")
        raise ConversationFileError("\n".join(lines)) from None


def load_conversations(path: Path = DEFAULT_FILE) -> list[Conversation]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConversationFileError(f"{path}: cannot read: {e}") from e
    return parse_conversations(text, str(path))


# --------------------------------------------------------------------------- catalog facts


@dataclass(frozen=True)
class CodeInfo:
    code: str
    group: str
    name: str
    status: str
    agency: str
    updated_at: str
    kind: Literal["guide", "faq", "bundle"] = "guide"


@dataclass
class CodeIndex:
    """What the checker needs from the catalog: every citable code and the item it belongs to."""

    codes: dict[str, CodeInfo] = field(default_factory=dict)
    #: A bundle's id -> the items (groups) it lists.
    members: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_catalog(cls, catalog: Any) -> CodeIndex:
        index = cls()
        for code, g in catalog.guides.items():
            index.codes[code] = CodeInfo(code, g.group, g.name, g.status, g.agency, g.updated_at)
        for fid, f in getattr(catalog, "faqs", {}).items():
            index.codes[fid] = CodeInfo(fid, fid, (f.questions or [f.answer])[0],
                                        "active" if f.status == "active" else "revoked",
                                        f.agency or "", f.updated_at, "faq")
        for bid, b in getattr(catalog, "bundles", {}).items():
            index.codes[bid] = CodeInfo(bid, bid, b.name, "active", "", "", "bundle")
            # A bundle's answer lists its items: their codes are part of it.
            index.members[bid] = {index.group_of(ref) for ref in b.items}
        return index

    @classmethod
    def load(cls, root: Path) -> CodeIndex:
        from bot.catalog.validate import load_catalog

        report = load_catalog(root)
        if report.catalog is None or not report.ok:
            raise ConversationFileError(f"catalog {root} does not validate:\n{report.format()}")
        return cls.from_catalog(report.catalog)

    def group_of(self, code_or_group: str) -> str:
        info = self.codes.get(code_or_group)
        return info.group if info else code_or_group

    def known(self, code_or_group: str) -> bool:
        return code_or_group in self.codes or any(
            i.group == code_or_group for i in self.codes.values())

    def cited(self, text: str) -> list[str]:
        """Codes cited in a text, in order of appearance (guide codes by pattern, FAQ ids)."""
        found: list[tuple[int, str]] = []
        half = fold_width(text)
        for m in CODE_RE.finditer(half):
            found.append((m.start(), m.group()))
        for fid, info in self.codes.items():
            if info.kind in ("faq", "bundle"):
                for m in re.finditer(re.escape(fid) + r"(?![a-z0-9-])", half):
                    found.append((m.start(), fid))
        out: list[str] = []
        for _, code in sorted(found):
            if code not in out:
                out.append(code)
        return out

    def groups_by_name(self, title: str) -> set[str]:
        """Items whose name a button title contains (or that contains the title)."""
        t = squash(title)
        if not t:
            return set()
        hits = {i.group for i in self.codes.values()
                if i.kind == "guide" and squash(i.name) and squash(i.name) in t}
        if not hits:
            hits = {i.group for i in self.codes.values()
                    if i.kind == "guide" and t in squash(i.name)}
        return hits


def fold_width(text: str) -> str:
    from nlu.textnorm import to_half_width

    return to_half_width(text)


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """The form facts are compared in: fold() (Simplified, half-width, lower) without spaces."""
    return _WS.sub("", fold(text))


def date_pattern(iso: str) -> re.Pattern[str]:
    """2026-03-18 as written in any usual way: 2026-03-18, 2026/3/18, 2026年3月18日."""
    y, m, d = iso.split("-")
    return re.compile(rf"{y}\s*[-/.年]\s*0?{int(m)}\s*[-/.月]\s*0?{int(d)}(?!\d)")


# --------------------------------------------------------------------------- checking


@dataclass
class Answer:
    """The assistant's reply to one user message, flattened."""

    messages: list[dict[str, Any]]
    text: str
    buttons: list[dict[str, str]]

    @classmethod
    def from_messages(cls, messages: Any) -> Answer:
        if not isinstance(messages, list):
            raise ValueError(f"response is not a list of messages: {str(messages)[:200]}")
        texts: list[str] = []
        buttons: list[dict[str, str]] = []
        for m in messages:
            if not isinstance(m, dict):
                raise ValueError(f"a message is not an object: {str(m)[:200]}")
            if isinstance(m.get("text"), str):
                texts.append(m["text"])
            for b in m.get("buttons") or []:
                if not isinstance(b, dict):
                    raise ValueError(f"a button is not an object: {str(b)[:200]}")
                buttons.append({"title": str(b.get("title", "")),
                                "payload": str(b.get("payload", ""))})
        return cls(messages, "\n".join(texts), buttons)


def _button_group(button: dict[str, str], index: CodeIndex) -> set[str]:
    """The item a button leads to: a code in its payload, else the item named by its title."""
    codes = [c for c in index.cited(button["payload"]) if c in index.codes]
    if codes:
        return {index.group_of(c) for c in codes}
    return index.groups_by_name(button["title"])


def check_answer(turn: Turn, answer: Answer, index: CodeIndex,
                 previous: Answer | None = None) -> list[str]:
    """Every expectation of ``turn`` that ``answer`` does not meet (empty: the turn passes)."""
    fails: list[str] = []
    text = answer.text
    flat = squash(text)
    cited = index.cited(text)

    if not text.strip() and not answer.buttons:
        return ["empty answer: no text and no buttons"]

    # Always: codes exist; revoked/suspended guides are never cited as if in use.
    unknown = [c for c in cited if c not in index.codes]
    if unknown:
        fails.append(f"cites code(s) not in the catalog: {', '.join(unknown)}")
    for c in cited:
        info = index.codes.get(c)
        if info is None or info.status == "active":
            continue
        words = REVOKED_WORDS if info.status == "revoked" else SUSPENDED_WORDS
        if not any(squash(w) in flat for w in words):
            fails.append(f"cites {info.status} {c} ({info.name}) without saying "
                         f"{' / '.join(words)}")

    if turn.codes:
        hit = [c for c in turn.codes if c in cited]
        if not hit:
            fails.append(f"expected one of codes {turn.codes} cited, text cites {cited or 'none'}")
        else:
            info = index.codes.get(hit[0])
            if info is not None and info.kind == "guide":
                if squash(info.agency) not in flat:
                    fails.append(f"source of {hit[0]}: agency '{info.agency}' not in the answer")
                if not date_pattern(info.updated_at).search(fold_width(text)):
                    fails.append(f"source of {hit[0]}: update date {info.updated_at} "
                                 "not in the answer")
        allowed = {index.group_of(c) for c in (*turn.codes, *turn.allow_codes)}
        # A bundle's answer lists its items: expecting the bundle allows their codes, and
        # expecting an item allows a bundle that lists it.
        allowed |= {g for c in turn.codes for g in index.members.get(c, ())}
        allowed |= {b for b, members in index.members.items() if members & allowed}
        other = [c for c in cited if c in index.codes and index.group_of(c) not in allowed]
        if other:
            fails.append(f"cites code(s) of another item: {', '.join(other)}")
    bad = [c for c in turn.not_codes if c in cited]
    if bad:
        fails.append(f"cites forbidden code(s): {', '.join(bad)}")
    if turn.no_code and cited:
        fails.append(f"expected no code in the text, found {', '.join(cited)}")

    pos = 0
    for fact in turn.contains:
        f = squash(fact)
        at = flat.find(f, pos if turn.ordered else 0)
        if at < 0:
            where = " (in order)" if turn.ordered and f in flat else ""
            fails.append(f"missing fact{where}: {fact}")
        elif turn.ordered:
            pos = at + len(f)
    for group in turn.contains_any:
        if not any(squash(f) in flat for f in group):
            fails.append(f"missing any of: {' | '.join(group)}")
    for fact in turn.not_contains:
        if squash(fact) in flat:
            fails.append(f"must not contain: {fact}")
    if turn.first:
        where = {f: flat.find(squash(f)) for f in turn.first}
        if where[turn.first[0]] < 0:
            fails.append(f"expected first: {turn.first[0]} (not found)")
        else:
            before = [f for f in turn.first[1:] if 0 <= where[f] < where[turn.first[0]]]
            if before:
                fails.append(f"expected {turn.first[0]} before {', '.join(before)}")

    if isinstance(turn.buttons, int) and len(answer.buttons) < turn.buttons:
        fails.append(f"expected at least {turn.buttons} button(s), got {len(answer.buttons)}")
    elif isinstance(turn.buttons, list):
        titles = [squash(b["title"]) for b in answer.buttons]
        for want in turn.buttons:
            if not any(squash(want) in t for t in titles):
                fails.append(f"no button titled like '{want}' "
                             f"(buttons: {[b['title'] for b in answer.buttons]})")

    if turn.button_item is not None:
        prev = previous.buttons if previous else []
        if len(prev) < turn.button_item:
            fails.append(f"button_item {turn.button_item}: the previous answer had "
                         f"{len(prev)} button(s)")
        else:
            want = _button_group(prev[turn.button_item - 1], index)
            got = {index.group_of(c) for c in cited if c in index.codes}
            if not want:
                fails.append(f"button {turn.button_item} "
                             f"'{prev[turn.button_item - 1]['title']}' names no catalog item")
            elif not want & got:
                fails.append(f"expected the item of button {turn.button_item} "
                             f"('{prev[turn.button_item - 1]['title']}'), text cites "
                             f"{cited or 'none'}")

    if turn.script == "traditional" and not is_traditional(text):
        fails.append("expected a Traditional-script answer")
    elif turn.script == "simplified" and is_traditional(text):
        fails.append("expected a Simplified-script answer")
    return fails


# --------------------------------------------------------------------------- running


@dataclass
class TurnResult:
    number: int
    sent: str
    metadata: dict[str, Any] | None
    answer: Answer | None
    seconds: float
    failures: list[str]
    #: The assistant's first reply asked which item was meant (before any may_ask press).
    asked_choice: bool = False

    @property
    def passed(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        return {"turn": self.number, "sent": self.sent, "metadata": self.metadata,
                "text": self.answer.text if self.answer else None,
                "buttons": self.answer.buttons if self.answer else None,
                "seconds": round(self.seconds, 3), "failures": self.failures}


@dataclass
class ConversationResult:
    id: str
    tags: list[str]
    sender: str
    turns: list[TurnResult]
    total_turns: int

    @property
    def passed(self) -> bool:
        return len(self.turns) == self.total_turns and all(t.passed for t in self.turns)

    @property
    def first_failure(self) -> TurnResult | None:
        return next((t for t in self.turns if not t.passed), None)

    def to_dict(self) -> dict[str, Any]:
        bad = self.first_failure
        return {"id": self.id, "tags": self.tags, "sender": self.sender, "passed": self.passed,
                "turns_run": len(self.turns), "turns": self.total_turns,
                "first_failure": bad.to_dict() if bad else None,
                "transcript": [t.to_dict() for t in self.turns]}


def run_conversation(conv: Conversation, send: Send, index: CodeIndex,
                     sender: str | None = None, keep_going: bool = False) -> ConversationResult:
    """Play one conversation with a fresh sender id; stop at the first failing turn
    unless ``keep_going`` (then every turn is played and judged on its own)."""
    sender = sender or f"conv-{conv.id}-{uuid.uuid4().hex[:10]}"
    result = ConversationResult(conv.id, conv.tags, sender, [], len(conv.turns))
    previous: Answer | None = None
    for n, turn in enumerate(conv.turns, 1):
        metadata = {**(conv.metadata or {}), **(turn.metadata or {})} or None
        if turn.press is not None:
            want = squash(turn.press)
            buttons = previous.buttons if previous else []
            chosen = next((b for b in buttons if want in squash(b["title"])), None)
            if chosen is None:
                titles = [b["title"] for b in buttons]
                result.turns.append(TurnResult(
                    n, turn.describe(), metadata, None, 0.0,
                    [f"no button of the previous answer is titled like '{turn.press}' "
                     f"(buttons: {titles})"]))
                if not keep_going:
                    break
                continue
            message = chosen["payload"] or chosen["title"]
        else:
            message = turn.message()
        started = time.perf_counter()
        try:
            answer = Answer.from_messages(send(sender, message, metadata))
        except Exception as e:  # noqa: BLE001 - any transport or format error fails the turn
            seconds = time.perf_counter() - started
            result.turns.append(TurnResult(n, _shown(turn, message), metadata, None, seconds,
                                           [f"request failed: {type(e).__name__}: {e}"]))
            if not keep_going:
                break
            continue
        seconds = time.perf_counter() - started
        fails = check_answer(turn, answer, index, previous)
        choice = is_choice(answer, index)
        if fails and turn.may_ask:
            chosen = _option_for(turn, answer, index)
            if chosen is not None:
                message = f"{message} -> press [{chosen['title']}]"
                started = time.perf_counter()
                answer = Answer.from_messages(send(sender, chosen["payload"], metadata))
                seconds += time.perf_counter() - started
                fails = check_answer(turn, answer, index, previous)
        result.turns.append(TurnResult(n, _shown(turn, message), metadata, answer, seconds,
                                       fails, choice))
        if fails and not keep_going:
            break
        previous = answer
    return result


#: A choice offered instead of an answer may list at most this many options.
MAX_OPTIONS = 4


def is_choice(answer: Answer, index: CodeIndex) -> bool:
    """Whether a reply asks which item is meant: options as buttons, no entry cited."""
    return bool(answer.buttons) and not index.cited(answer.text) and all(
        b["payload"].startswith("/choose") for b in answer.buttons)


def _option_for(turn: Turn, answer: Answer, index: CodeIndex) -> dict[str, str] | None:
    """The button of a short choice question that leads to an expected item, if any."""
    if not answer.buttons or len(answer.buttons) > MAX_OPTIONS or index.cited(answer.text):
        return None
    wanted = {index.group_of(c) for c in turn.codes}
    return next((b for b in answer.buttons if _button_group(b, index) & wanted), None)


def _shown(turn: Turn, message: str) -> str:
    if turn.press is not None:
        return f"press [{turn.press}] -> {message}"
    return turn.describe()


class RestClient:
    """The Rasa REST channel: POST {rasa_url}/webhooks/rest/webhook."""

    def __init__(self, rasa_url: str, timeout: float = 60.0) -> None:
        import httpx

        self.url = rasa_url.rstrip("/") + "/webhooks/rest/webhook"
        self._client = httpx.Client(timeout=timeout)

    def send(self, sender: str, message: str,
             metadata: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"sender": sender, "message": message}
        if metadata:
            body["metadata"] = metadata
        r = self._client.post(self.url, json=body)
        r.raise_for_status()
        data = r.json()
        if not isinstance(data, list):
            raise ValueError(f"expected a JSON list, got {str(data)[:200]}")
        return data

    def close(self) -> None:
        self._client.close()


# --------------------------------------------------------------------------- reporting


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class RunReport:
    results: list[ConversationResult]

    @property
    def failed(self) -> list[ConversationResult]:
        return [r for r in self.results if not r.passed]

    @property
    def latencies(self) -> list[float]:
        return [t.seconds for r in self.results for t in r.turns if t.answer is not None]

    def summary(self) -> dict[str, Any]:
        lat = self.latencies
        return {
            "conversations": len(self.results),
            "passed": len(self.results) - len(self.failed),
            "failed": len(self.failed),
            "turns_run": sum(len(r.turns) for r in self.results),
            "turns_passed": sum(t.passed for r in self.results for t in r.turns),
            "latency_s": {"p50": round(percentile(lat, 50), 3),
                          "p95": round(percentile(lat, 95), 3),
                          "max": round(max(lat, default=0.0), 3)},
        }

    def to_dict(self) -> dict[str, Any]:
        return {"summary": self.summary(), "conversations": [r.to_dict() for r in self.results]}

    def format(self) -> str:
        lines: list[str] = []
        for r in self.results:
            mark = "PASS" if r.passed else "FAIL"
            lines.append(f"{mark} {r.id} [{', '.join(r.tags)}] "
                         f"({len(r.turns)}/{r.total_turns} turns)")
            bad = r.first_failure
            if bad is not None:
                lines.extend("    " + line for line in format_failure(bad).splitlines())
        s = self.summary()
        lat = s["latency_s"]
        lines.append(f"{s['passed']}/{s['conversations']} conversations passed, "
                     f"{s['turns_passed']}/{s['turns_run']} turns run passed; "
                     f"turn latency p50 {lat['p50']:.2f} s, p95 {lat['p95']:.2f} s, "
                     f"max {lat['max']:.2f} s")
        return "\n".join(lines)


def format_failure(t: TurnResult, limit: int = 600) -> str:
    lines = [f"turn {t.number}: sent {t.sent!r}"
             + (f" metadata={json.dumps(t.metadata, ensure_ascii=False)}" if t.metadata else "")]
    if t.answer is not None:
        text = t.answer.text if len(t.answer.text) <= limit else t.answer.text[:limit] + " ..."
        lines.append("got: " + text.replace("\n", "\n     "))
        if t.answer.buttons:
            lines.append("buttons: " + ", ".join(f"{b['title']} -> {b['payload']}"
                                                 for b in t.answer.buttons))
    lines.extend(f"check failed: {f}" for f in t.failures)
    return "\n".join(lines)


def select(conversations: Iterable[Conversation], only: str | None) -> list[Conversation]:
    """Conversations with the tag (or id) ``only``; all when None."""
    convs = list(conversations)
    if not only:
        return convs
    return [c for c in convs if only in c.tags or c.id == only]


def check_codes_exist(conversations: Iterable[Conversation], index: CodeIndex) -> list[str]:
    """Expectation codes the catalog does not know (typos in the conversation file)."""
    problems: list[str] = []
    for c in conversations:
        for n, t in enumerate(c.turns, 1):
            for code in (*t.codes, *t.not_codes, *t.allow_codes):
                if not index.known(code):
                    problems.append(f"conversation '{c.id}' turn {n}: unknown code {code}")
    return problems


def run_all(conversations: Sequence[Conversation], send: Send, index: CodeIndex,
            progress: Callable[[ConversationResult], None] | None = None) -> RunReport:
    results = []
    for conv in conversations:
        result = run_conversation(conv, send, index)
        results.append(result)
        if progress is not None:
            progress(result)
    return RunReport(results)


def main(file: Path, rasa_url: str, catalog: Path, as_json: bool = False,
         only: str | None = None) -> int:
    """The ``guidebot conversations`` command: 0 all passed, 1 any failed or bad input."""
    import sys

    try:
        conversations = select(load_conversations(file), only)
        index = CodeIndex.load(catalog)
    except ConversationFileError as e:
        print(f"错误: {e}", file=sys.stderr)
        return 1
    problems = check_codes_exist(conversations, index)
    if problems:
        print("错误: conversation file names codes the catalog does not have:\n  "
              + "\n  ".join(problems), file=sys.stderr)
        return 1
    if not conversations:
        print(f"no conversation has tag or id {only!r}", file=sys.stderr)
        return 1
    client = RestClient(rasa_url)

    def progress(r: ConversationResult) -> None:
        if not as_json:
            print(f"{'.' if r.passed else 'F'}", end="", file=sys.stderr, flush=True)

    try:
        report = run_all(conversations, client.send, index, progress)
    finally:
        client.close()
    if not as_json:
        print(file=sys.stderr)
        print(report.format())
    else:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    return 1 if report.failed else 0
