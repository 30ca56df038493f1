import os

import pytest
from django.db import connections

from tests.conftest import CHROMIUM

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures are still
# plain synchronous calls, so Django's async guard does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
        # ORM calls made while Playwright runs get a connection of their own, in Playwright's context: closed
        # here, in that context; left open, PostgreSQL cannot drop the test database at the end of the run.
        connections.close_all()


@pytest.fixture
def new_page(browser, live_server):
    contexts = []

    def make(viewport=None):
        context = browser.new_context(base_url=live_server.url, viewport=viewport or {"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15000)
        return page

    yield make
    for context in contexts:
        context.close()


def login(page, username, password="pass-word-123"):
    page.goto("/accounts/login/")
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")
    page.wait_for_url("**/dashboard/")
