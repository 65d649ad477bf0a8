"""Rasa checks every answer of the action webhook against its JSON schema; ours checks with
the schema compiled once (guidebot_rasa/action_validation.py). Run in the Rasa
environment: the same answers pass and fail as with Rasa's own check, with the same
message, and the check is the one Rasa's RemoteAction uses once our channel is loaded."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration  # a Python 3.10 process with Rasa

PROJECT = Path(__file__).resolve().parents[1]
RASA_PYTHON = PROJECT / ".venv-rasa" / "bin" / "python"

_SCRIPT = r"""
import json, sys
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
original = RemoteAction._validate_action_result
import guidebot_rasa.rest  # installs the compiled check, as when Rasa loads the channel
from guidebot_rasa.action_validation import validate_action_result
assert RemoteAction._validate_action_result is validate_action_result

action = RemoteAction.__new__(RemoteAction)  # its checks read no instance state

def outcome(check, result):
    try:
        return ["ok", check(action, result)]
    except ValidationError as e:
        return ["error", e.message, list(e.path)]

cases = json.loads(sys.argv[1])
out = {"same": [outcome(original, c) == outcome(validate_action_result, c) for c in cases],
       "outcomes": [outcome(validate_action_result, c) for c in cases]}
print(json.dumps(out))
"""

CASES = [
    {"events": [{"event": "slot", "name": "item_code", "value": "x"}],
     "responses": [{"text": "身份证补领：请携带户口簿。", "buttons": []}]},
    {"events": [], "responses": []},
    {"events": "not a list", "responses": []},
    {"events": [{"event": "slot"}], "responses": []},
    {"events": [{"event": "no_such_event"}], "responses": []},
    {"events": [], "responses": ["a string, not an object"]},
]


def test_the_compiled_check_passes_and_fails_what_rasa_does() -> None:
    if not RASA_PYTHON.exists():
        pytest.skip("the Rasa environment is made by scripts/setup_rasa.sh")
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")
    proc = subprocess.run([str(RASA_PYTHON), "-c", _SCRIPT, json.dumps(CASES)], cwd=PROJECT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert all(result["same"]), result
    kinds = [o[0] for o in result["outcomes"]]
    assert kinds[:2] == ["ok", "ok"] and "error" in kinds[2:]
    assert all("Failed to validate Action server response" in o[1]
               for o in result["outcomes"] if o[0] == "error")
