"""Applications for support through the API: the firm applies from its connection, staff review."""

import pytest
from django.utils import timezone

from grants.models import GrantApplication
from marketplace import connections as connection_services
from tests.grants.factories import BudgetFactory, M, ProgramFactory

YEAR = timezone.localdate().year


@pytest.fixture
def connection(staff, enterprise, provider):
    return connection_services.connection_introduce(seeker=enterprise, provider=provider, by=staff)


@pytest.fixture
def program(db):
    program = ProgramFactory(first_year=YEAR - 1, last_year=YEAR + 3)
    BudgetFactory(program=program, year=YEAR, amount=200 * M)
    return program


def payload(connection, program, **extra):
    return {
        "connection": connection.pk,
        "program": program.pk,
        "year": YEAR,
        "purpose": "Máy sấy dừa",
        "cost_breakdown": [{"item": "Máy sấy", "amount": 50 * M}, {"item": "Lắp đặt", "amount": 10 * M}],
        "requested_amount": 30 * M,
        **extra,
    }


def test_the_firm_applies_and_staff_propose_a_grant(api_for, enterprise_user, staff, connection, program):
    created = api_for(enterprise_user).post("/api/v1/grant-applications/", payload(connection, program), format="json")
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["eligible_cost"] == 60 * M and body["status"] == "submitted"
    proposed = api_for(staff).post(
        f"/api/v1/grant-applications/{body['id']}/propose/", {"requested_amount": 25 * M}, format="json"
    )
    assert proposed.status_code == 200 and proposed.json()["status"] == "proposed" and proposed.json()["grant"]


@pytest.mark.parametrize(
    "role, create, read, review",
    [
        ("enterprise", 201, 200, 403),
        ("provider", 403, 404, 404),
        ("outsider", 404, 404, 404),
        ("staff", 403, 200, 200),
    ],
)
def test_permission_matrix_of_the_application_endpoints(
    role,
    create,
    read,
    review,
    api_for,
    enterprise_user,
    provider_user,
    outsider_user,
    outsider,
    staff,
    connection,
    program,
):
    user = {"enterprise": enterprise_user, "provider": provider_user, "outsider": outsider_user, "staff": staff}[role]
    existing = (
        api_for(enterprise_user)
        .post("/api/v1/grant-applications/", payload(connection, program, year=YEAR + 1), format="json")
        .json()["id"]
    )
    api = api_for(user)
    got_create = api.post("/api/v1/grant-applications/", payload(connection, program), format="json").status_code
    got_read = api.get(f"/api/v1/grant-applications/{existing}/").status_code
    got_review = api.post(
        f"/api/v1/grant-applications/{existing}/request-info/", {"message": "Bổ sung"}, format="json"
    ).status_code
    assert (got_create, got_read, got_review) == (create, read, review)
    listed = api.get("/api/v1/grant-applications/").json()["results"]
    assert (existing in [a["id"] for a in listed]) == (read == 200)


def test_a_bad_breakdown_answers_400(api_for, enterprise_user, connection, program):
    bad = payload(connection, program, cost_breakdown=[], requested_amount=1)
    response = api_for(enterprise_user).post("/api/v1/grant-applications/", bad, format="json")
    assert response.status_code == 400 and "cost_breakdown" in response.json()
    assert not GrantApplication.objects.exists()
