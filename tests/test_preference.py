"""Which guide of an item serves a user's region (index/preference.py): no model."""

from __future__ import annotations

import numpy as np
import pytest

from index.documents import Doc
from index.preference import GuideOrder
from index.regions import RegionInfo, RegionTree

pytestmark = pytest.mark.unit

TREE = RegionTree([RegionInfo("1", "甲市", "city", ""), RegionInfo("11", "东区", "county", "1"),
                   RegionInfo("12", "西县", "county", "1")])


def _serving(statuses: dict[str, str], user: str | None) -> str:
    docs = [Doc(f"G-{r}", "guide", "台湾通行证签发", r, s, "G", ("台湾通行证签发",))
            for r, s in statuses.items()]
    order = GuideOrder(docs, TREE)
    first = order.first(np.arange(len(docs)), order.region_rank(user), 1)[0]
    return docs[first].code


def test_县里有自己的指南时由它办理_暂停也是它() -> None:
    # guide-schema: a city guide serves a county only when the county has no guide of its own
    statuses = {"1": "active", "12": "suspended"}
    assert _serving(statuses, "12") == "G-12"  # 西县的人：告知暂停，并说市里可办
    assert _serving(statuses, "11") == "G-1"  # 东区没有自己的指南：市里的
    assert _serving(statuses, None) == "G-1"  # 不知道在哪：在用的先


def test_县里的指南撤销后由市里的办理() -> None:
    assert _serving({"1": "active", "12": "revoked"}, "12") == "G-1"


def test_自己的在用指南最先() -> None:
    assert _serving({"1": "active", "12": "active"}, "12") == "G-12"
