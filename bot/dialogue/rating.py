"""Reading a 好差评 rating from a turn: a button's score, "打5分", "五星", or the words.

The five levels of the 好差评 scale: 5 非常满意, 4 满意, 3 基本满意, 2 不满意,
1 非常不满意.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.model import Answer, Button
from bot.answers.replies import chat_reply
from bot.dialogue.state import Turn
from bot.store.journal import SCORES, AlreadyRated, Journal
from nlu.textnorm import fold

#: Longest first: 非常不满意 must not be read as 满意.
_WORDS = sorted([(w, s) for s, w in SCORES.items()] + [("一般", 3), ("还行", 3), ("差评", 1),
                 ("好评", 5), ("很差", 1), ("很满意", 5), ("挺满意", 4)],
                key=lambda x: -len(x[0]))
_NUMERALS = {c: i for i, c in enumerate("一二三四五", 1)}
#: A rating in words is a short message ("非常满意", "还行吧", "不满意！").
MAX_RATING_WORDS = 8
NOTHING_TO_RATE = "还没有可以评价的回答。先问问您要办的事吧。"
RATED_BEFORE = "这个回答您已经评价过了，感谢您的反馈。"
_STARS = re.compile(r"([1-5一二三四五])\s*(?:星|分|颗星)")


def score_of(entities: dict[str, list[str]], text: str) -> int | None:
    for v in entities.get("score", []):
        v = str(v).strip()
        n = _NUMERALS.get(v) or (int(v) if v.isdigit() else 0)
        if 1 <= n <= 5:
            return n
    folded = fold(text).replace(" ", "")
    m = _STARS.search(folded)
    if m:
        v = m.group(1)
        return _NUMERALS.get(v) or int(v)
    if len(folded) > MAX_RATING_WORDS:  # "公积金基数一般几月份调" is a question, not 一般
        return None
    for word, score in _WORDS:
        if word in folded:
            return score
    return None


def comment_of(text: str) -> str:
    """The comment a typed rating carries: none for a button's payload or a message that
    is only the rating ("非常满意", "五星！"), else the citizen's words as typed
    ("打2分，地址写错了")."""
    folded = _STARS.sub("", fold(text).replace(" ", ""))
    if text.startswith("/") or not _has_words(folded):
        return ""
    return text.strip()


def _has_words(folded: str) -> bool:
    """Whether anything but rating words, 打/给 and punctuation is left."""
    for word, _ in _WORDS:
        folded = folded.replace(word, "")
    return bool(re.sub(r"[打给个吧啊呀的了\W_]", "", folded))


def score_buttons() -> tuple[Button, ...]:
    return tuple(Button(SCORES[s], f'/rate{{"score":"{s}"}}') for s in (5, 4, 3, 2, 1))


def rate(turn: Turn, journal: Journal | None, hotline: str) -> Answer:
    """A 好差评 rating of the conversation's last answer: stored (once), or asked for as
    five buttons."""
    score = score_of(turn.entities, turn.text)
    if turn.last_answer_id is None:
        return replace(chat_reply("rate", hotline), text=NOTHING_TO_RATE)
    if score is None:
        return Answer("请为刚才的回答打分：", score_buttons(), aspect="rate")
    if journal is not None:
        try:
            journal.rated(turn.last_answer_id, score, comment_of(turn.text), turn.channel,
                          conversation=turn.sender)
        except AlreadyRated:
            return replace(chat_reply("rate", hotline), text=RATED_BEFORE)
    return chat_reply("rate", hotline)
