"""Personal numbers are masked before anything is stored or logged."""

from __future__ import annotations

import pytest

from nlu.privacy import id_check_ok, luhn_ok, mask_message, mask_personal

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "masked"), [
    ("我的身份证号是44010619900307123X，补办要多久",
     "我的身份证号是4401***********23X，补办要多久"),
    ("身份证440106199003071234", "身份证4401***********234"),
    ("老身份证440106900307123", "老身份证4401********123"),
    ("手机13812345678联系我", "手机138****5678联系我"),
    ("电话 138-1234-5678", "电话 138-****-5678"),
    ("+86 13912345678", "+86 139****5678"),
    ("１３８１２３４５６７８", "138****5678"),
])
def test_ids_and_mobiles_are_masked(text: str, masked: str) -> None:
    assert mask_personal(text) == masked


@pytest.mark.parametrize("text", [
    "事项编码000111001000-449102",  # codes, hall phones and years are not personal
    "咨询电话0799-82212345",
    "2026年3月18日更新",
    "12345热线",
    "",
])
def test_other_numbers_are_kept(text: str) -> None:
    assert mask_personal(text) == text


@pytest.mark.parametrize(("text", "masked"), [
    # 身份证号 written in groups, with dashes, or glued to letters (its check digit is right)
    ("身份证 440106 19900307 1231", "身份证 4401** ******** *231"),
    ("号码110105-1949-1231-002X", "号码1101**-****-****-*02X"),
    ("ID11010519491231002Xok", "ID1101***********02Xok"),
    # mobiles with dots, +86 or 0086
    ("手机138.1234.5678", "手机138.****.5678"),
    ("+8613912345678", "+86139****5678"),
    ("0086-139-1234-5678", "0086-139-****-5678"),
    ("(86)13912345678", "(86)139****5678"),
    # bank cards (Luhn), grouped or not
    ("卡号6222 0212 3456 7890 128", "卡号6222 **** **** ***0 128"),
    ("银行卡6217000012345670", "银行卡6217********5670"),
    # passports and permits
    ("护照E12345678丢了", "护照E******78丢了"),
    ("护照号EA1234567", "护照号EA*****67"),
    ("港澳通行证C12345678", "港澳通行证C******78"),
    ("回乡证H1234567890", "回乡证H********90"),
    # e-mail: the name is hidden, not its length
    ("发到zhang.san@example.com谢谢", "发到z***@example.com谢谢"),
])
def test_more_forms_of_personal_data_are_masked(text: str, masked: str) -> None:
    assert mask_personal(text) == masked


@pytest.mark.parametrize("text", [
    "身份证 440106 19900307 1234",  # grouped like an ID but the check digit is wrong
    "补贴5000元，案号2023010100001234号",  # amounts and case numbers
    "20231231",
    "卡号6222 0212 3456 7890 127",  # fails the Luhn check
    "金额1234567890123456",
    "2026.03.18上午",
    "E1234上的窗口",
])
def test_ordinary_numbers_stay_readable(text: str) -> None:
    assert mask_personal(text) == text


def test_a_shared_location_is_kept_to_about_100_m() -> None:
    assert (mask_message('/share_location{"lat": 22.543096, "lon": 114.057865}')
            == '/share_location{"lat":22.543,"lon":114.058}')
    assert mask_message("/share_location{not json}") == "/share_location{not json}"
    assert mask_message("我的手机13812345678") == "我的手机138****5678"


def test_the_check_digits() -> None:
    assert id_check_ok("11010519491231002X") and id_check_ok("11010519491231002x")
    assert not id_check_ok("110105194912310021")
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
