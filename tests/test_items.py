"""A changed guides file checked item by item (bot/catalog/items.py) gives what checking
the whole file gives, or steps aside."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from bot.catalog.items import ItemMemo, split_items
from bot.catalog.validate import FileResult, check_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import gen_province  # noqa: E402

pytestmark = pytest.mark.unit
REL = "guides/big.yaml"


@pytest.fixture(scope="module")
def guides(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    root = tmp_path_factory.mktemp("province")
    gen_province.generate(root, guides=300, items=30, towns_per_county=2)
    biggest = max((root / "guides").glob("*.yaml"), key=lambda p: p.stat().st_size)
    return yaml.safe_load(biggest.read_text(encoding="utf-8"))


class _Dumper(yaml.CSafeDumper):
    def ignore_aliases(self, data: object) -> bool:  # as exports: no anchors
        return True


def _dump(items: list) -> bytes:
    return yaml.dump(items, Dumper=_Dumper, allow_unicode=True, sort_keys=False).encode()


def _same(a: FileResult, b: FileResult) -> None:
    assert a.objects == b.objects
    assert a.problems == b.problems
    assert a.failed == b.failed and a.partial_refs == b.partial_refs


def _seeded(items: list, result: FileResult | None = None) -> ItemMemo:
    memo = ItemMemo()
    raw = _dump(items)
    memo.seed(REL, raw, result or check_file(REL, "guide", raw))
    return memo


def test_split_items_parse_to_the_whole_file(guides: list[dict]) -> None:
    text = _dump(guides).decode()
    parts = split_items("# 导出\n\n" + text)
    assert parts is not None and len(parts) == len(guides)
    assert [yaml.safe_load(p)[0] for p in parts] == guides


@pytest.mark.parametrize("edit", ["alias", "invalid", "removed", "inserted", "repeated",
                                  "no code", "unknown field"])
def test_an_edit_checked_item_by_item_equals_the_whole_file(guides: list[dict],
                                                            edit: str) -> None:
    before = check_file(REL, "guide", _dump(guides))
    memo = _seeded(guides, before)
    items = [dict(g) for g in guides]
    if edit == "alias":
        items[3]["aliases"] = [*items[3].get("aliases", []), "新别名"]
    elif edit == "invalid":
        items[2]["status"] = "作废"
        items[2]["halls"] = [{"hall": "不存在的大厅"}]
    elif edit == "removed":
        del items[1]
    elif edit == "inserted":
        items.insert(0, {**items[5], "code": items[5]["code"] + "X"})
    elif edit == "repeated":
        items.append(items[4])
    elif edit == "no code":
        del items[6]["code"]
    else:
        items[7]["alias"] = ["拼错的字段"]
    raw = _dump(items)
    got = memo.check(REL, "guide", raw)
    assert got is not None
    _same(got, check_file(REL, "guide", raw))
    kept = sum(any(o is b for b in before.objects) for o in got.objects)
    assert kept >= len(items) - 2  # the unchanged items' very objects
    # and again from what that check kept (an invalid item fixed, the next edit)
    again = memo.check(REL, "guide", _dump(guides))
    assert again is not None
    _same(again, check_file(REL, "guide", _dump(guides)))


@pytest.mark.parametrize("how", ["document marker", "mapping", "alias", "syntax", "json"])
def test_steps_aside_when_the_split_is_not_certain(guides: list[dict], how: str) -> None:
    memo = _seeded(guides)
    text = _dump(guides).decode()
    rel = REL
    if how == "document marker":
        text = "---\n" + text
    elif how == "mapping":
        text = "guides:\n" + text
    elif how == "alias":
        text = text.replace("- code:", "- &first\n  code:", 1) + "- *first\n"
    elif how == "syntax":
        lines = text.splitlines(keepends=True)
        text = "".join(lines[:5]) + '  name: "未闭合\n' + "".join(lines[5:])
    else:
        rel = "guides/big.json"
    assert memo.check(rel, "guide", text.encode()) is None
