"""A question asking for an opinion or advice is read as such, and only then."""

from __future__ import annotations

import pytest

from bot.dialogue.advice import asks_advice

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "advice"), [
    ("结婚彩礼一般给多少合适", True),
    ("公积金和社保哪个更重要", True),
    ("开奶茶店一个月能赚多少钱", True),
    ("退休了去哪里旅游好", True),
    ("二手房怎么跟房东砍价", True),
    ("公積金貸款划算嗎", True),  # 繁体也一样
    # 问办事的：金额、地点、去哪办都不是请人出主意
    ("身份证补办要多少钱", False),
    ("高龄津贴一般给多少", False),
    ("去哪里办护照", False),
    ("去哪个大厅办比较快", False),
    ("失业金一个月能领多少", False),
])
def test_请人出主意的问题(question: str, advice: bool) -> None:
    assert asks_advice(question) is advice
