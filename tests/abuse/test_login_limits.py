"""Password guessing: the client address comes from the trusted proxies, not a header the client sets; web and
API log-ins share per-address and per-account limits; the account limit slows guessing down without ever
locking the real user out."""

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.login_limits import client_address
from core.models import LoginFailure

pytestmark = pytest.mark.django_db

TOKEN = "/api/v1/auth/token/"


def _api_login(client, password, **headers):
    return client.post(
        TOKEN, json.dumps({"username": "doanhnghiep", "password": password}), content_type="application/json", **headers
    )


def test_a_forged_x_forwarded_for_does_not_change_the_client_address(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4", REMOTE_ADDR="203.0.113.7")
    assert client_address(request) == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 1  # behind one proxy: the address that proxy appended, not what the client sent
    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.20", REMOTE_ADDR="10.0.0.2")
    assert client_address(request) == "198.51.100.20"


def test_rotating_x_forwarded_for_does_not_give_unlimited_guesses_on_the_token_endpoint(enterprise_user, settings):
    settings.LOGIN_LIMITS = {**settings.LOGIN_LIMITS, "ACCOUNT_FAILURES": 1000}  # only the address limit here
    client = Client()
    codes = [_api_login(client, f"wrong-{i}", HTTP_X_FORWARDED_FOR=f"10.9.{i}.1").status_code for i in range(19)]
    assert codes[:10] == [400] * 10 and set(codes[10:]) == {429}
    right = _api_login(client, "pass-word-123", HTTP_X_FORWARDED_FOR="10.9.99.1")
    assert right.status_code == 429 and int(right["Retry-After"]) > 0


def test_the_account_limit_holds_across_addresses_and_across_web_and_api(enterprise_user):
    for i in range(3):
        assert _api_login(Client(REMOTE_ADDR=f"198.51.100.{i}"), "wrong").status_code == 400
    for i in range(2):
        web = Client(REMOTE_ADDR=f"192.0.2.{i}")
        page = web.post(reverse("account_login"), {"login": "doanhnghiep", "password": "wrong"})
        assert page.status_code == 200
    # Five failures from five addresses: the sixth attempt, even from a new address and right, must wait.
    web = Client(REMOTE_ADDR="192.0.2.200")
    page = web.post(reverse("account_login"), {"login": "doanhnghiep", "password": "pass-word-123"})
    assert page.status_code == 200 and "Đăng nhập sai quá nhiều lần" in page.content.decode()
    assert "_auth_user_id" not in web.session
    assert _api_login(Client(REMOTE_ADDR="192.0.2.201"), "pass-word-123").status_code == 429


def test_the_real_user_gets_in_after_the_delay_and_refused_attempts_do_not_extend_it(enterprise_user, settings):
    for _ in range(5):
        _api_login(Client(REMOTE_ADDR="198.51.100.1"), "wrong")
    for _ in range(20):  # attempts while waiting are refused unread and not counted
        assert _api_login(Client(REMOTE_ADDR="198.51.100.2"), "wrong").status_code == 429
    assert LoginFailure.objects.count() == 5
    LoginFailure.objects.update(at=timezone.now() - timedelta(seconds=settings.LOGIN_LIMITS["ACCOUNT_DELAY"] + 1))
    response = _api_login(Client(REMOTE_ADDR="203.0.113.50"), "pass-word-123")
    assert response.status_code == 200 and response.json()["token"]


def test_a_successful_web_log_in_clears_the_account_failures(enterprise_user):
    for _ in range(3):
        Client().post(reverse("account_login"), {"login": "doanhnghiep", "password": "wrong"})
    assert LoginFailure.objects.count() == 3
    Client().post(reverse("account_login"), {"login": "doanhnghiep@example.vn", "password": "pass-word-123"})
    assert not LoginFailure.objects.filter(account=f"user:{enterprise_user.pk}").exists()


def test_drf_throttles_trust_only_the_configured_proxies():
    from rest_framework.settings import api_settings

    assert api_settings.NUM_PROXIES == 0


def test_a_login_with_nul_or_lone_surrogates_is_an_ordinary_failure(client):
    response = client.post(TOKEN, '{"username": "y\\u0000\\ud929x", "password": "p"}', content_type="application/json")
    assert response.status_code == 400
