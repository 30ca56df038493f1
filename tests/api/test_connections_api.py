"""Connections through the API: the same selectors, FilterSet, permissions and services as the pages."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from marketplace import connections as svc
from marketplace.models import Connection

ROLES = ["visitor", "enterprise", "provider", "outsider", "staff"]


@pytest.fixture
def connection(staff, enterprise, provider):
    return svc.connection_introduce(seeker=enterprise, provider=provider, by=staff)


@pytest.fixture
def users(enterprise_user, provider_user, outsider_user, outsider, staff):
    return {
        "visitor": None,
        "enterprise": enterprise_user,
        "provider": provider_user,
        "outsider": outsider_user,
        "staff": staff,
    }


# role → (list shows it, detail, move, messages GET, messages POST, correct, introduce)
MATRIX = {
    "visitor": (None, 401, 401, 401, 401, 401, 401),  # anonymous API calls: 401, asking to authenticate
    "enterprise": (True, 200, 200, 200, 201, 403, 403),
    "provider": (True, 200, 200, 200, 201, 403, 403),
    "outsider": (False, 404, 404, 404, 404, 404, 403),
    "staff": (True, 200, 200, 200, 201, 200, 400),
}


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix_of_the_connection_endpoints(role, users, connection, api_for, enterprise, provider):
    api = api_for(users[role])
    base = f"/api/v1/connections/{connection.pk}/"
    listing = api.get("/api/v1/connections/")
    shown = None if listing.status_code in (401, 403) else connection.pk in [c["id"] for c in listing.json()["results"]]
    got = (
        shown,
        api.get(base).status_code,
        api.post(base + "move/", {"to_stage": "discussing"}, format="json").status_code,
        api.get(base + "messages/").status_code,
        api.post(base + "messages/", {"body": "Xin chào"}, format="json").status_code,
        api.post(base + "correct/", {"to_stage": "introduced", "note": "Sửa"}, format="json").status_code,
        # Staff get a 400: the pair already has an open connection.
        api.post("/api/v1/connections/", {"seeker": enterprise.pk, "provider": provider.pk}, format="json").status_code,
    )
    assert got == MATRIX[role]


def test_a_move_that_makes_no_sense_answers_400_with_the_reason(connection, api_for, enterprise_user):
    api = api_for(enterprise_user)
    response = api.post(f"/api/v1/connections/{connection.pk}/move/", {"to_stage": "contract"}, format="json")
    assert response.status_code == 400 and "contract_value" in response.json()


def test_the_api_filters_with_the_board_filterset(connection, api_for, staff):
    api = api_for(staff)
    assert api.get("/api/v1/connections/", {"stage": "introduced"}).json()["count"] == 1
    assert api.get("/api/v1/connections/", {"stage": "met"}).json()["count"] == 0


def test_a_message_with_a_disguised_file_is_refused(connection, api_for, enterprise_user):
    api = api_for(enterprise_user)
    bad = SimpleUploadedFile("hop-dong.pdf", b"MZ\x90\x00 not a pdf")
    response = api.post(
        f"/api/v1/connections/{connection.pk}/messages/", {"body": "Hợp đồng", "attachments": [bad]}, format="multipart"
    )
    assert response.status_code == 400 and "attachments" in response.json()
    assert Connection.objects.get().messages.count() == 0


def test_staff_propose_a_grant_for_a_connection_through_the_api_and_approval_waits_for_the_contract(
    api_for, staff, connection, enterprise
):
    from datetime import date

    from tests.grants.factories import BudgetFactory, M, ProgramFactory

    program = ProgramFactory()
    BudgetFactory(program=program, year=2025, amount=200 * M)
    api = api_for(staff)
    created = api.post(
        "/api/v1/grants/",
        {
            "firm": enterprise.pk,
            "program": program.pk,
            "year": 2025,
            "eligible_cost": 60 * M,
            "requested_amount": 20 * M,
            "purpose": "Máy sấy",
            "connection": connection.pk,
        },
        format="json",
    )
    assert created.status_code == 201 and created.json()["connection"] == connection.pk
    pk = created.json()["id"]
    refused = api.post(
        f"/api/v1/grants/{pk}/approve/", {"decision_number": "1/QĐ", "decision_date": "2025-03-01"}, format="json"
    )
    assert refused.status_code == 400 and "exception_reason" in refused.json()
    svc.connection_move(
        connection=connection, to_stage="contract", by=staff, contract_value=90 * M, contract_signed_on=date(2025, 2, 1)
    )
    approved = api.post(
        f"/api/v1/grants/{pk}/approve/", {"decision_number": "1/QĐ", "decision_date": "2025-03-01"}, format="json"
    )
    assert approved.status_code == 200 and approved.json()["approval_exception"] == ""
