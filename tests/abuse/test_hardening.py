"""Security headers and settings: CSP without inline scripts, Permissions-Policy, no caching of confidential
responses, a 401 for anonymous API calls, and production settings that refuse unsafe values."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_pages_carry_a_csp_without_inline_scripts_and_a_permissions_policy(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in csp
    assert "geolocation=()" in response["Permissions-Policy"]


def test_no_template_has_an_inline_script_or_handler():
    offenders = []
    for path in ROOT.glob("*/templates/**/*.html"):
        if ".venv" in path.parts:
            continue
        text = path.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", text) or re.search(
            r"\son[a-z]+=\"", text
        ):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_confidential_pages_api_details_and_downloads_are_not_cached(client_for, enterprise_user, enterprise, client):
    signed_in = client_for(enterprise_user)
    assert signed_in.get(reverse("marketplace:dashboard"))["Cache-Control"] == "private, no-store"
    assert signed_in.get("/api/v1/notifications/")["Cache-Control"] == "private, no-store"
    assert client.get("/api/v1/needs/")["Cache-Control"] == "private, no-store"
    assert "no-store" not in client.get("/").get("Cache-Control", "")  # public pages stay cacheable


def test_an_anonymous_api_call_is_a_401_with_a_challenge(client):
    response = client.get("/api/v1/notifications/")
    assert response.status_code == 401 and response["WWW-Authenticate"].startswith("Token")


def test_the_api_docs_need_no_inline_script(client):
    page = client.get("/api/v1/docs/").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page)


def _production_check(code="", **env):
    base = {k: v for k, v in os.environ.items() if k not in ("ALLOWED_HOSTS", "SECRET_KEY")}
    run = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\nfrom django.conf import settings\n" + code],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env},
        capture_output=True,
        text=True,
    )
    return run.returncode, run.stderr


GOOD_SECRET = "k3J9vQ2-xYz8LmN4pR7sT1wE6uA0bC5dF8gH2jK4lM7nP9qR3sT6v"


@pytest.mark.parametrize(
    "env,complaint",
    [
        ({"SECRET_KEY": GOOD_SECRET}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "change-me-to-a-long-random-string", "ALLOWED_HOSTS": "x.gov.vn"}, "example value"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "x.gov.vn"}, "too short"),
    ],
)
def test_production_refuses_missing_hosts_and_example_secrets(env, complaint):
    code, stderr = _production_check(**env)
    assert code != 0 and complaint in stderr


def test_production_starts_with_proper_values_and_secure_cookies():
    check = (
        "assert settings.ALLOWED_HOSTS == ['x.gov.vn']\n"
        "assert settings.LANGUAGE_COOKIE_SECURE and settings.LANGUAGE_COOKIE_SAMESITE == 'Lax'\n"
        "assert settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE"
    )
    code, stderr = _production_check(check, SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="x.gov.vn")
    assert code == 0, stderr
