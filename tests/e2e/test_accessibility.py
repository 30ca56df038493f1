"""The crawl, in a real browser: every page reachable from the home page, as a visitor, an enterprise, a
provider and staff, over the demo data, checked by axe-core (vendored in static/vendor/axe-core) against
WCAG 2.2 A and AA. No serious or critical violation may remain."""

import io
import re
from collections import deque

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AXE_URL = "/static/vendor/axe-core/axe.min.js"
SKIP = ("/accounts/logout", "/static/", "/admin/", "/documents/", "/i18n/", "/api/", "/media/")
SKIP_PATTERNS = (re.compile(r"\.(ics|csv|xlsx|pdf|png|svg)(\?|$)"), re.compile(r"/(export|qr|print)"))
PAGES_PER_ROLE = 45


def _crawl_targets(page, start="/"):
    seen, queue = set(), deque([start])
    while queue and len(seen) < PAGES_PER_ROLE:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = page.goto(url)
        if response is None or "text/html" not in (response.headers.get("content-type") or ""):
            continue
        yield url
        for href in page.eval_on_selector_all("a[href^='/']", "els => els.map(e => e.getAttribute('href'))"):
            href = href.split("#")[0]
            if (
                href
                and href not in seen
                and not href.startswith(SKIP)
                and not any(p.search(href) for p in SKIP_PATTERNS)
            ):
                queue.append(href)


def _violations(page) -> list[dict]:
    # From the site's own static files: the Content-Security-Policy refuses inline scripts, injected ones too.
    page.add_script_tag(url=AXE_URL)
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                                     resultTypes: ['violations']})"""
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def demo_world(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
    call_command("seed_demo", stdout=io.StringIO())


@pytest.mark.parametrize("username", [None, "doanhnghiep", "vienkhcn", "canbo"])
def test_no_page_has_a_serious_accessibility_violation(new_page, demo_world, username):
    from .conftest import login

    page = new_page()
    if username:
        login(page, username, password="demo12345")
    failures, checked = {}, 0
    for url in _crawl_targets(page):
        checked += 1
        found = _violations(page)
        if found:
            failures[url] = found
    assert checked > 15
    summary = {(v["id"], str(n), url) for url, found in failures.items() for v in found for n in v["nodes"]}
    first = {}
    for rule, node, url in sorted(summary):
        first.setdefault((rule, node), url)  # one page per problem is enough to find it
    assert failures == {}, f"{len(failures)} pages: {sorted(first.items())[:40]}"


@pytest.mark.parametrize("username", ["doanhnghiep", "canbo"])
def test_the_menu_never_pushes_the_page_wider_than_the_screen(new_page, demo_world, username):
    # An enterprise's menu is the longest; from 1,400 px (where it stops collapsing) to about 1,600 px it used to
    # push the notifications and the account menu off the page, behind a horizontal scroll bar.
    from .conftest import login

    page = new_page()
    login(page, username, password="demo12345")
    for width in (1280, 1366, 1400, 1440, 1536, 1600, 1920):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto("/matching/")
        assert page.evaluate("document.documentElement.scrollWidth") <= width, width
        account = page.locator("nav .dropdown-toggle[aria-label]")  # the account menu (collapsed below 1,400 px)
        box = account.bounding_box() if account.is_visible() else None
        assert box is None or box["x"] + box["width"] <= width, width
