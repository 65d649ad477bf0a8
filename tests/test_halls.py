"""A shared location far from every hall of the catalog (bot/answers/halls.py)."""

from __future__ import annotations

import json

import pytest

from bot.answers.halls import beyond_reach, distance_km, far_location
from bot.settings import Settings

REACH_KM = Settings().hall_reach_km

pytestmark = pytest.mark.unit

#: 海滨区政务服务中心 in the demo city, and a point in the middle of the Pacific.
HAIBIN = (21.1901, 110.3297)
OCEAN = (0.0, -160.0)


def test_a_point_in_the_ocean_is_beyond_reach_and_one_in_town_is_not() -> None:
    assert REACH_KM == 50.0
    assert beyond_reach(distance_km(OCEAN, HAIBIN), REACH_KM)
    assert not beyond_reach(distance_km((21.25, 110.36), HAIBIN), REACH_KM)
    assert not beyond_reach(None, REACH_KM)  # no hall at all is another answer
    assert not beyond_reach(distance_km(OCEAN, HAIBIN), 0)  # 0: the check is off


def test_the_far_answer_says_so_without_a_distance_and_offers_the_regions() -> None:
    answer = far_location(50, [("449102", "海滨区"), ("449104", "青山区")])
    assert "超过 50 公里" in answer.text and "不在本助手服务的地区内" in answer.text
    assert "距您" not in answer.text
    assert [b.title for b in answer.buttons] == ["海滨区", "青山区"]
    payload = answer.buttons[1].payload
    assert payload.startswith("/inform_region")
    assert json.loads(payload.removeprefix("/inform_region")) == {"region": "449104"}
