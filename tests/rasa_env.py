"""Running a script in the Rasa environment (.venv-rasa, Python 3.10) from a test: Rasa's
own classes with ours installed, telemetry off. The test is skipped when that environment
has not been made (scripts/setup_rasa.sh makes it)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
RASA_PYTHON = PROJECT / ".venv-rasa" / "bin" / "python"


def run_in_rasa(script: str, *args: str) -> object:
    """The JSON the script prints on its last line (the script fails the test on error)."""
    if not RASA_PYTHON.exists():
        pytest.skip("the Rasa environment is made by scripts/setup_rasa.sh")
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2",
               SQLALCHEMY_SILENCE_UBER_WARNING="1", PYTHONWARNINGS="ignore")
    proc = subprocess.run([str(RASA_PYTHON), "-c", script, *args], cwd=PROJECT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])
