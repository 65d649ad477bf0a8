"""The guide's own sentences about an aspect asked, beside the aspect's field.

Many facts about an aspect live in another field's sentences: "网上申报的可选择
将户口簿免费邮寄到家" is a step, not the express flag; "无需回迁出地开具户口
迁移证" a condition, not the 通办 scope; "残疾评定费用由残联承担" a note, not a
fee item; "通过“交管12123”App申请" the step that names where to apply online.
An answer to such an aspect adds the sentence (or two) of the guide that speaks
of it, best ranked for the question first, quoted with its field's name.

The words that mark a sentence as speaking of an aspect are general Chinese
of government services, never a catalog's words.
"""

from __future__ import annotations

import re

from bot.answers.pinpoint import lines, stating
from bot.catalog.models import Guide

#: Fields of free text (the fee items, hours and result are shown by the aspects themselves).
_TEXT = ("办理条件", "办理情形", "材料说明", "办理流程", "承诺时限说明", "法定时限说明")

#: aspect -> (what a sentence about it says, the fields to look in, sentences added at most)
TOPICS: dict[str, tuple[re.Pattern[str], tuple[str, ...], int]] = {
    "express": (re.compile(r"邮寄|快递|寄递|寄送|寄出|送达|送到家|到家"), _TEXT, 1),
    # where to apply online: a channel's name says more than "网上" (the link is given)
    # (a channel named in quotes: "通过“交管12123”申请")
    "online": (re.compile(r"app|小程序|公众号|服务大厅|办事大厅|平台|网站|掌上|自助"
                          r"|(通过|在|登录|使用|用)“[^”]{2,12}”"),
               ("办理流程", "办理情形", "办理条件"), 1),
    "cross_region": (re.compile(r"异地|通办|户籍所在地|户籍地|经常居住地|居住地|非本市|外地|任一"
                                r"|跨省|跨市|跨区|全市|全省|全国|迁出地|原籍|老家"), _TEXT, 2),
    "fee": (re.compile(r"费|免收|免费|承担|自付|资助|减免"), _TEXT, 1),
    "location": (re.compile(r"服务中心|便民|社区|街道|乡镇|派出所|窗口|网点|银行|医院|机构|现场"),
                 ("办理流程", "办理情形", "办理条件"), 1),
    "appointment": (re.compile(r"预约|取号|排号|排队"), ("办理流程", "办理情形", "办理条件"), 1),
}


def topic_lines(g: Guide, aspect: str, question: str, shown: str) -> list[str]:
    """Up to the aspect's limit of the guide's sentences about ``aspect`` that ``shown``
    (the answer so far) does not already say, as answer lines; none for other aspects."""
    spec = TOPICS.get(aspect)
    if spec is None or not question:
        return []
    must, fields, limit = spec
    found = lines(stating(g, question, must, fields, limit=limit + 3))
    fresh = [x for x in found if x not in shown and x.partition("：")[2] not in shown]
    return fresh[:limit]
