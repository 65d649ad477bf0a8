"""The composer's texts and the hall arithmetic, from catalog objects alone (no index)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.answers.compose import GuideView, HallStop, compose_guide, fee_text, materials_text
from bot.answers.halls import distance_km, hours_text, next_opening, open_now, status_text
from bot.answers.model import Answer, Button
from bot.catalog.models import Fee, Guide, Hall
from bot.suggest import aspect_of

pytestmark = pytest.mark.unit

TZ = ZoneInfo("Asia/Shanghai")
HALL = Hall.model_validate({
    "id": "h1", "name": "东区政务服务中心", "region": "100101", "address": "东路2号",
    "location": {"lat": 30.12, "lon": 120.15}, "phone": "0000-2234567",
    "hours": [{"days": [1, 2, 3, 4, 5], "open": "08:30", "close": "12:00"},
              {"days": [1, 2, 3, 4, 5], "open": "14:30", "close": "17:30"},
              {"days": [6], "open": "09:00", "close": "12:00"}],
    "appointment_url": "https://example.invalid/book",
}, strict=False)
GUIDE = Guide.model_validate({
    "code": "G-1", "name": "居民身份证首次申领", "item_type": "公共服务", "status": "active",
    "region": "100101", "agency": "东区公安分局", "service_object": ["natural_person"],
    "conditions": ["年满十六周岁"], "situations": [{"name": "未满十六周岁"}],
    "materials": [
        {"name": "户口簿", "form": "原件", "copies": 1},
        {"name": "相片回执", "required": False, "note": "可现场拍照"},
        {"name": "居住证", "exempt": True},
        {"name": "监护人身份证", "form": "原件", "situation": "未满十六周岁"},
    ],
    "steps": [{"name": "受理", "description": "采集指纹"}, {"name": "领证"}],
    "legal_time_limit": {"value": 60, "unit": "natural_day"},
    "promised_time_limit": {"value": 0, "unit": "working_day"},
    "fee": {"charged": True, "items": [{"name": "工本费", "amount": 20},
                                       {"name": "加急费", "amount": "每件40元"}]},
    "online": {"depth": "online_apply", "url": "https://example.invalid/apply", "visits": 1},
    "halls": [{"hall": "h1", "window": "5号窗口"}], "express": True, "cross_region": "全省通办",
    "consult_phone": "0000-1", "updated_at": "2026-01-06",
}, strict=False)


def at(day: int, hhmm: str) -> dt.datetime:
    """2026-11-23 is a Monday: day 1 = Monday."""
    h, m = map(int, hhmm.split(":"))
    return dt.datetime(2026, 11, 22 + day, h, m, tzinfo=TZ)


def test_open_now_follows_every_span_and_the_noon_break() -> None:
    assert open_now(HALL, at(1, "08:30")) and open_now(HALL, at(5, "17:29"))
    assert not open_now(HALL, at(1, "12:00")) and not open_now(HALL, at(1, "17:30"))
    assert open_now(HALL, at(6, "11:59")) and not open_now(HALL, at(7, "10:00"))


def test_next_opening_and_status_text() -> None:
    assert next_opening(HALL, at(1, "12:30")) == (0, "14:30")
    assert status_text(HALL, at(1, "12:30")) == "现在不开放，今天 14:30 开门"
    assert status_text(HALL, at(6, "13:00")) == "现在不开放，周一 08:30 开门"
    assert status_text(HALL, at(5, "18:00")) == "现在不开放，明天 09:00 开门"
    assert status_text(HALL, at(2, "09:00")) == "现在开放"


def test_hours_text_groups_days() -> None:
    assert hours_text(HALL) == "周一至周五 08:30-12:00、14:30-17:30；周六 09:00-12:00"


def test_distance_is_haversine() -> None:
    # One degree of latitude is about 111.2 km.
    assert abs(distance_km((30.0, 120.0), (31.0, 120.0)) - 111.19) < 0.1
    assert distance_km((30.12, 120.15), HALL.location) == 0


def test_materials_mark_optional_exempt_and_situations() -> None:
    text = materials_text(GUIDE)
    assert "1. 户口簿（原件1份）" in text
    assert "相片回执（非必须，可现场拍照）" in text
    assert "居住证（可免提交" in text
    assert "如属于「未满十六周岁」，还需要：监护人身份证（原件）" in text
    assert materials_text(GUIDE.model_copy(update={"materials": []})) == "不需要提交材料。"


def test_fee_amounts_as_published() -> None:
    assert fee_text(GUIDE.fee) == "收费：工本费 20元；加急费 每件40元"
    assert fee_text(Fee(charged=False)) == "不收费。"


def _view(**kw: object) -> GuideView:
    return GuideView(GUIDE, "东区", (HallStop(HALL, "5号窗口"),), at(1, "10:00"), **kw)


def test_every_aspect_cites_its_source_and_offers_next_questions() -> None:
    for aspect in ("overview", "materials", "time", "fee", "location", "online", "process",
                   "conditions"):
        a = compose_guide(_view(), aspect)
        assert a.text.startswith("居民身份证首次申领（东区）\n"), aspect
        assert a.text.endswith("来源：东区公安分局｜事项编码 G-1｜更新于 2026-01-06"), aspect
        assert a.code == "G-1" and a.aspect == aspect and a.buttons
        assert all(b.payload != f"/ask_{aspect}" for b in a.buttons)


def test_aspect_texts_carry_the_guides_facts() -> None:
    assert "承诺办结时限：即办（当场办结）" in compose_guide(_view(), "time").text
    loc = compose_guide(_view(), "location").text
    assert "东区政务服务中心（现在开放）" in loc and "窗口：5号窗口" in loc
    assert "预约：https://example.invalid/book" in loc
    online = compose_guide(_view(), "online").text
    assert "可以网上申请：https://example.invalid/apply" in online and "到现场 1 次" in online
    assert "邮寄到家" in online and "全省通办" in online
    assert "1. 受理：采集指纹\n2. 领证" in compose_guide(_view(), "process").text
    assert "分以下情形：未满十六周岁" in compose_guide(_view(), "conditions").text


def test_unknown_region_asks_for_it() -> None:
    assert "您在其他区县的话" in compose_guide(_view(region_unknown=True), "time").text
    assert "您在其他区县的话" not in compose_guide(_view(), "time").text


def test_traditional_conversion_keeps_payloads() -> None:
    a = Answer("需要带的材料", (Button("要带什么材料", "/ask_materials"),)).in_script(True)
    assert a.text == "需要帶的材料" and a.buttons[0] == Button("要帶什麼材料", "/ask_materials")


def test_aspect_of_reads_the_question() -> None:
    assert aspect_of("办护照要带啥") == "materials"
    assert aspect_of("補辦身份證要幾天") == "time"
    assert aspect_of("结婚证在哪里领") == "location"
    assert aspect_of("社保卡能网上办吗") == "online"
    assert aspect_of("我要办营业执照") == "overview"
