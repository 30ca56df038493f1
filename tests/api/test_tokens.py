import uuid

import pytest
from rest_framework.authtoken.models import Token

pytestmark = pytest.mark.django_db


def test_the_token_page_needs_a_login(client):
    response = client.get("/api/token/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_user_creates_uses_replaces_and_revokes_their_token(client_for, enterprise_user, enterprise, client):
    page = client_for(enterprise_user)
    assert "You have no API token" in page.get("/api/token/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert page.post("/api/token/", {"action": "create"}).status_code == 302
    first = Token.objects.get(user=enterprise_user).key
    assert first in page.get("/api/token/").content.decode()

    mine = client.get("/api/v1/organizations/mine/", HTTP_AUTHORIZATION=f"Token {first}")
    assert mine.status_code == 200 and mine.json()["results"][0]["id"] == enterprise.pk

    page.post("/api/token/", {"action": "create"})
    second = Token.objects.get(user=enterprise_user).key
    assert second != first
    assert client.get("/api/v1/notifications/", HTTP_AUTHORIZATION=f"Token {first}").status_code == 401

    page.post("/api/token/", {"action": "revoke"})
    assert not Token.objects.filter(user=enterprise_user).exists()
    assert client.get("/api/v1/notifications/", HTTP_AUTHORIZATION=f"Token {second}").status_code == 401


def test_a_user_cannot_touch_someone_elses_token(client_for, enterprise_user, provider_user):
    theirs = Token.objects.create(user=provider_user)
    client_for(enterprise_user).post("/api/token/", {"action": "revoke"})
    assert Token.objects.filter(pk=theirs.pk).exists()


def test_the_token_page_is_translated(client_for, enterprise_user):
    html = client_for(enterprise_user).get("/api/token/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "Quý vị chưa có token API." in html and "Tạo token" in html


def test_a_browser_session_works_on_the_api_too(client_for, enterprise_user, enterprise):
    response = client_for(enterprise_user).get("/api/v1/organizations/mine/")
    assert response.status_code == 200 and response.json()["count"] == 1


# Throttle counts live in the shared cache and are kept per client address: each test below comes from its
# own documentation-range address (RFC 5737), so no other test's requests count against it.


def test_a_script_gets_the_same_token_with_a_username_and_password(client, enterprise_user):
    enterprise_user.set_password("mật-khẩu-dài-123")
    enterprise_user.save()
    response = client.post(
        "/api/v1/auth/token/", {"username": "doanhnghiep", "password": "mật-khẩu-dài-123"}, REMOTE_ADDR="203.0.113.10"
    )
    assert response.status_code == 200
    assert response.json()["token"] == Token.objects.get(user=enterprise_user).key
    again = client.post(
        "/api/v1/auth/token/", {"username": "doanhnghiep", "password": "mật-khẩu-dài-123"}, REMOTE_ADDR="203.0.113.10"
    )
    assert again.json()["token"] == response.json()["token"]


def test_a_wrong_password_is_a_400_and_guessing_is_throttled(client, enterprise_user):
    address = f"203.0.113.{uuid.uuid4().int % 200 + 20}"  # a fresh count, even when the suite is re-run at once
    statuses = [
        client.post(
            "/api/v1/auth/token/", {"username": "doanhnghiep", "password": f"sai{i}"}, REMOTE_ADDR=address
        ).status_code
        for i in range(12)
    ]
    # The account limit shared with the web log-in (core.login_limits) stops guessing after five failures.
    assert statuses[:5] == [400] * 5
    assert statuses[5:] == [429] * 7
    assert not Token.objects.filter(user=enterprise_user).exists()
