"""A hall a question names as citizens name it (车管所, 出入境大厅, 公积金中心): no model."""

from __future__ import annotations

import pytest

from bot.catalog.models import Hall
from bot.dialogue.confidence import Decision
from bot.dialogue.places import HallNames, at_named_hall
from tests.test_confidence import hit

pytestmark = pytest.mark.unit

REGIONS = ("海川市", "海川", "东港区", "白石县")


def _hall(hall_id: str, name: str, region: str = "1") -> Hall:
    return Hall.model_validate({
        "id": hall_id, "name": name, "region": region, "address": "某路1号",
        "location": {"lat": 30.0, "lon": 120.0}, "phone": "0000-1",
        "hours": [{"days": [1, 2, 3, 4, 5], "open": "09:00", "close": "17:00"}]})


HALLS = [
    _hall("zx", "海川市政务服务中心"),
    _hall("dg", "东港区政务服务中心", "2"),
    _hall("cgs", "海川市公安局交警支队车辆管理所"),
    _hall("cgs-bs", "海川市公安局交警支队车辆管理所白石分所", "3"),
    _hall("crj", "海川市公安局出入境接待大厅"),
    _hall("gjj", "海川市住房公积金管理中心服务大厅"),
    _hall("bdc", "海川市不动产登记中心"),
    _hall("gzc", "海川市公证处"),
]


def without_regions(text: str) -> str:
    for name in REGIONS:
        text = text.replace(name, " ")
    return text


NAMES = HallNames(HALLS, without_regions)


def named(question: str, chain: tuple[str, ...] = ()) -> str | None:
    hall = NAMES.named(question, chain)
    return hall.id if hall else None


def test_说出大厅的一部分或简称() -> None:
    assert named("车管所电话多少") == "cgs"  # 车[辆]管[理]所, the main one before its branch
    assert named("出入境咨询电话") == "crj"
    assert named("市出入境大厅在哪里，几点关门") == "crj"
    assert named("公积金中心电话多少") == "gjj"
    assert named("不动产中心礼拜六开门吗") == "bdc"
    assert named("公证处电话") == "gzc"


def test_用户所在地区的分所优先() -> None:
    assert named("车管所在哪", ("3", "1")) == "cgs-bs"


def test_不知道地区时_说法相近的几处里取最高一级的() -> None:
    """金沙: 金沙市公安局交警支队车辆管理所 and 白鹭县车管分所 both answer to "车管所", and
    neither name extends the other: the city's, unless the user is in the county."""
    halls = [_hall("cgs", "海川市公安局交警支队车辆管理所"), _hall("bs", "白石县车管分所", "3")]
    depth = {"1": 1, "3": 2}.get
    names = HallNames(halls, without_regions, lambda r: depth(r, 9))
    assert names.named("车管所在哪 周六上班吗").id == "cgs"
    assert names.named("车管所在哪", ("3", "1")).id == "bs"
    same = HallNames(halls, without_regions)  # every hall of one level: no telling
    assert same.named("车管所在哪") is None


def test_综合大厅和普通问题不算说出大厅() -> None:
    for question in ("东港区政务服务中心电话", "政务中心几点开门", "身份证丢了怎么补",
                     "公安局电话多少", "办护照要带什么"):
        assert named(question) is None, question


class _Guide:
    def __init__(self, *halls: str) -> None:
        self.halls = [type("Ref", (), {"hall": h})() for h in halls]


GUIDES = {"A": _Guide("zx"), "B": _Guide("cgs"), "C": _Guide("cgs", "zx")}


def test_问大厅电话或地点时由在该大厅办理的指南回答() -> None:
    hall = HALLS[2]  # 车管所
    hits = [hit("A", 1.0), hit("B", 0.7), hit("C", 0.6)]
    guide_of = lambda h: GUIDES[h.code]  # noqa: E731
    none = Decision("none", tuple(hits))
    d = at_named_hall(none, hits, ("phone",), hall, guide_of)
    assert d.kind == "answer" and [h.code for h in d.hits] == ["B", "C"]
    # already a guide handled there, another aspect asked, or no hall named: unchanged
    answered = Decision("answer", (hits[2],))
    assert at_named_hall(answered, hits, ("location",), hall, guide_of) is answered
    assert at_named_hall(none, hits, ("materials",), hall, guide_of) is none
    assert at_named_hall(none, hits, ("phone",), None, guide_of) is none
    # nothing among the hits handled there: unchanged
    assert at_named_hall(none, hits[:1], ("phone",), hall, guide_of) is none
