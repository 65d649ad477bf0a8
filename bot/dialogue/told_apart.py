"""Which of the close options a question's own words tell apart, so that it is answered
instead of asked about.

Two ways: a guide whose name has a word the question uses and no other option has
("身份证到期换领" among 首次申领 / 换领 / 补领: ``distinguished``), and an FAQ entry whose
questions or answer write words of the question that no other option's names, aliases
or situations write ("驾照扣满12分怎么办" beside 驾驶证期满换证 and 补领: the entry on
记满12分, ``faq_told_apart``). Used by bot/dialogue/confidence.py and narrowing.py.

The FAQ rule, measured on the night of 2026-12-07 on the seven development sets (2,590
turns, in-process): four more turns with every fact asked, none lost; with one pair of
characters instead of two, three gained and two lost (a question the catalog cannot
answer was answered by an entry that shared one word with it). An FAQ entry that writes
not one pair of the question's characters answers nothing (``shares_no_words``): three
more turns, none lost; with the question's own words cut at every word of the
question-word list instead, 居住证 lost its 住 and a right entry was left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.answers.questionwords import GENERIC
from index.search import SearchHit
from nlu.textnorm import fold

#: An option told apart by the question's words is answered only if it ranks this high
#: and the question is this short (measured: deeper or longer, chance words misled).
TOLD_APART_RANK = 2
TOLD_APART_CHARS = 40
#: Pairs of the question's characters an FAQ entry must write, and no other option, to be
#: told apart (one shared word of two characters is chance).
FAQ_TOLD_PAIRS = 2
_BREAKS = re.compile(r"[^\w]|_")
#: A particle in a pair makes it no word ("了要", "的房").
_NOT_WORD = re.compile(r"[的了吗呢吧啊呀么嘛]")


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def distinguished(query: str, hits: Sequence[SearchHit],
                  names_of: Callable[[SearchHit], Sequence[str]],
                  aliases_of: Callable[[SearchHit], Sequence[str]] | None = None,
                  ) -> SearchHit | None:
    """The one option whose own words the question uses: "身份证到期换领" among
    首次申领 / 换领 / 补领 says 换领, a word of that option's name that no other
    option's name has (nor its aliases, when ``aliases_of`` gives them: "结婚证能寄到家吗"
    shares 婚证 with the name 补领结婚证, but 内地居民结婚登记 is called 领结婚证 too, so
    that word tells neither apart). None when no option, or more than one, is told apart."""
    folded = fold(query).replace(" ", "")
    if len(folded) > TOLD_APART_CHARS:  # a long story shares words with anything
        return None
    asked = _bigrams(folded)
    grams = [set().union(*(_bigrams(n) for n in names_of(h))) for h in hits]
    if not all(grams):  # an FAQ entry among them has no name to tell it apart by
        return None
    said = grams if aliases_of is None else [
        g.union(*(_bigrams(a) for a in aliases_of(h))) for g, h in zip(grams, hits, strict=True)]
    told = [i for i in range(len(hits))
            if (grams[i] - set().union(*(g for j, g in enumerate(said) if j != i))) & asked]
    return hits[told[0]] if len(told) == 1 and told[0] < TOLD_APART_RANK else None




def _own_pairs(folded: str) -> set[str]:
    """The pairs of characters of the question's own words: question words, particles and
    punctuation break it (digits stay: "12分")."""
    return set().union(*(_bigrams(p) for p in _BREAKS.split(GENERIC.sub(" ", folded)) if p))


def faq_told_apart(query: str, options: Sequence[SearchHit],
                   aliases_of: Callable[[SearchHit], Sequence[str]]) -> SearchHit | None:
    """The one FAQ entry among ``options`` that writes at least FAQ_TOLD_PAIRS pairs of the
    question's own characters that no other option's names, aliases or situations write
    ("自由职业社保停了半年还能接着交吗": the entry "灵活就业社保停了还能续吗" writes 社保停,
    灵活就业人员参保登记 does not), when no other option is told apart that way. None for
    a long question (a story shares words with anything)."""
    folded = fold(query).replace(" ", "")
    faqs = [h for h in options if h.kind == "faq" and h.answerable]
    if len(folded) > TOLD_APART_CHARS or len(faqs) != 1 or len(options) < 2:
        return None
    asked = _own_pairs(folded)
    said = [set().union(*(_bigrams(a) for a in aliases_of(h))) for h in options]
    told = [(asked & said[i]) - set().union(*(g for j, g in enumerate(said) if j != i))
            for i in range(len(options))]
    mine = options.index(faqs[0])
    if len(told[mine]) < FAQ_TOLD_PAIRS or any(
            len(t) >= FAQ_TOLD_PAIRS for i, t in enumerate(told) if i != mine):
        return None
    return faqs[0]


def writes_more(query: str, entry: str, guide: str) -> bool:
    """Whether an FAQ entry's text (``entry``, folded) writes at least FAQ_TOLD_PAIRS pairs
    of the question's own characters that the guide's whole text (``guide``) never writes:
    the entry speaks of what was asked, the guide of its item only. Not for a long question
    (a story shares words with anything)."""
    folded = fold(query).replace(" ", "")
    if len(folded) > TOLD_APART_CHARS:
        return False
    return len((_own_pairs(folded) & _bigrams(entry)) - _bigrams(guide)) >= FAQ_TOLD_PAIRS


#: A question must have this many pairs of its own characters for ``shares_no_words`` to
#: judge ("多少钱" has none: any entry may answer it).
OWN_PAIRS_TO_JUDGE = 2


def shares_no_words(query: str, texts: Sequence[str]) -> bool:
    """Whether an entry's ``texts`` (folded) write not one pair of the question's own
    characters, though it has some: found by meaning alone, the entry is about something
    else ("房屋拆迁补偿标准是多少" near a passage on 低保标准: 标准 is a question word)."""
    # Every pair of the question's characters but a question word's own ("怎么"): the
    # question-word list also holds aspect words that are parts of names (住 of 居住证).
    folded = fold(query).replace(" ", "")
    asked = {p for p in set().union(*(_bigrams(r) for r in _BREAKS.split(folded) if r))
             if not GENERIC.fullmatch(p) and not _NOT_WORD.search(p)}
    if len(asked) < OWN_PAIRS_TO_JUDGE:
        return False
    return not asked & set().union(*(_bigrams(t) for t in texts))
