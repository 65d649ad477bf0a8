#!/usr/bin/env python3
"""Write questions.yaml (conversation-file format) from the question lists in
questions_data.py, filling in codes, phones and hall names from catalog_data.py so that
every expected string is the catalog's own.

Run: python3 make_questions.py   (stdlib + pyyaml)

Each turn carries ``metadata.target``: where its expected strings come from
(``guide:<code>``, ``item:<key>`` = every guide of the item, ``faq:<id>``,
``bundle:<id>``, ``hall:<id>``, ``none`` for not-found).  check_questions.py uses it.
"""
from __future__ import annotations

from pathlib import Path

import yaml

import catalog_data as cd
from make_catalog import (build_guide, consult_phone, guide_code, item_by_key, regions_of,
                          status_of)

HERE = Path(__file__).resolve().parent

# Variants / near neighbours: a question about one must not be answered with the other.
SIBLINGS = [
    ["id_first", "id_renew", "id_lost"],
    ["marry", "divorce", "marry_cert"],
    ["geti_new", "geti_change", "geti_cancel"],
    ["food_new", "food_renew", "food_cancel"],
    ["sbk_new", "sbk_lost"],
    ["dl_lost", "dl_renew"],
    ["car_new", "car_transfer"],
    ["jmyl_reg", "jmyl_pay"],
    ["gjj_buy", "gjj_rent"],
    ["residence", "zanzhu"],
    ["yljg", "yljg_old"],
    ["shengyu", "zaishengyu"],
    ["passport", "hk", "tw"],
    ["house_transfer", "bdc_lost", "mortgage"],
    ["dibao", "tekun"],
]


def siblings(key: str) -> list[str]:
    out: list[str] = []
    for grp in SIBLINGS:
        if key in grp:
            out += [k for k in grp if k != key]
    return out


def resolve(key: str, r: str | None) -> str | None:
    """The region whose guide answers item ``key`` for a user in region ``r``."""
    regs = regions_of(item_by_key(key))
    if r is None:
        return regs[0] if len(regs) == 1 else None
    if r in regs:
        return r
    if r == "lx" and "bl" in regs:
        return "bl"
    if "city" in regs:
        return "city"
    raise ValueError(f"{key} has no guide for {r}")


def code(key: str, r: str | None = None) -> str:
    rr = resolve(key, r)
    assert rr, (key, r)
    return guide_code(item_by_key(key), rr)


def codes_of(key: str) -> list[str]:
    it = item_by_key(key)
    return [guide_code(it, r) for r in regions_of(it)]


def ph(key: str, r: str | None = None) -> str:
    rr = resolve(key, r)
    assert rr, (key, r)
    return consult_phone(item_by_key(key), rr)


def hall(key: str, r: str | None = None) -> dict:
    rr = resolve(key, r)
    g = build_guide(item_by_key(key), rr)
    hid = g["halls"][0]["hall"]
    return next(h for h in cd.HALLS if h["id"] == hid)


def hall_by_id(hid: str) -> dict:
    return next(h for h in cd.HALLS if h["id"] == hid)


FREE = ["不收费", "免费", "无需缴费", "不收取费用"]
NOT_EXPRESS = ["不支持邮寄", "不能邮寄", "不提供邮寄", "不支持寄递"]
NOT_APPT = ["不支持预约", "无需预约", "不需要预约", "现场取号"]


def T(say=None, *, k=None, r=None, has=(), anyof=(), no=(), nk=(), ncodes=(), no_code=False,
      may_ask=False, trad=False, target=None, location=None, codes=None, press=None):
    """One turn.  k: the item key expected; r: the region the user is in (named now or
    earlier in the dialogue).  has → contains; anyof → contains_any (list of groups or
    one flat group); no → not_contains; nk → item keys whose guides must not be cited
    (siblings are added automatically)."""
    t: dict = {}
    if location is not None:
        t["location"] = {"lat": location[0], "lon": location[1]}
    elif press is not None:
        t["press"] = press
    else:
        t["say"] = say
    if codes is None:
        codes = []
        if k and not no_code and target is None:
            rr = resolve(k, r)
            # A status notice (revoked / suspended) is checked by its own sentence, not by a code.
            if rr and status_of(item_by_key(k), rr)[0] == "active":
                codes = [guide_code(item_by_key(k), rr)]
    if codes:
        t["codes"] = list(codes)
    bad = list(ncodes)
    # Siblings must not be cited -- except after a status notice, where pointing to the
    # replacement (暂住证 → 居住证) is welcome.
    in_use = bool(k) and any(status_of(item_by_key(k), x)[0] == "active"
                             for x in ([resolve(k, r)] if resolve(k, r) else regions_of(item_by_key(k))))
    for key in list(nk) + (siblings(k) if in_use else []):
        bad += codes_of(key)
    bad = [c for c in dict.fromkeys(bad) if c not in codes]
    if bad:
        t["not_codes"] = bad
    if has:
        t["contains"] = list(has)
    if anyof:
        groups = [list(anyof)] if all(isinstance(x, str) for x in anyof) else [list(g) for g in anyof]
        t["contains_any"] = groups
    if no:
        t["not_contains"] = list(no)
    if no_code:
        t["no_code"] = True
    if may_ask:
        t["may_ask"] = True
    if trad:
        t["script"] = "traditional"
    if target is None:
        if no_code:
            target = ["none"]
        elif k:
            rr = resolve(k, r)
            target = [f"guide:{guide_code(item_by_key(k), rr)}"] if rr else [f"item:{k}"]
        else:
            target = ["none"]
    elif isinstance(target, str):
        target = [target]
    t["metadata"] = {"target": target}
    return t


CONVS: list[dict] = []
_seen: set[str] = set()


def _conv(cid, tags, desc, turns, meta=None):
    assert cid not in _seen, cid
    _seen.add(cid)
    c = {"id": cid, "description": desc, "tags": list(dict.fromkeys(tags)), "turns": turns}
    if meta:
        c["metadata"] = meta
    CONVS.append(c)


_counter = {"s": 0, "m": 0, "n": 0}


def S(tags, say, k=None, desc=None, meta=None, **kw):
    """A single-turn conversation."""
    _counter["s"] += 1
    name = item_by_key(k)["name"] if k else "—"
    cid = f"s{_counter['s']:03d}-{(k or 'misc').replace('_', '-')}"
    _conv(cid, tags, desc or f"{name}｜{'、'.join(tags)}", [T(say, k=k, **kw)], meta)


def N(say, nk=(), no=(), desc=None, extra_tags=(), trad=False):
    """A negative single-turn conversation: the catalog does not hold what is asked."""
    _counter["n"] += 1
    cid = f"n{_counter['n']:03d}"
    tags = ["negative"] + list(extra_tags) + (["traditional"] if trad else [])
    _conv(cid, tags, desc or f"目录没有的事项：{say[:24]}",
          [T(say, nk=nk, no=no, no_code=True, trad=trad)])


def M(slug, tags, desc, turns, meta=None):
    """A multi-turn conversation."""
    _counter["m"] += 1
    cid = f"m{_counter['m']:02d}-{slug}"
    _conv(cid, list(tags) + ["follow-up"], desc, turns, meta)


def main() -> None:
    import make_questions as mq  # the module questions_data fills (not __main__)
    import questions_data  # noqa: F401  (fills mq.CONVS through S/N/M)
    convs = mq.CONVS
    doc = {"version": 1, "conversations": convs}
    header = ("# 金沙市（虚构城市）盲测问题集 holdout_jinsha —— 由 make_questions.py 生成，请勿手工修改。\n"
              "# 格式见 bot/evaluation/conversation_file.py；每一轮的 metadata.target 说明期望字符串出自目录的哪一部分。\n")
    text = yaml.dump(doc, Dumper=_NoAlias, allow_unicode=True, sort_keys=False, width=1000)
    (HERE / "questions.yaml").write_text(header + text, encoding="utf-8")
    single = sum(1 for c in convs if len(c["turns"]) == 1)
    print(f"conversations={len(convs)} single={single} multi={len(convs) - single} "
          f"turns={sum(len(c['turns']) for c in convs)}")


class _NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


if __name__ == "__main__":
    main()
