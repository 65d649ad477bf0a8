"""The guide's own sentences that answer a question about a fact inside a field.

"办居住证要在这边住多长时间" is answered by a condition ("在本市居住满半年"),
"每个月能领多少" by the sentence that states the amount received, "公示期多长"
by the step that states it. The guide's sentences (conditions, situations,
material notes, steps, time-limit notes, fee items, result, hours) are ranked
against the question and the best ones lead the answer, each with the name of
the field it comes from ("办理条件：…"). Nothing is rephrased: a sentence is
quoted as the catalog has it.

A sentence scores by the question's own words it shares (words that are not
question words, aspect words or the item's name; rarer in this guide counts
more), by the kind of fact asked: an age asked meets a sentence stating an
age, a duration one stating a duration, an amount received one stating a sum
of money, a person acting for someone one naming 委托/代办 (both general
Chinese, not any catalog's words), and, when the question has words of its
own, by how close in meaning it is (closeness.py: the sentences nearest the
question, clearly nearer than the guide's typical sentence, gain up to
MEANING_SCORE).

Up to MAX_LEAD sentences lead, each scoring at least MIN_SCORE and OF_BEST of the best.
Measured on the evening of 2026-12-07 on the seven development sets (2,588 turns, played
in-process with Rasa's parses): three sentences instead of two, a floor of 2 instead of 3
and a share of 0.45 instead of 0.6 took the turns with every fact asked from 2,298 to
2,320 and lost none; the floor that keeps a follow-up on the current item stays at 3
(FOLLOW_UP_SCORE: at 2, "医保呢，多久内要交" stayed on the item before it).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

import numpy as np

from bot.answers.closeness import installed
from bot.answers.operations import asked_operations, operations_in, operations_of
from bot.answers.questionwords import (
    LONG_MESSAGE,
    asking_clauses,
    own_parts,
    strip_generic,
)
from bot.catalog.guide_sentences import Sentence, sentences
from bot.catalog.models import Guide
from nlu.textnorm import fold

#: At most this many sentences lead an answer: a pinpoint, not a dump.
MAX_LEAD = 3
#: A sentence must score this much to lead (one shared word of two characters, a matching
#: kind of fact, or clearly the nearest in meaning) ...
MIN_SCORE = 2.0
#: ... and this share of the best sentence's score.
OF_BEST = 0.45
#: What a sentence of the current guide must score to keep a follow-up that has words of
#: its own on the current item (followup.answered_here): more than to lead an answer.
FOLLOW_UP_SCORE = 3.0
#: What a sentence stating the kind of fact asked adds to its score.
KIND_SCORE = 3.0
#: What the sentence nearest the question in meaning adds (closeness.py); the others gain
#: by the square of how far they stand above the typical sentence, relative to it.
MEANING_SCORE = 3.0
#: The nearest sentence must stand this far (cosine) above the pool's median, or no
#: sentence gains by meaning (nothing stands out).
MEANING_SPREAD = 0.015


# --- the kind of fact asked, and the sentences that state one ---------------------------

#: Kinds of fact: (what a question asking one says, what a sentence stating one says).
_KINDS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    kind: (re.compile(asked), re.compile(stated)) for kind, (asked, stated) in {
        "validity": (r"能用多久|用多久|管多久|有效期|多久(过期|失效|有效)|几年有效|有效(多久|几年)",
         r"有效期|有效|期满|届满"),
        "age": (r"多大|几岁|多少岁|年龄|年纪|满.{0,3}岁|岁数|老人|小孩|未成年",
         r"\d+\s*(周岁|岁)|[一二三四五六七八九十]+(周岁|岁)|未成年|老年人|成年"),
        # how long one must have lived, paid, worked...
        "duration": (r"(住|居住|缴|交|工作|满|连续).{0,3}"
                     r"(多久|多长|几年|多少年|几个月|多少个月|多长时间)",
         r"\d+\s*(个月|年|个自然年)|半年|一年|两年|三年|[一二三四五六七八九十]+(个月|年)以上|满\d"),
        "deadline": (r"期限|截止|提前|之前|以内|之内|时间内|天内|月内|年内|过期|逾期|超过|最晚"
                     r"|(什么|啥)时候(前|之前)",
         r"之日起|日内|天内|个月内|月以内|年内|以内|之前|以前|届满|逾期|截止"),
        # money the citizen receives
        "money": (r"(领|拿|发|补贴|补助|津贴|救助|待遇|标准).{0,4}(多少|几)|每(个)?月|多少钱一个月",
         r"\d+(\.\d+)?\s*元|元/|每人每月|每月"),
        # someone else acting for the citizen
        "agent": (r"代办|代理|代领|代为|委托|替|帮|家属|亲属|别人|本人|亲自|谁(可以|能)"
                  r"|什么人|哪些人|监护|一个人|单独|对方|一方",
         r"代办|代理|代领|代为|委托|受托|授权|监护人|近亲属|亲属|本人|他人|法定代表人"
         r"|单独|一方|共同|亲自|到场"),
        "date": (r"几号|哪天|哪一天|几月|(什么|啥)时候(开始|截止|结束|报名|申请|交|缴|发|受理)"
         r"|(报名|申请|受理|缴费|发放)(是|在|从)?(什么|啥)时候"  # "小学报名什么时候"
         r"|从(什么|啥)时候|日期|时间段",
         r"\d+月\d+日|\d+月|\d+日|每年|季度|次月|当月|之日起"),
        "notice": (r"公示", r"公示"),
        "post": (r"邮寄|快递|寄|送到", r"邮寄|寄递|快递|送达|寄送|电子"),
        "appointment": (r"预约|排队|挂号|取号", r"预约|取号|排队"),
        "elsewhere": (r"异地|外地|外省|跨省|跨市|通办|户籍地"
                      r"|别的(区|县|市|地方)|其他(区|县|市|地方)",
         r"异地|通办|户籍|居住地|经常居住|居住证|非本市|外地|任一|跨省|跨市|全市|全省"),
        "result": (r"结果|证书|发(什么|啥)|(得到|拿到|领到)(的)?(是)?(什么|啥)",
         r"证书|证明|执照|许可证|电子|结果|证照"),
    }.items()}
_RECEIVED = _KINDS["money"][0]
_HOW_LONG = re.compile(r"多久|多长|几天|多少天|几个月|多少个月|几年|多少年|几周")
_NUMBER_OF_DAYS = re.compile(r"\d+\s*(个)?(工作日|自然日|日|天|月|年|周)|半年")


def _grams(text: str) -> set[str]:
    chars = [c for c in text if c.isalnum()]
    return set(chars) | {a + b for a, b in zip(chars, chars[1:], strict=False)}


def _named(names: Iterable[str]) -> set[str]:
    """The characters and pairs the item's name and aliases use (they match every
    sentence of its guide)."""
    named: set[str] = set()
    for n in names:
        named |= _grams(fold(n))
    return named


def _content(question: str, names: Iterable[str]) -> set[str]:
    """The question's own words: its characters and pairs, without question words and
    without any that the item's name or aliases use."""
    return _grams(strip_generic(fold(question).replace(" ", ""))) - _named(names)


def _own_words(g: Guide, question: str) -> bool:
    """Whether the question says something of its own besides question words and the
    item's names: only then is a sentence ranked by its meaning ("身份证首次申领要带什么
    材料" asks the materials, not a sentence)."""
    named = _named((g.name, *g.aliases))
    return any(_grams(p) - named for p in own_parts(fold(question).replace(" ", "")))


def _pool(g: Guide, fields: tuple[str, ...],
          must: re.Pattern[str] | None) -> list[tuple[Sentence, str]]:
    """The sentences to rank, each with its folded text (folded once: OpenCC is the
    costly part of ranking)."""
    out = []
    for s in sentences(g):
        if fields and s.field not in fields:
            continue
        text = fold(s.text)
        if must is None or must.search(text):
            out.append((s, text))
    return out


def rank(g: Guide, question: str, fields: tuple[str, ...] = (),
         must: re.Pattern[str] | None = None, meaning: bool = True,
         operation: bool = True) -> list[tuple[float, Sentence]]:
    """The guide's sentences scored against ``question``, best first (only those that
    score at all); ``fields`` limits them to those fields' sentences, ``must`` to
    sentences it finds something in; ``meaning``: closeness in meaning counts too;
    ``operation``: so does speaking of the operation asked."""
    return _scored(g, question, _pool(g, fields, must), meaning, operation)


def _scored(g: Guide, question: str, pool: list[tuple[Sentence, str]],
            meaning: bool = True, operation: bool = True) -> list[tuple[float, Sentence]]:
    if not pool:
        return []
    folded = fold(question)
    kinds = [stated for asked, stated in _KINDS.values() if asked.search(folded)]
    # An operation asked that the guide's name does not state ("社保卡丢了" of 社会保障卡
    # 申领): the sentences that speak of it (its 遗失补领 situation) are what answers.
    operations = (asked_operations(question) - {"new"} - operations_of((g.name,))
                  if operation else set())
    # A fee is what the citizen pays, never the amount received that was asked.
    receives = _RECEIVED.search(folded) is not None
    how_long = _HOW_LONG.search(folded) is not None
    content = _content(question, (g.name, *g.aliases))
    grams = [_grams(text) for _, text in pool]
    df: dict[str, int] = {}
    for gs in grams:
        for x in gs & content:
            df[x] = df.get(x, 0) + 1
    nearness = _meaning(question, pool) if meaning and _own_words(g, question) \
        else [0.0] * len(pool)
    scored = []
    for (s, text), gs, near in zip(pool, grams, nearness, strict=True):
        shared = gs & content
        # A shared pair of characters counts 2 and more the rarer it is in this guide; a
        # shared single character counts little.
        words = sum(2.0 + math.log(len(pool) / df[x]) if len(x) == 2
                    else 0.5 * math.log(1 + len(pool) / df[x]) for x in shared)
        kind = sum(KIND_SCORE for stated in kinds if stated.search(text))
        if operations & operations_in(text):
            kind += KIND_SCORE
        if words and how_long and _NUMBER_OF_DAYS.search(text):
            kind += KIND_SCORE / 2  # "公告几天": the sentence that shares a word and says how long
        if s.field == "收费" and receives:
            kind = 0.0
        score = words + kind + near
        if score > 0:
            scored.append((round(score, 3), s))
    scored.sort(key=lambda x: -x[0])
    return scored


def _meaning(question: str, pool: list[tuple[Sentence, str]]) -> list[float]:
    """What each sentence gains by its closeness in meaning to the question: the nearest
    MEANING_SCORE, the others by the square of their standing above the median."""
    closeness = installed()
    if closeness is None or len(pool) < 3:
        return [0.0] * len(pool)
    cos = closeness.cosines(question, [s.text for s, _ in pool])
    median, top = float(np.median(cos)), float(cos.max())
    if top - median < MEANING_SPREAD:
        return [0.0] * len(pool)
    return [MEANING_SCORE * max(0.0, (float(c) - median) / (top - median)) ** 2 for c in cos]


def lead(g: Guide, question: str, fields: tuple[str, ...] = (), limit: int = MAX_LEAD,
         must: re.Pattern[str] | None = None, floor: float = MIN_SCORE,
         meaning: bool = True, operation: bool = True) -> list[Sentence]:
    """The sentences that answer ``question`` best, if any scores ``floor`` or more. A
    long message of several asking clauses ("…想问一下津贴怎么算？剖腹产算难产吗，能多
    几天？") gets the best sentence of each clause first, then the best of the whole (the
    story may be what decides: "两口子都办了居住证…可以报名吗"), ``limit`` + 1 in all. A
    short one is not cut: its clauses are the asks that the answer's aspects take in
    turn. Measured on the development sets: the clauses alone lost three long questions
    whose story held the condition asked about; the clauses by words alone, without
    meaning, lost seven (the clauses' meaning costs one batched embedding, 40-60 ms)."""
    ranked = rank(g, question, fields, must, meaning, operation)
    best = ranked[0][0] if ranked else 0.0
    whole = [s for score, s in ranked[:limit] if score >= floor and score >= OF_BEST * best]
    long = len(fold(question).replace(" ", "")) >= LONG_MESSAGE
    clauses = asking_clauses(question) if long and limit > 1 else []
    if len(clauses) < 2:
        return whole
    if meaning and (closeness := installed()) is not None:
        closeness.prepare(clauses)  # one forward pass for every clause
    each: list[Sentence] = []
    for clause in clauses:
        top = rank(g, clause, fields, must, meaning, operation)[:1]
        if top and top[0][0] >= floor and top[0][1] not in each:
            each.append(top[0][1])
    return list(dict.fromkeys([*each, *whole]))[:limit + 1]


def lead_across(guides: Sequence[Guide], question: str,
                limit: int = MAX_LEAD) -> list[tuple[Guide, Sentence]]:
    """The sentences of several guides (a 一件事 bundle's items) that answer ``question``
    best, each with its guide; the same floors as ``lead``."""
    scored = [(score, i, g, s) for i, g in enumerate(guides)
              for score, s in rank(g, question)[:limit]]
    scored.sort(key=lambda x: (-x[0], x[1]))
    if not scored:
        return []
    best = scored[0][0]
    return [(g, s) for score, _, g, s in scored[:limit]
            if score >= MIN_SCORE and score >= OF_BEST * best]


#: A sum of money in a sentence.
MONEY = re.compile(r"\d+(\.\d+)?\s*(元|万元)|元/")
#: An amount received: a sum of money, a share or a multiple of a standard ("低保标准的6
#: 倍", "工资的80%", "月基本养老金的10倍"), how it is reckoned ("除以30再乘以产假天数",
#: "按家庭月人均收入与低保标准的差额按月发放", "不满6个月的按6个月计算"), or where it is
#: paid ("按月打入老人本人社会保障卡", "发放至本人银行账户").
AMOUNT = re.compile(MONEY.pattern + r"|(标准|工资|基数|收入|金)[^，。；]{0,6}\d+(\.\d+)?\s*(%|％)"
                    r"|\d+(\.\d+)?\s*倍|乘以|除以|计发|按[^，。；]{1,20}(计算|计发|发放|核定)"
                    r"|(打入|存入|转入|汇入|划入|发放到|发放至|发到|打到)[^，。；]{0,12}(卡|账户|账号|存折)")


def saying(g: Guide, must: re.Pattern[str], fields: tuple[str, ...] = ()) -> list[Sentence]:
    """The sentences of ``fields`` (all when empty) that ``must`` finds something in, in
    the guide's own order (their folded text is searched, as for ranking)."""
    return [s for s, _ in _pool(g, fields, must)]


def stating(g: Guide, question: str, must: re.Pattern[str], fields: tuple[str, ...] = (),
            limit: int = MAX_LEAD) -> list[Sentence]:
    """Up to ``limit`` sentences that ``must`` finds something in: the best ranked for
    the question first, then the guide's own order."""
    pool = _pool(g, fields, must)
    ranked = [s for _, s in _scored(g, question, pool)]
    rest = [s for s, _ in pool if s not in ranked]
    return (ranked + rest)[:limit]


def says_how_long(s: Sentence) -> bool:
    """Whether a sentence states a duration, a deadline or a validity."""
    text = fold(s.text)
    return bool(_NUMBER_OF_DAYS.search(text) or _KINDS["validity"][1].search(text)
                or _KINDS["deadline"][1].search(text))


def asks_deadline(question: str) -> bool:
    """Whether the question asks by when something must be done, or how long it lasts."""
    folded = fold(question)
    return bool(_KINDS["deadline"][0].search(folded) or _KINDS["validity"][0].search(folded))


def shares_words(g: Guide, s: Sentence, question: str) -> bool:
    """Whether a sentence shares a word (two characters) of the question's own, beyond
    question words and the item's name: found by what was asked, not by its kind alone."""
    content = _content(question, (g.name, *g.aliases))
    return any(len(x) == 2 for x in _grams(fold(s.text)) & content)


def lines(found: Iterable[Sentence]) -> list[str]:
    """Sentences as answer lines, each with its field's name."""
    return [f"{s.field}：{s.text}" for s in found]
