"""Every reply that is not one aspect of a guide in use: status notices, FAQ
entries, 一件事 bundles, choices, no confident match, and conversation turns.

Like compose.py, this is the one place these texts are written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answers.compose import HallStop, guide_source, limit_text, source_line, title
from bot.answers.halls import hours_text, map_link, status_text
from bot.answers.model import Answer, Button, choice_button, join_lines
from bot.catalog.models import Bundle, FaqEntry, Guide, Hall

_STATUS = {"revoked": "已撤销，不再办理", "suspended": "目前暂停办理"}
#: A sentence of a withdrawn guide that states the withdrawal itself (since when, what
#: replaces it): the notice quotes it, the only part of such a guide that is still true.
_WITHDRAWAL = re.compile(r"撤销|取消|废止|暂停|停止|停办|不再|改为|调整为|替代|取代|并入|合并")
#: Sentences of that kind quoted at most.
_WITHDRAWAL_LINES = 2


def withdrawal_sentences(g: Guide) -> list[str]:
    """The guide's own sentences about its withdrawal (conditions, situations)."""
    texts = [*g.conditions, *(f"{s.name}：{s.description}" if s.description else s.name
                             for s in g.situations)]
    return [t for t in texts if _WITHDRAWAL.search(t)][:_WITHDRAWAL_LINES]


def status_notice(g: Guide, region_name: str, hotline: str,
                  elsewhere: Sequence[str] = (), halls: Sequence[HallStop] = ()) -> Answer:
    """A revoked or suspended guide: say so, never answer it as in use. ``elsewhere``:
    the regions whose guide of the same item is in use (a suspension is often local);
    ``halls``: where those regions handle it (when the question asked where to go)."""
    state = _STATUS.get(g.status, g.status)
    places = [f"· {s.hall.name}：{s.hall.address}，电话 {s.hall.phone}" for s in halls]
    text = join_lines(
        f"「{title(g, region_name)}」{state}。",
        *(f"说明：{t}" for t in withdrawal_sentences(g)),
        f"这项业务在{'、'.join(elsewhere)}正常办理，可以问我那里的办理信息。" if elsewhere else "",
        *(["可以到这些地方办理："] + places if places else []),
        f"如有疑问，请咨询 {g.consult_phone}，或拨打 {hotline} 政务服务便民热线。",
        guide_source(g),
    )
    return Answer(text, (), g.code, g.name, g.status, guide_source(g), g.status)


def faq_answer(f: FaqEntry, hotline: str) -> Answer:
    """An FAQ entry's answer with its source; a revoked entry only as a notice of its
    status (唯一源头: what was withdrawn is never served as in force)."""
    src = source_line(f.agency, f.id, f.updated_at, kind="知识库")
    name = f.questions[0] if f.questions else f.answer[:30]
    if f.status != "active":
        text = join_lines(f"知识库条目「{name}」已撤销，内容不再有效。",
                          f"如有疑问，请拨打 {hotline} 政务服务便民热线。", src)
        return Answer(text, (), f.id, name, f.status, src, f.status)
    brief = f.answer.split("。")[0] + ("。" if "。" in f.answer else "")
    return Answer(join_lines(f.answer, src), (), f.id, name, "faq", src, f.status, brief)


def withdrawn_note(name: str) -> str:
    """Beside an answer, when the best match was a withdrawn FAQ entry."""
    return f"另：知识库条目「{name}」已撤销，以上为现行办事指南的内容。"


@dataclass(frozen=True)
class BundleItem:
    """One item of a bundle as the user's region serves it (None: not in the catalog)."""

    ref: str
    guide: Guide | None


def bundle_answer(b: Bundle, items: Sequence[BundleItem],
                  found: Sequence[tuple[str, str]] = ()) -> Answer:
    """A 一件事 bundle: its items in order, each with what it needs; buttons open one.
    ``found``: (item name, sentence line) of the items' sentences that answer the
    question itself (pinpoint.lead_across), said first."""
    lines = [f"{b.name}：按下面的顺序办理。"]
    if b.description:  # what the package is: one submission, who may use it, what it covers
        lines.append(b.description)
    if found:
        lines.append("关于您问的：")
        lines.extend(f"· {name}｜{line}" for name, line in found)
    buttons: list[Button] = []
    for n, item in enumerate(items, 1):
        g = item.guide
        if g is None:
            lines.append(f"{n}. （事项 {item.ref} 暂无办事指南，请咨询热线）")
            continue
        if g.status != "active":
            lines.append(f"{n}. {g.name}：{_STATUS.get(g.status, g.status)}")
            continue
        needs = "、".join(m.name for m in g.materials if m.required and not m.situation)
        online = "可全程网办" if g.online.depth == "full_online" else "需到现场"
        limit = limit_text(g.promised_time_limit)
        lines.append(f"{n}. {g.name}\n   材料：{needs or '无需材料'}；时限：{limit}；{online}")
        buttons.append(choice_button(n, g.name))
    if b.order_note:
        lines.append(f"说明：{b.order_note}")
    lines.append("想详细了解哪一项，请点选或回复序号。")
    # The source: the bundle, and the guide each item's line is drawn from, each with its
    # agency and update date (every guide a reply cites carries its own source).
    guides = [i.guide for i in items if i.guide is not None and i.guide.status == "active"]
    codes = "、".join(g.code for g in guides)
    src = f"来源：一件事 {b.id}" + (f"｜事项编码 {codes}" if codes else "")
    lines.append(src)
    lines.extend(f"· {g.name}｜{guide_source(g).removeprefix('来源：')}" for g in guides)
    return Answer("\n".join(lines), tuple(buttons), b.id, b.name, "bundle", src)


def choice_question(names: Sequence[str], lead: str = "您想办的是哪一项？",
                    hotline: str = "") -> Answer:
    """Ask which of several close matches the user means; with ``hotline``, say what to do
    when none is (the question may be about something the catalog does not hold)."""
    lines = [lead] + [f"{n}. {name}" for n, name in enumerate(names, 1)]
    lines.append("请点选，或回复序号。")
    if hotline:
        lines.append(f"都不是？请换个说法再问，或拨打 {hotline} 政务服务便民热线。")
    buttons = tuple(choice_button(n, name) for n, name in enumerate(names, 1))
    return Answer("\n".join(lines), buttons, aspect="choose")


#: The first line of the answer that found nothing (its buttons suggest, they ask nothing).
NO_MATCH_LEAD = "抱歉，没有找到和您的问题相符的办事指南。"


def no_match(hotline: str, suggestions: Sequence[str], hall: HallStop | None,
             now: dt.datetime) -> Answer:
    """No confident match: say so, suggest, and give the hotline and the nearest hall."""
    lines = [NO_MATCH_LEAD]
    if suggestions:
        lines.append("您是不是想问下面这些？请点选。")
    lines.append(f"也可以换个说法再问，或拨打 {hotline} 政务服务便民热线。")
    if hall is not None:
        h = hall.hall
        where = f"，距您约 {hall.km:.1f} 公里" if hall.km is not None else ""
        lines.append(f"就近的大厅：{h.name}（{status_text(h, now)}{where}），"
                     f"地址：{h.address}，电话：{h.phone}")
    buttons = tuple(choice_button(n, s) for n, s in enumerate(suggestions, 1))
    return Answer("\n".join(lines), buttons, aspect="no_match")


def nearest_halls(stops: Sequence[HallStop], now: dt.datetime) -> Answer:
    """The halls nearest to a shared location (政务服务地图), when no item is discussed yet."""
    if not stops:
        return Answer("附近没有找到政务服务大厅。", aspect="location")
    lines = ["离您最近的政务服务大厅："]
    for n, s in enumerate(stops, 1):
        h = s.hall
        far = f"，约 {s.km:.1f} 公里" if s.km is not None else ""
        lines.append(f"{n}. {h.name}（{status_text(h, now)}{far}）\n   地址：{h.address}\n"
                     f"   时间：{hours_text(h)}\n   电话：{h.phone}\n   地图：{map_link(h)}")
    lines.append("请问您要办什么事？告诉我后可以查这件事在哪个大厅办。")
    return Answer("\n".join(lines), aspect="location")


def named_hall(h: Hall, now: dt.datetime) -> Answer:
    """A hall a question names (“车管所在哪，周六上班吗”) when no item is found with it: where
    it is, when it is open, its phone."""
    lines = [f"{h.name}（{status_text(h, now)}）", f"地址：{h.address}",
             f"时间：{hours_text(h)}"]
    if h.hours_note:
        lines.append(f"说明：{h.hours_note}")
    lines.append(f"电话：{h.phone}")
    if h.appointment_url:
        lines.append(f"预约：{h.appointment_url}")
    if h.transit:
        lines.append(f"交通：{h.transit}")
    lines += [f"地图：{map_link(h)}",
              "请问您要办什么事？告诉我后可以查这件事要带什么、能不能在这里办。"]
    return Answer("\n".join(lines), aspect="location")


# --- conversation turns ---------------------------------------------------------------

_EXAMPLES = (Button("身份证丢了怎么补办", "身份证丢了怎么补办"),
             Button("生孩子要办哪些事", "生孩子要办哪些事"))


def chat_reply(kind: str, hotline: str) -> Answer:
    """Greeting, help, thanks, goodbye, rating, handoff, out of scope, unreadable input."""
    texts = {
        "greet": ("您好！我是政务服务办事指南助手。告诉我您要办什么事，"
                  "比如“身份证丢了怎么补办”，我告诉您要带什么、多久、去哪办。"),
        "help": ("您可以直接问：要带什么材料、多久能办好、在哪里办、收费吗、能不能网上办。\n"
                 "说出您所在的区县（如“我在某某区”），我会给您当地的办理地点；"
                 "也可以发送位置，查找最近的大厅。"),
        "thank": "不客气！还有其他要办的事，随时问我。",
        "goodbye": f"再见！有需要随时来问，也可以拨打 {hotline} 热线。",
        "rate": "谢谢您的评价！",
        "handoff": (f"需要人工服务，请拨打 {hotline} 政务服务便民热线，"
                    "或到就近的政务服务大厅咨询窗口。"),
        "out_of_scope": (f"这个问题不在政务服务办事指南的范围内，我回答不了。"
                         f"办事方面的问题可以直接问我，其他问题可拨打 {hotline}。"),
        "unreadable": f"没看懂您的意思，请用文字说说您要办什么事，也可以拨打 {hotline} 热线。",
        "error": f"抱歉，系统暂时出了点问题，请稍后再试，或拨打 {hotline} 热线。",
        "need_item": "请问您要办什么事？比如“办护照要带什么”。",
    }
    buttons = _EXAMPLES if kind in ("greet", "help", "unreadable", "need_item") else ()
    return Answer(texts[kind], buttons, aspect="chat")


def too_fast_text(seconds: int, hotline: str) -> str:
    """The web chat's answer to a message sent over its rate limit (bot/security/limits.py)."""
    return f"您发送得太快了，请 {seconds} 秒后再试。着急的话可以拨打 {hotline} 热线。"


# --- handoff to a person (转人工, bot/handoff/) -----------------------------------------


def handoff_reply(kind: str, hotline: str, *, hours: str = "", ahead: int = 0,
                  ticket: int | None = None, status: str = "") -> Answer:
    """What the citizen reads about a handoff: ``opened`` (a ticket was opened, ``ahead``
    others wait before it), ``waiting`` (a message while nobody has taken it yet),
    ``cancelled``, ``outside`` the staffed ``hours`` (described in words), or ``expired``
    (the hours ended before anyone took the ticket). The answer
    carries the ticket's marker (Answer.ticket) so channels know a person is involved."""
    queue = f"前面还有 {ahead} 位在等待，" if ahead else ""
    texts = {
        "opened": (f"已为您转接人工客服，{queue}请稍候。客服能看到您和助手之前的对话，"
                   "等待时您可以继续留言说明情况。\n不需要了可以回复“取消转人工”。"),
        "waiting": "已转给人工客服，请稍候，您的留言客服都能看到。",
        "cancelled": "已取消转人工。您可以继续问我办事的问题。",
        "outside": (f"现在不是人工服务时间，暂时无法转接人工客服。\n人工服务时间：{hours}。\n"
                    f"您可以先问我办事的问题，或拨打 {hotline} 政务服务便民热线。"),
        "expired": (f"人工服务时间已过，您的转人工请求没有客服接起，已为您取消。\n"
                    f"人工服务时间：{hours}。\n"
                    f"您可以继续问我办事的问题，或拨打 {hotline} 政务服务便民热线。"),
    }
    return Answer(texts[kind], aspect="handoff", ticket=ticket, ticket_status=status)


def handoff_notice(kind: str, hotline: str) -> str:
    """A system message on a handoff ticket. Sent to the citizen's chat: an agent
    ``joined``, or the agent ``closed`` the conversation. For the queue (the citizen
    already read handoff_reply's words): the citizen ``cancelled``, or the request
    ``expired`` when the hours ended before anyone took it."""
    return {
        "joined": "人工客服已接入，请直接在这里说明您的问题。",
        "closed": (f"本次人工服务已结束，感谢您的耐心。接下来由智能助手继续为您解答，"
                   f"也可以拨打 {hotline} 政务服务便民热线。"),
        "cancelled": "市民取消了转人工。",
        "expired": "人工服务时间已过，无人接起，工单已关闭。",
    }[kind]


#: What the citizen's chat shows before an agent's own words (Telegram; the web page
#: labels the bubble itself).
AGENT_LABEL = "人工客服"
