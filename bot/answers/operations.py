"""The operations a question asks (补领, 注销, 变更 …) and those a guide's name or text
states: general Chinese, not any catalog's words. A province lists an item's operations
as separate guides (主项 / 子项 / 办理项: 新办, 变更, 延续, 注销, 补领 …); a guide whose
name states none may still cover one in a situation (社会保障卡申领 with 遗失补领).

Used by the dialogue (bot/dialogue/variants.py: which variant a question asks for) and
by pinpointing (bot/answers/pinpoint.py: the situation of the operation asked leads).

    asked_operations("个体户营业执照怎么注销")    # {"cancel"}
    operations_of(("个体工商户设立登记",))       # {"new"}
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlu.textnorm import fold

#: Each operation and the words that state it, in a guide's name and in a question.
OPERATIONS: dict[str, tuple[str, ...]] = {
    "new": ("新办", "首次申领", "首次申请", "初次申领", "设立", "开办", "核发", "申领", "签发"),
    "change": ("变更", "更正", "更改"),
    "renew": ("延续", "延期", "续期", "期满换", "到期换", "换领", "换证", "换发"),
    "replace": ("补领", "补办", "补发", "补证", "补换", "遗失", "丢失", "丢了", "弄丢",
                "找不到", "掉了", "被偷", "偷了", "被盗", "被抢"),
    "cancel": ("注销", "撤销", "取消", "歇业"),
    "transfer": ("转移", "过户", "迁出", "转出", "转入", "转回", "续接"),
}
#: Words of one operation that contain another's ("首次申领" contains "申领"): the longer
#: word is what is said.
OPERATION_WORDS = sorted(((w, op) for op, words in OPERATIONS.items() for w in words),
                         key=lambda x: -len(x[0]))


def _ops(text: str) -> set[str]:
    found: set[str] = set()
    for word, op in OPERATION_WORDS:
        if word in text:
            found.add(op)
            text = text.replace(word, "\0")
    return found


#: "补" as a verb whose object is a document ("补身份证", "补个驾照", "补张社保卡") says 补领;
#: not 补贴, 补助, 补缴, 补充, 补考 … (other words that begin with 补).
_REISSUE_VERB = re.compile(r"补(?![贴助缴交充偿正齐录考课习差])"
                           r"[^,，。？?！!；;\s]{0,5}?[证卡照簿本]")


#: Money a benefit pays: "补发" of it is back pay ("高龄津贴晚了几个月申请能补发吗"), not a
#: document issued again, unless the question names a document.
_MONEY = re.compile(r"津贴|补贴|补助|养老金|抚恤金|救助金|工资|待遇|生活费")
_DOCUMENT_WORD = re.compile(r"[证卡照簿]|户口本|房本")


def asked_operations(query: str) -> set[str]:
    text = fold(query).replace(" ", "")
    if "补发" in text and _MONEY.search(text) and not _DOCUMENT_WORD.search(text):
        text = text.replace("补发", "\0")
    found = _ops(text)
    if "replace" not in found and _REISSUE_VERB.search(text):
        found.add("replace")
    return found


def operations_in(text: str) -> set[str]:
    """The operations whose words ``text`` (folded) has anywhere: what a guide's own text
    speaks of (bot/dialogue/mentions.py)."""
    return _ops(text)


def operations_of(names: Sequence[str]) -> set[str]:
    """The operations a guide's official name states (empty: the name states none)."""
    return _ops("".join(names[:1]))
