"""The plan dashboard in Debian's chromium: every chart is drawn, the page throws no script error,
and the htmx preview of the proposal page shows the limit as the form is filled in."""

import os
from datetime import date, datetime

import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from tests.factories import OrganizationFactory

from .factories import M

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_page(live_server, staff, client, browser):
    client.force_login(staff)
    session = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    context = browser.new_context(locale="en-US", viewport={"width": 1300, "height": 900})
    context.add_cookies(
        [
            {"name": django_settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url},
            {"name": django_settings.LANGUAGE_COOKIE_NAME, "value": "vi", "url": live_server.url},
        ]
    )
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


def test_the_dashboard_draws_its_charts(live_server, browser_page, propose, approve, firm):
    approve(propose(firm, 20 * M))
    page = browser_page
    page.goto(f"{live_server.url}/grants/dashboard/?from=2023&to=2025")
    page.wait_for_function("() => window.Chart && Object.keys(Chart.instances).length >= 3")
    drawn = page.evaluate("() => Object.values(Chart.instances).map(c => [c.canvas.id, c.data.datasets.length])")
    ids = {canvas for canvas, datasets in drawn if datasets > 0}
    assert {"chart-firms", "chart-funding", "chart-needs"} <= ids
    firms = page.evaluate("() => Chart.getChart('chart-firms').data.datasets[0].data")
    assert firms == [0, 0, 1]
    assert page.errors == []


def test_the_proposal_page_previews_the_limit(live_server, browser_page, program, budget):
    firm = OrganizationFactory(kind="enterprise", size="small", name="HTX Thử Nghiệm")
    page = browser_page
    page.goto(f"{live_server.url}/grants/propose/")
    page.select_option("#id_firm", str(firm.pk))
    page.select_option("#id_program", str(program.pk))
    page.fill("#id_year", "2025")
    page.fill("#id_eligible_cost", str(60 * M))
    page.dispatch_event("#id_eligible_cost", "change")
    page.wait_for_selector("#limit-maximum")
    page.wait_for_function("() => document.querySelector('#limit-maximum').textContent.includes('30')")
    assert "30.000.000 ₫" in page.inner_text("#limit-maximum")
    assert page.errors == []


def test_the_workshop_and_funnel_charts_count_what_the_events_app_recorded(live_server, browser_page, staff):
    """Two workshops held in 2025 and one in 2024; at the 2025 ones, three meetings held, one reaching an
    MoU and one a contract (reported by both sides: counted once)."""
    from events.models import Meeting, MeetingRequest, Outcome
    from events.services.chain import outcome_feed
    from marketplace.models import Connection
    from tests.events.factories import RegistrationFactory, WorkshopFactory

    def held(year, month):
        start = timezone.make_aware(datetime(year, month, 1, 8))
        return WorkshopFactory(status="held", starts_at=start, ends_at=start)

    def meeting(ws, table, *results):
        a, b = (RegistrationFactory(workshop=ws, organization=OrganizationFactory(), attendee=staff) for _ in "ab")
        request = MeetingRequest.objects.create(workshop=ws, from_registration=a, to_registration=b, status="accepted")
        m = Meeting.objects.create(workshop=ws, request=request, slot=ws.slots.first(), table=table, status="held")
        for side, result in zip((a, b), results, strict=False):
            value = M if result == "contract" else None
            outcome = Outcome.objects.create(
                meeting=m, registration=side, stage="follow_up", result=result, contract_value=value
            )
            outcome_feed(outcome=outcome, by=staff)  # as outcome_record does: the pair's connection moves

    held(2024, 5)
    first, second = held(2025, 3), held(2025, 10)
    meeting(first, 1, "contract", "contract")
    meeting(first, 2, "mou")
    meeting(second, 1)
    # The MoU and the contract were signed in 2025 (the feed dates them today).
    Connection.objects.filter(mou_signed_on__isnull=False).update(mou_signed_on=date(2025, 11, 1))
    Connection.objects.filter(contract_signed_on__isnull=False).update(contract_signed_on=date(2025, 11, 2))
    page = browser_page
    page.goto(f"{live_server.url}/grants/dashboard/?from=2023&to=2025")
    page.wait_for_function("() => window.Chart && Chart.getChart('chart-funnel') && Chart.getChart('chart-workshops')")
    assert page.evaluate("() => Chart.getChart('chart-funnel').data.datasets[0].data") == [3, 2, 1]
    assert page.evaluate("() => Chart.getChart('chart-workshops').data.datasets[0].data") == [0, 1, 2]
    if os.environ.get("GRANTS_SCREENSHOT"):
        page.screenshot(path=os.environ["GRANTS_SCREENSHOT"], full_page=True)
    assert page.errors == []
