"""Whether a question asks for a 一件事 package of procedures rather than one of its items.

General Chinese, Cantonese too ("一次过", "办埋"), never a catalog's words.
"""

from __future__ import annotations

import re

from nlu.textnorm import fold

#: Words that ask for a 一件事 package rather than one of its items, or for the order of
#: several procedures ("先办哪个", "什么顺序"), which is what a package's answer lists.
_PACKAGE = re.compile(r"一件事|一起办|一块办|一并办|一次办|一次性办|打包|套餐|联办|一条龙"
                      r"|一次过|办埋|一次就能办|先办哪|哪个先|哪个要先|哪个该先|先后顺序|办理顺序|什么顺序"
                      r"|啥顺序")


def package_words(query: str) -> bool:
    """Whether the question asks for a package of procedures ("能一起办吗", "先办哪个")."""
    return bool(_PACKAGE.search(fold(query)))
