"""The handoff (转人工, bot/handoff/) without servers: staffed hours, the desk's state
machine on SQLite and on the real PostgreSQL on loopback (two agents racing for a
ticket), the transcript from Rasa's events with personal numbers masked, the routing of
a citizen's turns, and what the channels receive (the marker, Telegram's relay of a
marker-only turn).

The end-to-end runs with the real assistant and a browser are in test_handoff_e2e.py.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fake_telegram import FakeTelegram
from staff import PASSWORD

from bot.answers.model import Answer
from bot.channels.telegram.push import TelegramPush
from bot.handoff.desk import NotYourTicket, TicketConflict, TicketNotFound
from bot.handoff.hours import StaffedHours
from bot.handoff.service import Handoff, wants_to_cancel
from bot.handoff.transcript import transcript_of
from bot.rasa.messages import rasa_messages
from bot.settings import Settings
from bot.store.accounts import Accounts, Staff
from bot.store.journal import Journal
from nlu.textnorm import is_traditional, to_traditional

pytestmark = pytest.mark.integration

TZ = ZoneInfo("Asia/Shanghai")
MONDAY_10 = dt.datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
MONDAY_1230 = dt.datetime(2026, 11, 23, 12, 30, tzinfo=TZ)
SATURDAY_10 = dt.datetime(2026, 11, 28, 10, 0, tzinfo=TZ)
ID_NUMBER = "440102199001011234"
MOBILE = "13812345678"


# --- staffed hours ---------------------------------------------------------------------


def test_default_hours_open_and_described() -> None:
    hours = StaffedHours.parse(Settings().staffed_hours)
    assert hours.describe() == "周一至周五 09:00-12:00、13:30-17:30"
    assert hours.open_at(MONDAY_10)
    assert not hours.open_at(MONDAY_1230)  # lunch
    assert not hours.open_at(SATURDAY_10)
    assert hours.open_at(MONDAY_10.replace(hour=17, minute=29))
    assert not hours.open_at(MONDAY_10.replace(hour=17, minute=30))  # the end is exclusive


@pytest.mark.parametrize(("spec", "words"), [
    ("1-7 00:00-24:00", "每天 全天"),
    ("6 09:00-12:00", "周六 09:00-12:00"),
    ("1,3 08:00-09:00; 6-7 10:00-11:00", "周一、周三 08:00-09:00；周六、周日 10:00-11:00"),
    ("1-5 9:00-17:00；6 9:00-12:00", "周一至周五 09:00-17:00；周六 09:00-12:00"),
    ("", "暂无人工服务时间"),
])
def test_hours_in_words(spec: str, words: str) -> None:
    assert StaffedHours.parse(spec).describe() == words


def test_whole_day_window_covers_midnight_to_midnight() -> None:
    always = StaffedHours.parse("1-7 00:00-24:00")
    assert always.open_at(SATURDAY_10.replace(hour=0, minute=0))
    assert always.open_at(SATURDAY_10.replace(hour=23, minute=59))
    assert not StaffedHours.parse("").open_at(MONDAY_10)


@pytest.mark.parametrize(("spec", "says"), [
    ("1-5 9-12", "not like '1-5 09:00-12:00'"),
    ("weekdays 09:00-12:00", "not like"),
    ("0 09:00-12:00", "must be 1 (Monday) to 7 (Sunday)"),
    ("1-8 09:00-12:00", "must be 1 (Monday) to 7 (Sunday)"),
    ("5-1 09:00-12:00", "the first not after the last"),
    ("1 12:00-09:00", "ends before it starts"),
    ("1 09:00-24:30", "not a time of day"),
    ("1 09:75-10:00", "not a time of day"),
])
def test_bad_hours_are_refused_clearly(spec: str, says: str) -> None:
    with pytest.raises(ValueError, match="staffed hours") as caught:
        StaffedHours.parse(spec)
    assert says in str(caught.value)


def test_the_app_refuses_bad_hours(tmp_path: Path) -> None:
    journal = Journal(f"sqlite:///{tmp_path / 'g.db'}")
    with pytest.raises(ValueError, match="staffed hours"):
        Handoff(journal, Settings(staffed_hours="Mo-Fr 9-17"))


# --- the desk ------------------------------------------------------------------------


def _agent(journal: Journal, name: str, role: str = "agent") -> Staff:
    accounts = Accounts(journal, Settings())
    accounts.create(name, PASSWORD, role=role, display_name=f"坐席{name}")
    return accounts.sign_in(name, PASSWORD, address="127.0.0.1").staff


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def handoff(journal: Journal) -> Handoff:
    return Handoff(journal, Settings(), clock=Clock(MONDAY_10))


def _events(*turns: tuple[str, str]) -> list[dict]:
    """Rasa tracker events: ("user"|"bot", text), with an action event between."""
    events: list[dict] = [{"event": "action", "name": "action_session_start"}]
    for kind, text in turns:
        if kind == "user":
            events.append({"event": "user", "text": text, "parse_data": {"text": text}})
        else:
            events.append({"event": "bot", "text": text, "data": {}})
            events.append({"event": "bot", "text": None,
                           "data": {"custom": {"answer": {"id": 3}}}})  # a marker: no text
    return events


def test_transcript_is_masked_and_readable() -> None:
    events = _events(("user", f"我的身份证 {ID_NUMBER}，电话 {MOBILE}"), ("bot", "好的"),
                     ("user", "/ask_time"), ("user", '/choose{"ordinal":"2"}'), ("user", "转人工"))
    transcript = transcript_of(events)
    assert transcript == [
        ("citizen", "我的身份证 4401***********234，电话 138****5678"),
        ("bot", "好的"),
        ("citizen", "（点选）多久能办好"),
        ("citizen", "（点选了一个选项）"),
        ("citizen", "转人工"),
    ]
    long = _events(*[("user", f"第{i}句") for i in range(100)])
    assert len(transcript_of(long)) == 40 and transcript_of(long)[-1] == ("citizen", "第99句")


def test_ticket_life_take_reply_close(handoff: Handoff, journal: Journal) -> None:
    desk = handoff.desk
    li, wang = _agent(journal, "li.na"), _agent(journal, "wang.wei")
    ticket, created = desk.open("web-abc12345", "web", "449104",
                                transcript_of(_events(("user", f"身份证 {ID_NUMBER} 丢了"))))
    assert created and ticket.status == "waiting" and ticket.region == "449104"
    again, created = desk.open("web-abc12345", "web", None, [])
    assert again.id == ticket.id and not created  # one open ticket per sender
    assert [t.id for t in desk.queue()] == [ticket.id] and desk.waiting_count() == 1

    with pytest.raises(TicketConflict, match="请先接手"):
        handoff.reply(ticket.id, li, "您好")
    handoff.take(ticket.id, li)
    with pytest.raises(TicketConflict, match="坐席li.na"):
        handoff.take(ticket.id, wang)
    with pytest.raises(TicketConflict, match="您"):
        handoff.take(ticket.id, li)
    with pytest.raises(NotYourTicket):
        handoff.reply(ticket.id, wang, "我来")
    with pytest.raises(NotYourTicket):
        handoff.close(ticket.id, wang)
    # An agent may write a phone number: agent text is not masked; a citizen's is.
    handoff.reply(ticket.id, li, f"请拨打 {MOBILE} 联系窗口")
    desk.add(ticket.id, "citizen", f"我的电话是 {MOBILE}")
    admin = _agent(journal, "admin.zhao", role="admin")
    handoff.reply(ticket.id, admin, "管理员补充")  # an admin may answer any ticket

    full = desk.ticket(ticket.id)
    assert full.status == "taken" and full.agent == "坐席li.na" and full.taken_at
    texts = [(m.author, m.text, m.agent) for m in full.messages]
    assert texts[0] == ("citizen", "身份证 4401***********234 丢了", "")
    assert ("system", "人工客服已接入，请直接在这里说明您的问题。", "") in texts
    assert ("agent", f"请拨打 {MOBILE} 联系窗口", "坐席li.na") in texts
    assert ("citizen", "我的电话是 138****5678", "") in texts
    assert ("agent", "管理员补充", "坐席admin.zhao") in texts

    closed = handoff.close(ticket.id, li)
    assert closed.status == "closed" and closed.closed_at
    assert closed.messages[-1].author == "system" and "已结束" in closed.messages[-1].text
    with pytest.raises(TicketConflict, match="已结束"):
        handoff.reply(ticket.id, li, "还在吗")
    with pytest.raises(TicketConflict, match="已结束"):
        handoff.take(ticket.id, wang)
    assert desk.open_ticket("web-abc12345") is None and desk.queue() == []
    assert [t.id for t in desk.queue(["closed"])] == [ticket.id]
    with pytest.raises(TicketNotFound):
        desk.ticket(ticket.id + 100)
    # Asking again later opens a new ticket.
    fresh, created = desk.open("web-abc12345", "web", None, [])
    assert created and fresh.id != ticket.id


def _race(handoff: Handoff, ticket_id: int, agents: list[Staff]) -> list[str]:
    """Every agent takes the ticket at the same moment; what each got."""
    results: list[str] = []
    barrier = threading.Barrier(len(agents))

    def take(agent: Staff) -> None:
        barrier.wait()
        try:
            handoff.desk.take(ticket_id, agent)
            results.append("won")
        except TicketConflict:
            results.append("409")

    threads = [threading.Thread(target=take, args=(a,)) for a in agents]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_two_agents_racing_one_wins(handoff: Handoff, journal: Journal) -> None:
    agents = [_agent(journal, f"agent{i}") for i in range(4)]
    for n in range(5):
        ticket, _ = handoff.desk.open(f"tg-{n}", "telegram", None, [])
        assert sorted(_race(handoff, ticket.id, agents)) == ["409", "409", "409", "won"]


def test_queue_waiting_first_oldest_first(handoff: Handoff, journal: Journal) -> None:
    li = _agent(journal, "li.na")
    first, _ = handoff.desk.open("web-first0001", "web", None, [])
    second, _ = handoff.desk.open("web-second001", "web", None, [])
    third, _ = handoff.desk.open("web-third0001", "web", None, [])
    handoff.take(first.id, li)
    assert [t.id for t in handoff.desk.queue()] == [second.id, third.id, first.id]
    assert [t.id for t in handoff.desk.queue(["waiting"])] == [second.id, third.id]


# --- the citizen's turns ---------------------------------------------------------------


def _route(handoff: Handoff, text: str, intent: str = "ask_overview",
           sender: str = "web-citizen01") -> list[Answer] | None:
    return handoff.route(sender, intent, text, "web",
                         _events(("user", f"身份证 {ID_NUMBER} 丢了怎么补"), ("bot", "要带…"),
                                 ("user", text)), "449104")


def test_request_opens_one_ticket_and_later_turns_go_to_it(handoff: Handoff) -> None:
    assert _route(handoff, "身份证丢了怎么补") is None  # no ticket: the bot answers
    [opened] = _route(handoff, "转人工", "handoff")
    assert "已为您转接人工客服" in opened.text and opened.ticket_status == "waiting"
    assert rasa_messages(opened)[-1] == {"json_message": {"handoff": {
        "ticket": opened.ticket, "status": "waiting"}}}
    ticket = handoff.desk.ticket(opened.ticket)
    assert [m.author for m in ticket.messages] == ["citizen", "bot", "citizen", "bot"]
    assert "4401***********234" in ticket.messages[0].text
    assert ID_NUMBER not in str(ticket)

    [wait] = _route(handoff, "我等一下")
    assert wait.text == "已转给人工客服，请稍候，您的留言客服都能看到。"
    [marker] = _route(handoff, "转人工", "handoff")  # asking again: the same ticket, quietly
    assert marker.text == "" and marker.ticket == opened.ticket
    assert rasa_messages(marker) == [{"json_message": {"handoff": {
        "ticket": opened.ticket, "status": "waiting"}}}]
    assert len(handoff.desk.queue()) == 1
    [marker] = _route(handoff, f"我的手机 {MOBILE}")
    assert marker.text == ""
    assert handoff.desk.ticket(opened.ticket).messages[-1].text == "我的手机 138****5678"


def test_traditional_in_traditional_out(handoff: Handoff) -> None:
    [opened] = _route(handoff, "轉人工", "handoff")
    assert "轉接人工客服" in opened.text and is_traditional(opened.text)
    _route(handoff, "好的")  # tells no script: the notices stay in the last one written
    agent = _agent(handoff.desk.journal, "li.na")
    handoff.take(opened.ticket, agent)
    updates = handoff.updates("web-citizen01", 0)
    assert updates["status"] == "taken"
    joined = updates["messages"][0]["text"]
    assert joined == to_traditional("人工客服已接入，请直接在这里说明您的问题。")
    assert is_traditional(joined)


def test_only_reachable_chats_get_a_ticket(handoff: Handoff) -> None:
    # The terminal chat cannot show an agent's reply: the bot's hotline answer instead.
    assert _route(handoff, "转人工", "handoff", sender="cli-3f2a") is None
    assert handoff.desk.latest("cli-3f2a") is None
    [opened] = _route(handoff, "转人工", "handoff", sender="tg-42")
    assert opened.ticket is not None


def test_outside_hours_gives_the_hotline_and_hours(handoff: Handoff) -> None:
    handoff.clock = Clock(SATURDAY_10)
    [reply] = _route(handoff, "找人工客服", "handoff")
    assert "现在不是人工服务时间" in reply.text
    assert "人工服务时间：周一至周五 09:00-12:00、13:30-17:30" in reply.text
    assert "12345" in reply.text and reply.ticket is None
    assert handoff.desk.queue() == [] and handoff.desk.latest("web-citizen01") is None


def test_a_ticket_nobody_took_before_the_hours_ended_is_closed(handoff: Handoff) -> None:
    [opened] = _route(handoff, "转人工", "handoff")
    handoff.clock = Clock(SATURDAY_10)
    [expired] = _route(handoff, "还有人吗")
    assert "已为您取消" in expired.text and "周一至周五" in expired.text
    assert expired.ticket_status == "closed"
    assert handoff.desk.ticket(opened.ticket).status == "closed"
    assert _route(handoff, "身份证丢了怎么补") is None  # the bot answers again


def test_citizen_may_cancel_while_waiting(handoff: Handoff) -> None:
    [opened] = _route(handoff, "转人工", "handoff")
    [cancelled] = _route(handoff, "不用了")
    assert "已取消转人工" in cancelled.text and cancelled.ticket_status == "closed"
    assert handoff.desk.ticket(opened.ticket).status == "closed"
    assert _route(handoff, "身份证丢了怎么补") is None  # the bot answers again
    assert wants_to_cancel("取消转人工。", "taken") and not wants_to_cancel("不用了", "taken")
    assert not wants_to_cancel("取消户口要什么材料", "waiting")


def test_updates_for_the_web_page(handoff: Handoff, journal: Journal) -> None:
    assert handoff.updates("web-nobody001", 0) == {"ticket": None, "status": "none",
                                                   "messages": []}
    [opened] = _route(handoff, "转人工", "handoff")
    li = _agent(journal, "li.na")
    handoff.take(opened.ticket, li)
    reply = handoff.reply(opened.ticket, li, "您好，请讲")
    updates = handoff.updates("web-citizen01", 0)
    assert [m["author"] for m in updates["messages"]] == ["system", "agent"]
    assert all("li.na" not in str(m) for m in updates["messages"])  # no agent names
    assert handoff.updates("web-citizen01", reply.id)["messages"] == []
    handoff.close(opened.ticket, li)
    after_close = handoff.updates("web-citizen01", reply.id)
    assert after_close["status"] == "closed" and "已结束" in after_close["messages"][0]["text"]


# --- the channels --------------------------------------------------------------------


class _RecordingBot:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send_message(self, chat_id: int, text: str, **_: object) -> None:
        self.sent.append(text)


def test_telegram_relay_counts_a_handoff_marker_as_answered(tmp_path: Path) -> None:
    from bot.channels.telegram.relay import Relay
    from bot.channels.telegram.store import ChatStore

    relay = Relay(None, ChatStore(tmp_path / "tg.db"), "12345")
    bot = _RecordingBot()
    marker = [{"recipient_id": "tg-1", "custom": {"handoff": {"ticket": 3, "status": "taken"}}}]
    assert asyncio.run(relay.deliver(bot, 1, marker)) == 1
    assert bot.sent == []  # nothing to say: the agent answers from the queue
    assert asyncio.run(relay.deliver(bot, 1, [])) == 0


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    fake = FakeTelegram()
    fake.start()
    yield fake
    fake.stop()


def _telegram_ticket(journal: Journal, fake: FakeTelegram, chat: int) -> tuple[Handoff, int,
                                                                                 Staff]:
    settings = Settings(telegram_token=fake.token, telegram_api=fake.url)
    handoff = Handoff(journal, settings, clock=Clock(MONDAY_10),
                      push=TelegramPush(settings.telegram_token, settings.telegram_api))
    ticket, _ = handoff.desk.open(f"tg-{chat}", "telegram", None, [])
    agent = _agent(journal, "li.na")
    handoff.take(ticket.id, agent)
    return handoff, ticket.id, agent


def test_telegram_flood_control_is_waited_out(journal: Journal,
                                              telegram: FakeTelegram) -> None:
    handoff, ticket, li = _telegram_ticket(journal, telegram, 7001)
    telegram.fail_next("sendMessage", retry_after=1, chat_id=7001)
    reply = handoff.reply(ticket, li, "您好，请讲")
    assert reply.delivered is True
    refused = telegram.sent(7001, status=429)
    delivered = telegram.sent(7001)
    assert len(refused) == 1 and delivered[-1]["text"] == "人工客服：您好，请讲"
    assert delivered[-1]["_at"] - refused[0]["_at"] >= 1.0  # sent again after retry_after


def test_an_undelivered_reply_is_kept_and_the_agent_told(journal: Journal,
                                                         telegram: FakeTelegram) -> None:
    handoff, ticket, li = _telegram_ticket(journal, telegram, 7002)
    telegram.fail_next("sendMessage", retry_after=60, chat_id=7002)  # beyond MAX_WAIT
    started = time.monotonic()
    reply = handoff.reply(ticket, li, "请带身份证原件")
    assert time.monotonic() - started < 5  # not waited for
    assert reply.delivered is False and reply.to_dict()["delivered"] is False
    assert [m.text for m in handoff.desk.since(ticket, 0, ["agent"])] == ["请带身份证原件"]
    web = handoff.desk.open("web-citizen02", "web", None, [])[0]
    handoff.take(web.id, li)
    assert handoff.reply(web.id, li, "您好").delivered is None  # the web page polls


def test_a_long_reply_is_cut_at_line_breaks_as_the_bot_cuts(journal: Journal,
                                                            telegram: FakeTelegram) -> None:
    """An agent's long reply (at most MAX_REPLY characters) reaches Telegram in messages
    Telegram accepts (it counts UTF-16 units: an emoji is two), cut between lines, never
    inside one: the bot's own splitting."""
    handoff, ticket, li = _telegram_ticket(journal, telegram, 7003)
    lines = [f"{i:03d}. 请携带户口簿原件及复印件一份 😀" for i in range(180)]
    text = "\n".join(lines)
    assert len(text) < 4000 < 4096 < len(text.encode("utf-16-le")) // 2
    before = len(telegram.sent(7003))  # the notice that an agent joined
    assert handoff.reply(ticket, li, text).delivered is True
    sent = [m["text"] for m in telegram.sent(7003)[before:]]
    assert len(sent) >= 2
    assert all(len(t.encode("utf-16-le")) // 2 <= 4096 for t in sent)
    got = "\n".join(sent).split("\n")
    assert got[0] == "人工客服：" + lines[0] and got[1:] == lines[1:]
