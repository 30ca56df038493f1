"""The first hour of a technology provider (a research institute) in a real browser: it signs up, accepts the
terms, sets up its account, registers the institute, posts an offer that the server refuses (what was typed
stays and the file to choose again is named), invites a colleague, searches from the header, reads the
provider guide, hits a missing page and gets back."""

import re

import pytest
from django.core import mail

from core.models import Acceptance, Profile
from marketplace.models import Membership, Organization, TechnologyOffer
from tests.factories import NeedFactory

from .test_first_hour import _sign_up, public_pages  # noqa: F401  # the fixture is used by name

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_research_institute_spends_its_first_hour(new_page, public_pages, tmp_path):  # noqa: F811
    NeedFactory(title="Cần dây chuyền sấy cơm dừa bằng bơm nhiệt")
    page = new_page(viewport={"width": 1440, "height": 900})
    _sign_up(page, "vienlua", "vienlua@example.vn")
    assert Acceptance.objects.filter(user__username="vienlua").count() == 2

    # The account page, from the user menu.
    page.goto("/dashboard/")
    page.click("nav [aria-label^='Menu tài khoản']")
    page.click("nav >> text=Tài khoản của tôi")
    page.fill("#id_full_name", "Kim Thị Sóc Khơ")
    page.fill("#id_phone", "0294 3855 247")
    page.fill("#id_position", "Phó Viện trưởng")
    page.click("form:has(input[value=profile]) button[type=submit]")
    assert "Đã lưu thông tin tài khoản" in page.content()
    assert Profile.objects.get(user__username="vienlua").full_name == "Kim Thị Sóc Khơ"

    # Register the institute as a technology provider.
    page.goto("/organizations/register/")
    page.fill("#id_name", "Viện Nghiên cứu Nông nghiệp ven biển Trà Vinh")
    page.select_option("#id_kind", "provider")
    page.fill("#id_tax_code", "0100109106")
    page.select_option("#id_org_type", "institute")
    page.fill("#id_contact_name", "Kim Thị Sóc Khơ")
    page.fill("#id_contact_phone", "0294 3855 247")
    page.fill("#id_contact_email", "vienlua@example.vn")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/organizations/\d+/.*"))
    institute = Organization.objects.get(name="Viện Nghiên cứu Nông nghiệp ven biển Trà Vinh")
    assert institute.kind == "provider"

    # Post an offer the server refuses (a price range upside down): what was typed stays, the file is named.
    drawing = tmp_path / "quy-trinh-say.pdf"
    drawing.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    page.goto("/offer/new/")
    # One organisation: it is chosen for the provider.
    assert page.input_value("#id_organization") == str(institute.pk)
    page.fill("#id_title", "Quy trình sấy cơm dừa sáp bằng bơm nhiệt")
    page.fill("#id_summary", "Sấy cơm dừa sáp giữ màu trắng, độ ẩm dưới 3 %")
    page.fill("#id_price_min", "900000000")
    assert page.input_value("#id_price_min") == "900.000.000"  # thousands shown while typing
    page.fill("#id_price_max", "100000000")
    page.set_input_files("input[type=file]", str(drawing))
    page.click("button[name=submit]")
    page.locator(".invalid-feedback").first.wait_for(state="visible")
    assert page.input_value("#id_title") == "Quy trình sấy cơm dừa sáp bằng bơm nhiệt"
    assert page.input_value("#id_price_min") == "900.000.000"
    assert "quy-trinh-say.pdf" in page.locator(".alert-warning").inner_text()
    assert not TechnologyOffer.objects.filter(organization=institute).exists()

    # Invite a colleague; they are a member only once they accept.
    page.goto(f"/organizations/{institute.pk}/members/")
    page.fill("#id_email", "nghiencuuvien@example.vn")
    page.click("text=Gửi lời mời")
    assert "Đã gửi lời mời" in page.content()
    link = re.search(r"https?://\S+(/invitations/\S+/)", mail.outbox[-1].body).group(1)
    colleague = new_page()
    _sign_up(colleague, "nghiencuuvien", "nghiencuuvien@example.vn")
    colleague.goto(link)
    assert not Membership.objects.filter(user__username="nghiencuuvien").exists()
    colleague.click("text=Chấp nhận và tham gia")
    assert Membership.objects.filter(user__username="nghiencuuvien", organization=institute).exists()

    # Search from the header for the firms' needs, without accents.
    page.fill("#header-search", "SAY COM DUA")
    page.press("#header-search", "Enter")
    page.wait_for_url("**/search/?q=*")
    assert "Cần dây chuyền sấy cơm dừa bằng bơm nhiệt" in page.locator("main").inner_text()

    # The provider guide: from the footer's guide, its list of guides.
    page.click("footer >> text=Hướng dẫn sử dụng")
    page.click("main >> text=Hướng dẫn cho bên cung ứng công nghệ")
    assert "cung ứng công nghệ" in page.locator("h1").inner_text()

    # A missing page, and the way back.
    page.goto("/offers/999999/")
    assert "Không tìm thấy trang" in page.locator("h1").inner_text()
    page.click("main >> text=Trang chủ")
    page.wait_for_url("**/")
