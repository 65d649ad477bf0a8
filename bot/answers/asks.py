"""What a message asks: every aspect it names, in the order it names them.

One message often asks several things ("能不能代办，要多少钱", "多久能拿到，
能快递到家吗"); Rasa's intent names one kind of turn, so the aspects are read
from the words as well. Each pattern is general Chinese (Cantonese and
colloquial forms included), never a catalog's words, so it holds for any
catalog. Patterns are tried from the most specific to the most general, and a
span of the message answers one ask only: "能领多少钱" is an amount received,
not a fee; "要什么条件" is conditions, not materials.

Example::

    read_asks("我能替他去补吗，补要交多少钱")  # ("agent", "fee")
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from bot.answers.model import ASPECTS, INTENT_ASPECT
from bot.answers.questionwords import ASKING, CLAUSE_BREAKS, strip_generic
from nlu.textnorm import fold

# (aspect, alternatives), most specific first: an earlier pattern's span is not read again.
_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("amount", (
        r"(能|可以|可)?(领|拿|发|补贴|补助)(到)?多少(钱)?", r"每(个)?月(能|可以|可)?(领|拿|发|给)",
        r"(一|每)(个)?月(能|可以)?(领|拿|发|给|有)?多少", r"(能|可以)(给|发|领|拿)多少",
        r"(补贴|补助|津贴)(标准|多少|是多少|有多少)",
        # "失业金多少钱一个月", "抚恤金怎么算": what a benefit pays, not a fee
        r"(补贴|补助|津贴|抚恤金|丧葬费|救助金|养老金|退休金|失业金|低保金?|生活费|优待金)"
        r"[^，。？?!！,;；:：、]{0,4}(多少钱|怎么算|如何计算|怎么计算|咋算)",
        r"(补贴|补助|津贴|抚恤金|丧葬费|救助金|养老金|失业金)[^，。？?!！,;；:：、]{0,6}(能|可以)有多少",
        r"(发放|领取|救助|保障)标准",
        r"待遇(标准|是多少|有多少)",
        r"(最多|最高|一年|每年|每次)(能|可以)?(提|取|领|报销|报)(取)?多少",
        r"(能|可以)(提|取|报销)(取)?多少",
        # "钱打到哪里", "补贴发到什么卡": where a benefit is paid, not where to go
        r"(钱|金|津贴|补贴|补助|待遇|工资)[^，。？?!！,;；:：、]{0,3}(打|发|转|存|汇|划)(到|进|入|在)"
        r"(哪|什么|啥)",
        r"(打|发|转|存|汇|划)(到|进|入|在)(哪|什么|啥)(张|个)?(卡|账户|账号|存折)")),
    ("visits", (
        r"跑(几|多少)(次|趟|回)", r"(去|到|跑)(现场)?(几|多少)(次|趟|回)", r"几趟", r"跑一(次|趟)",
        r"最多跑", r"要跑(几|多少)", r"跑腿", r"来回跑",
        r"(要不要|需不需要|需要|用不用|是否要|必须|一定要)(本人)?(去|到)(现场|窗口|大厅|柜台)",
        r"(要|得|需要)(跑|去|到)[^，。？?!！,;；:：、]{0,8}(中心|大厅|窗口|柜台|现场)(吗|不|么|嘛)",
        r"(要不要|需不需要|用不用|是不是要)(专门|特地|特意|亲自)(跑|去|到)[^，。？?!！,;；:：、]{0,8}"
        r"(中心|大厅|窗口|柜台|现场)")),
    ("express", (r"邮寄", r"快递", r"寄(到|回|给|过来)", r"邮(到|回)", r"送(到|上)?(家|门)",
                 r"包邮", r"物流", r"寄送", r"(能|可以|可)寄", r"寄(吗|不|嘛|么)")),
    ("appointment", (r"预约", r"约号", r"约时间", r"提前约", r"网上约", r"挂号", r"取号", r"排号",
                     r"排队")),
    ("phone", (r"电话", r"热线", r"联系方式", r"(咨询|联系|投诉|举报)(号码|方式)", r"号码(是)?多少",
               r"打给(谁|哪)", r"怎么联系", r"投诉", r"举报", r"监督")),
    ("agent", (
        r"代办", r"代理", r"代领", r"代签", r"代为", r"代替", r"委托",
        r"代(他|她|我|老人|家人|父亲|母亲|爸|妈|孩子|爷爷|奶奶|外公|外婆)(去|办|申请|领|补|交|跑)",
        r"替(他|她|我|人|老人|家人|父|母|爸|妈|孩子|爷|奶|外公|外婆)",
        r"帮(他|她|家人|老人|父|母|爸|妈|孩子|爷|奶|外公|外婆)(?=[^，。？?!！,;；:：、]{0,6}(办|去|补|领|申请|跑))",
        r"家属", r"亲属(?!关系)", r"家(里)?人(去|能|可以|帮|代)", r"别人(去|能|可以|帮|代)",
        r"帮忙(去|办|补|领)", r"帮我(办|去|领|补|跑|申请)",
        r"让(我|他|她)?(的)?(老婆|老公|爱人|家人|家里人|爸|妈|父亲|母亲|孩子|儿子|女儿|朋友|别人|同事|亲戚"
        r"|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|父母|子女|邻居|中介){1,2}(去|帮|代|来)",
        r"(中介|别人|他人|朋友|亲戚)(代|帮我|帮忙|去办|来办)",
        r"(自己|个人|本人)[^，。？?!！,;；:：、]{0,4}(申请|办|领|去)?还是(单位|公司|别人|家人|单位来|公司来)",
        r"本人(不能|去不了|来不了|没法|无法|到场|必须|亲自)", r"亲自", r"不能(亲自|本人)",
        r"(要不要|是否|必须|一定要|需不需要|得)本人", r"一个人去(行|可以|能)",
        r"谁来(申请|办|领)",
        r"一个人(去|办|能|可以|来)", r"(两个人|双方|两口子|夫妻|俩)(都|一起)(要|得|去|到|来)",
        r"(一方|单方)(去|办|能|可以)")),
    ("cross_region", (r"异地", r"外地", r"跨(省|市|区)", r"通办", r"户籍地", r"户口所在地",
                      r"回老家", r"外省", r"省外", r"市外", r"不在本地", r"全国(都|通)",
                      r"老家(办|能|可以)", r"(别的|其他|其它|外)(区|县|市|省|地方)(办|能|可以)?",
                      r"在(省城|省里|省会)(办|能|可以)",
                      # "能不能直接在岭西这边补办", "在青柘县这边换": where one lives
                      r"(这边|这儿|这里|本地|当地)(就)?(能|可以)?(直接)?(办|补|换|申请|领|迁)")),
    ("result", (
        r"办(好|完|下来)(了)?(以后|之后|后)?(能|会)?(拿到|拿|领到|得到|给)(什么|啥|哪)",
        r"(?<![要需交带])(发|给|出|拿到|领到)(个|张|本|份)?(什么|啥)(证|照|证件|东西|文书|单子|文件|凭证|回执)",
        r"办理结果", r"办结结果",
        r"结果是什么", r"是什么证", r"(得到|拿到|领到)(的)?(是)?(什么|啥)",
        r"(通过|批准|批下来|办好|办完|下来)(了)?(后|以后|之后)?(给|发|拿到|得到|领)(什么|啥)",
        # "办完给个啥", "派出所会给什么" (not "要给什么材料", "什么时候给")
        r"(?<![要需])(给|发)(个|张|本|份)?(什么|啥)(?!材料|资料|时候|条件|东西要)")),
    ("conditions", (
        # "创业担保贷款谁能申请", "哪些人可以领": who is eligible (who goes for whom is agent)
        r"谁(可以|能)(申请|办|领|享受)", r"(什么|哪些)人(可以|能)",
        r"(什么|啥|哪些)条件", r"条件", r"资格", r"要求", r"符合", r"够不够", r"满足",
        r"满(多少|几)(岁|年|个月)", r"多大", r"多少岁", r"几岁", r"年龄",
        r"(住|居住|满|缴|交)(了)?(多久|多长时间|几年|多少年|几个月|多少个月)",
        r"(?<![上里网边])(能|可以|可不可以|能不能)(申请|享受|参加|参保|领取)", r"有资格",
        # "能领失业金吗", "还能提公积金吗", "能考网约车司机证吗",
        # not "能拿到吗" (when), "能办好吗"
        r"(能|可以)(领|拿|办|提|取|考|上)(?!到|好|完|下来)[^，。？?!！,;；:：、吗呢]{1,10}"
        r"(吗|不)",
        # "要什么学历", "年龄有要求吗": a requirement, not a material
        r"(什么|啥|哪些|多高的?)(学历|文凭|职称|工作经历|驾龄)", r"学历(要求|限制|有要求)",
        # "一年能领几次", "能领多久": how often or how long one may receive it
        r"(能|可以)(领|申请|享受|报销|提取?|办)(几|多少)次",
        r"(能|可以)(领|拿|享受)(多久|多长时间|几个月|几年|多少个月)",
        r"还(能|可以)(办|申请|领|提|取|补|换)",
        # "两项补贴他都能领吗", "这种情况能吃低保吗"
        r"(?<![上里网边])(能|可以)(领|申请|享受)(吗|不)",
        r"(这种|这样的?)情况(下)?(能|可以|算|符合)",
        # "请问我现在能办吗": whether one may (not "网上能办吗", "镇上能办吗": where)
        r"(?<![上里网边外地儿])(能|可以)办(吗|不|么|嘛)",
        r"(?<![上里网边外地儿])能不能办(?![好完下])")),
    ("time", (
        r"多久", r"多长时间", r"时间限制", r"(几|多少)个月", r"多少天", r"几天", r"几个工作日",
        r"时限", r"多快",
        r"(什么|啥)时候(能|可以|才)?(拿|领|办|好|下来|出)", r"几时", r"当天", r"当场", r"今天",
        r"马上", r"立等", r"即办", r"(办|拿|领)得(到|快)", r"要等",
        r"(什么|啥)时候(开始)?(报名|申请|办理|交|缴|发|发放|受理)",
        r"几耐", r"几长时间")),  # Cantonese: "几耐拎到" (how long until I get it)
    ("fee", (r"多少钱", r"收费", r"费用", r"免费", r"要钱", r"收钱", r"花钱", r"工本费",
             r"(交|付|花|收)(多少|几)", r"价格", r"几块", r"不要钱", r"给钱", r"费(是)?(多少|几)",
             r"掏钱", r"出钱", r"(交|付)钱", r"收不收钱", r"自费", r"加钱", r"自己(出|付|掏)",
             r"几多钱", r"几多银")),  # Cantonese: "护照几多钱"
    ("online", (r"网上", r"线上", r"手机上", r"手机(能|可以)", r"网办", r"不用跑", r"不用去",
                r"app", r"小程序", r"微信", r"支付宝", r"电脑上", r"在线", r"网站",
                r"在[a-z0-9]{2,12}(app)?上(能|可以)?(办|换|申请|弄|交|缴|补|领|查|报)")),
    ("location", (
        r"办理时间", r"在哪", r"哪里", r"哪儿", r"哪个(地方|窗口|大厅|部门)", r"去哪", r"到哪",
        r"地址", r"地点", r"位置", r"窗口", r"大厅", r"几点", r"开门", r"关门", r"上班时间",
        r"下班", r"营业时间", r"办公时间", r"周末", r"周六", r"星期六", r"礼拜", r"附近",
        r"最近的", r"边度", r"(镇上|村里|县城|街道|社区|区里|市里|家门口)(能|可以)?(办|申请|交|领)",
        r"(一定|必须)要?去(县城|市里|区里|镇上)")),
    ("process", (r"流程", r"步骤", r"程序", r"顺序", r"环节", r"手续(怎么|咋)走",
                 r"先(办|做|去)什么", r"怎么走", r"公示",
                 r"先(要|得|该)?(干嘛|干什么|做什么|办什么|弄什么)", r"第一步")),
    # "要啥手续" is the whole card, not the materials alone ("要啥" below).
    ("overview", (r"(啥|什么|哪些)手续",)),
    ("materials", (r"材料", r"资料", r"(带|准备|提交|交|拿|要|需要|提供)(些)?(什么|啥|哪些|咩)",
                   r"复印件", r"原件", r"照片", r"相片", r"表格", r"(要|需要)(带|准备)",
                   # "要不要开贫困证明": whether a document is needed
                   r"(要不要|需不需要|用不用|是否需要|还要)(开|带|交|提供|准备|出具)"
                   r"[^，。？?!！,;；:：、]{0,8}(证明|材料|证件)",
                   # "上户口还要准生证吗", "要交社保证明吗": whether a document is needed
                   # (not "要办居住证吗": whether to apply for one)
                   r"(要|需要|还要|还需要|得)(开|带|交|提供|准备|出具)?"
                   r"[^，。？?!！,;；:：、办领考申]{0,6}(证明|证件|证|户口本|户口簿|复印件)(吗|不|么|嘛)")),
    ("overview", (
        r"(怎么|咋|如何|怎样)(办|弄|搞|整|申请|办理|补|换|领|开|报|取|提|交|缴|转|迁|注销|登记|查)",
        # "个体户怎么改经营范围", "新车怎么上牌", "廉租房咋个申请": how to do what is named
        # (not "怎么样", "怎么回事", "怎么还没", "怎么算")
        r"(怎么|咋个?|如何|怎样)(才能|才可以|能|可以|去|来|给|把)?"
        r"(?!样|回事|了|这么|那么|算|计算|不|没|还|会|是|说)[\u4e00-\u9fff]",
        r"点样(办|搞|整)",
        r"(办理|办事)指南", r"(需要|要)做什么", r"想办", r"要办")),
)
_COMPILED = tuple((a, re.compile("|".join(alts))) for a, alts in _PATTERNS)
_AGENT = dict(_COMPILED)["agent"]

#: More asks than this in one reply would stop being short: the rest is one tap away.
MAX_ASKS = 4


def without_agent(folded: str) -> str:
    """``folded`` without the words that ask who may act ("让孩子去", "家里人帮"): the people
    they name are not what the question is about ("能让孩子去办吗" follows on the item)."""
    return _AGENT.sub(" ", folded)


def _matches(folded: str) -> list[tuple[int, int, str]]:
    """Where each aspect's words stand in ``folded`` (start, end, aspect); a span taken by
    an earlier pattern is not matched again."""
    found: list[tuple[int, int, str]] = []
    for aspect, pattern in _COMPILED:
        for m in pattern.finditer(folded):
            start, end = m.span()
            if end == start or any(start < e and s < end for s, e, _ in found):
                continue
            found.append((start, end, aspect))
    return found


def asks_in_words(text: str) -> tuple[str, ...]:
    """The aspects the words of ``text`` ask, in the order they appear."""
    folded = fold(text).replace(" ", "")
    if folded.startswith("/"):  # a button payload carries its intent, not words
        return ()
    found = [(start, aspect) for start, _, aspect in _matches(folded)]
    ordered: list[str] = []
    for _, aspect in sorted(found):
        if aspect not in ordered:
            ordered.append(aspect)
    return tuple(ordered)


#: Characters in a row that make a part of a question the item's name ("异地就医备案" of
#: 基本医疗保险参保人员异地就医备案); shorter runs are words any question may share.
_NAME_RUN = 4


def beside_name(asks: tuple[str, ...], question: str, name: str) -> tuple[str, ...]:
    """``asks`` without those that only words of the item's official ``name`` in
    ``question`` ask ("异地就医备案" asks nothing about handling elsewhere: 异地 is part of
    the name): an ask goes when each of its matches lies inside a run of the question the
    name has too. Unchanged when the question does not write the name."""
    folded = fold(question).replace(" ", "")
    runs: list[tuple[int, int]] = []
    rest, target = folded, fold(name).replace(" ", "")
    while True:  # each run of _NAME_RUN characters or more that the name has too
        m = SequenceMatcher(None, rest, target, autojunk=False).find_longest_match()
        if m.size < _NAME_RUN:
            break
        runs.append((m.a, m.a + m.size))
        rest = rest[:m.a] + "\0" * m.size + rest[m.a + m.size:]
    if not runs:
        return asks
    inside: dict[str, bool] = {}
    for start, end, aspect in _matches(folded):
        within = any(s <= start and end <= e for s, e in runs)
        inside[aspect] = inside.get(aspect, True) and within
    kept = tuple(a for a in asks if not inside.get(a, False))
    if kept:
        return kept
    # Nothing else asked: the name alone is the card; more words are a question the
    # patterns do not know ("认定教师资格证普通话要几级"), better read by the name's ask.
    return ("overview",) if not strip_generic(rest.replace("\0", "")) else asks


def read_asks(text: str, intent: str | None = None,
              fallback: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Every aspect the message asks, in order; never empty.

    The words decide when they name an aspect ("能不能代办，要多少钱": agent,
    fee); the intent only when they name none (Rasa has read more phrasings
    than these patterns, but names one aspect per message). "护照咋办，要带
    啥" keeps the card and the full materials (the composer leaves out of the
    card what is asked besides). Without any: ``fallback`` (what the previous
    turn asked, for a reply that only chooses an item) or the overview.
    """
    words = list(asks_in_words(text))
    if not words:
        by_intent = INTENT_ASPECT.get(intent or "")
        kept = tuple(a for a in fallback if a in ASPECTS)
        return (by_intent,) if by_intent else (kept or ("overview",))
    if len(words) > MAX_ASKS:
        # More than a reply can hold: what the clauses that ask ask comes first ("平时上班
        # 时间很紧" is the story's, not a question about the hall's hours), the card ("想办…")
        # after the particular asks; kept in the message's order.
        asking = "，".join(c for c in CLAUSE_BREAKS.split(text) if ASKING.search(fold(c)))
        particular = [a for a in asks_in_words(asking) if a != "overview"]
        first = dict.fromkeys([*particular, *words])
        chosen = set(list(first)[:MAX_ASKS])
        words = [a for a in words if a in chosen]
    return tuple(words[:MAX_ASKS])
