"""Every page reachable by following links from the home page, as a visitor, staff, an enterprise and a
provider, over the full demo data: none answers with a server error."""

import io
import re
from collections import deque

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.slow]
LINK = re.compile(r'href="(/[^"#]*)"')
SKIP = ("/accounts/logout", "/static/", "/admin/", "/documents/", "/i18n/")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo world, seeded once for the four roles inside a transaction that is rolled back after
    the module (each test runs in a savepoint within it), so no other test sees it."""
    from django.conf import settings

    with django_db_blocker.unblock():
        backend, settings.EMAIL_BACKEND = settings.EMAIL_BACKEND, "django.core.mail.backends.dummy.EmailBackend"
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("seed_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            settings.EMAIL_BACKEND = backend


@pytest.mark.parametrize("username", [None, "canbo", "doanhnghiep", "vienkhcn"])
def test_no_page_reachable_from_the_home_page_fails(demo, username):
    from django.contrib.auth import get_user_model

    client = Client()
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    seen, queue, failures = set(), deque(["/"]), []
    while queue and len(seen) < 150:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code >= 500:
            failures.append((url, response.status_code))
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for href in LINK.findall(response.content.decode()):
            href = href.replace("&amp;", "&")
            if not href.startswith(SKIP) and href not in seen:
                queue.append(href)
    assert len(seen) > 40
    assert failures == []
