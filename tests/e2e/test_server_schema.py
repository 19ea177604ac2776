"""schemathesis against /openapi.json on a live server: no 5xx, and every answer fits its documented schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from gofer.config import Settings
from gofer.server.testing import LiveServer

pytestmark = pytest.mark.slow


def test_api_fuzzed_by_schemathesis() -> None:
    with LiveServer(Settings(rate_limit_per_minute=1_000_000)) as server:
        key = server.user_key("fuzz")
        schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
        failures: list[str] = []
        for operation in schema.get_all_operations():
            op = operation.ok()
            if op.path.endswith("/screen") or op.path.endswith("/takeover/input"):
                continue

            @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
            def check(case: schemathesis.Case) -> None:
                response = case.call(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=20)
                case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

            try:
                op.as_strategy()  # the operation can be generated at all
                from hypothesis import given

                given(op.as_strategy())(check)()
            except Exception as exc:  # collect, so one run reports every operation that broke
                failures.append(f"{op.method.upper()} {op.path}: {str(exc)[:400]}")
        assert not failures, "\n".join(failures)
