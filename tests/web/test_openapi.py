"""The OpenAPI document tested with schemathesis against the app: no 500s, answers match it."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.specs.openapi.checks import allow_header_conformance, positive_data_acceptance

from factfinder.web.app import create_app
from tests.web.conftest import Workbench

pytestmark = pytest.mark.slow


@pytest.fixture
def api_schema(workbench: Workbench, request: pytest.FixtureRequest):
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(workbench.settings))
    # Called as an admin, so every operation gets past its role check and is really exercised.
    schema.config.headers = workbench.auth("admin")
    # Generated cases only: the coverage phase would send every boundary case of every
    # parameter (hundreds per operation), which belongs in a longer, scheduled run.
    schema.config.phases.update(phases=["examples", "fuzzing"])
    return schema


# Operations that extract or re-link run for seconds each; test_api covers them directly.
schema = schemathesis.pytest.from_fixture("api_schema").exclude(
    method="POST",
    path_regex=r"^/api/v1/(sources|sources/url|incidents/merge|incidents/\{incident_id\}/split)$",
)


@schema.parametrize()
@settings(
    max_examples=10,
    deadline=None,
    # No shrinking: a failure is reported as found, which keeps the run short.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(case, workbench: Workbench) -> None:
    # Starlette answers a wrong method from the first route matching the path, so its Allow
    # header names that route's methods only (GET and POST on one path are two routes); and a
    # schema-valid request may still be refused with 400 for what a schema cannot say (a weak
    # password, an empty file): a documented 4xx, never a 500, is what is checked.
    case.call_and_validate(
        headers=workbench.auth("admin"),
        excluded_checks=[allow_header_conformance, positive_data_acceptance],
    )
