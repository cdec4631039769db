"""schemathesis against the OpenAPI spec, in process over ASGI: no input makes a 5xx.

A bounded number of generated requests per operation (the whole test takes well under a
minute); the store holds the seed article so reads find something.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from apihelp import SEED_ID, TOKEN  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from storehelp import SEED  # noqa: E402

from warta import make_document, process  # noqa: E402
from warta.api import create_app  # noqa: E402
from warta.store import open_store  # noqa: E402

EXAMPLES = 25  # per operation: about 300 requests in all


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The app's spec, loaded from the app itself (no server, no network)."""
    store = open_store(str(tmp_path_factory.mktemp("st") / "fuzz.duckdb"))
    doc = make_document(SEED_ID, Path(SEED).read_text(encoding="utf-8"), "id", "2025-01-22")
    store.write([process(doc)])
    app = create_app(store=store, token=TOKEN, max_body=20_000)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    store.close()


def test_no_server_errors(api_schema: Any) -> None:
    # One hypothesis run per operation, driven here: schemathesis's pytest plugin does not
    # support this pytest version's fixtures (from_fixture fails on Function._nodeid).
    calls: dict[str, int] = {}
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            headers = {"X-Warta-Token": TOKEN} if case.method == "POST" else None
            calls[case.operation.label] = calls.get(case.operation.label, 0) + 1
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        run()
    print(f"schemathesis: {sum(calls.values())} requests over {len(calls)} operations, no 5xx")
    assert len(calls) >= 10 and sum(calls.values()) >= 100
