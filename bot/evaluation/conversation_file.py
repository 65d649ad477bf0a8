"""The conversation file format: multi-turn dialogues an outside examiner wrote, with what
every answer must and must not contain (``data/eval/conversations.yaml``), loaded and
validated with every problem listed. What each expectation means is checked in
conversation_checks.py; conversation_runner.py plays the dialogues."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "data" / "eval" / "conversations.yaml"


class ConversationFileError(Exception):
    """The conversation file is missing, not YAML, or breaks the format (all problems listed)."""




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


