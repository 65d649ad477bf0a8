"""The answer composer: every text the assistant says about a guide is written here.

One function per aspect renders it from the guide's own fields, short and
plain (many users are elderly), and every guide answer ends with its source
(agency, code, update date). The bot's action, ``guidebot answer`` and the
agent console all call :func:`compose_guide`, so the channels cannot drift.

Example::

    view = GuideView(guide, "海滨区", halls=(HallStop(hall, "B区11号"),), now=now)
    print(compose_guide(view, "materials").text)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.answers.details import (
    agent_text,
    amount_text,
    appointment_text,
    card_lines,
    cross_region_text,
    express_text,
    phone_text,
    result_text,
    unpaid_sums,
    visits_text,
)
from bot.answers.halls import hours_text, map_link, status_text
from bot.answers.model import ASPECT_BUTTONS, ASPECTS, Answer, aspect_button, join_lines
from bot.answers.pinpoint import asks_deadline, lead, lines, says_how_long, shares_words
from bot.answers.topics import topic_lines
from bot.catalog.models import Fee, Guide, Hall, Material, TimeLimit
from nlu.textnorm import fold

#: Halls listed in one answer: enough to choose, short enough to read.
MAX_HALLS = 3
#: Materials the "怎么办" card names (the full list is one tap away).
CARD_MATERIALS = 4
#: Lines of an answer's body in its brief version (elderly mode, previews).
BRIEF_LINES = 3
#: A material's note is shown when it is this short (longer ones are in the full guide).
_SHORT_NOTE = 40
_UNITS = {"working_day": "个工作日", "natural_day": "个自然日"}
#: The next questions offered after an aspect, in this order.
_NEXT = ("materials", "time", "location", "online", "fee", "process", "conditions")


@dataclass(frozen=True)
class HallStop:
    """A hall where a guide is handled, as the answer shows it."""

    hall: Hall
    window: str | None = None
    note: str | None = None
    km: float | None = None  # distance from the user's shared location


@dataclass(frozen=True)
class GuideView:
    """A guide with what its answer needs beyond its own fields."""

    guide: Guide
    region_name: str
    halls: tuple[HallStop, ...]  # in the order to show (nearest first when located)
    now: dt.datetime
    #: The user has not said where they are, and the guide is one region's among
    #: several: the answer says whose it is and asks for the region.
    region_unknown: bool = False


def source_line(agency: str | None, code: str, updated_at: str, kind: str = "事项编码") -> str:
    lead = f"{agency}｜" if agency else ""
    return f"来源：{lead}{kind} {code}｜更新于 {updated_at}"


def guide_source(g: Guide) -> str:
    return source_line(g.agency, g.code, g.updated_at)


def title(g: Guide, region_name: str) -> str:
    return f"{g.name}（{region_name}）" if region_name else g.name


# --- one function per aspect: the body of the answer -------------------------------


def _material_line(m: Material) -> str:
    form = m.form or ""
    copies = f"{m.copies}份" if m.copies else ""
    detail = "".join([form, copies])
    flags = [x for x in (
        "可免提交，窗口通过电子证照或共享数据获取" if m.exempt else "",
        "非必须" if not m.required else "",
    ) if x]
    if m.note and len(m.note) <= _SHORT_NOTE:
        flags.append(m.note)
    extra = "，".join(x for x in (detail, *flags) if x)
    return f"{m.name}（{extra}）" if extra else m.name


def materials_text(g: Guide) -> str:
    if not g.materials:
        return "不需要提交材料。"
    common = [m for m in g.materials if not m.situation]
    lines = ["需要带的材料："]
    lines += [f"{i}. {_material_line(m)}" for i, m in enumerate(common, 1)]
    by_situation: dict[str, list[Material]] = {}
    for m in g.materials:
        if m.situation:
            by_situation.setdefault(m.situation, []).append(m)
    for situation, ms in by_situation.items():
        lines.append(f"如属于「{situation}」，还需要：" + "；".join(_material_line(m) for m in ms))
    return "\n".join(lines)


def limit_text(t: TimeLimit) -> str:
    if t.value == 0:
        return "即办（当场办结）"
    return f"{t.value}{_UNITS[t.unit]}"


#: A condition that sets when the item can be handled ("次年3月1日至6月30日内办理",
#: "自出生之日起30日内") answers "什么时候可以办" too, so the time answer shows it.
_WHEN = re.compile(r"\d+月\d+日|之日起|日内|天内|个月内|年内|期间|之前|以前|届满前")


def time_text(g: Guide) -> str:
    promised = g.promised_time_limit
    line = f"承诺办结时限：{limit_text(promised)}"
    if promised.note:
        line += f"（{promised.note}）"
    legal = f"法定办结时限：{limit_text(g.legal_time_limit)}"
    when = [c for c in g.conditions if _WHEN.search(c)]
    hours = f"办理时间：{g.hours}" if g.hours else ""
    return join_lines(line, legal, *(f"办理期限：{c}" for c in when), hours)


def _amount(a: float | int | str) -> str:
    if isinstance(a, str):
        return a
    return f"{a:g}元"


def fee_text(fee: Fee) -> str:
    if not fee.charged or not fee.items:
        return "不收费。"
    return "收费：" + "；".join(f"{i.name} {_amount(i.amount)}" for i in fee.items)


def online_text(g: Guide) -> str:
    o = g.online
    visits = o.visits
    if o.depth == "full_online":
        lines = [f"可以全程网办（网上办好，不用去现场）{'：' + o.url if o.url else '。'}"]
    elif o.depth == "online_apply":
        lines = [f"可以网上申请{'：' + o.url if o.url else ''}"]
        if visits:
            lines.append(f"还需要到现场 {visits} 次。")
    else:
        lines = ["不能全程网上办理，需要到现场办理" + (f"（跑 {visits} 次）。" if visits else "。")]
        if o.url:
            lines.append(f"可以先在网上预约或了解：{o.url}")
    if g.express:
        lines.append("办好的证件可以邮寄到家。")
    if g.cross_region and g.cross_region != "none":
        lines.append(f"通办范围：{g.cross_region}。")
    return "\n".join(lines)


def _hall_block(n: int, stop: HallStop, g: Guide, now: dt.datetime) -> str:
    h = stop.hall
    head = f"{n}. {h.name}（{status_text(h, now)}"
    head += f"，距您约 {stop.km:.1f} 公里）" if stop.km is not None else "）"
    lines = [head, f"   地址：{h.address}"]
    if stop.window:
        lines.append(f"   窗口：{stop.window}")
    lines.append(f"   时间：{g.hours or hours_text(h)}")
    if h.hours_note:
        lines.append(f"   说明：{h.hours_note}")
    lines.append(f"   电话：{h.phone}")
    if h.appointment_url and g.appointment is not False:
        lines.append(f"   预约：{h.appointment_url}")
    if stop.km is not None:
        lines.append(f"   地图：{map_link(h)}")
    return "\n".join(lines)


def location_text(view: GuideView) -> str:
    g = view.guide
    lines: list[str] = []
    if g.online.depth == "full_online":
        lines.append(online_text(g).split("\n")[0])
        if view.halls:
            lines.append("也可以到以下大厅办理：")
    if not view.halls:
        if not lines:
            lines.append(f"办事地点请咨询 {g.consult_phone}。")
        return "\n".join(lines)
    if g.online.depth != "full_online":
        lines.append("办理地点：")
    shown = view.halls[:MAX_HALLS]
    lines += [_hall_block(i, s, g, view.now) for i, s in enumerate(shown, 1)]
    if len(view.halls) > len(shown):
        lines.append(f"另有 {len(view.halls) - len(shown)} 个大厅可以办理。")
    return "\n".join(lines)


def process_text(g: Guide) -> str:
    lines = ["办理流程："]
    for i, s in enumerate(g.steps, 1):
        lines.append(f"{i}. {s.name}" + (f"：{s.description}" if s.description else ""))
    return "\n".join(lines)


def conditions_text(g: Guide) -> str:
    lines = ["办理条件："] + [f"· {c}" for c in g.conditions]
    if g.situations:
        lines.append("分以下情形：" + "；".join(s.name for s in g.situations))
    return "\n".join(lines)


def overview_text(view: GuideView) -> str:
    """The "怎么办" card: online or where to go, materials, time limit, fee, phone."""
    g = view.guide
    common = [m for m in g.materials if not m.situation]
    # What must be brought first, then what may be (a photo the window can also take):
    # a citizen prepares both.
    names = [m.name for m in common if m.required] + [
        f"{m.name}（非必须）" for m in common if not m.required]
    materials = "、".join(names[:CARD_MATERIALS]) + (
        f" 等 {len(names)} 项" if len(names) > CARD_MATERIALS else "")
    promised, legal = g.promised_time_limit, g.legal_time_limit
    limit = f"{'承诺 ' if promised.value else ''}{limit_text(promised)}"
    if legal != promised and legal.value > promised.value:
        limit += f"（法定 {limit_text(legal)}）"
    # By when it must be done ("有效期满前90日内", "自出生之日起1个月内"): one line.
    when = next((c for c in g.conditions if _WHEN.search(c)), "")
    return "\n".join(card_lines(view, materials or "不需要提交材料", limit,
                                 fee_text(g.fee).rstrip("。"), when))


# --- the answer --------------------------------------------------------------------


def _body(view: GuideView, aspect: str, question: str = "") -> str:
    g = view.guide
    match aspect:
        case "materials":
            return materials_text(g)
        case "time":
            return time_text(g)
        case "fee":
            return fee_text(g.fee)
        case "location":
            return location_text(view)
        case "online":
            return online_text(g)
        case "process":
            return process_text(g)
        case "conditions":
            return conditions_text(g)
        case "overview":
            return overview_text(view)
        case "phone":
            return phone_text(view)
        case "appointment":
            return appointment_text(view)
        case "express":
            return express_text(g)
        case "visits":
            return visits_text(g)
        case "agent":
            return agent_text(g, question)
        case "cross_region":
            return cross_region_text(g, view.region_name)
        case "result":
            return result_text(g)
        case "amount":
            return amount_text(g, question)
    raise ValueError(f"unknown aspect {aspect!r}; expected one of {ASPECTS}")


#: What the "怎么办" card states in full, so not repeated beside it.
_ON_THE_CARD = ("time", "fee")
#: Aspects whose body is itself the sentences picked for the question.
_PINPOINTED = ("agent", "amount")


def next_buttons(aspect: str, limit: int = 4) -> list:
    """The natural next questions after ``aspect``."""
    return [aspect_button(a) for a in _NEXT if a != aspect and a in ASPECT_BUTTONS][:limit]


#: A question about how long the handling takes (not how long something else lasts).
_HANDLING = re.compile(r"拿到|拿证|领证|办好|办完|办下来|下来|出证|出结果|审批|批|办结|等|到账"
                       r"|到手|审核|多久能办|几天能办|多快|加急|当天|当场|马上|今天|立等|即办|时限|工作日")


def asked_bodies(view: GuideView, asks: tuple[str, ...], question: str = "",
                 found: list | None = None) -> tuple[str, ...]:
    """What the answer says to each ask, without the title and source: equal for two
    guides when the citizen would learn the same from either. ``found``: the guide's
    sentences that answer the question itself (pinpoint.lead); a "多久" about something
    else than the handling ("公告几天", "出生多久之内要报户口") is answered by those of
    them that share a word with the question or state the deadline asked, instead of the
    time limits (a sentence found by its kind of fact alone does not replace them: "外地
    换要多久" is answered by the time limits, whose note says "异地换领的为20个工作日")."""
    g = view.guide
    # A deadline asked ("多久之内要去变更") is never the handling time; another "多久" is
    # answered by the sentences found for its own words.
    deadline = asks_deadline(question)
    timed = [s for s in found or ()
             if says_how_long(s) and (deadline or shares_words(g, s, question))]
    out = []
    for a in asks:
        if a in _ON_THE_CARD and "overview" in asks:
            continue  # the card beside it says it already
        if a == "time" and timed and question and not _HANDLING.search(fold(question)):
            out.append("\n".join(lines(timed)))
        elif a == "fee" and not g.fee.charged and (sums := unpaid_sums(g, question)):
            out.append("\n".join([fee_text(g.fee), *sums]))
        else:
            body = _body(view, a, question)
            if a == "process" and "time" not in asks:
                # How long the whole takes: what one asking the steps plans by (a time
                # asked beside is answered on its own).
                body = join_lines(body, time_text(g).split("\n")[0])
            # The other sentences about the aspect, unless an earlier ask's body quoted
            # them already (who may act and the materials both quote an agent's step).
            out.append(join_lines(body, *topic_lines(g, a, question, join_lines(*out, body))))
    return tuple(out)


def _quoted_once(body: list[str]) -> list[str]:
    """The answer's lines with a sentence quoted from a field ("办理情形：…") only the first
    time: two asks, or an ask and the sentences leading the answer, may quote the same one.
    Numbered and bulleted lines are lists, kept as they are."""
    seen: set[str] = set()
    out = []
    for line in body:
        quoted = "：" in line and not line[:1].isdigit() and not line.startswith(("·", " "))
        if quoted and line in seen:
            continue
        seen.add(line)
        out.append(line)
    return out


def compose_guide(view: GuideView, aspect: str) -> Answer:
    """One aspect of a guide in use, with its source and the next questions as buttons."""
    return compose_asks(view, (aspect,))


def compose_asks(view: GuideView, asks: tuple[str, ...], question: str = "") -> Answer:
    """Every aspect asked, in the order asked, in one short answer: the guide's
    sentences that answer the question itself first (pinpoint.py, each with its
    field's name), then each aspect's body; the source last."""
    g = view.guide
    asks = asks or ("overview",)
    ask_region = (f"以上是{view.region_name}的办理信息；您在其他区县的话，请告诉我，"
                  "比如“我在某某区”。") if view.region_unknown and view.region_name else ""
    found = [] if not question or set(asks) <= set(_PINPOINTED) else lead(g, question)
    bodies = asked_bodies(view, asks, question, found)
    shown = "\n".join(bodies)
    leading = [line for line in lines(found) if line not in shown
               and line.partition("：")[2] not in shown]
    head = title(g, view.region_name)
    body = "\n".join(_quoted_once(join_lines(*leading, *bodies).split("\n")))
    text = join_lines(head, body, ask_region, guide_source(g))
    brief = join_lines(head, *body.split("\n")[:BRIEF_LINES])
    return Answer(text, tuple(next_buttons(asks[0])), g.code, g.name, asks[0],
                  guide_source(g), g.status, brief, asks=asks)
