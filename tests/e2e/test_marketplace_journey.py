"""A need travels from an enterprise through moderation to a provider's accepted interest, in a real browser."""

import pytest
from playwright.sync_api import expect

from marketplace.models import Interest, TechnologyNeed
from tests.factories import OfferFactory, sector

from .conftest import login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_visitor_searches_without_accents_and_switches_to_english(new_page):
    OfferFactory(title="Máy sấy dừa bằng khí nóng", price_min=1_500_000_000, price_max=None)
    OfferFactory(title="Kho lạnh bảo quản bưởi")
    page = new_page()
    page.goto("/offers/")
    assert page.locator("html").get_attribute("lang") == "vi"
    page.fill("#id_q", "SAY DUA")
    page.locator("#filters button[type=submit]").click()
    # A locator wait, not wait_for_function: the Content-Security-Policy forbids evaluating strings in the page.
    expect(page.locator("#results")).not_to_contain_text("Kho lạnh")
    assert page.url.count("q=SAY") == 1
    results = page.locator("#results")
    assert "Máy sấy dừa bằng khí nóng" in results.inner_text()
    assert "Kho lạnh" not in results.inner_text()
    assert "1.500.000.000 ₫" in results.inner_text()
    page.locator("nav button[name=language][value=en]").click()
    # The click starts a navigation; wait_for_load_state() could return on the page still shown.
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert "Technology offers" in page.locator("h1").inner_text()


def test_need_moderation_interest_and_acceptance(
    new_page, enterprise, enterprise_user, provider, provider_user, staff, tmp_path
):
    coconut = sector("coconut")
    enterprise_page = new_page()
    login(enterprise_page, "doanhnghiep")
    enterprise_page.goto("/need/new/")
    enterprise_page.fill("#id_title", "Cần máy sấy cơm dừa 2 tấn/mẻ")
    enterprise_page.fill("#id_summary", "Thay lò sấy thủ công")
    enterprise_page.fill("#id_problem", "Cơm dừa ám khói, độ ẩm không đều")
    enterprise_page.check(f"input[name=sectors][value='{coconut.pk}']")
    enterprise_page.fill("#id_budget_min", "900000000")
    enterprise_page.fill("#id_budget_max", "600000000")
    enterprise_page.click("button[name=submit]")
    # Refused next to the field, nothing saved (wait for the refused form to come back).
    enterprise_page.locator(".invalid-feedback").first.wait_for(state="visible")
    assert not TechnologyNeed.objects.exists()
    enterprise_page.fill("#id_budget_min", "600000000")
    enterprise_page.fill("#id_budget_max", "900000000")
    enterprise_page.click("button[name=submit]")
    enterprise_page.wait_for_url("**/needs/*/")
    need = TechnologyNeed.objects.get()
    assert need.status == "submitted"

    staff_page = new_page()
    login(staff_page, "canbo")
    staff_page.goto("/staff/moderation/")
    staff_page.click(f"a[href='/staff/review/need/{need.pk}/']")
    staff_page.check("#id_problem_clear")
    staff_page.check("input[name=decision][value=approve]")
    staff_page.click("main button[type=submit]")
    staff_page.wait_for_url("**/staff/moderation/")
    need.refresh_from_db()
    assert need.status == "published"

    provider_page = new_page()
    login(provider_page, "vienkhcn")
    provider_page.goto(f"/needs/{need.pk}/")
    assert enterprise.contact_email not in provider_page.content()
    provider_page.click(f"a[href='/need/{need.pk}/interest/']")
    provider_page.select_option("#id_cooperation", "supply")
    provider_page.fill("#id_message", "Viện có máy sấy gián tiếp phù hợp")
    provider_page.click("main button[type=submit]")
    provider_page.wait_for_url("**/interests/*/")
    interest = Interest.objects.get()

    enterprise_page.goto("/notifications/")
    assert provider.name in enterprise_page.locator("main").inner_text()
    enterprise_page.goto(f"/interests/{interest.pk}/")
    with enterprise_page.expect_navigation():
        enterprise_page.click(f"form[action='/interests/{interest.pk}/accept/'] button")

    provider_page.goto(f"/interests/{interest.pk}/")
    assert enterprise.contact_email in provider_page.content()
    provider_page.screenshot(path=str(tmp_path / "accepted.png"), full_page=True)
