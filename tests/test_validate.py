"""The validator: every kind of problem is reported with file, code, field and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalog.validate import load_catalog
from bot.cli import main

pytestmark = pytest.mark.unit


def problems(root: Path) -> list[tuple[str, str, str, str]]:
    report = load_catalog(root)
    return [(p.file, p.code, p.field, p.reason) for p in report.errors]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_mini_catalog_is_valid(mini_catalog: Path) -> None:
    report = load_catalog(mini_catalog)
    assert report.ok, report.format()
    c = report.catalog
    assert set(c.guides) == {"ID-REISSUE-100101", "ID-REISSUE-100100", "MARRIAGE-100100",
                             "KINSHIP-100102"}
    # YAML merge keys work; the merged guide keeps its own hall and window.
    assert c.guides["ID-REISSUE-100100"].halls[0].window == "3号窗口"
    assert c.guides["ID-REISSUE-100100"].materials[0].name == "户口簿"
    assert c.halls["hall-city"].hours[1].open == "13:30"


def test_yaml_syntax_error_names_file_and_line(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/id.yaml", "  name: 居民身份证补领", "  name: [居民身份证补领")
    (file, code, field, reason), = problems(mini_catalog)
    assert file == "guides/id.yaml" and "YAML" in reason and field.startswith("第 ")


def test_json_syntax_error(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/old.json", '"status": "revoked",', '"status": "revoked"')
    (file, _, _, reason), = problems(mini_catalog)
    assert file == "guides/old.json" and "JSON" in reason


def test_file_not_utf8(mini_catalog: Path) -> None:
    text = (mini_catalog / "faq.yaml").read_text(encoding="utf-8")
    (mini_catalog / "faq.yaml").write_bytes(text.encode("gbk"))
    (file, _, _, reason), = problems(mini_catalog)
    assert file == "faq.yaml" and "UTF-8" in reason


def test_missing_required_field(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/id.yaml", '  consult_phone: "0000-1234569"\n', "")
    assert problems(mini_catalog) == [
        ("guides/id.yaml", "MARRIAGE-100100", "consult_phone", "缺少必填字段")
    ]


def test_mistyped_fields(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/id.yaml", "copies: 1", "copies: 两份")
    edit(mini_catalog / "guides/id.yaml", "code: MARRIAGE-100100", "code: [M, 100100]")
    found = {(code, field) for _, code, field, _ in problems(mini_catalog)}
    assert found == {("ID-REISSUE-100101", "materials[0].copies"),
                     ("ID-REISSUE-100100", "materials[0].copies"),  # merged from the anchor
                     ("['M', 100100]", "code"),
                     # the bundle named the guide by its old code: truly unresolved now
                     ("bundle-wedding", "items[0]")}


def test_wrong_enum_value_lists_allowed_values(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/id.yaml", "  status: active\n  region: \"100100\"",
         "  status: cancelled\n  region: \"100100\"")
    (_, code, field, reason), = problems(mini_catalog)
    assert (code, field) == ("MARRIAGE-100100", "status")
    assert "cancelled" in reason and "revoked" in reason


def test_unknown_hall_and_region(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/id.yaml", "halls: [hall-city]", "halls: [hall-nowhere]")
    edit(mini_catalog / "guides/old.json", '"region": "100102"', '"region": "999999"')
    found = {(code, field) for _, code, field, _ in problems(mini_catalog)}
    assert found == {("MARRIAGE-100100", "halls[0]"), ("KINSHIP-100102", "region")}


def test_duplicate_codes_across_files(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/old.json", '"code": "KINSHIP-100102"', '"code": "MARRIAGE-100100"')
    (file, code, field, reason), = problems(mini_catalog)
    assert (code, field) == ("MARRIAGE-100100", "code")
    assert "重复" in reason and "guides/" in reason and file.startswith("guides/")


def test_empty_catalog(tmp_path: Path, mini_catalog: Path) -> None:
    for p in (mini_catalog / "guides").iterdir():
        p.unlink()
    assert any("没有任何办事指南" in r for *_, r in problems(mini_catalog))
    (tmp_path / "nothing").mkdir()
    reasons = [r for *_, r in problems(tmp_path / "nothing")]
    assert reasons.count("缺少必需的文件") == 3  # regions, halls, guides


def test_every_problem_in_one_report(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/id.yaml", "  status: active\n  region: \"100100\"",
         "  status: 在用\n  region: \"100100\"")
    edit(mini_catalog / "halls.yaml", 'close: "17:00"', "close: 9:00")
    edit(mini_catalog / "regions.yaml", 'parent: "100100"}\n- {code: "100102"',
         'parent: "100199"}\n- {code: "100102"')
    edit(mini_catalog / "bundles.yaml", "ID-REISSUE]", "NO-SUCH-ITEM]")
    found = {(f, c, fld) for f, c, fld, _ in problems(mini_catalog)}
    assert found == {
        ("guides/id.yaml", "MARRIAGE-100100", "status"),
        ("halls.yaml", "hall-east", "hours[0].close"),
        ("regions.yaml", "100101", "parent"),
        ("bundles.yaml", "bundle-wedding", "items[1]"),
    }


def test_rules_that_need_the_whole_guide(mini_catalog: Path) -> None:
    guides = mini_catalog / "guides/id.yaml"
    edit(guides, "    - {name: 居民身份证, form: 原件, required: true, exempt: true}",
         "    - {name: 居民身份证, form: 原件, situation: 再婚}")
    edit(guides, "fee: {charged: true, items: [{name: 补领工本费, amount: 40, "
                 "basis: 价格主管部门规定}]}", "fee: {charged: true}")
    edit(guides, 'online: {depth: online_apply, url: "https://example.invalid/marry", visits: 1}',
         "online: {depth: online_apply}")
    found = {(c, f) for _, c, f, _ in problems(mini_catalog)}
    assert found == {
        ("MARRIAGE-100100", "materials[0].situation"),
        ("ID-REISSUE-100101", "fee.items"), ("ID-REISSUE-100100", "fee.items"),
        ("MARRIAGE-100100", "online.url"),
    }


def test_materials_empty_only_for_on_the_spot_items(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/old.json", '"promised_time_limit": {"value": 0',
         '"promised_time_limit": {"value": 3')
    assert problems(mini_catalog) == [
        ("guides/old.json", "KINSHIP-100102", "materials",
         "申请材料为空, 只有即办件 (承诺时限为 0) 可以不列材料")
    ]


def test_unknown_field_is_a_warning_not_an_error(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/id.yaml", "  item_type: 行政确认",
         "  item_type: 行政确认\n  remark: 备注")
    report = load_catalog(mini_catalog)
    assert report.ok
    assert [(w.code, w.field) for w in report.warnings] == [("MARRIAGE-100100", "remark")]


def test_traditional_and_full_width_text_is_stored_as_given(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/id.yaml", "name: 内地居民结婚登记",
         "name: 內地居民結婚登記（ＡＢ）")
    report = load_catalog(mini_catalog)
    assert report.catalog.guides["MARRIAGE-100100"].name == "內地居民結婚登記（ＡＢ）"


def test_cli_validate_exit_codes(mini_catalog: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["validate", "--catalog", str(mini_catalog)]) == 0
    edit(mini_catalog / "guides/id.yaml", "item_type: 行政确认", "item_type: 确认")
    edit(mini_catalog / "halls.yaml", "hall-east\n", "hall-east\n  phone2: x\n")
    assert main(["validate", "--catalog", str(mini_catalog)]) == 1
    out = capsys.readouterr().out
    assert "guides/id.yaml | MARRIAGE-100100 | item_type" in out
    assert "1 个错误" in out


def test_unquoted_codes_keep_their_digits(mini_catalog: Path) -> None:
    # As PyYAML itself writes them: leading zeros unquoted, plain numbers unquoted.
    edit(mini_catalog / "guides/id.yaml", "code: MARRIAGE-100100", "code: 000112001000")
    edit(mini_catalog / "guides/id.yaml", 'consult_phone: "0000-1234569"', "consult_phone: 12345")
    edit(mini_catalog / "bundles.yaml", "MARRIAGE-100100", "000112001000")
    report = load_catalog(mini_catalog)
    assert report.ok, report.format()
    assert report.catalog.guides["000112001000"].consult_phone == "12345"



def test_references_of_an_invalid_guide_are_still_checked(mini_catalog: Path) -> None:
    edit(mini_catalog / "guides/id.yaml", "halls: [hall-city]", "halls: [hall-gone]")
    edit(mini_catalog / "guides/id.yaml", "  item_type: 行政确认", "  item_type: 确认")
    found = {(c, f) for _, c, f, _ in problems(mini_catalog)}
    assert found == {("MARRIAGE-100100", "item_type"), ("MARRIAGE-100100", "halls[0]")}


def test_equal_elements_of_regional_guides_are_stored_once(mini_catalog: Path) -> None:
    guides = load_catalog(mini_catalog).catalog.guides
    county, city = guides["ID-REISSUE-100101"], guides["ID-REISSUE-100100"]
    assert county.materials is city.materials and county.fee is city.fee
    assert county.halls is not city.halls and county.agency != city.agency
    assert county.model_dump()["materials"][0]["name"] == "户口簿"


def _report_guide_by_guide(root: Path, checker) -> object:  # noqa: ANN001
    """load_catalog with the file-by-file join switched off (bot/catalog/guide_join.py)."""
    from unittest import mock

    from bot.catalog import validate

    with mock.patch.object(validate._GUIDES, "join", return_value=None):
        return load_catalog(root, checker=checker)


def test_guides_joined_file_by_file_equal_guide_by_guide(tmp_path: Path) -> None:
    """The join a publisher reuses between loads gives the report and catalog of the
    guide-by-guide path, also after an edit that repeats a code (then it steps aside)."""
    import sys

    import yaml

    from bot.catalog.validate import check_path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import gen_province

    root = tmp_path / "catalog"
    gen_province.generate(root, guides=300, items=30, towns_per_county=2)
    kept: dict[tuple[str, bytes], object] = {}

    def cached(rel: str, kind: str, path: Path):  # noqa: ANN202 - as index/filecache.py
        raw = path.read_bytes()
        if (rel, raw) not in kept:
            kept[(rel, raw)] = check_path(rel, kind, path)
        return kept[(rel, raw)]

    files = sorted((root / "guides").glob("*.yaml"))
    for edit in (None, "alias", "duplicate"):
        if edit:
            guides = yaml.safe_load(files[0].read_text(encoding="utf-8"))
            if edit == "alias":
                guides[0]["aliases"] = [*guides[0].get("aliases", []), "新别名"]
            else:
                other = yaml.safe_load(files[1].read_text(encoding="utf-8"))
                guides[1]["code"] = other[0]["code"]
            files[0].write_text(yaml.safe_dump(guides, allow_unicode=True), encoding="utf-8")
        joined = load_catalog(root, checker=cached)
        alone = _report_guide_by_guide(root, cached)
        assert joined.problems == alone.problems, edit
        assert joined.origins == alone.origins
        assert joined.catalog is not None and alone.catalog is not None
        assert list(joined.catalog.guides.items()) == list(alone.catalog.guides.items())
        assert (edit == "duplicate") == any("重复" in p.reason for p in joined.problems)
