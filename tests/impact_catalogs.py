"""Small catalogs for the impact tests (test_impact.py, test_admin_impact_browser.py): the
mini catalog (tests/fixtures/mini) served, and three new versions of it, each changing
what some questions get, plus the questions replayed and what the journal says was asked.

    renamed(src, dest)     the ID item gets a new code and name (ID-REPLACE, 居民身份证丢失补办)
    revoked(src, dest)     内地居民结婚登记 is revoked
    lookalike(src, dest)   a close look-alike of the ID item is added (居民身份证换领)
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bot.store.journal import Journal

MINI = Path(__file__).parent / "fixtures" / "mini"

#: The development questions of these tests (written as citizens type).
QUESTIONS = [
    {"q": "身份证丢了怎么补办", "region": "100101"},
    {"q": "补办身份证要带什么材料", "region": "100101"},
    {"q": "结婚登记要带什么材料"},
    {"q": "领结婚证在哪里办"},
    {"q": "开亲属关系证明"},
    {"q": "身份证怎么办理", "region": "100101"},
    {"q": "办身份证要多少钱", "region": "100101"},
]
#: What citizens asked (masked text, as the journal keeps it): the most asked first.
ASKED = {"领结婚证在哪里办": 7, "身份证丢了怎么补办": 3}


def question_file(path: Path) -> Path:
    path.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in QUESTIONS) + "\n",
                    encoding="utf-8")
    return path


def journal_asked(journal: Journal) -> None:
    """The journal's answers to ASKED, each as often as it was asked."""
    for question, times in ASKED.items():
        for _ in range(times):
            journal.answered(question=question, code="", name="", aspect="", source="",
                             region="", index_version="", channel="web", conversation="")


def _copy(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


def renamed(src: Path, dest: Path) -> Path:
    _copy(src, dest)
    for rel in ("guides/id.yaml", "bundles.yaml"):
        path = dest / rel
        path.write_text(path.read_text().replace("ID-REISSUE", "ID-REPLACE")
                        .replace("name: 居民身份证补领", "name: 居民身份证丢失补办"))
    return dest


def revoked(src: Path, dest: Path) -> Path:
    _copy(src, dest)
    path = dest / "guides" / "id.yaml"
    text = path.read_text()
    at = text.index("code: MARRIAGE-100100")
    status = text.index("status: active", at)
    path.write_text(text[:status] + "status: revoked" + text[status + len("status: active"):])
    return dest


def lookalike(src: Path, dest: Path) -> Path:
    _copy(src, dest)
    guide = {
        "code": "ID-RENEW-100101", "base_code": "ID-RENEW", "name": "居民身份证换领",
        "aliases": ["身份证到期换领", "换身份证"], "item_type": "行政许可", "status": "active",
        "region": "100101", "agency": "甲市公安局东区分局",
        "service_object": ["natural_person"], "conditions": ["居民身份证有效期满或证件损坏"],
        "materials": [{"name": "户口簿", "form": "原件", "copies": 1, "required": True}],
        "steps": [{"name": "受理", "description": "窗口采集照片和指纹"}, {"name": "领证"}],
        "legal_time_limit": {"value": 60, "unit": "natural_day"},
        "promised_time_limit": {"value": 20, "unit": "working_day"},
        "fee": {"charged": True, "items": [{"name": "换领工本费", "amount": 20,
                                             "basis": "价格主管部门规定"}]},
        "online": {"depth": "offline_only", "visits": 1}, "halls": ["hall-east"],
        "consult_phone": "0000-2234568", "updated_at": "2026-03-01"}
    (dest / "guides" / "renew.json").write_text(json.dumps([guide], ensure_ascii=False))
    return dest
