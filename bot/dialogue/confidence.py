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
- ask which one when other items score at least 0.8 of the top one, unless
  only the top item is named: answerable questions are answered wrongly
  1.6% / 4.0% of the time and asked about 22.6% / 21.0% (the right item is
  among the options in 96% of those). A closer margin (0.85) asks less
  (17%) but answered wrongly about twice as often when measured (3.2% /
  8.1%): a wrong answer costs a citizen a wasted trip, a question costs one
  tap. Once asking, options down to 0.6 of the top score are offered (at
  most 4).

The cosine threshold belongs to the model: another embedding model needs its
own (settings ``min_dense``), measured the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from index.search import SearchHit
from nlu.textnorm import fold

CLOSE = 0.9
#: Items within this share of the top score are offered beside a direct answer.
NEAR = 0.8
#: Once asking, options down to this share of the top score are offered too
#: (asking costs the same with three options as with two).
OPTION_FLOOR = 0.6
MAX_OPTIONS = 4
#: An option told apart by the question's words is answered only if it ranks this high
#: and the question is this short (measured: deeper or longer, chance words misled).
TOLD_APART_RANK = 2
TOLD_APART_CHARS = 40
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


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def distinguished(query: str, hits: Sequence[SearchHit],
                  names_of: Callable[[SearchHit], Sequence[str]]) -> SearchHit | None:
    """The one option whose own words the question uses: "身份证到期换领" among
    首次申领 / 换领 / 补领 says 换领, a word of that option's name that no other
    option's name has. None when no option, or more than one, is told apart."""
    folded = fold(query).replace(" ", "")
    if len(folded) > TOLD_APART_CHARS:  # a long story shares words with anything
        return None
    asked = _bigrams(folded)
    grams = [set().union(*(_bigrams(n) for n in names_of(h))) for h in hits]
    if not all(grams):  # an FAQ entry among them has no name to tell it apart by
        return None
    told = [i for i in range(len(hits))
            if (grams[i] - set().union(*(g for j, g in enumerate(grams) if j != i))) & asked]
    return hits[told[0]] if len(told) == 1 and told[0] < TOLD_APART_RANK else None


def decide(hits: Sequence[SearchHit], min_dense: float, min_bm25: float, query: str = "",
           names_of: Callable[[SearchHit], Sequence[str]] | None = None) -> Decision:
    """Answer, ask which, or none; ``query`` and ``names_of`` (an option's folded names)
    let a question that names what tells the options apart be answered at once."""
    if not hits:
        return Decision("none", ())
    top = hits[0]
    if not confident(top, min_dense, min_bm25):
        return Decision("none", tuple(h for h in hits if h.answerable)[:SUGGESTIONS])
    named = [h for h in hits if h.named]
    if top.named and len(named) == 1:
        return Decision("answer", (top,))
    close = [h for h in hits if h.score >= CLOSE * top.score]
    if top.named:  # several named ("身份证" names 首次申领, 换领, 补领): ask among them
        close = [h for h in close if h.named]
    if len(close) == 1:
        # Answered; items nearly as close are offered besides (buttons), not asked about.
        near = [h for h in hits[1:MAX_OPTIONS] if h.score >= NEAR * top.score
                and (h.named or not top.named)]
        return Decision("answer", (top, *near))
    if not top.named:
        close = [h for h in hits if h.score >= OPTION_FLOOR * top.score]
    options = close[:MAX_OPTIONS]
    if not any(h.named for h in options) and all(h.bm25 < min_bm25 for h in options):
        # Close items that only the embedding finds, none by its words: more often a
        # question the catalog cannot answer than a choice; suggested, not asked.
        return Decision("none", tuple(h for h in options if h.answerable)[:SUGGESTIONS])
    if query and names_of is not None and (one := distinguished(query, options, names_of)):
        # Answered, with the other options after it: the answer offers them as buttons.
        return Decision("answer", (one, *(h for h in options if h is not one)))
    return Decision("choose", tuple(options))
