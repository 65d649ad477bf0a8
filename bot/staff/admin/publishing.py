"""Publishing from the content admin: snapshots, publish and rollback jobs, the audit log.

    publisher = Publisher(settings, embedder, journal)
    job = publisher.publish(staged, staff)          # runs in a thread; poll publisher.job(id)
    job = publisher.rollback(publication_id, staff)

Every catalog published here is first copied, content-addressed, to
``catalogs_dir/snapshots/<digest>/`` and published from that copy, so the audit log
can always republish it: index versions are pruned (index/version.py keeps five), a
snapshot is kept for good. A rollback republishes an earlier snapshot (the embedding
cache makes that quick) and is logged like a publish, with its own diff.

One job runs at a time (a lock here; ``publish()`` also locks the index directory
against other processes). With Redis a job's progress is readable from every worker
(job_mirror.py). Whatever fails, the served index stays as it was:
``publish()`` builds beside it and switches only when the version is complete.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import secrets
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from bot.catalog.validate import Report, load_catalog
from bot.security.audit import security_event
from bot.settings import Settings
from bot.staff.admin.diff import catalog_diff, summary, summary_text
from bot.staff.admin.dryrun import dry_run_impact
from bot.staff.admin.job_mirror import JobMirror
from bot.staff.admin.staging import Staged
from bot.store.accounts import Staff
from bot.store.journal import Journal
from bot.store.models import Publication
from index.embedder import Embedder
from index.filecache import FileCache
from index.served import LoadedVersion
from index.version import current_id, publish, version_path

log = logging.getLogger(__name__)

#: load_catalog() shares a memo of guide checks between calls (bot/catalog/memo.py):
#: every validation in this process goes through this lock.
VALIDATION_LOCK = threading.Lock()
KEEP_JOBS = 50
#: Who the audit log names for a version published outside the admin (guidebot reindex).
COMMAND_LINE = "guidebot reindex"
IMPACT_FILE = "impact.json"


def problems_of(report: Report) -> list[dict]:
    order = sorted(report.problems, key=lambda p: (p.severity != "error", p.file, p.code,
                                                   p.field))
    return [{"file": p.file, "code": p.code, "field": p.field, "reason": p.reason,
             "severity": p.severity} for p in order]


def validation(catalog_dir: Path) -> tuple[Report, dict]:
    """A catalog's report, and its summary for the page: ok, error and warning counts,
    every problem."""
    with VALIDATION_LOCK:
        report = load_catalog(catalog_dir)
    return report, {"ok": report.ok, "errors": len(report.errors),
                    "warnings": len(report.warnings), "problems": problems_of(report)}


def review(catalog_dir: Path, index_dir: Path) -> dict:
    """The validation report of a catalog and, when it is valid, its diff against the served."""
    report, out = validation(catalog_dir)
    return {**out, "diff": catalog_diff(report, index_dir) if report.ok else None}


def catalog_digest(files: dict[str, str]) -> str:
    """The identity of a catalog's content: its files' names and sha256 digests."""
    h = hashlib.sha256()
    for rel in sorted(files):
        h.update(f"{rel}\0{files[rel]}\0".encode())
    return h.hexdigest()[:24]


def snapshot(files: dict[str, str], source: Path, root: Path) -> Path:
    """Copy the catalog files of ``source`` (rel -> sha256, as validated) into
    ``root/<digest>`` once; a copy already there is reused. Each file is checked
    against its digest, so the snapshot is what was validated."""
    dest = root / catalog_digest(files)
    if dest.is_dir():
        return dest
    tmp = root / f".{dest.name}.{secrets.token_hex(4)}.tmp"
    try:
        for rel, sha in files.items():
            raw = (source / rel).read_bytes()
            if hashlib.sha256(raw).hexdigest() != sha:
                raise RuntimeError(f"{rel} changed after it was validated")
            (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp / rel).write_bytes(raw)
        tmp.rename(dest)
    except FileExistsError:  # the same content snapshotted meanwhile
        pass
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def save_impact(staged: Staged, impact: dict) -> None:
    (staged.folder / IMPACT_FILE).write_text(json.dumps(impact, ensure_ascii=False))


def saved_impact(staged: Staged) -> dict | None:
    """The impact last computed for a staged catalog (None: not yet)."""
    try:
        return json.loads((staged.folder / IMPACT_FILE).read_text())
    except (OSError, ValueError):
        return None


@dataclass
class Job:
    """A publish or rollback running in the background; what the page polls."""

    id: str
    action: str  # publish | rollback
    source: str
    state: str = "queued"  # queued | running | done | unchanged | failed
    stage: str = "排队中"
    done: int = 0
    total: int = 0
    message: str = ""
    problems: list[dict] = field(default_factory=list)
    publication: dict | None = None
    impact: dict | None = None
    started: float = field(default_factory=time.time)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in _JOB_FIELDS}

    @classmethod
    def from_dict(cls, data: dict) -> Job:
        """A job another worker runs, as it last wrote it (job_mirror.py)."""
        return cls(**{k: data[k] for k in _JOB_FIELDS if k in data})


_JOB_FIELDS = ("id", "action", "source", "state", "stage", "done", "total", "message",
               "problems", "publication", "impact", "seconds")


class NotFound(LookupError):
    pass


class Publisher:
    def __init__(self, settings: Settings, embedder: Embedder, journal: Journal) -> None:
        self.settings = settings
        self.index_dir = settings.index_dir
        self.snapshots = settings.catalogs_dir / "snapshots"
        self.snapshots.mkdir(parents=True, exist_ok=True)
        self.embedder = embedder
        self.journal = journal
        self.cache: FileCache | None = None
        self._run_lock = threading.Lock()  # one publish or rollback at a time
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._jobs_lock = threading.Lock()
        #: With Redis, every worker can answer for a job another one runs.
        self.mirror = JobMirror(settings.redis_url, settings.redis_prefix) \
            if settings.redis_url else None

    # --- jobs ---

    def job(self, ident: str) -> Job | None:
        with self._jobs_lock:
            mine = self._jobs.get(ident)
        if mine is not None or self.mirror is None:
            return mine
        shared = self.mirror.read(ident)
        return Job.from_dict(shared) if shared is not None else None

    def _start(self, action: str, source: str, work, username: str) -> Job:  # noqa: ANN001
        job = Job(secrets.token_hex(8), action, source)
        security_event(f"{action}_asked", job=job.id, username=username, source=source)
        with self._jobs_lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP_JOBS:
                self._jobs.popitem(last=False)

        def run() -> None:
            with self._run_lock:
                job.state, job.stage = "running", "校验目录"
                try:
                    work(job)
                except Exception as e:  # the served index is untouched; say why
                    log.exception("%s failed", action)
                    job.state, job.message = "failed", f"发布失败: {e}"
                job.seconds = round(time.time() - job.started, 2)
                security_event(f"{action}_{job.state}", job=job.id, username=username,
                               version=(job.publication or {}).get("index_version"))

        threading.Thread(target=run, name=f"admin-{action}", daemon=True).start()
        if self.mirror is not None:
            self.mirror.follow(job.id, job.to_dict)
        return job

    def publish(self, staged: Staged, staff: Staff, impact: dict | None = None) -> Job:
        """Publish a staged catalog; ``impact`` (what the page showed of its impact) goes
        into the audit row."""
        source = staged.source
        return self._start("publish", source, lambda job: self._run(
            job, staged.catalog, staff, "publish", source, impact), staff.username)

    def impact(self, staged: Staged, staff: Staff,
               loaded: Callable[[], LoadedVersion] | None = None) -> Job:
        """Build the staged catalog without serving it and replay the questions (impact.py);
        the result is kept beside the staged catalog (``impact.json``) for the publish."""

        def work(job: Job) -> None:
            def progress(stage: str, done: int, total: int) -> None:
                job.stage, job.done, job.total = stage, done, total

            self.cache = self.cache or FileCache(self.index_dir / "cache" / "files")
            out = dry_run_impact(staged.catalog, self.settings, self.embedder, self.journal,
                                 progress=progress, cache=self.cache, loaded=loaded,
                                 lock=VALIDATION_LOCK)
            if not out["ok"]:
                job.state, job.problems = "failed", problems_of(out["report"])
                job.message = "校验未通过, 无法计算影响"
                return
            job.impact = out["impact"]
            save_impact(staged, job.impact)
            job.state, job.stage = "done", "完成"
            job.message = (f"重放了 {job.impact['questions']} 个问题: "
                           f"{job.impact['changed']} 个结果变化, {job.impact['lost']} 个将失去答案")

        return self._start("impact", staged.source, work, staff.username)

    def rollback(self, publication_id: int, staff: Staff) -> Job:
        with self.journal.session() as s:
            row = s.get(Publication, publication_id)
        if row is None:
            raise NotFound(f"没有编号为 {publication_id} 的发布记录")
        folder = self.snapshots.parent / row.snapshot
        if not row.snapshot or not folder.is_dir():
            raise NotFound(f"发布记录 {publication_id} 的目录副本已不存在, 无法回滚")
        source = f"回滚到 #{row.id} (版本 {row.index_version})"
        return self._start("rollback", source, lambda job: self._run(
            job, folder, staff, "rollback", source), staff.username)

    # --- the work ---

    def _run(self, job: Job, catalog_dir: Path, staff: Staff, action: str, source: str,
             impact: dict | None = None) -> None:
        with VALIDATION_LOCK:
            report = load_catalog(catalog_dir)
            if not report.ok:
                job.state, job.problems = "failed", problems_of(report)
                job.message = f"校验未通过 ({len(report.errors)} 个错误), 未发布"
                return
            diff = catalog_diff(report, self.index_dir)
            previous = diff["served_version"]
            if diff["identical"] and previous is not None:
                job.state, job.message = "unchanged", "与正在服务的版本内容相同, 无需发布"
                return
            if previous is not None:
                self._record_baseline(previous)
            job.stage = "保存目录副本"
            snap = snapshot(report.files, catalog_dir, self.snapshots)

            def progress(done: int, total: int) -> None:
                job.stage, job.done, job.total = "计算向量", done, total

            job.stage = "建立索引"
            self.cache = self.cache or FileCache(self.index_dir / "cache" / "files")
            result = publish(snap, self.index_dir, self.embedder, progress=progress,
                             cache=self.cache)
        if result.version is None:
            job.state, job.problems = "failed", problems_of(result.report)
            job.message = "校验未通过, 未发布; 正在服务的索引保持不变"
            return
        if result.unchanged:
            job.state, job.message = "unchanged", "与正在服务的版本相同, 无需发布"
            return
        s = summary(diff)
        if impact is not None:
            s["impact"] = impact
        row = Publication(created_at=dt.datetime.now(dt.UTC), user_id=staff.user_id,
                          username=staff.username, action=action,
                          index_version=result.version, previous_version=previous or "",
                          snapshot=snap.relative_to(self.snapshots.parent).as_posix(),
                          source=source, summary=json.dumps(s, ensure_ascii=False))
        with self.journal.session() as db, db.begin():
            db.add(row)
        job.publication = publication_dict(row, served=result.version)
        job.state, job.stage = "done", "完成"
        job.message = (f"已发布版本 {result.version}: {summary_text(s)} "
                       f"({result.embedded} 段文本新计算向量, {result.seconds:.1f} 秒)")

    def _record_baseline(self, version: str) -> None:
        """Before the first publish over a version the command line published, keep that
        version too (a snapshot of its catalog directory, if its files are still the ones
        published), so the audit log can roll back to it."""
        with self.journal.session() as s:
            known = s.scalar(select(Publication.id).where(Publication.index_version == version)
                             .limit(1))
        if known is not None:
            return
        try:
            manifest = json.loads((version_path(self.index_dir, version) / "manifest.json")
                                  .read_text())
            source = Path(manifest["catalog"])
            snap = snapshot(manifest["files"], source, self.snapshots)
        except (OSError, ValueError, KeyError, RuntimeError) as e:
            log.warning("cannot keep the served version %s for rollback: %s", version, e)
            return
        created = _parse_time(manifest.get("created_at", ""))
        row = Publication(created_at=dt.datetime.now(dt.UTC), user_id=None,
                          username=COMMAND_LINE, action="publish",
                          index_version=version, previous_version="",
                          snapshot=snap.relative_to(self.snapshots.parent).as_posix(),
                          source=str(source), summary=json.dumps(
                              {"note": "命令行发布的版本, 由内容管理在下一次发布前保存"},
                              ensure_ascii=False))
        if created is not None:
            row.created_at = created
        with self.journal.session() as db, db.begin():
            db.add(row)

    # --- the audit log ---

    def publications(self, limit: int = 200) -> dict:
        served = current_id(self.index_dir)
        with self.journal.session() as s:
            rows = s.scalars(select(Publication).order_by(Publication.id.desc())
                             .limit(limit)).all()
        return {"served_version": served,
                "publications": [publication_dict(r, served) for r in rows]}


def _parse_time(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return None


def publication_dict(row: Publication, served: str | None) -> dict:
    try:
        s = json.loads(row.summary or "{}")
    except ValueError:
        s = {}
    created = row.created_at
    return {"id": row.id, "created_at": created.isoformat() if created else None,
            "username": row.username, "action": row.action,
            "index_version": row.index_version, "previous_version": row.previous_version,
            "source": row.source, "summary": s, "summary_text": s.get("note")
            or summary_text(s), "served": row.index_version == served}
