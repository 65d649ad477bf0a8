"""Lexical tokens for BM25: jieba words plus pinyin bigrams, over folded text.

- Words: jieba in search mode, so a long dictionary word also yields its
  dictionary sub-words ("补办身份证" -> 补办, 身份, 身份证, 补办身份证). The
  catalog's names and aliases are added to jieba's dictionary at build time so
  they are not split into fragments.
- Pinyin bigrams of consecutive Han characters, without tones: citizens type
  on phone keyboards by pinyin, so a wrong character is usually a homophone
  ("公基金", "身分证"); the bigrams of 公积金 and 公基金 are the same.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from functools import lru_cache

import jieba
from pypinyin import Style, lazy_pinyin

from nlu.textnorm import fold

jieba.setLogLevel(logging.WARNING)

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_WORD = re.compile(r"[\u4e00-\u9fff]|[a-z0-9]")
# Function words and question words: they say how someone asks, not what.
STOPWORDS = frozenset(
    """
    的 了 吗 呢 啊 吧 呀 哦 嘛 么 和 与 及 或 在 是 有
    就 都 也 还 又 很 太 把 被 给 让 到 从 对 跟 向 我
    你 他 她 它 我们 你们 他们 咱 自己 这 那 这个 那个 这些
    那些 哪 哪个 哪些 哪里 哪儿 什么 啥 怎么 怎样 怎么样 如何
    为什么 多少 几 是否 能否 能不能 可不可以 请问 请 问 问下
    一下 一个 想 要 想要 需要 得 应该 可以 能 会 该 去 来
    办 弄 搞 做 呗 嗯 喂 您 好 谢谢 麻烦 然后 但是 因为
    所以 如果 现在 已经 不 没 没有
    """.split()
)

_lock = threading.Lock()
_added: set[str] = set()


def add_words(words: Iterable[str]) -> None:
    """Teach jieba the catalog's names and aliases (idempotent, thread-safe)."""
    with _lock:
        for w in words:
            w = fold(w).replace(" ", "")
            if len(w) >= 2 and w not in _added:
                jieba.add_word(w, freq=max(jieba.get_FREQ(w) or 0, 2000))
                _added.add(w)


def words(text: str) -> list[str]:
    """Content words of folded ``text`` (search-mode segmentation, no stopwords)."""
    out = []
    with _lock:  # jieba's dictionary may be growing in another thread (a new version)
        cut = jieba.lcut_for_search(fold(text))
    for tok in cut:
        tok = tok.strip()
        if tok and tok not in STOPWORDS and _WORD.search(tok):
            out.append(tok)
    return out


def segments(text: str) -> list[str]:
    """``text`` cut into words in jieba's precise mode (each character in one word), with
    the catalog's words added: what stands next to what (bot/dialogue/mentions.py)."""
    with _lock:
        return jieba.lcut(text)


@lru_cache(maxsize=1 << 16)
def _syllable(char: str) -> str:
    reading = lazy_pinyin(char, style=Style.NORMAL, errors="ignore")
    return reading[0] if reading else char


def pinyin_bigrams(text: str) -> list[str]:
    """Toneless pinyin of each two consecutive Han characters, e.g. ``gong_ji``.

    Each character takes its most common reading, without phrase context
    (重 is always zhong): ten times faster than pypinyin's phrase segmentation,
    and questions and catalog text are read the same way, so they still meet.
    """
    out: list[str] = []
    for run in _HAN.findall(fold(text)):
        syll = [_syllable(c) for c in run]
        out += [f"{a}_{b}" for a, b in zip(syll, syll[1:], strict=False)]
    return out


@lru_cache(maxsize=1 << 18)
def _cached_tokens(text: str) -> tuple[str, ...]:
    return tuple(words(text) + pinyin_bigrams(text))


def tokens(text: str) -> list[str]:
    """All BM25 tokens of ``text``.

    Cached by text, so a publisher that runs again tokenizes only new texts. A
    word added to the dictionary later does not re-split a cached text; the
    words added are the catalog's own names, which new texts bring with them.
    """
    return list(_cached_tokens(text))
