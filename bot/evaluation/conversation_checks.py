"""Checking one answer of a conversation against its turn's expectations, with what the
checker needs to know of the catalog (every citable code, its item, agency and date)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bot.evaluation.conversation_file import ConversationFileError, Turn
from nlu.textnorm import fold, is_traditional

#: A guide code as cited in text: 12-digit base code, dash, 6- or 9-digit region code.
CODE_RE = re.compile(r"(?<!\d)\d{12}-\d{6}(?:\d{3})?(?!\d)")
#: Words that say an item is no longer handled / temporarily not handled.
REVOKED_WORDS = ("已撤销", "不再办理", "已取消")
SUSPENDED_WORDS = ("暂停",)




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
        """Codes cited in a text, in order of appearance: the catalog's own codes and ids,
        whatever their format (the catalog contract fixes none), and anything shaped like
        the national 12+6 digit implementation codes."""
        found: list[tuple[int, str]] = []
        half = fold_width(text)
        for m in CODE_RE.finditer(half):
            found.append((m.start(), m.group()))
        for code in self.codes:
            if code in half:
                for m in re.finditer(rf"(?<![A-Za-z0-9_-]){re.escape(code)}(?![A-Za-z0-9_-])",
                                     half):
                    found.append((m.start(), code))
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


def button_group(button: dict[str, str], index: CodeIndex) -> set[str]:
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
            want = button_group(prev[turn.button_item - 1], index)
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


