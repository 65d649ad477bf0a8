"""Personal numbers are masked before anything is stored or logged."""

from __future__ import annotations

import pytest

from nlu.privacy import mask_personal


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
