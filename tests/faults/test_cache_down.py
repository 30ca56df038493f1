"""Cache and session store down: nobody is logged out, pages and the API keep serving, throttles keep their
limits per process (core.throttling), and /healthz says what is wrong. Redis is simulated down by a closed port
(never by stopping the shared server)."""

import json
import time

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

DOWN = {
    "default": {
        "BACKEND": "core.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:6390/13",
        "OPTIONS": {"RETRY_AFTER": 5},
    }
}


@pytest.fixture
def redis_down(settings):
    def go_down():
        settings.CACHES = DOWN

    return go_down


def test_a_session_opened_before_the_outage_survives_it(client_for, enterprise, enterprise_user, redis_down):
    client = client_for(enterprise_user)
    assert client.get(reverse("marketplace:dashboard")).status_code == 200
    redis_down()
    response = client.get(reverse("marketplace:dashboard"))
    assert response.status_code == 200
    assert response.wsgi_request.user == enterprise_user


def test_login_pages_and_the_api_answer_with_the_cache_down(enterprise, enterprise_user, redis_down):
    redis_down()
    client = Client()
    started = time.monotonic()
    response = client.post(reverse("account_login"), {"login": "doanhnghiep", "password": "pass-word-123"})
    assert response.status_code == 302
    for name in ("marketplace:dashboard", "marketplace:need_list", "marketplace:offer_list", "marketplace:home"):
        assert client.get(reverse(name)).status_code == 200, name

    api = Client()
    token = api.post(
        reverse("api:token_obtain"),
        json.dumps({"username": "doanhnghiep", "password": "pass-word-123"}),
        content_type="application/json",
    )
    assert token.status_code == 200
    auth = {"HTTP_AUTHORIZATION": f"Token {token.json()['token']}"}
    assert api.get("/api/v1/needs/", **auth).status_code == 200
    assert api.get("/api/v1/notifications/", **auth).status_code == 200
    # One short connect timeout at most, then the cache is skipped for a few seconds.
    assert time.monotonic() - started < 5


def _strict_throttle(rf, address="203.0.113.9"):
    from rest_framework.request import Request

    from core.throttling import AnonRateThrottle

    class Strict(AnonRateThrottle):
        rate = "2/min"

    return lambda: Strict().allow_request(Request(rf.get("/api/v1/needs/", REMOTE_ADDR=address)), None)


def test_throttles_still_hold_per_process_with_the_cache_down(rf, redis_down):
    from core.throttling import FALLBACK

    FALLBACK.local.clear()
    redis_down()
    allow = _strict_throttle(rf)
    assert [allow(), allow(), allow(), allow()] == [True, True, False, False]
    assert _strict_throttle(rf, "198.51.100.7")() is True  # another client has its own count


def test_negative_control_without_the_fallback_throttles_let_everything_through(rf, redis_down, monkeypatch):
    from core.faults import HOOKS
    from core.throttling import FALLBACK

    FALLBACK.local.clear()
    monkeypatch.setattr(HOOKS, "throttle_fallback", False)
    redis_down()
    allow = _strict_throttle(rf)
    assert all(allow() for _ in range(10))


def test_throttles_use_the_shared_cache_while_it_answers(rf, settings):
    from core.throttling import FALLBACK

    FALLBACK.local.clear()
    allow = _strict_throttle(rf)
    assert [allow(), allow(), allow()] == [True, True, False]
    assert not FALLBACK.local._cache  # nothing kept in the process while the shared cache answers


def test_the_cache_comes_back_by_itself(settings):
    from django.core.cache import caches

    settings.CACHES = {**DOWN, "default": {**DOWN["default"], "OPTIONS": {"RETRY_AFTER": 0}}}
    cache = caches["default"]
    assert cache.get("k", "fallback") == "fallback"
    assert cache.is_down is False  # RETRY_AFTER 0: the next call tries Redis again


def test_healthz_reports_each_dependency(client, redis_down):
    ok = client.get("/healthz")
    assert ok.status_code == 200 and ok["Cache-Control"].startswith("max-age=0")
    body = ok.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker", "workers"}

    redis_down()
    degraded = client.get("/healthz")
    assert degraded.status_code == 200
    assert degraded.json()["status"] == "degraded"
    assert degraded.json()["checks"]["cache"] == {
        "ok": False,
        "error": "ConnectionError",
        "ms": pytest.approx(0, abs=2000),
    }
    assert client.get("/healthz?strict=1").status_code == 503


def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    from core import health

    def broken():
        from django.db import OperationalError

        raise OperationalError("connection refused")

    monkeypatch.setattr(health, "check_database", broken)
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json()["status"] == "down"


def test_negative_control_a_plain_redis_cache_down_answers_500(client_for, enterprise_user, settings):
    """Without core.cache.ResilientRedisCache the same outage is a 500 for a signed-in user."""
    client = client_for(enterprise_user)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": DOWN["default"]["LOCATION"],
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    client.raise_request_exception = False
    assert client.get(reverse("marketplace:dashboard")).status_code == 500
