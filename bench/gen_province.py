"""Generate a province-like catalog: thousands of distinct items over a province's regions.

Where bench/gen_catalog.py spreads the demo's 72 items over many regions, this builds
each item from Chinese building blocks (bench/province_words.py): a department's subject
matter times an operation (新办, 变更, 延续, 注销, 补领, 查询 …), with its own name,
colloquial aliases, conditions, materials, steps, time limits, fees and result, the
numbers in them drawn per item. An item is implemented at the level it belongs to
(province, city, county or town) in as many regions of that level as the guides asked
for allow, each guide with the region's agency, hall, window and phone; its elements
are the same in every region (同要素), except that about one guide in ten carries a
local name variant ("…（某某区）"), as gen_catalog does. Files are written without YAML
anchors, as real exports are. The same seed gives the same bytes.

    python bench/gen_province.py --out bench/out/province-100000 --guides 100000
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

import yaml
from province_words import (
    CONDITIONS,
    DEPARTMENTS,
    EDUCATION,
    ITEM_TYPES,
    LEVELS,
    MATERIAL_NOTES,
    MATERIALS,
    OBJECTS,
    OP_CONDITIONS,
    OPERATIONS,
    PLACE_A,
    PLACE_B,
    SITUATIONS,
    STEPS,
)

PROVINCE = "合成省"
CITIES, COUNTIES_PER_CITY = 21, 6
LEVEL_NAMES = ("province", "city", "county", "town")
HOURS = [{"days": [1, 2, 3, 4, 5], "open": "09:00", "close": "12:00"},
         {"days": [1, 2, 3, 4, 5], "open": "14:00", "close": "17:30"}]
#: Operations done on the spot: promised time 0.
AT_ONCE = {"查询", "开证明", "备案"}
QUESTIONS = ["{a}", "{a}要带什么材料", "请问{a}需要什么条件", "{a}多久能办好", "{a}在哪里办",
             "{a}收费吗", "我想{a}，怎么弄", "{a}能网上办吗", "{a}要跑几次", "{a}的流程是什么"]


class _Dumper(yaml.CSafeDumper):
    def ignore_aliases(self, data: object) -> bool:  # every object written in full
        return True


def _dump(data: object, path: Path) -> None:
    path.write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


def _fill(text: str, words: dict[str, object]) -> str:
    return text.format_map(words)


def _item(base: str, dept: tuple, fam: str, stem: str, op: tuple, level: str,
          rng: random.Random) -> dict:
    """One item's elements (what every region's guide of it shares)."""
    dept_name, short, law, life, _ = dept
    op_name, kind, aliases, result = op
    name, res = f"{stem}{op_name}", result.format(s=stem)
    w = {"s": stem, "n": name, "r": res, "law": law, "w": f"{short}窗口",
         "area": rng.choice([20, 30, 50, 60, 80, 100, 150, 200]), "k": rng.randint(1, 5),
         "k2": rng.randint(3, 30), "y": rng.randint(1, 5), "y2": rng.randint(2, 3),
         "d": rng.choice([10, 15, 20, 30, 60, 90]), "d2": rng.choice([3, 5, 7, 10]),
         "age": rng.choice([16, 18, 22, 60, 65, 70, 80]), "amt": rng.choice(range(50, 1500, 10)),
         "x": rng.choice([1.5, 2, 2.5]), "edu": rng.choice(EDUCATION), "m": rng.choice([3, 6])}
    conditions = [_fill(OP_CONDITIONS[kind], w)]
    conditions += [_fill(c, w) for c in rng.sample(CONDITIONS[fam], rng.randint(2, 4))]
    situations = rng.sample(SITUATIONS, rng.randint(0, 2))
    materials = []
    for m in rng.sample(MATERIALS[fam], rng.randint(3, min(5, len(MATERIALS[fam])))):
        mat = {"name": _fill(m, w), "form": rng.choice(["原件", "复印件", "原件和复印件", "电子"]),
               "copies": rng.choice([1, 1, 1, 2]), "required": rng.random() > 0.1,
               "source": rng.choice(["申请人自备", "申请人自备", "政府部门核发"])}
        if rng.random() < 0.5:
            mat["note"] = _fill(rng.choice(MATERIAL_NOTES), w)
        materials.append(mat)
    if any(s[0] == "委托代办" for s in situations):
        materials.append({"name": "授权委托书及代办人身份证件", "form": "原件", "copies": 1,
                          "required": False, "source": "申请人自备", "situation": "委托代办"})
    at_once = kind in AT_ONCE
    legal = rng.choice([5, 10]) if at_once else rng.choice([10, 15, 20, 30])
    promised = 0 if at_once else max(1, legal - rng.choice([0, 3, 5, 10]))
    depth = rng.choices(["full_online", "online_apply", "offline_only"], [35, 45, 20])[0]
    online = {"depth": depth}
    if depth != "offline_only":
        online["url"] = f"https://zwfw.hecheng.example/bs/{base}"
    online["visits"] = {"full_online": 0, "online_apply": 1}.get(depth, rng.choice([1, 2]))
    fee: dict = {"charged": False}
    if fam in ("lic", "cert") and kind in ("新办", "补领", "换证") and rng.random() < 0.3:
        fee = {"charged": True, "items": [{"name": f"{res}工本费",
                                           "amount": rng.choice([5, 10, 15, 20]),
                                           "basis": "省发展改革委、省财政厅核定的收费标准"}]}
    item_type = {"查询": "公共服务", "备案": "其他行政权力"}.get(kind, ITEM_TYPES[fam])
    return {
        "base_code": base, "name": name,
        "aliases": [a.format(s=stem) for a in rng.sample(aliases, rng.randint(2, len(aliases)))],
        "item_type": item_type, "status": "active", "service_object": OBJECTS[fam],
        "life_events": [life], "conditions": conditions,
        "situations": [{"name": s, "description": d} for s, d in situations],
        "materials": materials,
        "steps": [{"name": s, "description": _fill(d, w)} for s, d in STEPS],
        "legal_time_limit": {"value": legal, "unit": "working_day",
                             "note": f"自受理之日起{legal}个工作日内办结"},
        "promised_time_limit": {"value": promised, "unit": "working_day",
                                "note": "即来即办" if promised == 0
                                else f"材料齐全的{promised}个工作日内办结"},
        "fee": fee, "online": online, "appointment": rng.random() < 0.7,
        "express": rng.random() < 0.6,
        "cross_region": rng.choice(["none", "全市通办", "全省通办", "跨省通办"]),
        "legal_basis": [law], "result": res,
        "updated_at": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
        "_level": level, "_agency": dept_name, "_window": f"{short}窗口",
    }


def build_items(seed: int = 7, limit: int | None = None) -> list[dict]:
    """Every item of the province (or ``limit`` of them, a seeded choice), by base code."""
    items = []
    for d_no, dept in enumerate(DEPARTMENTS):
        for f_no, (fam, stems) in enumerate(dept[4].items()):
            for s_no, stem in enumerate(stems.split()):
                level = random.Random(f"{seed}:{stem}").choices(LEVEL_NAMES, LEVELS[fam])[0]
                for o_no, op in enumerate(OPERATIONS[fam]):
                    base = f"{d_no + 10:02d}{f_no}{s_no:03d}{o_no:02d}0000"
                    lv = "province" if op[1] == "查询" else level
                    items.append(_item(base, dept, fam, stem, op, lv,
                                       random.Random(f"{seed}:{base}")))
    if limit is not None and limit < len(items):
        items = sorted(random.Random(seed).sample(items, limit), key=lambda i: i["base_code"])
    return items


def _regions(towns_per_county: int, rng: random.Random) -> list[dict]:
    pairs = [a + b for a in PLACE_A for b in PLACE_B]
    cities = rng.sample(pairs, CITIES)
    counties = [p + rng.choice("区县") for p in rng.sample(pairs, CITIES * COUNTIES_PER_CITY)]
    towns = rng.sample([p + s for p in pairs for s in ("镇", "乡", "街道")],
                       CITIES * COUNTIES_PER_CITY * towns_per_county)
    out = [{"code": "900000", "name": PROVINCE, "level": "province"}]
    for c in range(1, CITIES + 1):
        city = f"90{c:02d}00"
        out.append({"code": city, "name": f"{cities[c - 1]}市", "level": "city",
                    "parent": "900000"})
        for k in range(1, COUNTIES_PER_CITY + 1):
            county = f"90{c:02d}{k:02d}"
            out.append({"code": county, "name": counties.pop(), "level": "county",
                        "parent": city})
            for t in range(1, towns_per_county + 1):
                out.append({"code": f"{county}{t:03d}", "name": towns.pop(), "level": "town",
                            "parent": county})
    return out


def _hall(region: dict, rng: random.Random) -> dict:
    return {
        "id": f"hall-{region['code']}", "name": f"{region['name']}政务服务中心",
        "region": region["code"],
        "address": f"{region['name']}{rng.choice(['人民', '中山', '建设', '解放'])}路"
                   f"{rng.randint(1, 300)}号",
        "location": {"lat": round(rng.uniform(21, 25), 5), "lon": round(rng.uniform(110, 116), 5)},
        "hours": HOURS, "phone": f"0{rng.randint(700, 799)}-{rng.randint(1000000, 9999999)}",
    }


def _counts(caps: list[int], guides: int, rng: random.Random) -> list[int]:
    """Guides per item: one at least, then as evenly as each item's level allows."""
    if not len(caps) <= guides <= sum(caps):
        raise SystemExit(f"{guides} guides cannot be spread over {len(caps)} items "
                         f"(between {len(caps)} and {sum(caps)})")
    lo, hi = 1, max(caps)
    while lo < hi:  # the largest even share that fits
        mid = (lo + hi + 1) // 2
        if sum(min(c, mid) for c in caps) <= guides:
            lo = mid
        else:
            hi = mid - 1
    counts = [min(c, lo) for c in caps]
    spare = [i for i, c in enumerate(caps) if c > lo]
    rng.shuffle(spare)
    for i in spare[: guides - sum(counts)]:
        counts[i] += 1
    return counts


def generate(out: Path, guides: int, seed: int = 7, items: int | None = None,
             towns_per_county: int = 8) -> dict:
    """Write the catalog to ``out`` (replacing it); return its figures."""
    rng = random.Random(seed)
    made_items = build_items(seed, items)
    regions = _regions(towns_per_county, rng)
    by_level: dict[str, list[dict]] = {lv: [] for lv in LEVEL_NAMES}
    for r in regions:
        by_level[r["level"]].append(r)
    counts = _counts([len(by_level[i["_level"]]) for i in made_items], guides, rng)
    per_region: dict[str, list[dict]] = {r["code"]: [] for r in regions}
    for item, n in zip(made_items, counts, strict=True):
        where = random.Random(f"{seed}:{item['base_code']}:regions").sample(
            by_level[item["_level"]], n)
        for r in sorted(where, key=lambda r: r["code"]):
            per_region[r["code"]].append(item)
    if out.exists():
        shutil.rmtree(out)
    (out / "guides").mkdir(parents=True)
    _dump(regions, out / "regions.yaml")
    _dump([_hall(r, rng) for r in regions], out / "halls.yaml")
    names = set()
    for r in regions:
        batch = []
        for item in per_region[r["code"]]:
            g = {"code": f"{item['base_code']}-{r['code']}"}
            g.update((k, v) for k, v in item.items() if not k.startswith("_"))
            g["region"] = r["code"]
            g["agency"] = f"{r['name']}{item['_agency']}"
            g["halls"] = [{"hall": f"hall-{r['code']}", "window": item["_window"]}]
            g["consult_phone"] = f"0{rng.randint(700, 799)}-{rng.randint(1000000, 9999999)}"
            g["complaint_phone"] = "12345"
            if rng.random() < 0.1:
                g["name"] = f"{g['name']}（{r['name']}）"
            if rng.random() < 0.002:
                g["status"] = rng.choice(["revoked", "suspended"])
            names.add(g["name"])
            batch.append(g)
        if batch:
            _dump(batch, out / "guides" / f"{r['code']}.yaml")
    figures = {"items": len(made_items), "guides": sum(counts), "regions": len(regions),
               "names": len(names),
               "levels": {lv: sum(1 for i in made_items if i["_level"] == lv)
                          for lv in LEVEL_NAMES}}
    print(f"{figures['guides']} guides of {figures['items']} items in {len(regions)} regions "
          f"({figures['names']} distinct names; items by level {figures['levels']}) -> {out}")
    return figures


def questions(n: int, seed: int = 7, items: int | None = None) -> list[str]:
    """``n`` questions as people type them: an item's alias (or its name) in a phrase."""
    rng = random.Random(f"{seed}:questions")
    pool = build_items(seed, items)
    out = []
    for _ in range(n):
        item = rng.choice(pool)
        a = rng.choice(item["aliases"]) if rng.random() < 0.7 else item["name"]
        out.append(rng.choice(QUESTIONS).format(a=a))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path("bench/out/province-100000"))
    ap.add_argument("--guides", type=int, default=100_000)
    ap.add_argument("--items", type=int, default=None, help="fewer items than all of them")
    ap.add_argument("--towns-per-county", type=int, default=8)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    generate(a.out, a.guides, a.seed, a.items, a.towns_per_county)


if __name__ == "__main__":
    main()
