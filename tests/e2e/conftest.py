import pytest


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
