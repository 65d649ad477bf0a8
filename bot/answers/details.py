"""The aspects beyond materials, time, fee, place, online, steps and conditions.

Phones, appointments, delivery by post, visits, who may apply or act for
someone, handling in another region (通办), the result issued, the amount a
citizen receives, and the "怎么办" card. Each body is made of the guide's own
fields; where a field is absent the answer says the guide does not state it
and gives the consultation phone, never a guess.
"""

from __future__ import annotations

import re

from bot.answers.halls import status_text
from bot.answers.pinpoint import AMOUNT, MONEY, lead, lines, saying, stating
from bot.catalog.models import Guide


def _halls(view) -> list:  # noqa: ANN001 - GuideView (compose.py imports this module)
    return [s.hall for s in view.halls]


#: How a body that the guide cannot fill begins.
NOT_STATED = "办事指南没有写明"


def _not_stated(what: str, g: Guide) -> str:
    return f"{NOT_STATED}{what}，请咨询 {g.consult_phone}。"


def says_nothing(body: str) -> bool:
    """Whether an aspect's body is only the sentence that the guide does not state it."""
    return body.startswith(NOT_STATED) and "\n" not in body.strip()


def phone_text(view) -> str:  # noqa: ANN001
    g = view.guide
    out = [f"咨询电话：{g.consult_phone}"]
    if g.complaint_phone:
        out.append(f"监督投诉电话：{g.complaint_phone}")
    for h in _halls(view)[:2]:
        if h.phone != g.consult_phone:
            out.append(f"{h.name}电话：{h.phone}")
    return "\n".join(out)


def appointment_text(view) -> str:  # noqa: ANN001
    g = view.guide
    links = [f"{h.name}预约：{h.appointment_url}" for h in _halls(view)[:2] if h.appointment_url]
    if g.appointment is False:
        # The item needs none; a hall that books its queue still lets one come at a set time.
        return "\n".join(["这项业务不需要预约，在办公时间直接到窗口办理。",
                          *(["大厅也可以预约取号："] + links if links else [])])
    if not links and g.online.url:
        # An item handled at the window may still book its date online there.
        links = [f"网上办理：{g.online.url}" if g.online.depth != "offline_only"
                 else f"网上预约或了解：{g.online.url}"]
    if g.appointment is True:
        return "\n".join(["可以预约办理。", *links] if links else
                         ["可以预约办理。", f"预约请咨询 {g.consult_phone}。"])
    return "\n".join([_not_stated("是否需要预约", g), *links])


def express_text(g: Guide) -> str:
    if g.express is True:
        return "支持邮寄：办好的结果可以快递寄送到家，申请时说明寄送地址即可。"
    if g.express is False:
        return "不支持邮寄，办好后需要到窗口领取。"
    return _not_stated("能否邮寄", g)


def visits_text(g: Guide) -> str:
    o = g.online
    if o.depth == "full_online":
        return "全程网办，不用去现场（跑 0 次）" + (f"：{o.url}" if o.url else "。")
    if o.visits is not None:
        line = f"需要到现场 {o.visits} 次。"
        if o.depth == "online_apply":
            line += "可以先在网上申请" + (f"：{o.url}" if o.url else "。")
        if o.visits < 2:
            return line
        # Which steps they are ("冷静期届满后30日内双方再次到场"): what one plans by.
        return "\n".join([line, *lines(saying(g, _VISIT, ("办理流程",))[:o.visits])])
    return _not_stated("要跑几次", g)


#: A step that is a visit: someone comes to the hall.
_VISIT = re.compile(r"到场|现场|窗口|前往|当面|亲自到|到[^，。；]{0,8}(领取|提交|办理)")


#: Fields whose sentences say who may apply or act for someone.
_WHO_FIELDS = ("办理条件", "办理情形", "材料说明", "办理流程")
#: A material with one of these in its name is what someone acting for another brings.
_PROXY_WORDS = ("委托", "受托", "代理", "授权", "监护", "代办")


#: A sentence that says who must come or who may act for someone.
_WHO = re.compile(r"代办|代理|代领|代为|委托|受托|授权|监护|亲属|家属|本人|他人|亲自|共同|双方"
                  r"|到场|陪同|单独|一方|法定代表人")
#: Sentences the answer about who may act shows at most.
_WHO_LINES = 3


def agent_text(g: Guide, question: str) -> str:
    # The sentences that answer the question best, then those about who may act ("一个
    # 人去行吗": the one saying both must come), best for the question first.
    asked = question or "代办 委托 本人"
    found = lead(g, asked, _WHO_FIELDS, limit=2)
    found += [s for s in stating(g, asked, _WHO, _WHO_FIELDS, limit=_WHO_LINES)
              if s not in found]
    found = found[:_WHO_LINES]
    proxies = [m.name for m in g.materials if any(w in m.name for w in _PROXY_WORDS)]
    out = lines(found)
    if proxies:
        out.append("代办需要的材料：" + "、".join(proxies))
    if not out:
        out = ["办理条件：" + "；".join(g.conditions) if g.conditions else "",
               _not_stated("能否由他人代办", g)]
    return "\n".join(x for x in out if x)


def cross_region_text(g: Guide, region_name: str) -> str:
    scope = g.cross_region
    if scope and scope != "none":
        return f"通办范围：{scope}。"
    if scope == "none":
        return f"这项业务不支持异地通办，请到{region_name or '本地'}的办理地点办理。"
    return _not_stated("能否异地办理", g)


def result_text(g: Guide) -> str:
    out = [f"办理结果：{g.result}"] if g.result else []
    if g.express is True:
        out.append("办好后可以邮寄到家。")
    return "\n".join(out) or _not_stated("办理结果", g)


#: Fields whose sentences may state an amount the citizen receives (never the fee).
_AMOUNT_FIELDS = ("办理条件", "办理情形", "材料说明", "办理流程", "办理结果", "承诺时限说明",
                  "法定时限说明")


def amount_text(g: Guide, question: str) -> str:
    found = stating(g, question or "每月 多少 元", AMOUNT, _AMOUNT_FIELDS, limit=3)
    return "\n".join(lines(found)) or _not_stated("发放的金额", g)


#: What a citizen pays that is no fee of the service: a sum of money, or a tax's or a
#: contribution's rate ("按1%税率缴纳", "缴费比例为8%").
_PAID = re.compile(MONEY.pattern + r"|税率|费率|缴费比例|缴费基数")


def unpaid_sums(g: Guide, question: str) -> list[str]:
    """For an item that charges no fee, the sums and rates its text states (a premium paid
    to a fund, a deposit, a tax's rate): "交多少钱", "契税怎么算" are answered by them, not
    by "不收费" alone."""
    return lines(stating(g, question, _PAID, _AMOUNT_FIELDS))


def card_lines(view, materials: str, limit: str, fee: str,  # noqa: ANN001
               when: str = "") -> list[str]:
    """The "怎么办" card: what a citizen needs to act, in the order they act on it;
    ``when``: the condition saying by when it must be done, if any."""
    g, o = view.guide, view.guide.online
    if o.depth == "full_online":
        online = "可全程网办，不用跑" + (f"：{o.url}" if o.url else "")
    elif o.depth == "online_apply":
        online = f"可网上申请，需到现场 {o.visits or 1} 次" + (f"：{o.url}" if o.url else "")
    else:
        online = f"需到现场办理（跑 {o.visits} 次）" if o.visits else "需到现场办理"
    out = [f"· 办理：{online}"]
    if g.steps:  # where to start ("先挂失", "在交管12123申请"); the rest is one tap away
        step = g.steps[0]
        out.append(f"· 第一步：{step.name}" + (f"：{step.description}" if step.description else ""))
    out += [f"· 材料：{materials}", f"· 时限：{limit}"]
    if when:
        out.append(f"· 期限：{when}")
    out.append(f"· {fee}")
    if view.halls:
        first = view.halls[0].hall
        book = f"，预约 {first.appointment_url}" if first.appointment_url and g.appointment else ""
        out.append(f"· 地点：{first.name}（{status_text(first, view.now)}），{first.address}，"
                   f"电话 {first.phone}{book}")
    out.append(f"· 咨询电话：{g.consult_phone}")
    return out

