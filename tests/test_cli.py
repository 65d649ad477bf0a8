"""The `guidebot` commands other tools rely on, run as real processes (DESIGN.md interfaces)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
GUIDEBOT = str(Path(sys.executable).with_name("guidebot"))


def run(env: dict, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([GUIDEBOT, *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture
def env(tmp_path: Path, mini_catalog: Path, model_dir: Path) -> dict:
    return dict(os.environ, GUIDEBOT_INDEX_DIR=str(tmp_path / "index"),
                GUIDEBOT_CATALOG=str(mini_catalog), GUIDEBOT_MODEL_DIR=str(model_dir))


def test_reindex_search_and_batch(env: dict, mini_catalog: Path) -> None:
    # The catalog comes from GUIDEBOT_CATALOG when --catalog is not given.
    done = run(env, "reindex")
    assert done.returncode == 0, done.stderr
    assert "published and serving" in done.stdout

    done = run(env, "search", "身份證丟咗點算", "--region", "100101", "--top", "3", "--json")
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert hits[0]["code"] == "ID-REISSUE-100101"
    for hit in hits:
        assert {"code", "name", "kind", "region", "status", "score"} <= hit.keys()
        assert hit["kind"] in ("guide", "faq", "bundle")

    done = run(env, "search", "开亲属关系证明", "--json")
    revoked = json.loads(done.stdout)[0]
    assert (revoked["code"], revoked["status"], revoked["answerable"]) == (
        "KINSHIP-100102", "revoked", False)

    batch = "\n".join([
        json.dumps({"q": "领结婚证要什么材料"}, ensure_ascii=False),
        json.dumps({"q": "补办身份证", "region": "100101"}, ensure_ascii=False),
        "",
        "not json",
    ])
    done = run(env, "search", "--batch", "-", "--top", "2", stdin=batch)
    lines = [json.loads(x) for x in done.stdout.splitlines()]
    assert lines[0][0]["code"] == "MARRIAGE-100100"
    assert lines[1][0]["code"] == "ID-REISSUE-100101"
    assert lines[2]["line"] == 4 and "error" in lines[2]
    assert done.returncode == 1 and "line 4" in done.stderr


def test_reindex_of_a_broken_catalog_reports_all_and_keeps_serving(
    env: dict, mini_catalog: Path
) -> None:
    assert run(env, "reindex").returncode == 0
    served = (Path(env["GUIDEBOT_INDEX_DIR"]) / "CURRENT").read_text()
    guides = mini_catalog / "guides" / "id.yaml"
    guides.write_text(guides.read_text(encoding="utf-8").replace("status: active", "status: 在用")
                      .replace("halls: [hall-city]", "halls: [hall-gone]"), encoding="utf-8")
    done = run(env, "reindex")
    assert done.returncode == 1
    assert "guides/id.yaml | ID-REISSUE-100101 | status" in done.stdout
    assert "guides/id.yaml | MARRIAGE-100100 | halls[0]" in done.stdout
    assert (Path(env["GUIDEBOT_INDEX_DIR"]) / "CURRENT").read_text() == served
    hits = json.loads(run(env, "search", "补办身份证", "--json").stdout)
    assert hits[0]["status"] == "active"


def test_search_without_an_index_is_a_clear_error(env: dict) -> None:
    done = run(env, "search", "身份证", "--json")
    assert done.returncode == 1
    assert "guidebot reindex" in done.stderr


def test_output_into_a_closed_pipe_ends_quietly(mini_catalog: Path) -> None:
    """``guidebot validate ... | head -1``: the reader leaves early; no traceback, exit 0."""
    proc = subprocess.Popen([GUIDEBOT, "validate", "--catalog", str(mini_catalog)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before anything is written
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert b"Traceback" not in err and b"BrokenPipe" not in err
