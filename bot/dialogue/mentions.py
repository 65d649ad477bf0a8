"""Whether an entry the search found mentions what the question is about: the operation it
asks (补办, 注销 …) and the thing it names before a procedure word (电动车 in "电动车上牌",
公务员 in "公务员考试在哪报名").

The search finds such entries with confidence: "结婚证丢了怎么补办" shares nearly every
word with 内地居民结婚登记, and "电动车上牌去哪" with 机动车注册登记. But a guide whose name
states no operation covers the ones its own text speaks of (a 居住证 guide that has a
situation for 补领 covers 补领), and a guide that never writes the thing asked about is
about something else: answering with it is answering another question. The catalog
cannot answer it, or another entry among the hits, which mentions it, does.

What a question is about is read two ways, in the clauses that ask: the thing before a
procedure word (…报名, …上牌, …考试, …补贴; over words of the kind of activity or the
operation: 种子 in "种子生产经营许可证", 工商户 in "个体工商户设立登记"), and the name right
before how or where ("孤儿基本生活费怎么申请": 生活费; "法律援助怎么申请": 法律援助), unless
what is done follows the question word ("家庭主妇怎么交医保"), or the word says who, when or
where (自己, 今年, 刚出生, 镇上) or is a generic word (情况, 手续). A catalog's phrase-like
aliases are words of the segmenter too: one that swallowed a question word ("生育津贴怎么
领") is cut again around it. An operation the entry speaks of counts only in its lines
about the document the question names (a 结婚登记 guide's note on a lost 身份证 is no word
on a lost 结婚证).

A document the question names by a word of its own (驾照, 户口本: variants.plain_documents)
is a thing asked too, written as every name of it writes it (驾驶, 户口): "驾照丢了怎么补领"
is not 居民身份证补领 (measured on the night of 2026-12-07 on the seven development sets,
in-process: four more turns with every fact asked, none lost; checking it in the names and
aliases only, instead of the whole text, lost a long message that names 户口本 in passing).

Only the entry's own text is read (names, aliases, situations, conditions, materials,
steps, notes, fees, result, agency, the halls' names), and only general Chinese is known
here: the procedure words, the operation words of bot/dialogue/variants.py, and that
补贴, 津贴 and 补助 are said for one another. A thing counts as written when each pair
of its characters is (or sounds alike with one character in common, as a phone keyboard
types it: 身分 for 身份, 高林 for 高龄; not 终止 for 种子), or when its characters stand in
that order in a short span (车管所 in 车辆管理所).

Measured 2026-12-07 on the first questions of the development sets (1,374, of which 149
the catalog cannot answer): see the README ("Answers contain what was asked"). The rules
added on the afternoon of 2026-12-07 (the name before how or where, the kind-of-activity
step, the document's lines): on the 2,112 first questions of the seven development sets,
of the 271 the catalog cannot answer, those answered with an entry or asked about fell
from 122 to 94; among the answerable ones, one more wrong answer and one fewer choice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate

from bot.answers.operations import asked_operations, operations_in, operations_of
from bot.answers.questionwords import ASKING, CLAUSE_BREAKS, strip_generic
from bot.catalog.guide_sentences import entry_text
from bot.catalog.models import Bundle, FaqEntry, Guide
from bot.dialogue.places import PLACE_END, in_order
from bot.dialogue.variants import named_documents, plain_documents
from index.search import SearchHit
from index.tokenize import pinyin_bigrams, segments
from nlu.textnorm import fold

#: Procedure words a thing's name joins ("电动车上牌", "教师资格证考试", "高龄津贴"): what
#: stands before one is what the question is about. Not 申请 or 手续 (what stands before
#: them is often who acts or a story: "公司申请", "继承手续"), nor 注册 or 过户 (what they
#: are done to often follows, or who does them goes before: "委托别人来过户").
PROCEDURE_WORDS = ("报名", "上牌", "考试", "认定", "补贴", "津贴", "登记", "备案", "许可证",
                   "许可", "执照", "资格证", "落户")
#: A thing before a procedure word has a number, a measure or a generic word in it: it
#: is when or how much, not what ("一个月补贴", "每年登记").
_NOT_A_THING = re.compile(r"[\d一二三四五六七八九十两几每个]")
#: Characters of a thing's name may stand this far apart in an entry's text (车[辆]管[理]所).
_GAP = 2
#: Words that say what kind of activity a permit or registration is for, not what it is
#: about: the thing stands before them ("危险化学品经营许可证", "种子生产经营许可证",
#: "护士执业资格证"). Operation words (设立, 变更 …) are stepped over too ("旅行社设立许可").
_KIND_OF_ACTIVITY = frozenset({"经营", "生产", "执业", "从业", "运营"})
#: Verbs a word may start with before its thing ("领完执照": nothing is named).
_VERBS = "领办开补换拿交去到来在要想给帮"
#: A question word between a thing and its procedure word ("幼儿园怎么报名", "在哪登记").
_QUESTION_WORD = re.compile(r"怎么|怎样|如何|咋|咋样|怎么样|去哪|在哪|到哪|哪里|哪儿|要|想|需要")


def _sound(bigram: str) -> str:
    """A pinyin bigram as a phone keyboard may confuse it: -ng as -n, zh ch sh as z c s."""
    return "_".join(re.sub(r"ng$", "n", re.sub(r"^([zcs])h", r"\1", s))
                    for s in bigram.split("_"))


_SENTENCE_BREAKS = re.compile(r"[\n。；;]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


@lru_cache(maxsize=256)
def _sounds(text: str) -> dict[str, frozenset[str]]:
    """Each pair of consecutive Han characters of ``text``, by how it sounds (``_sound``)."""
    out: dict[str, set[str]] = {}
    for run in _HAN_RUN.findall(text):
        for i, b in enumerate(pinyin_bigrams(run)):
            out.setdefault(_sound(b), set()).add(run[i:i + 2])
    return {k: frozenset(v) for k, v in out.items()}


def _sounds_like(pair: str, sounds: dict[str, frozenset[str]]) -> bool:
    """Whether the text has a pair that sounds like ``pair`` and shares one of its
    characters: a typo (身分 for 身份, 高林 for 高龄), not another word (终止 for 种子)."""
    return any(p[0] == pair[0] or p[1] == pair[1]
               for b in pinyin_bigrams(pair) for p in sounds.get(_sound(b), ()))


def written(thing: str, text: str, sounds: dict[str, frozenset[str]]) -> bool:
    """Whether ``text`` (folded; ``sounds`` its pairs of characters by sound, ``_sounds``)
    writes ``thing``: each pair of its characters (or a typo of it), or its characters in
    order nearby."""
    pairs = [thing[i:i + 2] for i in range(len(thing) - 1)]
    if all(p in text or _sounds_like(p, sounds) for p in pairs):
        return True
    return in_order(thing, text, _GAP)


def _before(cut: list[str], i: int) -> tuple[str, int]:
    """The word before ``cut[i]`` and where it stands, over one question word
    ("小升初怎么报名": 小升初; not over other words: "听说有补贴" names no thing)."""
    j = i - 1
    if j >= 0 and _QUESTION_WORD.fullmatch(cut[j]):
        j -= 1
    return (cut[j], j) if j >= 0 else ("", 0)


def _activity(word: str) -> bool | None:
    """Whether ``word`` says the kind of activity or the operation (经营, 设立), not the
    thing; None when it is no word of a name at all (a verb, a question word)."""
    if word in _KIND_OF_ACTIVITY or (len(word) >= 2 and operations_in(word)):
        return True
    if len(word) < 2 or word[0] in _VERBS or _QUESTION_WORD.fullmatch(word):
        return None
    return False


def things_asked(question: str, strip_regions: Callable[[str], str]) -> list[str]:
    """What stands right before a procedure word in the clauses of ``question`` that ask
    (region names out; a story's clauses name what happened, not what is asked), or before
    the question word before it: "电动车上牌去哪" → 电动车; "老人高龄补贴怎么申请" → 高龄;
    "小升初怎么报名" → 小升初."""
    out = []
    clauses = [c for c in CLAUSE_BREAKS.split(question) if ASKING.search(fold(c))]
    for clause in clauses or [question]:
        for piece in strip_regions(fold(clause)).split():
            out += _things(_cut(piece))
    return list(dict.fromkeys(out))


#: Question words a catalog's phrase-like aliases ("生育津贴怎么领", added to the
#: segmenter's words) must not swallow: the text is cut at them before segmenting.
_QUESTION_CUT = re.compile(r"(怎么|怎样|如何|咋|在哪|去哪|到哪|哪里|哪儿|什么|啥|吗|呢)")


def _cut(piece: str) -> list[str]:
    """``piece`` in words, a word that swallowed a question word cut again around it."""
    out: list[str] = []
    for word in segments(piece):
        parts = [p for p in _QUESTION_CUT.split(word) if p]
        out += [w for p in parts for w in segments(p)] if len(parts) > 1 else [word]
    return out


#: Procedure words people use for one another ("高龄补贴" for 高龄津贴).
_ALIKE = {w: ("补贴", "津贴", "补助") for w in ("补贴", "津贴", "补助")}


def _alike(thing: str) -> tuple[str, ...]:
    """``thing`` and what people say for it: 补贴 for 津贴, also at the end of a name
    (高龄补贴 for 高龄津贴, when the segmenter keeps it one word)."""
    for word, others in _ALIKE.items():
        if thing.endswith(word):
            return tuple(thing[:-len(word)] + o for o in others)
    return (thing,)


#: Question words that follow the name of what is asked ("低保怎么申请", "护照在哪办").
_HOW_WHERE_IN = re.compile(r"怎么(?!样)|如何|咋(?!样)|在哪|去哪|到哪|哪里|哪儿")


#: A word that tells who, when or where, not what: a pronoun (自己), an adverb of time
#: at its start (刚出生, 新买), a place word at its end (镇上, 网上, 家里).
_NOT_A_NAME = re.compile(r"^[刚新才已还都也就先再又我你他她咱俺自这那]|[上里下内外边头了]$"
                         r"|[今去明前后昨]年|[今明昨后]天|现在|以后|以前|之前|年底|月底"
                         r"|自己|别人|人家|情况|事情|事儿|问题|手续|业务|东西|流程|程序|材料|资料|证件|费用|时间"
                         r"|步骤|条件|电话|地方|地址")


#: Verbs of handling that may follow how or where without naming what is handled.
_HANDLING = frozenset("申请 办理 报名 登记 领取 申领 补办 缴费 缴纳 提交 处理 操作 开具 申报 预约 "
                      "备案 查询 提取 退回 退回来 拿到 转移".split())


#: Single characters that are no part of a name (particles, pronouns, verbs of asking).
_NOT_IN_NAME = frozenset("的了要想在去到我你他她是有和与跟把被给这那吗呢吧啊也都就还")


def _heads(cut: list[str]) -> list[str]:
    """The word right before the first how/where question word, over verbs and
    particles ("申请低保要怎么办" → 低保); found in the text, whatever words the segmenter
    made of it ("在哪交" cut as 在 / 哪交). Characters the segmenter left single right
    before it are one word ("犬只年审在哪办": 犬只年审)."""
    found = _HOW_WHERE_IN.search("".join(cut))
    if found is None:
        return []
    starts = list(accumulate((len(t) for t in cut), initial=0))
    i = sum(1 for k, t in enumerate(cut) if starts[k] + len(t) <= found.start())
    if any(len(strip_generic(t)) >= 2 and t not in _HANDLING and not operations_in(t)
           for k, t in enumerate(cut) if starts[k] >= found.end()):
        return []  # what is done follows ("家庭主妇怎么交医保"): the item is after it
    j = i - 1
    run = j
    while run >= 0 and len(cut[run]) == 1 and "\u4e00" <= cut[run] <= "\u9fff" \
            and cut[run] not in _NOT_IN_NAME:
        run -= 1
    if j - run >= 2:
        cut = [*cut[:run + 1], "".join(cut[run + 1:j + 1])]
        j = run + 1
    while j >= 0 and (len(cut[j]) < 2 or _QUESTION_WORD.fullmatch(cut[j])
                      or cut[j][0] in _VERBS and len(cut[j]) == 2 and operations_in(cut[j])):
        j -= 1
    if j < 0:
        return []
    word = cut[j]
    handled = max((h for h in _HANDLING if word.startswith(h)), key=len, default="")
    word = word[len(handled):] if len(word) - len(handled) >= 2 else word  # 申请低保
    if word[-1:] in PLACE_END or _activity(word) or len(strip_generic(word)) < 2 \
            or _NOT_A_THING.search(word) or _NOT_A_NAME.search(word):
        return []
    return [word]


def _things(cut: list[str]) -> list[str]:
    out = list(_heads(cut))
    for i, token in enumerate(cut):
        word = next((w for w in PROCEDURE_WORDS if token.endswith(w)), None)
        if word is None:
            continue
        seq = cut
        if len(token) > len(word):  # the thing's words, then those before the token
            seq = cut[:i] + segments(token[:-len(word)])
            thing, j = seq[-1], len(seq) - 1
        else:
            thing, j = _before(cut, i)
        while _activity(thing) and j > 0 and _activity(seq[j - 1]) is not None:
            j -= 1
            thing = seq[j]
        thing = thing.lstrip(_VERBS)
        if thing[-1:] in PLACE_END:  # where, not what: "去哪个派出所登记"
            continue
        if len(strip_generic(thing)) >= 2 and not operations_in(thing) \
                and thing not in PROCEDURE_WORDS and not _NOT_A_THING.search(thing):
            out.append(thing)
    return out


class Mentions:
    """For one question: whether a hit's entry leaves out what the question asks.

    ``entry_of`` gives a hit's entry (a guide, an FAQ entry or a 一件事 bundle), ``more_of``
    the words an entry's own fields leave out (a guide's hall names, a bundle's items'
    names), ``names_of`` a hit's official name."""

    def __init__(self, question: str, strip_regions: Callable[[str], str],
                 entry_of: Callable[[SearchHit], Guide | FaqEntry | Bundle | None],
                 more_of: Callable[[Guide | FaqEntry | Bundle], list[str]],
                 names_of: Callable[[SearchHit], tuple[str, ...]]) -> None:
        self.operations = asked_operations(question) - {"new"}
        # A document named by a word of its own (驾照, 户口本) is a thing asked too: what
        # every name of it writes (驾驶, 户口) must be in the entry's text.
        self.things = list(dict.fromkeys([*things_asked(question, strip_regions),
                                          *plain_documents(question)]))
        self.documents = named_documents(question)
        self._entry_of, self._more_of, self._names_of = entry_of, more_of, names_of
        self._judged: dict[tuple[str, str], bool] = {}

    def _about_documents(self, text: str) -> str:
        """The sentences of an entry's ``text`` that write a document the question names
        (a 结婚登记 guide's "身份证丢失的可凭临时身份证办理" says nothing of a lost 结婚证);
        the whole text when the question names none."""
        if not self.documents:
            return text
        return "\n".join(s for s in _SENTENCE_BREAKS.split(text)
                         if any(d in s for d in self.documents))

    def __bool__(self) -> bool:
        return bool(self.operations or self.things)

    def leaves_out(self, hit: SearchHit) -> bool:
        """Whether the hit's entry says nothing of the operation asked (its name states
        none, and its text has none of that operation's words) or never writes a thing
        the question names before a procedure word (unless the question names the hit)."""
        if not self:
            return False
        key = (hit.kind, hit.code)
        if key not in self._judged:
            self._judged[key] = self._leaves_out(hit)
        return self._judged[key]

    def _leaves_out(self, hit: SearchHit) -> bool:
        entry = self._entry_of(hit)
        if entry is None:
            return False
        text = entry_text(entry, self._more_of(entry))
        if self.operations and not operations_of(self._names_of(hit)) \
                and not self.operations & operations_in(self._about_documents(text)):
            return True
        if hit.named or not self.things:
            return False
        return not all(any(written(w, text, _sounds(text)) for w in _alike(t))
                       for t in self.things)
