"""Load a catalog directory and check it against the contract, reporting every problem.

Usage::

    report = load_catalog(Path("data/catalog"))
    if report.ok:
        catalog = report.catalog
    else:
        print(report.format())

Checking runs in two passes. Each file is parsed and each object validated on
its own (:func:`check_file`, a pure function of the file's name and bytes, so a
cache can skip files that did not change); then the cross-references that need
the whole catalog are checked. Nothing stops at the first problem: content
staff get one report with every file, code, field and reason.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, ItemsView, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from bot.catalog.catalog import Catalog
from bot.catalog.files import FileError, find_files, parse_data
from bot.catalog.guide_join import GuideJoin, Joined
from bot.catalog.memo import SameObjects
from bot.catalog.models import Bundle, FaqEntry, Guide, Hall, Region
from bot.catalog.sharing import share

Severity = Literal["error", "warning"]
Kind = Literal["guide", "hall", "region", "bundle", "faq"]

_MODELS: dict[Kind, type[BaseModel]] = {
    "guide": Guide, "hall": Hall, "region": Region, "bundle": Bundle, "faq": FaqEntry,
}
_KEY: dict[Kind, str] = {
    "guide": "code", "hall": "id", "region": "code", "bundle": "id", "faq": "id",
}
# Catalog layout: (stem, kind, required)
_LAYOUT: list[tuple[str, Kind, bool]] = [
    ("regions", "region", True),
    ("halls", "hall", True),
    ("guides", "guide", True),
    ("bundles", "bundle", False),
    ("faq", "faq", False),
]
_REASONS = {
    "missing": "缺少必填字段",
    "string_type": "应为文本 (YAML 中数字、编码请加引号)",
    "int_type": "应为整数",
    "bool_type": "应为 true 或 false",
    "float_type": "应为数字",
    "list_type": "应为列表",
    "model_type": "应为对象 (键: 值)",
    "dict_type": "应为对象 (键: 值)",
    "literal_error": "取值不在允许范围内",
    "string_too_short": "不能为空",
    "too_short": "不能为空列表",
    "greater_than_equal": "数值过小",
    "less_than_equal": "数值过大",
}


@dataclass(frozen=True)
class Problem:
    file: str
    code: str
    field: str
    reason: str
    severity: Severity = "error"

    def format(self) -> str:
        tag = "错误" if self.severity == "error" else "警告"
        return f"[{tag}] {self.file} | {self.code or '-'} | {self.field or '-'} | {self.reason}"


@dataclass
class FileResult:
    """What one file holds: validated objects of one kind, and its own problems."""

    kind: Kind
    objects: list[BaseModel] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: Keys (and guides' base codes) of objects that failed validation, or None
    #: when the file could not be parsed at all: references to them are not
    #: reported again as unknown.
    failed: set[str] | None = field(default_factory=set)
    #: References (region, halls) of objects that failed validation, so the
    #: report still says when those point nowhere: (key, region, hall ids).
    partial_refs: list[tuple[str, object, list]] = field(default_factory=list)


@dataclass
class Report:
    problems: list[Problem]
    catalog: Catalog | None
    files: dict[str, str] = field(default_factory=dict)  # relative path -> sha256
    origins: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, key) -> file

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return self.catalog is not None and not self.errors

    def format(self) -> str:
        lines = [p.format() for p in sorted(self.problems, key=_problem_order)]
        lines.append(f"{len(self.errors)} 个错误, {len(self.warnings)} 个警告")
        return "\n".join(lines)


def _problem_order(p: Problem) -> tuple[int, str, str, str]:
    return (0 if p.severity == "error" else 1, p.file, p.code, p.field)


def _field_path(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _reason(err: dict[str, Any]) -> str:
    kind = err["type"]
    if kind == "literal_error":
        allowed = err.get("ctx", {}).get("expected", "")
        return f"取值 {err.get('input')!r} 不在允许范围内, 应为 {allowed}"
    if kind in ("value_error", "assertion_error"):
        return str(err.get("ctx", {}).get("error", err["msg"]))
    base = _REASONS.get(kind)
    if base and kind not in ("missing",):
        return f"{base}, 得到 {err.get('input')!r}"[:200]
    return base or err["msg"]


def _unknown_fields(model: BaseModel, raw: Any, path: str) -> Iterable[str]:
    """Field paths present in the data but not in the contract (likely typos)."""
    if not isinstance(raw, dict):
        return
    known = type(model).model_fields
    for key in raw:
        if key not in known:
            yield f"{path}.{key}" if path else str(key)
    for name in known:
        value, sub = getattr(model, name, None), raw.get(name)
        at = f"{path}.{name}" if path else name
        if isinstance(value, BaseModel):
            yield from _unknown_fields(value, sub, at)
        elif isinstance(value, list) and isinstance(sub, list):
            for i, (v, s) in enumerate(zip(value, sub, strict=False)):
                if isinstance(v, BaseModel):
                    yield from _unknown_fields(v, s, f"{at}[{i}]")


def check_file(rel: str, kind: Kind, raw: bytes) -> FileResult:
    """Parse one file and validate each object in it on its own."""
    result = FileResult(kind)
    try:
        data = parse_data(rel, raw)
    except FileError as e:
        line = f"第 {e.line} 行" if e.line else ""
        result.problems.append(Problem(rel, "", line, e.reason))
        result.failed = None
        return result
    if data is None:
        result.problems.append(Problem(rel, "", "", "文件为空", "warning"))
        return result
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items):
        check_item(result, rel, i, item)
    return result


def check_item(result: FileResult, rel: str, i: int, item: object) -> None:
    """Validate the ``i``-th object of a file on its own, adding what it gives to ``result``
    (of the file's kind). Only an object without its key (or not an object) is named by
    its position."""
    model, key = _MODELS[result.kind], _KEY[result.kind]
    ident = item.get(key) if isinstance(item, dict) else None
    code = str(ident) if ident is not None else f"#{i + 1}"
    if not isinstance(item, dict):
        result.problems.append(Problem(rel, code, "", f"第 {i + 1} 项应为对象, 得到 {item!r}"))
        return
    try:
        obj = model.model_validate(item)
    except ValidationError as e:
        for err in e.errors():
            result.problems.append(Problem(rel, code, _field_path(err["loc"]), _reason(err)))
        if result.failed is not None:
            result.failed |= {str(item[k]) for k in (key, "base_code") if item.get(k)}
        halls = item.get("halls") if isinstance(item.get("halls"), list) else []
        result.partial_refs.append((code, item.get("region"), [
            h.get("hall") if isinstance(h, dict) else h for h in halls]))
        return
    for extra in _unknown_fields(obj, item, ""):
        result.problems.append(
            Problem(rel, code, extra, "未知字段, 已忽略 (是否拼写错误?)", "warning")
        )
    result.objects.append(share(obj))


#: Reads and checks one file: (sha256 of its bytes, its result).
FileChecker = Callable[[str, Kind, Path], tuple[str, FileResult]]


def check_path(rel: str, kind: Kind, path: Path) -> tuple[str, FileResult]:
    raw = path.read_bytes()
    return hashlib.sha256(raw).hexdigest(), check_file(rel, kind, raw)


def load_catalog(root: Path, checker: FileChecker = check_path) -> Report:
    """Read and check a whole catalog directory. ``checker`` may be a caching wrapper."""
    root = Path(root)
    if not root.is_dir():
        return Report([Problem(str(root), "", "", "目录不存在")], None)
    problems: list[Problem] = []
    objects: dict[Kind, list[tuple[str, BaseModel]]] = {k: [] for k in _MODELS}
    partial: list[tuple[str, str, object, list]] = []  # (file, key, region, halls)
    failed: dict[Kind, set[str] | None] = {k: set() for k in _MODELS}
    files: dict[str, str] = {}
    guide_files: list[tuple[str, FileResult]] = []
    for stem, kind, required in _LAYOUT:
        paths = find_files(root, stem)
        if required and not paths and not (root / stem).is_dir():
            name = f"{stem}/" if kind == "guide" else f"{stem}.yaml"
            problems.append(Problem(name, "", "", "缺少必需的文件"))
        for path in paths:
            rel = path.relative_to(root).as_posix()
            files[rel], result = checker(rel, kind, path)
            problems += result.problems
            objects[kind] += [(rel, o) for o in result.objects]
            if kind == "guide":
                guide_files.append((rel, result))
            if kind in ("guide", "hall"):
                partial += [(rel, *refs) for refs in result.partial_refs]
            known = failed[kind]
            failed[kind] = None if known is None or result.failed is None else known | result.failed
    joined = _GUIDES.join(guide_files)
    catalog = _assemble(objects, failed, partial, problems, joined)
    origins = {(kind, getattr(o, _KEY[kind])): rel for kind, objs in objects.items()
               for rel, o in objs if joined is None or kind != "guide"}
    if joined is not None:
        origins.update(joined.origins)
    return Report(problems, catalog, files, origins)


def _unique(items: list[tuple[str, BaseModel]], key: str, problems: list[Problem]) -> dict:
    seen: dict[str, tuple[str, BaseModel]] = {}
    for rel, obj in items:
        ident = getattr(obj, key)
        if ident in seen:
            problems.append(Problem(rel, ident, key, f"重复: 已在 {seen[ident][0]} 中定义"))
        else:
            seen[ident] = (rel, obj)
    return seen


def _assemble(
    objs: dict[Kind, list[tuple[str, BaseModel]]],
    failed: dict[Kind, set[str] | None],
    partial: list[tuple[str, str, object, list]],
    problems: list[Problem],
    joined: Joined | None = None,
) -> Catalog:
    """The catalog, with the cross-file problems added; ``joined``: the guides joined file
    by file (guide_join.py), None to go guide by guide."""
    regions = _Known(_unique(objs["region"], "code", problems), failed["region"])
    halls = _Known(_unique(objs["hall"], "id", problems), failed["hall"])
    guides = _unique(objs["guide"], "code", problems) if joined is None else joined.keyed
    bundles = _unique(objs["bundle"], "id", problems)
    faqs = _unique(objs["faq"], "id", problems)
    add = problems.append

    for code, (rel, r) in regions.items():
        if r.parent and not regions.resolves(r.parent):
            add(Problem(rel, code, "parent", f"上级区划 {r.parent!r} 不在 regions 中"))
    for code, (rel, _) in regions.items():
        seen, cur = [], code
        while cur in regions.items_ and cur not in seen:
            seen.append(cur)
            cur = regions.items_[cur][1].parent or ""
        if cur in seen:
            add(Problem(rel, code, "parent", "区划上下级形成环"))
    for hid, (rel, h) in halls.items():
        if not regions.resolves(h.region):
            add(Problem(rel, hid, "region", f"区划 {h.region!r} 不在 regions 中"))
    # A guide's own checks depend only on it and on which regions and halls
    # exist: a publisher running again reuses them for guides it already had.
    context = (frozenset(regions.items_), frozenset(halls.items_),
               frozenset(regions.failed or ()), frozenset(halls.failed or ()),
               regions.failed is None, halls.failed is None)
    if joined is not None:
        problems += _GUIDES.checks(joined, context,
                                   lambda rel, g: _check_guide(rel, g, regions, halls))
    else:
        _guide_checks.start(context)
        for rel, g in guides.values():
            problems += _guide_checks.get(
                g, lambda g, rel=rel: _check_guide(rel, g, regions, halls))
        _guide_checks.next_round()
    for rel, key, region, hall_ids in partial:
        if isinstance(region, str) and not regions.resolves(region):
            add(Problem(rel, key, "region", f"区划 {region!r} 不在 regions 中"))
        for i, h in enumerate(hall_ids):
            if isinstance(h, str) and not halls.resolves(h):
                add(Problem(rel, key, f"halls[{i}]", f"办事大厅 {h!r} 不在 halls 中"))
    if not guides and failed["guide"] == set():
        add(Problem("guides/", "", "", "目录中没有任何办事指南"))

    refs = _Known(joined.refs if joined is not None else
                  {g.base_code for _, g in guides.values() if g.base_code} | set(guides),
                  failed["guide"])
    for bid, (rel, b) in bundles.items():
        for i, item in enumerate(b.items):
            if not refs.resolves(item):
                add(Problem(rel, bid, f"items[{i}]", f"事项 {item!r} 不是目录中的编码或基本编码"))
    for fid, (rel, f) in faqs.items():
        if f.region and not regions.resolves(f.region):
            add(Problem(rel, fid, "region", f"区划 {f.region!r} 不在 regions 中"))

    def strip(d: dict) -> dict:
        return {k: v for k, (_, v) in d.items()}

    return Catalog(strip(guides) if joined is None else joined.guides, strip(halls.items_),
                   strip(regions.items_), strip(bundles), strip(faqs))


class _Known:
    """The valid keys of one kind, and whether a reference to another key is an error.

    A reference to an object that failed its own validation, or to any key when
    a file of that kind could not be parsed, is not reported a second time.
    """

    def __init__(self, items: dict | set, failed: set[str] | None) -> None:
        self.items_ = items
        self.failed = failed

    def resolves(self, key: str) -> bool:
        return key in self.items_ or self.failed is None or key in self.failed

    def items(self) -> ItemsView:  # regions and halls: a dict of key -> (file, object)
        return self.items_.items()


_guide_checks: SameObjects[Guide, list[Problem]] = SameObjects()
_GUIDES = GuideJoin()


def _check_guide(rel: str, g: Guide, regions: _Known, halls: _Known) -> list[Problem]:
    found: list[Problem] = []

    def p(field_: str, reason: str, severity: Severity = "error") -> None:
        found.append(Problem(rel, g.code, field_, reason, severity))

    if not regions.resolves(g.region):
        p("region", f"区划 {g.region!r} 不在 regions 中")
    for i, ref in enumerate(g.halls):
        if not halls.resolves(ref.hall):
            p(f"halls[{i}]", f"办事大厅 {ref.hall!r} 不在 halls 中")
    if not g.halls and g.online.depth != "full_online":
        p("halls", "非全程网办事项必须给出办理地点")
    if not g.materials and g.promised_time_limit.value != 0:
        p("materials", "申请材料为空, 只有即办件 (承诺时限为 0) 可以不列材料")
    names = {s.name for s in g.situations}
    for i, m in enumerate(g.materials):
        if m.situation and m.situation not in names:
            p(f"materials[{i}].situation", f"情形 {m.situation!r} 不在 situations 中")
    if g.fee.charged and not g.fee.items:
        p("fee.items", "收费事项须列出收费项目")
    if not g.fee.charged and g.fee.items:
        p("fee.items", "标为不收费却列了收费项目", "warning")
    if g.online.depth != "offline_only" and not g.online.url:
        p("online.url", "可网上办理的事项须给出办理地址")
    if g.online.depth == "full_online" and g.online.visits:
        p("online.visits", "全程网办应为 0 次到现场", "warning")
    legal, promised = g.legal_time_limit, g.promised_time_limit
    if legal.unit == promised.unit and promised.value > legal.value > 0:
        p("promised_time_limit", "承诺时限长于法定时限", "warning")
    if g.base_code is not None and not g.base_code:
        p("base_code", "不能为空")
    return found
