"""Rasa's check of the action webhook's answer, with its JSON schema compiled once.

Rasa 3.6 validates every answer of the action server (``RemoteAction.
_validate_action_result``) with ``jsonschema.validate(result, schema)``, which first checks
the schema itself against its meta-schema, on every turn, although the schema is a
constant. Profiled under load (py-spy, 10 concurrent senders over the REST channel,
2026-12-06), checking that constant schema was 27% of the Rasa server's CPU, and the Rasa
server (one process, one core) is what limits the turns per second.

:func:`install` replaces that method with one that checks the schema once and validates
each answer with the compiled validator: the same validator class, the same error
``jsonschema.validate`` picks (``best_match``) and the same message Rasa adds. Called when
Rasa loads our REST channel (guidebot_rasa/rest.py), so before the first turn.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import DOCS_BASE_URL, RemoteAction


@lru_cache(maxsize=1)
def response_validator() -> Validator:
    """The validator of Rasa's action-response schema, its schema checked once."""
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    error = best_match(response_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, "
        "make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    """Use the compiled validator in every RemoteAction (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result

