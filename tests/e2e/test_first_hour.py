"""The first hour of each role in a real browser: a firm signs up, accepts the terms, sets up its account,
registers its organisation, invites a colleague (who accepts), searches from the header, reads the guide,
hits a missing page and gets back, and posts with a validation error without losing what it typed; staff
verify the organisation and manage the new user."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from core.models import Acceptance
from marketplace.models import Membership, Organization
from tests.factories import OfferFactory, StaffFactory, sector

from .conftest import login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def public_pages(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("load_pages", stdout=io.StringIO())
    sector("coconut")


def _sign_up(page, username, email):
    page.goto("/")
    page.click("nav >> text=Đăng ký")
    page.fill("input[name=email]", email)
    page.fill("input[name=username]", username)
    page.fill("input[name=password1]", "Mat-khau-2026!")
    page.fill("input[name=password2]", "Mat-khau-2026!")
    page.click("main button[type=submit]")
    # Without accepting the terms the account is not created: the browser stops at the unticked box.
    assert page.locator("input[name=accept_terms]:invalid").count() == 1
    assert not get_user_model().objects.filter(username=username).exists()
    page.check("input[name=accept_terms]")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/(dashboard|accounts/confirm-email)/.*"))


def test_an_enterprise_spends_its_first_hour(new_page, public_pages, tmp_path):
    OfferFactory(title="Máy sấy dừa sáp bằng bơm nhiệt")
    page = new_page(viewport={"width": 1440, "height": 900})
    _sign_up(page, "htxmoi", "htxmoi@example.vn")
    assert Acceptance.objects.filter(user__username="htxmoi").count() == 2

    # The account page, from the user menu.
    page.goto("/dashboard/")
    page.click("nav [aria-label^='Menu tài khoản']")
    page.click("nav >> text=Tài khoản của tôi")
    page.fill("#id_full_name", "Thạch Thị Sa Rết")
    page.fill("#id_phone", "0294 3855 246")
    page.fill("#id_position", "Giám đốc HTX")
    page.click("form:has(input[value=profile]) button[type=submit]")
    assert "Đã lưu thông tin tài khoản" in page.content()

    # Register the organisation.
    page.goto("/organizations/register/")
    page.fill("#id_name", "Hợp tác xã Dừa sáp Tân Quy")
    page.select_option("#id_kind", "enterprise")
    page.fill("#id_tax_code", "0100109106")
    page.select_option("#id_org_type", "cooperative")
    page.fill("#id_contact_name", "Thạch Thị Sa Rết")
    page.fill("#id_contact_phone", "0294 3855 246")
    page.fill("#id_contact_email", "htxmoi@example.vn")
    page.click("main button[type=submit]")
    org = Organization.objects.get(name="Hợp tác xã Dừa sáp Tân Quy")

    # Invite a colleague; they are a member only once they accept.
    page.goto(f"/organizations/{org.pk}/members/")
    page.fill("#id_email", "dongnghiep@example.vn")
    page.click("text=Gửi lời mời")
    assert "Đã gửi lời mời" in page.content()
    link = re.search(r"https?://\S+(/invitations/\S+/)", mail.outbox[-1].body).group(1)
    colleague = new_page()
    _sign_up(colleague, "dongnghiep", "dongnghiep@example.vn")
    colleague.goto(link)
    assert not Membership.objects.filter(user__username="dongnghiep").exists()
    colleague.click("text=Chấp nhận và tham gia")
    assert Membership.objects.filter(user__username="dongnghiep", organization=org).exists()

    # Search from the header, without accents.
    page.fill("#header-search", "SAY DUA SAP")
    page.press("#header-search", "Enter")
    page.wait_for_url("**/search/?q=*")
    assert "Máy sấy dừa sáp bằng bơm nhiệt" in page.locator("main").inner_text()

    # Read the guide from the footer.
    page.click("footer >> text=Hướng dẫn sử dụng")
    assert "Hướng dẫn cho doanh nghiệp" in page.locator("h1").inner_text()

    # A missing page, and the way back.
    page.goto("/khong-co-trang-nay/")
    assert "Không tìm thấy trang" in page.locator("h1").inner_text()
    page.click("main >> text=Trang chủ")
    page.wait_for_url("**/")

    # Post with a validation error: what was typed stays, the file to choose again is named.
    document = tmp_path / "ban-ve.pdf"
    document.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    page.goto("/need/new/")
    page.fill("#id_title", "Cần công nghệ bảo quản cơm dừa sáp")
    page.fill("#id_summary", "Giữ cơm dừa sáp tươi 6 tháng")
    page.fill("#id_problem", "Cơm dừa sáp chua sau vài ngày")
    page.fill("#id_budget_min", "900000000")
    assert page.input_value("#id_budget_min") == "900.000.000"  # thousands shown while typing
    page.fill("#id_budget_max", "100000000")
    page.set_input_files("input[type=file]", str(document))
    page.click("button[name=submit]")
    # The refused form comes back from the server: wait for it rather than read the page mid-navigation.
    page.locator(".invalid-feedback").first.wait_for(state="visible")
    assert page.input_value("#id_title") == "Cần công nghệ bảo quản cơm dừa sáp"
    assert "ban-ve.pdf" in page.locator(".alert-warning").inner_text()


def test_staff_verify_the_new_organisation_and_manage_its_user(new_page, public_pages):
    from core import pages
    from tests.factories import MembershipFactory, OrganizationFactory, UserFactory

    staff = StaffFactory(username="canbo2")
    staff.set_password("pass-word-123")
    staff.save()
    owner = UserFactory(username="chuhtx")
    org = OrganizationFactory(name="HTX Chờ xác minh", verified_at=None)
    MembershipFactory(user=owner, organization=org)
    pages.acceptances_record(user=staff, versions=pages.required_versions())

    page = new_page()
    login(page, "canbo2")
    page.goto("/staff/organizations/")
    page.fill(f"#remarks-{org.pk}", "Bổ sung giấy chứng nhận đăng ký HTX.")
    page.click(f"form[action='/staff/organizations/{org.pk}/verify/'] button[value=ask]")
    org.refresh_from_db()
    assert org.review_state == "info_requested"

    page.goto("/staff/users/?q=chuhtx")
    page.click("main >> text=chuhtx")
    page.fill("#reason", "Đăng tin quảng cáo")
    page.click("button[value=deactivate]")
    owner.refresh_from_db()
    assert not owner.is_active
