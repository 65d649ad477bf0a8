"""A publish job's progress readable from another app worker: two ``Publisher``s (two
workers) sharing the real Redis on loopback (tests/redisdb.py); one runs a job, the other
answers the admin page's poll for it, while it runs and when it is done."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.staff.admin.publishing import Job, Publisher
from bot.store.journal import Journal, database_url
from index.embedder import Embedder
from tests.redisdb import REDIS, fresh_prefix

pytestmark = pytest.mark.integration


def _workers(tmp_path: Path, embedder: Embedder, redis_url: str,
             prefix: str) -> tuple[Publisher, Publisher]:
    settings = Settings(index_dir=tmp_path / "index", catalogs_dir=tmp_path / "catalogs",
                        redis_url=redis_url, redis_prefix=prefix)
    journal = Journal(database_url("", tmp_path / "guidebot.db"))
    return Publisher(settings, embedder, journal), Publisher(settings, embedder, journal)


def _until(read, wanted, timeout: float = 10.0):  # noqa: ANN001, ANN202
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = read()
        if found is not None and wanted(found):
            return found
        time.sleep(0.05)
    raise AssertionError(f"not seen within {timeout} s: {read()}")


def _slow_job(release: threading.Event):  # noqa: ANN202
    def work(job: Job) -> None:
        job.stage, job.done, job.total = "计算向量", 3, 10
        release.wait(10)
        job.state, job.stage, job.message = "done", "完成", "已发布版本 v-test"
    return work


def test_另一个工作进程也能查到发布任务的进度和结果(tmp_path: Path, embedder: Embedder) -> None:
    with fresh_prefix() as prefix:
        one, other = _workers(tmp_path, embedder, REDIS, prefix)
        release = threading.Event()
        job = one._start("publish", "测试目录", _slow_job(release), "editor")
        running = _until(lambda: other.job(job.id), lambda j: j.stage == "计算向量")
        assert (running.state, running.done, running.total) == ("running", 3, 10)
        release.set()
        done = _until(lambda: other.job(job.id), lambda j: j.state == "done")
        assert done.to_dict() == one.job(job.id).to_dict()
        assert other.job("no-such-job") is None
        one.mirror.close()
        other.mirror.close()


@pytest.mark.parametrize("redis_url", ["", "redis://127.0.0.1:1/0"],
                         ids=["not-configured", "down"])
def test_没有Redis时任务只在自己的工作进程里可查(tmp_path: Path, embedder: Embedder,
                                                 redis_url: str) -> None:
    one, other = _workers(tmp_path, embedder, redis_url, "guidebottest:")
    release = threading.Event()
    release.set()
    job = one._start("publish", "测试目录", _slow_job(release), "editor")
    assert _until(lambda: one.job(job.id), lambda j: j.state == "done").state == "done"
    assert other.job(job.id) is None
