"""Whether a question asks for a variant of an item that the item is not: another operation
(注销 when the guide is 设立登记, 补领 when it is 申领). The search finds such guides with
confidence, since they share nearly every word with the question; answering with them is
answering another question. And the documents a question names (…证), which tell the
options apart when the dialogue is unsure (bot/dialogue/confidence.py).

A province lists an item's operations as separate guides (主项 / 子项 / 办理项: 新办, 变更,
延续, 注销, 补领 …), so the operation a guide's official name states is what it does; a
guide whose name states none (不动产抵押登记, 异地就医备案) is not judged by this. Only words
that say an operation unmistakably count: "换" or "办" alone do not.

    asked = asked_operations("个体户营业执照怎么注销")    # {"cancel"}
    operations_of(("个体工商户设立登记",))               # {"new"}
    fits(asked, ("个体工商户设立登记",))                 # False
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.answers.operations import OPERATION_WORDS, operations_in, operations_of
from bot.answers.questionwords import strip_generic
from index.tokenize import pinyin_bigrams
from nlu.textnorm import fold

#: "改" as a verb ("改经营范围", "改个名字", "地址要改") says 变更; not 改革, 改善, 改签, 改天 ….
_CHANGE_VERB = re.compile(r"改(?![革善进造签期良制天日建装])")


def says_change(query: str) -> bool:
    """Whether "改" is the question's verb ("个体户怎么改经营范围"). Weaker than the words of
    OPERATIONS: it picks among one item's variants only, and makes no other item "not
    found" ("改了名字，身份证怎么弄" is 换领; "出生证明名字写错了，能改吗" is its 换发)."""
    return _CHANGE_VERB.search(fold(query).replace(" ", "")) is not None


#: A document the question names: "钓鱼证", "烟草零售许可证", "营业执照" (its qualifier, the
#: two characters before 证 / 许可证 / 执照 / 资格证 / 登记证, is what tells it apart).
#: Measured 2026-12-06 on the answer path too (longer kinds such as 通行证, 居住证): typos
#: (身分证, 结昏证), documents a story mentions in passing (迁移证), 公证 and place names
#: glued to the kind (北塘居住证) turned right answers into "not found", so it only tells
#: options apart.
_DOCUMENT = re.compile(r"([\u4e00-\u9fff]{2})(?:许可证|资格证|登记证|通行证|执照|证)(?![明书件照])")
#: Characters that make the two before 证 a verb, a place or a generic word, not a
#: document's name ("申请执照", "县领证", "去办证", "拿到新证", "交回原证").
_NOT_QUALIFIER = re.compile(r"[领办开补换拿考申请要有个张本的了这那在县区市镇去来我你他她它"
                            r"到新旧原该此什么啥哪些]")  # …, "什么证": which, not what


#: Documents named by a word of their own, without a qualifier before a kind: the word,
#: and what every name of that document writes (驾照 is 机动车驾驶证 in official names,
#: 户口本 is 居民户口簿): general Chinese, not any catalog's words.
_PLAIN_DOCUMENTS = {"护照": "护照", "驾照": "驾驶", "驾驶证": "驾驶", "户口本": "户口",
                    "户口簿": "户口"}


#: A document the citizen already earned ("考了个中级电工证", "取得医师资格证后"): what it
#: qualifies for is asked (a subsidy, a registration), not the document.
_HELD = re.compile(r"(考了|考到|考取|考过|考下|考出|取得|获得)了?(个|一个|张|一张|本|一本)?"
                   r"[\u4e00-\u9fff]{0,6}?(证书|证)")


def without_held(text: str) -> str:
    """``text`` (folded) without the documents the citizen says they already earned."""
    return _HELD.sub("，", text)


def _qualifies(two: str) -> bool:
    """Whether the two characters before a document's kind name it (钓鱼, 单身), not a verb,
    a place or a generic word."""
    return len(strip_generic(two)) == 2 and not _NOT_QUALIFIER.search(two)


def named_documents(query: str) -> list[str]:
    """The qualifiers of the documents a question names (see _DOCUMENT), not those the
    citizen already earned (_HELD); one character after a verb ("办狗证": 狗); a document
    named by a word of its own (护照)."""
    folded = without_held(fold(query).replace(" ", ""))
    out = plain_documents(folded)
    for m in _DOCUMENT.finditer(folded):
        two = m.group(1)
        if _qualifies(two):
            out.append(two)
        elif two[0] in _VERBS and not _NOT_QUALIFIER.search(two[1]) and strip_generic(two[1]):
            out.append(two[1])
    return out


#: A certificate a question names: the two characters before 证明 ("单身证明" → 单身), as
#: _DOCUMENT reads a document's ("要开证明吗" names none).
_CERTIFICATE = re.compile(r"([\u4e00-\u9fff]{2})证明")


def named_certificates(query: str) -> list[str]:
    """The qualifiers of the certificates (…证明) a question names."""
    folded = fold(query).replace(" ", "")
    return [two for m in _CERTIFICATE.finditer(folded) if _qualifies(two := m.group(1))]


def plain_documents(query: str) -> list[str]:
    """What the names of the documents a question names by a word of their own write
    ("驾照丢了怎么补" → 驾驶), not those the citizen says they already earned."""
    folded = without_held(fold(query).replace(" ", ""))
    return list(dict.fromkeys(q for word, q in _PLAIN_DOCUMENTS.items() if word in folded))


#: Verbs before a one-character document name ("办狗证", "领船证").
_VERBS = frozenset("办领考申开补换拿要")


#: Words every kind of procedure's name uses: they make no two names one item's.
_PROCEDURE_WORDS = re.compile(r"登记|申请|办理|核发|证明|证书|证|服务")


def one_item(names: Iterable[str]) -> bool:
    """Whether official names are variants of one item: without their operation and
    procedure words they share two characters or more in a row (内地居民结婚登记 and
    补领结婚证 share 结婚; 机动车驾驶证期满换证 and 新生入学登记 share nothing)."""
    stems = []
    for name in names:
        for word, _ in OPERATION_WORDS:
            name = name.replace(word, "\0")
        stems.append(_PROCEDURE_WORDS.sub("\0", name))
    if len(stems) < 2:
        return False
    first, rest = stems[0], stems[1:]
    return any("\0" not in first[i:i + 2] and all(first[i:i + 2] in r for r in rest)
               for i in range(len(first) - 1))


def stated(asked: set[str], names: Sequence[str]) -> bool:
    """Whether a guide's name (``names_of``) states an operation the question asks."""
    return bool(asked & operations_of(names))


def fits(asked: set[str], names: Sequence[str]) -> bool:
    """Whether a guide can be the item asked for: its name states no operation other than
    those asked ("营业执照怎么注销" does not fit 个体工商户设立登记). A name stating none, or
    an FAQ entry (no name), always fits."""
    stated_ops = operations_of(names)
    return not (asked and stated_ops and not asked & stated_ops)


def covers(asked: set[str], names: Sequence[str], said: str) -> bool:
    """Whether a guide can be the item asked for: its name fits (``fits``), or its names,
    aliases or situations (``said``, folded) state an operation asked ("遗失补领" of
    社会保障卡申领 covers 补领)."""
    return fits(asked, names) or bool(asked & operations_in(said))


#: The kinds of document a guide's name states, longest first: the two characters before
#: the kind are what tells one document from another (台湾 通行证 / 港澳 通行证).
_KINDS = ("通行证", "许可证", "公证", "证明", "证书", "执照", "证", "照", "卡")


def _qualifiers(text: str, kind: str) -> list[str]:
    found, at = [], text.find(kind)
    while at >= 0:
        if at >= 2 and all("\u4e00" <= c <= "\u9fff" for c in text[at - 2:at]):
            found.append(text[at - 2:at])
        at = text.find(kind, at + 1)
    return found


def other_document(query: str, names: Sequence[str]) -> str | None:
    """The document a question names that a guide's names (``aliases_of``: name, aliases,
    situations) state another of: "台湾通行证" for 往来港澳通行证, "行驶证" for 驾驶证补领,
    "居住证" for 补领结婚证. Only the longest kind both say is compared, by the two
    characters before it; not when those are a verb, a pronoun or a place word, a part of
    the names anyway ("无犯罪证明" for 无犯罪记录证明), or sound like a qualifier the names
    have (身分证 for 身份证: typed by pinyin). None when nothing contradicts.

    Measured 2026-12-06 on the first questions of the 海川 development sets: of the
    answered ones whose guide the question does not name, 7 of the unanswerable and none
    of the answerable are caught.
    """
    asked = without_held(fold(query).replace(" ", ""))
    folded = [fold(n).replace(" ", "") for n in names]
    joined = "\n".join(folded)
    for kind in _KINDS:
        if kind not in asked:
            continue
        theirs = [q for n in folded for q in _qualifiers(n, kind)]
        if not theirs:
            continue
        for mine in _qualifiers(asked, kind):
            if _NOT_QUALIFIER.search(mine) or mine in joined:
                continue
            if any(pinyin_bigrams(mine) == pinyin_bigrams(q) for q in theirs):
                continue
            return mine + kind
        return None
    return None
