"""Question words, aspect words and particles: what a message says around its subject.

General Chinese (Cantonese particles too, as Guangdong and Hong Kong users
write), never a catalog's words: it must hold for any catalog. What is left
of a message without them is what it is about (bot/dialogue/followup.py) or
the words a sentence of a guide must share to answer it (pinpoint.py).
"""

from __future__ import annotations

import re

from nlu.textnorm import fold

# Longest first, so 多长时间 goes before 时间 and 能不能 before 能.
_WORDS = sorted(set("""
那么 那 呢 吗 吧 啊 呀 哦 嗯 哈 噢 喔 咧 嘛 啦 的 地 得 了 么 着 过
请问 问一下 问下 想问 咨询 我想 我要 我们 我 你们 你 您 他 她 它 这个 那个 这 该 又 还 再 也 都 就
怎么样 怎么 怎样 咋样 咋 如何 什么 咩 啥 哪些 哪个 哪家 哪里 哪儿 哪 几 多少 多久
多长时间 多少天 几天 几个
什么时候 啥时候 时候 多会儿 何时
其实 住在 家住 家在 人在 住 目前 现在 是在 我是
在 去 到 来 找 办理 办 弄 搞 跑 用 要 需要 需 得 准备 带 交 提交 提供 拿
材料 资料 证件 证明 东西 手续 表格
时间 时限 期限 天 工作日 几点 开门 关门 上班 下班 营业
地址 地点 位置 地方 窗口 大厅 附近 最近 就近
收费 收钱 钱 费用 免费 花 要钱 价格 多少钱
流程 步骤 程序 过程 顺序 怎么走
条件 要求 资格 符合 可以 能 能不能 可不可以 是不是 有没有 会不会 不 没 有 是 行 可 以
网上 线上 网办 手机 在线 电脑 上网 邮寄 寄 快递 现场 预约 次 趟
换成 换到 改成 改为 换 那边 这边
喺 系 唔 冇 嘅 咗 啲 嗰 咁 俾 畀 咪 啱 嚟 边度 边个 点样 点 几多 乜嘢 乜
得唔得 可唔可以 使唔使 要唔要
一下 具体 还有 其他 别的 大概 一般 最快 最多 最少 先 后 然后 再说 好 好的 谢谢 一起 呢
说错 搞错 弄错 记错
""".split()), key=len, reverse=True)
#: Any question word, particle or aspect word of the list above.
GENERIC = re.compile("|".join(map(re.escape, _WORDS)))
#: Messages at least this long (folded characters, no spaces) are read for their request
#: (bot/dialogue/request.py) and their sentences found clause by clause (pinpoint.py).
LONG_MESSAGE = 50
#: Where a message breaks into clauses.
CLAUSE_BREAKS = re.compile(r"[，。！？；,.!?;\n…~～]+")
#: A clause that asks: a question word or particle, or a wish (想办, 请问).
ASKING = re.compile(
    r"吗|嘛|呢|\?|怎么|怎样|如何|什么|啥|哪|多少|多久|多长|几|能不能|可不可以|可以.{0,8}吗|是否|要不要"
    r"|有没有|是不是|行不行|会不会|用不用|能否|请问|想问|问一下|咨询|想办|要办|想申请|需要|咋|唔|冇"
    r"|点样|边度|乜")
_NOT_CONTENT = re.compile(r"[^\w]|_|\d")


def asking_clauses(text: str) -> list[str]:
    """The clauses of ``text`` that ask, each with the clause before it (where its subject
    usually is: "剖腹产算难产吗，能多几天" asks 能多几天 of 难产); one per question asked."""
    clauses = [c.strip() for c in CLAUSE_BREAKS.split(text) if c.strip()]
    return [("，".join(clauses[i - 1:i + 1]) if i else c)
            for i, c in enumerate(clauses) if ASKING.search(fold(c))]


def own_parts(folded: str) -> list[str]:
    """What ``folded`` says between its question words and particles, piece by piece
    ("居民身份证首次申领要带什么" → 居民身份证首, 申领): joined, as strip_generic does, the
    pieces make pairs of characters the message never wrote (首申)."""
    return [p for p in (_NOT_CONTENT.sub("", x) for x in GENERIC.split(folded)) if p]


def strip_generic(folded: str) -> str:
    """``folded`` (see nlu.textnorm.fold) without question words, particles,
    punctuation and digits."""
    return _NOT_CONTENT.sub("", GENERIC.sub("", folded))
