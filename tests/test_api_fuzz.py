"""The public API fuzzed from its own OpenAPI description (schemathesis): whatever a client
sends, the app answers without a server error, and its log holds no traceback (checked when
the served app stops, tests/served_app.py).

The description is the app's (``GUIDEBOT_API_DOCS=true`` serves it for this run only); the
calls go over real HTTP to the app as ``guidebot serve`` runs it, with the limits raised so
that the fuzzer reaches the routes instead of the 429s. Staff routes are included: without a
session they must refuse cleanly too.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from served_app import served_app

pytestmark = pytest.mark.e2e
#: Examples per operation and mode (valid and invalid input): enough to reach the edges of
#: every parameter (a 70-bit id, an empty or 10,000-character text), about 1 minute here.
EXAMPLES = 60


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    high = "100000"
    with served_app(tmp_path_factory.mktemp("fuzz"), GUIDEBOT_API_DOCS="true",
                    GUIDEBOT_SEARCH_MAX_PER_MINUTE_PER_ADDRESS=high,
                    GUIDEBOT_RATINGS_MAX_PER_MINUTE_PER_ADDRESS=high,
                    GUIDEBOT_UPDATES_MAX_PER_MINUTE_PER_ADDRESS=high,
                    GUIDEBOT_CHAT_MAX_PER_MINUTE=high,
                    GUIDEBOT_CHAT_MAX_PER_MINUTE_PER_ADDRESS=high) as url:
        yield url


def test_no_input_makes_a_server_error(app_url: str) -> None:
    spec = httpx.get(f"{app_url}/openapi.json").json()
    api = schemathesis.openapi.from_dict(spec)
    operations = [result.ok() for result in api.get_all_operations()]
    paths = {op.path for op in operations}
    assert {"/api/search", "/api/ratings", "/api/chat", "/api/chat/updates"} <= paths
    for operation, mode in itertools.product(operations, list(GenerationMode)):

        @given(case=operation.as_strategy(mode))
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def call(case: schemathesis.Case) -> None:
            case.call_and_validate(base_url=app_url, checks=[not_a_server_error], timeout=60)

        try:
            call()
        except Unsatisfiable:  # nothing of it can be made invalid (no parameter, no body)
            assert mode is GenerationMode.NEGATIVE, operation.path
