"""Does a message name something to search for, or only ask about the current item?

"那要多久？", "在哪办？", "收费吗" carry no subject of their own: they are
follow-ups on the item being discussed. What is left of a message after
removing question words, aspect words, particles (Cantonese ones too, as
Guangdong and Hong Kong users write), punctuation and region names is its
subject; a message with no subject follows on. The word list is general
Chinese, not catalog words: it must hold for any catalog.
"""

from __future__ import annotations

from bot.answers.questionwords import strip_generic
from nlu.textnorm import fold


def subject(text: str, strip_regions=None) -> str:  # noqa: ANN001 - callable(str) -> str
    """What is left of ``text`` once question and aspect words are removed."""
    folded = fold(text)
    if folded.startswith("/"):  # a button payload such as /ask_time: no words at all
        return ""
    if strip_regions is not None:
        folded = strip_regions(folded)
    return strip_generic(folded)


def has_subject(text: str, strip_regions=None) -> bool:  # noqa: ANN001
    """Whether ``text`` names something of its own (two or more content characters)."""
    return len(subject(text, strip_regions)) >= 2
