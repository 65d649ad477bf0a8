"""A question about another city's own policy is read as such, and only then."""

from __future__ import annotations

import pytest

from bot.dialogue.elsewhere import other_place

pytestmark = pytest.mark.unit


def keep(text: str) -> str:
    return text


@pytest.mark.parametrize(("question", "place"), [
    ("深圳的本科人才补贴一次能领多少", "深圳"),
    ("長沙的高齡津貼怎麼領", "长沙"),  # 繁体也一样
    ("请问，北京市的积分落户怎么算", "北京"),
    # 地名在故事里、是去处、是谁的老家：不是问别处的政策
    ("本地医院建议转到长沙的医院，异地就医要备案吗", None),
    ("卖家是长沙的，车牌也是长沙的，过户怎么办", None),
    ("港澳通行证去香港的签注怎么办", None),
    ("我是芦川县人，这几年一直在浙江宁波的工厂上班", None),
    ("他是四川的，我是江西的，能在这里领结婚证吗", None),
    # 从那里转来、在这里办：问的是本地的事项
    ("上海的社保转过来要办什么", None),
    ("深圳的户口迁到这边要什么材料", None),
    ("北京的驾照能在这边换吗", None),
])
def test_问别处自己的政策(question: str, place: str | None) -> None:
    assert other_place(question, keep) == place


def test_目录自己的地区不算别处() -> None:
    # 一个长沙的目录：长沙是它自己的地区名，先去掉
    assert other_place("长沙的高龄津贴怎么领", lambda t: t.replace("长沙", " ")) is None
