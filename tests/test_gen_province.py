"""The province generator (bench/gen_province.py): a valid catalog, as many distinct items
as it says, the same bytes for the same seed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.catalog.validate import load_catalog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import gen_province  # noqa: E402

pytestmark = pytest.mark.unit


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}


def test_small_province_validates_counts_and_repeats(tmp_path: Path) -> None:
    figures = gen_province.generate(tmp_path / "a", guides=2000, items=400, towns_per_county=2)
    report = load_catalog(tmp_path / "a")
    assert report.ok, report.format()
    guides = report.catalog.guides.values()
    assert figures["guides"] == len(report.catalog.guides) == 2000
    assert figures["items"] == len({g.group for g in guides}) == 400
    assert figures["regions"] == len(report.catalog.regions)
    # Each item has a name of its own (local variants are "name（region）"), and its
    # elements are the same in every region (同要素).
    regions = report.catalog.regions
    by_item: dict[str, set] = {}
    for g in guides:
        name = g.name.removesuffix(f"（{regions[g.region].name}）")
        by_item.setdefault(g.group, set()).add(
            (name, tuple(g.conditions), tuple(m.name for m in g.materials)))
    assert all(len(v) == 1 for v in by_item.values())
    assert len({next(iter(v))[0] for v in by_item.values()}) == 400

    gen_province.generate(tmp_path / "b", guides=2000, items=400, towns_per_county=2)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_all_items_are_distinct_and_questions_use_them() -> None:
    items = gen_province.build_items()
    assert len(items) >= 3000
    assert len({i["name"] for i in items}) == len({i["base_code"] for i in items}) == len(items)
    asked = gen_province.questions(50)
    assert asked == gen_province.questions(50) and len(set(asked)) > 40
