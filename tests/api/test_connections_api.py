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
    "visitor": (None, 403, 403, 403, 403, 403, 403),
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
    shown = None if listing.status_code == 403 else connection.pk in [c["id"] for c in listing.json()["results"]]
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
