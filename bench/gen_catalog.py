"""Generate a province-size synthetic catalog from a real one's items.

Each item (base_code) of the source catalog is implemented in many synthetic
regions, as a province's full catalog is: one province, cities, counties and
towns, each with its own agency, halls and phone. About one guide in ten
carries a local name variant ("…（某某区）"), as real exports do, so the
number of distinct texts grows with the catalog instead of staying fixed.

    python bench/gen_catalog.py --source data/catalog --out bench/out/catalog-100k --guides 100000
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

import yaml

from bot.catalog.validate import load_catalog

CITIES, COUNTIES_PER_CITY = 21, 6
HOURS = [{"days": [1, 2, 3, 4, 5], "open": "09:00", "close": "12:00"},
         {"days": [1, 2, 3, 4, 5], "open": "14:00", "close": "17:30"}]


def _regions(towns_per_county: int) -> list[dict]:
    out = [{"code": "900000", "name": "合成省", "level": "province"}]
    for c in range(1, CITIES + 1):
        city = f"90{c:02d}00"
        out.append({"code": city, "name": f"合成{c}市", "level": "city", "parent": "900000"})
        for k in range(1, COUNTIES_PER_CITY + 1):
            county = f"90{c:02d}{k:02d}"
            out.append({"code": county, "name": f"合成{c}市{k}区", "level": "county",
                        "parent": city})
            for t in range(1, towns_per_county + 1):
                out.append({"code": f"{county}{t:03d}", "name": f"合成{c}市{k}区{t}镇",
                            "level": "town", "parent": county})
    return out


def _hall(region: dict, rng: random.Random) -> dict:
    return {
        "id": f"hall-{region['code']}", "name": f"{region['name']}政务服务中心",
        "region": region["code"], "address": f"{region['name']}人民路{rng.randint(1, 300)}号",
        "location": {"lat": round(rng.uniform(21, 25), 5), "lon": round(rng.uniform(110, 116), 5)},
        "hours": HOURS, "phone": f"0000-{rng.randint(1000000, 9999999)}",
    }


def generate(source: Path, out: Path, guides: int, seed: int = 7) -> None:
    report = load_catalog(source)
    if not report.ok or report.catalog is None:
        raise SystemExit(f"source catalog has errors:\n{report.format()}")
    rng = random.Random(seed)
    templates = {}
    for g in report.catalog.guides.values():
        if g.status == "active":
            templates.setdefault(g.group, g)
    items = [t.model_dump(exclude_none=True) for t in templates.values()]
    # Enough towns that no region needs the same item twice.
    counties = CITIES * COUNTIES_PER_CITY
    towns = max(0, -(-(-(-guides // len(items)) - 1 - CITIES - counties) // counties))
    regions = _regions(towns)
    if out.exists():
        shutil.rmtree(out)
    (out / "guides").mkdir(parents=True)
    dump = lambda data, path: path.write_text(  # noqa: E731
        yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    dump(regions, out / "regions.yaml")
    dump([_hall(r, rng) for r in regions], out / "halls.yaml")

    per_region = -(-guides // len(regions))
    made = 0
    for n, r in enumerate(regions):
        batch = []
        for j in range(min(per_region, guides - made)):
            g = dict(items[(n * 7 + j) % len(items)])
            base = g.get("base_code") or g["code"]
            g["base_code"] = base
            g["code"] = f"{base}-{r['code']}"
            g["region"] = r["code"]
            g["agency"] = f"{r['name']}{g['agency'][-3:]}"
            g["halls"] = [{"hall": f"hall-{r['code']}"}]
            g["consult_phone"] = f"0000-{rng.randint(1000000, 9999999)}"
            if rng.random() < 0.1:
                g["name"] = f"{g['name']}（{r['name']}）"
            if rng.random() < 0.002:
                g["status"] = rng.choice(["revoked", "suspended"])
            batch.append(g)
        made += len(batch)
        if batch:
            dump(batch, out / "guides" / f"{r['code']}.yaml")
    print(f"{made} guides in {len(regions)} regions, {len(items)} items -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, default=Path("data/catalog"))
    ap.add_argument("--out", type=Path, default=Path("bench/out/catalog-100k"))
    ap.add_argument("--guides", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    generate(a.source, a.out, a.guides, a.seed)


if __name__ == "__main__":
    main()
