"""Errors reach users as pages in their language, with the navigation and a way back; never as Django's
technical pages, including under `make run`."""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.django_db


def english():
    client = Client()
    client.cookies["django_language"] = "en"
    return client


def test_a_missing_page_answers_404_in_vietnamese_with_the_navigation_and_a_way_home(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Không tìm thấy trang" in page
    assert 'href="/needs/"' in page  # the site's navigation
    assert "Về trang chủ" in page or "Trang chủ" in page
    assert "Traceback" not in page and "URLconf" not in page


def test_the_404_page_is_in_english_for_a_reader_who_chose_english():
    response = english().get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_the_404_page_offers_the_page_the_reader_came_from(client):
    response = client.get("/missing/", HTTP_REFERER="http://testserver/offers/")
    assert 'href="http://testserver/offers/"' in response.content.decode()
    response = client.get("/missing/", HTTP_REFERER="https://evil.example/")
    assert "evil.example" not in response.content.decode()


def test_a_page_for_staff_answers_403_with_an_explanation(client_for, enterprise_user):
    response = client_for(enterprise_user).get("/staff/moderation/")
    assert response.status_code == 403
    page = response.content.decode()
    assert "Quý vị không có quyền xem trang này" in page
    assert 'href="/"' in page


def test_a_form_sent_without_its_security_token_gets_a_plain_explanation():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"login": "a", "password": "b"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "Biểu mẫu đã hết hạn" in page
    assert "CSRF verification failed" not in page and "Reason given" not in page


def test_a_bad_host_gets_the_400_page(client):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Không hiểu được yêu cầu" in response.content.decode()


def test_a_server_error_shows_the_500_page_with_the_navigation(settings):
    settings.ROOT_URLCONF = "tests.core.urls_failing"
    client = Client(raise_request_exception=False)
    response = client.get("/failing/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Đã có lỗi xảy ra" in page
    assert 'href="/needs/"' in page
    assert "RuntimeError" not in page


def test_if_even_the_500_page_fails_a_plain_page_in_the_readers_language_is_returned(rf, monkeypatch):
    from core import errors

    def broken(*args, **kwargs):
        raise RuntimeError("template broken")

    monkeypatch.setattr(errors, "render", broken)
    with translation.override("vi"):
        response = errors.server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Về trang chủ" in response.content.decode()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(not shutil.which("make"), reason="make is not installed")
def test_make_run_serves_friendly_pages_and_static_files_with_debug_off(tmp_path):
    port = _free_port()
    dry = subprocess.run(
        ["make", "-n", "-s", "run", f"HOST=127.0.0.1:{port}", "PY=.venv/bin/python"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    command = next(line for line in dry.splitlines() if "runserver" in line)
    assert "DEBUG=0" in command
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DEBUG")}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    # (its own process group: the shell runs the server as a child, which terminating the shell alone would leave
    # serving after the suite)
    server = subprocess.Popen(
        command + " --noreload",
        shell=True,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{base}/static/css/app.css", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        with urllib.request.urlopen(f"{base}/static/css/app.css", timeout=5) as css:
            assert css.status == 200
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"{base}/khong-co/", timeout=5)
        page = missing.value.read().decode()
        assert missing.value.code == 404
        assert "Không tìm thấy trang" in page
        assert "Using the URLconf" not in page
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
