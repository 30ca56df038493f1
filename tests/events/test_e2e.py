"""In a real browser (Debian's chromium): a participant sees its agenda with a QR code that loads, and staff
check it in by typing the code."""

import pytest
from django.urls import reverse

from events import services

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _login(browser, live_server, user, password="pass-word-123", language="vi"):
    context = browser.new_context(locale="vi-VN" if language == "vi" else "en-US")
    context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    page = context.new_page()
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", user.username)
    page.fill("input[name=password]", password)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(lambda url: "login" not in url)
    return page


def test_the_agenda_prints_with_its_qr_code_and_staff_check_the_code_in(
    browser, live_server, workshop, seeker_reg, accepted_request, enterprise_user, staff, on_the_day
):
    services.meeting_place(meeting_request=accepted_request, slot=workshop.slots.first(), table=2, by=staff)
    services.schedule_publish(workshop=workshop, by=staff)
    page = _login(browser, live_server, enterprise_user)
    page.goto(live_server.url + reverse("events:agenda", args=[seeker_reg.pk]))
    assert page.locator("h1").inner_text() == "Lịch gặp B2B"
    assert page.locator("img[alt=QR]").evaluate("img => img.complete && img.naturalWidth > 0")
    assert "Viện Cơ điện" in page.locator("table").inner_text()
    page.emulate_media(media="print")
    assert not page.locator("nav.navbar").is_visible()

    desk = _login(browser, live_server, staff, language="en")
    desk.goto(live_server.url + reverse("events:staff_checkin", args=[workshop.pk]))
    desk.fill("input[name=code]", "999-DEADBEEF")
    desk.press("input[name=code]", "Enter")
    assert "not valid for this workshop" in desk.content()
    desk.fill("input[name=code]", services.checkin_code(seeker_reg))
    desk.press("input[name=code]", "Enter")
    desk.wait_for_selector(".alert-success")
    assert "Checked in." in desk.locator(".alert-success").inner_text()
    seeker_reg.refresh_from_db()
    assert seeker_reg.checked_in_at is not None
