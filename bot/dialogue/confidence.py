"""Whether the search found the item: answer it, ask which of several, or say no.

The fused score is normalized per query (fusion.py), so it ranks but cannot
say "nothing fits". The absolute evidence is each channel's raw score of the
top item: its dense cosine and its BM25 score, plus whether the question
names the item (its name or an alias). Thresholds were chosen with the
default model (multilingual-e5-small) on the even lines of the development
questions (data/eval/questions.jsonl, 248 answerable) and of questions the
demo catalog cannot answer (data/eval/no_answer.jsonl, 20), and checked on
the odd lines. ``guidebot eval --decisions`` prints the figures; on this
machine (even / odd lines):

- no confident match when the top item is not named, its cosine is below
  0.905 and its BM25 score below 5: the unanswerable questions get "not
  found" 80% / 70% of the time (5% of them overall get a wrong answer, the
  rest a choice), the answerable ones 0.8% / 3.2% (those still see the right
  item among the suggested buttons);
- a match no word of the question supports (BM25 below 1, not named) needs a
  cosine 0.02 higher ("钓鱼证在哪办" is near any "…证" item in meaning);
- ask which one only when other items score at least 0.9 of the top one
  (CLOSE), unless only the top item is named, the question uses a word of
  one option's name that no other has (told_apart.distinguished: "到期换领"), or an
  FAQ entry writes words of it that no other option does (told_apart.faq_told_apart:
  "驾照扣满12分怎么办"), or it names
  a document (…证, …许可证) that none of the options has, which is "not
  found". Items within 0.8 (NEAR) of a direct answer are offered beside it as
  buttons, so a wrong pick costs one tap. Once asking, options down to 0.6 of
  the top score are offered (at most 4).
- an FAQ entry whose questions and answer never mention the document a question names
  (驾驶证 for the entry on 户口本) does not answer it: the next hit decides, or "not
  found";
- a question naming a document (台湾通行证, 行驶证) that the top guide's names state
  another of (港澳通行证, 驾驶证) is answered by a close guide whose names say it, or
  "not found" (variants.other_document);
- a question asking no operation (not even 补, 换, 改 …), whose named top guide's name
  states one other than a first application (补领结婚证 for "结婚证能寄到家吗"), is
  answered by the close guide whose name states no operation (结婚登记), the named one
  offered beside it;
- a question asking an operation (注销, 延续, 补领, 变更, 过户 …) that the top guide's
  name contradicts (设立登记) is answered by the close guide whose name states it, or
  "not found" (bot/dialogue/variants.py); guides that contradict it are not offered;
- among close variants of one item (内地居民结婚登记 / 补领结婚证; 新办 / 变更 / 注销), the
  only one that says the operation asked, or, asked none, the only one stating none but a
  first application, is answered instead of asking (2026-12-07: "结婚证能寄到家吗");
- an entry that never speaks of the operation asked (its name states none, its text has
  none of that operation's words: 结婚登记 for "结婚证丢了怎么补办") or never writes the
  thing the question puts before a procedure word (电动车 in "电动车上牌去哪") does not
  answer: the next entry that does, or "not found" (bot/dialogue/mentions.py);
- a 一件事 package is no rival to a guide unless the question has package words, and one
  at the top that only meaning and procedure words bring near (not named, BM25 below
  min_bm25, cosine below min_dense + WORDLESS_MARGIN) answers nothing: the next hit
  decides ("养狗要办证吗" is not 出生一件事).

Measured: the README's Evidence (`guidebot eval --decisions`, and per rule the
development sets' first questions); CLOSE 0.8 asked twice as often, 0.95 answered
wrongly more often. The dialogue asks less again (bot/dialogue/narrowing.py).

The cosine threshold belongs to the model: another embedding model needs its
own (settings ``min_dense``), measured the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.answers.operations import asked_operations, operations_of
from bot.answers.questionwords import ASKING, CLAUSE_BREAKS, strip_generic
from bot.dialogue.packages import package_words
from bot.dialogue.told_apart import distinguished, faq_told_apart, shares_no_words
from bot.dialogue.variants import (
    covers,
    named_documents,
    one_item,
    other_document,
    says_change,
    stated,
)
from index.search import SearchHit
from nlu.textnorm import fold


class Mentions(Protocol):
    """What a question asks that an entry must speak of (bot/dialogue/mentions.py)."""

    def __bool__(self) -> bool: ...

    def leaves_out(self, hit: SearchHit) -> bool: ...


CLOSE = 0.9
#: Items within this share of the top score are offered beside a direct answer.
NEAR = 0.8
#: Once asking, options down to this share of the top score are offered too
#: (asking costs the same with three options as with two).
OPTION_FLOOR = 0.6
MAX_OPTIONS = 4
SUGGESTIONS = 3


@dataclass(frozen=True)
class Decision:
    kind: Literal["answer", "choose", "none"]
    #: answer: the one (then any close ones to offer besides); choose: the options;
    #: none: suggestions
    hits: tuple[SearchHit, ...]


#: A match no word of the question supports (BM25 below this) needs the embedding to be
#: surer by this much: "钓鱼证在哪办" is near any "证" item in meaning, and shares no word.
WORDLESS_BM25 = 1.0
WORDLESS_MARGIN = 0.02


def confident(hit: SearchHit, min_dense: float, min_bm25: float) -> bool:
    if hit.named or hit.bm25 >= min_bm25:
        return True
    floor = min_dense + (WORDLESS_MARGIN if hit.bm25 < WORDLESS_BM25 else 0.0)
    return hit.dense >= floor


def names_other_document(query: str, hits: Sequence[SearchHit],
                         names_of: Callable[[SearchHit], Sequence[str]]) -> bool:
    """Whether the question names a document (…证) that none of ``hits`` has in its names
    or aliases: "钓鱼证在哪办" is about an item the catalog does not hold, however close
    施工许可证 or 居住证 come in meaning."""
    wanted = named_documents(query)
    names = "\n".join(n for h in hits for n in names_of(h))
    return bool(wanted) and not any(q in names for q in wanted)


def only_family(query: str, hits: Sequence[SearchHit],
                names_of: Callable[[SearchHit], Sequence[str]]) -> bool:
    """Whether the question says nothing but the words the close items' names share:
    "身份证怎么办理" among 居民身份证首次申领 / 换领 / 补领 could be any of them."""
    if len(hits) < 2:
        return False
    asked = strip_generic(fold(query).replace(" ", ""))
    names = [n for h in hits for n in names_of(h)[:1]]
    if len(asked) < 2 or not all(asked in n for n in names):
        return False
    return True


def asks_for_package(query: str, hits: Sequence[SearchHit],
                     top: SearchHit) -> SearchHit | None:
    """The 一件事 bundle a question asks for with package words, if one is among the close
    hits (down to OPTION_FLOOR of the top score)."""
    if not package_words(query):
        return None
    return next((h for h in hits if h.kind == "bundle" and h.answerable
                 and h.score >= OPTION_FLOOR * top.score), None)


def _sure_of_package(hit: SearchHit, min_dense: float, min_bm25: float, query: str) -> bool:
    """Whether a 一件事 package at the top is what was asked: named, found by its words,
    asked with package words, or nearer in meaning than a match no word supports must be
    (a package's description is a long passage of procedure words, near many questions)."""
    return (hit.named or hit.bm25 >= min_bm25 or package_words(query)
            or hit.dense >= min_dense + WORDLESS_MARGIN)


def _sure(hits: Sequence[SearchHit], min_dense: float, min_bm25: float) -> bool:
    """Whether what is left of the hits, once some are ruled out, starts with a sure one."""
    return bool(hits) and confident(hits[0], min_dense, min_bm25)


def _not_found(hits: Sequence[SearchHit]) -> Decision:
    """Not found, with the answerable ones among ``hits`` as suggestions."""
    return Decision("none", tuple(h for h in hits if h.answerable)[:SUGGESTIONS])


def _close_alternatives(hits: Sequence[SearchHit],
                        keep: Callable[[SearchHit], bool]) -> list[SearchHit]:
    """The answerable hits after the top one, down to OPTION_FLOOR of its score, that
    ``keep`` accepts: where a question the top hit contradicts may be answered instead."""
    top = hits[0]
    return [h for h in hits[1:] if h.score >= OPTION_FLOOR * top.score and h.answerable
            and keep(h)]


def _by_operation(asked: set[str], hits: Sequence[SearchHit],
                  names_of: Callable[[SearchHit], Sequence[str]],
                  names_document: Callable[[SearchHit], bool],
                  fitting: Callable[[SearchHit], bool],
                  in_question: bool = False) -> Decision | None:
    """When the question asks another operation than the top guide's name states (注销 for
    设立登记): the close guide whose name states it, a variant of the same item
    (variants.one_item) and not about another document than the one asked
    (``names_document``: "驾驶证丢了怎么补" is not 居民身份证补领), or not found. None: the
    top one fits. ``in_question``: the operation is said in a clause that asks, not only
    in the story around it."""
    top = hits[0]
    if fitting(top):
        return None
    pool = _close_alternatives(hits, lambda h: stated(asked, names_of(h)) and names_document(h))
    if top.named and pool and not in_question:
        # The question names the top item ("身份证在补办，能办个临时身份证吗"): with another
        # item at hand, the operation word may belong to its story. Said in the clause
        # that asks ("个体户营业执照怎么注销"), it is what is asked: 设立登记 does not do it.
        pool = [top]
    else:  # another operation of the same item (护照 lost is not 居民身份证补领)
        pool = [h for h in pool if one_item((*names_of(top)[:1], *names_of(h)[:1]))]
    if not pool:
        return _not_found(hits)
    others = [h for h in hits if h is not pool[0] and h.score >= NEAR * top.score]
    return Decision("answer", (pool[0], *others[:MAX_OPTIONS - 1]))


#: One character that, in a question, may already say an operation ("换身份证", "补身份证",
#: "改名字"): such a question is not read as asking none.
_OPERATION_CHARS = re.compile(r"[补换改丢掉销续延转迁过新首]")


#: "几" that says "a few", not "how many": "身份证前几天丢了" asks nothing.
_SOME = re.compile(r"[前这那过好]几(天|年|个月|次|回|趟)|几(天|年|个月)(前|以前|之前)")


def _plain_reading(query: str, hits: Sequence[SearchHit],
                   names_of: Callable[[SearchHit], Sequence[str]]) -> SearchHit | None:
    """For a question asking no operation, not even in one character, whose top (named)
    guide's name states one other than a first application (补领, 换领, 注销 …): the close
    guide whose name states no operation at all (结婚登记 for "结婚证能寄到家吗"), if any
    (None: keep the top one).

    Measured 2026-12-06 on the development sets: letting a first application (首次申领)
    or a name stating 申领 be that guide, or reading only the operation words, turned
    "换身份证…" and "补身份证…" into answers about 首次申领 and 临时身份证."""
    folded = fold(query)
    if asked_operations(query) or _OPERATION_CHARS.search(folded) \
            or not operations_of(names_of(hits[0])) - {"new"}:
        return None
    top = hits[0]
    return next((h for h in hits[1:] if h.kind == "guide" and h.answerable
                 and h.score >= OPTION_FLOOR * top.score
                 and not operations_of(names_of(h))), None)


def decide(hits: Sequence[SearchHit], min_dense: float, min_bm25: float, query: str = "",
           names_of: Callable[[SearchHit], Sequence[str]] | None = None,
           aliases_of: Callable[[SearchHit], Sequence[str]] | None = None,
           mentions: Mentions | None = None) -> Decision:
    """Answer, ask which, or none; ``query`` and ``names_of`` (an option's folded official
    name) let a question that names what tells the options apart be answered at once;
    ``aliases_of`` (its name and aliases) lets one that names a document no close item
    has be told "not found"; ``mentions`` (bot/dialogue/mentions.py) says which hits
    never speak of the operation or the thing asked."""
    if not hits:
        return Decision("none", ())
    top = hits[0]
    if not confident(top, min_dense, min_bm25):
        return _not_found(hits)
    if top.kind == "bundle" and not _sure_of_package(top, min_dense, min_bm25, query):
        # "养狗要办证吗" is near 出生一件事 (called 宝宝出生办证) by 办证 alone: the next hit
        # decides, or "not found".
        hits = [h for h in hits if h is not top]
        if not _sure(hits, min_dense, min_bm25):
            return _not_found(hits)
        top = hits[0]
    if query and (package := asks_for_package(query, hits, top)) is not None:
        # "能一起办吗", "打包办的那个": the 一件事 among the close items, whatever item of it
        # the question also names.
        others = [h for h in hits if h is not package and h.score >= NEAR * top.score]
        return Decision("answer", (package, *others[:MAX_OPTIONS - 1]))
    off = [h for h in hits if h.kind == "faq" and (names_other_document(query, [h], aliases_of)
                                                   or shares_no_words(query, aliases_of(h)))] \
        if query and aliases_of is not None else []
    if off:
        # "驾驶证丢了怎么补" is not answered by the entry on 户口本 it reads like, nor is
        # that entry an option beside the 驾驶证 guide: an FAQ entry that never mentions
        # the document asked is about something else; so is one that writes no word of
        # the question at all ("房屋拆迁补偿标准是多少" near a passage on 低保标准).
        hits = [h for h in hits if h not in off]
        if not _sure(hits, min_dense, min_bm25):
            return _not_found(hits)
        top = hits[0]
    if mentions and any(mentions.leaves_out(h) for h in hits):
        # "结婚证丢了怎么补办" is not 结婚登记 (its text never speaks of 补领), nor
        # "电动车上牌去哪" 机动车注册登记: an entry that mentions it, or not found (the
        # close ones suggested).
        kept = [h for h in hits if not mentions.leaves_out(h)]
        if not _sure(kept, min_dense, min_bm25):
            return _not_found(hits)
        hits, top = kept, kept[0]
    if query and aliases_of is not None and not top.named and top.kind == "guide" \
            and (document := other_document(query, aliases_of(top))) is not None:
        # "台湾通行证" when the guide is 往来港澳通行证: the close guide whose names say
        # that document, or not found.
        pool = _close_alternatives(hits, lambda h: document in "\n".join(aliases_of(h)))
        if not pool:
            return _not_found(hits)
        hits = pool + [h for h in hits if h not in pool]
        top = hits[0]
    if query and names_of is not None and (asked := asked_operations(query)):
        def fitting(h: SearchHit) -> bool:
            # Its name, or a situation or alias of it ("遗失补领" of 社会保障卡申领).
            return covers(asked, names_of(h),
                          "\n".join(aliases_of(h)) if aliases_of is not None else "")

        asking = "，".join(c for c in CLAUSE_BREAKS.split(query)
                          if ASKING.search(_SOME.sub("", fold(c))))
        by_operation = _by_operation(asked, hits, names_of, lambda h: aliases_of is None
                                     or not names_other_document(query, [h], aliases_of),
                                     fitting, bool(asked & asked_operations(asking)))
        if by_operation is not None:
            return by_operation
        hits = [h for h in hits if fitting(h)]  # the top one fits
    if query and names_of is not None and top.named and (
            plain := _plain_reading(query, hits, names_of)) is not None:
        # "结婚证能寄到家吗" names 补领结婚证 by its document, but asks no 补领: the item
        # itself (结婚登记) is meant; the named variant is offered beside it.
        others = [h for h in hits[1:] if h is not plain and h.score >= NEAR * top.score]
        return Decision("answer", (plain, top, *others[:MAX_OPTIONS - 2]))
    named = [h for h in hits if h.named]
    if top.named and len(named) == 1:
        return Decision("answer", (top,))
    close = [h for h in hits if h.score >= CLOSE * top.score]
    if top.kind != "bundle" and not (query and package_words(query)):
        # A 一件事 package is no rival to the guide a question asks about when it asks no
        # package ("退休能预约吗": 退休待遇核定, not 退休一件事); it stays a button.
        close = [h for h in close if h.kind != "bundle"]
    if top.named:  # several named ("身份证" names 首次申领, 换领, 补领): ask among them
        close = [h for h in close if h.named]
    near = [h for h in hits[1:MAX_OPTIONS] if h.score >= NEAR * top.score
            and (h.named or not top.named)]
    if len(close) == 1 and not (query and names_of is not None
                                and only_family(query, (top, *near), names_of)):
        # Answered; items nearly as close are offered besides (buttons), not asked about.
        return Decision("answer", (top, *near))
    if not top.named:
        close = [h for h in hits if h.score >= OPTION_FLOOR * top.score]
    options = close[:MAX_OPTIONS]
    if not any(h.named for h in options) and all(h.bm25 < WORDLESS_BM25 for h in options):
        # Close items that only the embedding finds, none by a word: more often a
        # question the catalog cannot answer than a choice; suggested, not asked.
        return _not_found(options)
    if query and aliases_of is not None and names_other_document(query, options, aliases_of):
        # Unsure among items none of which is the document asked for: not found.
        return _not_found(options)
    if query and names_of is not None and (one := distinguished(query, options, names_of,
                                                                     aliases_of)):
        # Answered, with the other options after it: the answer offers them as buttons.
        return Decision("answer", (one, *(h for h in options if h is not one)))
    if query and aliases_of is not None and (faq := faq_told_apart(query, options,
                                                                   aliases_of)) is not None:
        # "驾照扣满12分怎么办" beside 驾驶证期满换证 and 补领: the entry that writes 12分.
        return Decision("answer", (faq, *(h for h in options if h is not faq)))
    if (lone := _lone_in_use(options)) is not None:
        return Decision("answer", (lone, *(h for h in options if h is not lone)))
    if query and names_of is not None and (
            plain := _plain_option(query, options, names_of)) is not None:
        # "食品经营许可可以预约吗" among 新办 / 变更 / 注销: the item itself, not a variant
        # the question never asks; the variants are offered beside it.
        return Decision("answer", (plain, *(h for h in options if h is not plain)))
    return Decision("choose", tuple(options))


def _plain_option(query: str, options: Sequence[SearchHit],
                  names_of: Callable[[SearchHit], Sequence[str]]) -> SearchHit | None:
    """The one guide among ``options`` that says the operation asked: when the question asks
    one ("补结婚证能寄吗"), the only guide whose name states it (补领结婚证 beside 内地居民结婚
    登记); when it asks none, not even in one character (补, 换, 改 …), and says more than
    the words the options' names share ("身份证怎么弄" is asked), the only one whose name
    states no operation but a first application (内地居民结婚登记 beside 补领结婚证, 新办
    beside 变更 and 注销). None when the options are not all guides in use."""
    if len(options) < 2 or any(h.kind != "guide" or not h.answerable for h in options) \
            or not one_item(names_of(h)[0] for h in options if names_of(h)):
        return None
    if asked := asked_operations(query) or ({"change"} if says_change(query) else set()):
        saying = [h for h in options if stated(asked, names_of(h))]
    elif _OPERATION_CHARS.search(fold(query)) or only_family(query, options, names_of):
        return None
    else:
        saying = [h for h in options if not operations_of(names_of(h)) - {"new"}]
    return saying[0] if len(saying) == 1 else None


def _lone_in_use(options: Sequence[SearchHit]) -> SearchHit | None:
    """Among options of which only one is in use, the others withdrawn (准生证 / 生育登记):
    no choice to make. The withdrawn one the question names is answered (its notice says
    what replaced it, the one in use is offered beside it); else the one in use."""
    in_use = [h for h in options if h.answerable]
    if len(options) < 2 or len(in_use) != 1:
        return None
    return next((h for h in options if not h.answerable and h.named), in_use[0])
