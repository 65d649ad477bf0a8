"""Does a message name something to search for, or only ask about the current item?

"那要多久？", "在哪办？", "收费吗" carry no subject of their own: they are
follow-ups on the item being discussed. What is left of a message after
removing question words, aspect words, particles (Cantonese ones too, as
Guangdong and Hong Kong users write), punctuation and region names is its
subject; a message with no subject follows on. The word list is general
Chinese, not catalog words: it must hold for any catalog.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answers.asks import without_agent
from bot.answers.pinpoint import FOLLOW_UP_SCORE, lead
from bot.answers.questionwords import strip_generic
from bot.catalog.guide_sentences import entry_text
from bot.catalog.models import Guide
from bot.dialogue.confidence import Decision
from bot.dialogue.variants import named_certificates, named_documents
from index.search import SearchHit
from nlu.textnorm import fold

#: A follow-up is short: a message longer than this tells a story of its own.
FOLLOW_UP_CHARS = 16
#: Where the citizen's household registration or home is, once the region's name has been
#: taken out (it leaves a space): "说错了，她户口其实在云溪县" states a place, it names no
#: item ("户口在哪迁" keeps its subject: no region was taken out after 在).
_PLACE_STATEMENT = re.compile(
    r"(户口|户籍|老家|家)(其实|现在|目前|本来|原来|也|还|都)?(是|在|落在)(?=\s)")


#: How often or per what a question asks ("每月多少", "一年能领几次"): no subject of its own
#: (but words a sentence of a guide may share: only a follow-up's subject leaves them out).
_HOW_OFTEN = re.compile(r"每个?月|每年|每次|每天|一个月|一年|一次")


def subject(text: str, strip_regions=None) -> str:  # noqa: ANN001 - callable(str) -> str
    """What is left of ``text`` once question and aspect words are removed, the people a
    question about who may act names ("能让孩子去办吗") and how often it asks ("每月多少")."""
    folded = fold(text)
    if folded.startswith("/"):  # a button payload such as /ask_time: no words at all
        return ""
    if strip_regions is not None:
        folded = _PLACE_STATEMENT.sub("", strip_regions(folded))
    return strip_generic(_HOW_OFTEN.sub("", without_agent(folded)))


def has_subject(text: str, strip_regions=None) -> bool:  # noqa: ANN001
    """Whether ``text`` names something of its own (two or more content characters)."""
    return len(subject(text, strip_regions)) >= 2


def answered_here(current: Guide, text: str) -> bool:
    """Whether a short follow-up with words of its own ("要公示吗，几天", "一个月能领多少",
    "多久到账") is answered by a sentence of the current guide: then it asks about the
    current item, unless it names another (the caller checks that). By the sentence's
    words and kind of fact only: some sentence is always nearest in meaning, so closeness
    would keep "医保呢，多久内要交" on the item before it (measured on the development
    sets: five follow-ups that change the item stayed); nor does the operation asked
    count (the 护照 guide's "补发：原护照遗失" would keep "驾照丢了咋办" on 护照)."""
    return len(fold(text).replace(" ", "")) <= FOLLOW_UP_CHARS \
        and bool(lead(current, text, meaning=False, floor=FOLLOW_UP_SCORE, operation=False))


def follows_on(current: Guide, text: str, hits: Sequence[SearchHit], decision: Decision,
               min_bm25: float) -> bool:
    """Whether a question with words of its own ("那老人呢", "当天能拿证吗") still means
    the current item: the search cannot place it (and it names no document the current
    guide never writes), or places it among close ones including
    the current item, or still ranks the current item while its best match is neither
    named nor matched by words, or the current guide's own sentences answer a short
    follow-up whose best match is not named (a switch needs evidence)."""
    group = current.group
    if decision.kind == "none":
        # Unless it names a document that the current guide never writes ("那驾照丢了怎么
        # 补" after 居民身份证补领, "那单身证明去哪开" after 婚育证明): another item, not found.
        documents = [*named_documents(text), *named_certificates(text)]
        if not documents:
            return True
        written = entry_text(current)
        return any(d in written for d in documents)
    if decision.kind == "choose" and group in {h.group for h in decision.hits}:
        return True
    top = hits[0]
    if top.named or top.group == group:
        return top.group == group
    return ((top.bm25 < min_bm25 and group in {h.group for h in hits})
            or answered_here(current, text))
