"""Bad input is refused with a message next to the field; nothing is saved; nothing reaches a 500."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from marketplace.models import Organization, TechnologyNeed, TechnologyOffer
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory, sector

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def docx_bytes() -> bytes:
    from tests.uploads import docx_bytes as real_docx

    return real_docx()


def need_data(**changes):
    data = {
        "organization": "",
        "title": "Cần máy sấy dừa",
        "summary": "Tóm tắt",
        "problem": "Sấy thủ công",
        "sectors": [sector("coconut").pk],
        "min_trl": "6",
        "budget_min": "500000000",
        "budget_max": "800000000",
        "transfer_modes": ["turnkey"],
        "deadline": (timezone.localdate() + timedelta(days=30)).isoformat(),
        "region": "province",
    }
    data.update(changes)
    return data


@pytest.fixture(autouse=True)
def english(settings):
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def enterprise_client(enterprise, enterprise_user, client_for):
    return client_for(enterprise_user)


def post_need(client, enterprise, **changes):
    data = need_data(organization=str(enterprise.pk), **changes)
    return client.post("/need/new/", data)


def field_errors(response, field):
    form = response.context["form"]
    return form.errors.get(field, [])


@pytest.mark.parametrize(
    "field,value,fragment",
    [
        ("min_trl", "0", "1 to 9"),
        ("min_trl", "10", "1 to 9"),
        ("min_trl", "abc", "1 to 9"),
        ("budget_min", "-5", "negative"),
        ("budget_min", "12.5", "whole number"),
        ("budget_min", "1.000.00", "whole number"),
        ("budget_min", "900000000", "above the maximum"),
        ("deadline", "2001-01-01", "past"),
        ("title", "", "required"),
    ],
)
def test_a_bad_need_is_refused_next_to_the_field_and_nothing_is_saved(
    enterprise_client, enterprise, field, value, fragment, settings
):
    settings.LANGUAGE_CODE = "en"
    response = post_need(enterprise_client, enterprise, **{field: value})
    assert response.status_code == 200
    errors = " ".join(field_errors(response, field))
    assert fragment.lower() in errors.lower()
    assert not TechnologyNeed.objects.exists()


def test_a_good_need_is_saved_as_a_draft(enterprise_client, enterprise):
    response = post_need(enterprise_client, enterprise)
    assert response.status_code == 302
    need = TechnologyNeed.objects.get()
    assert need.status == "draft" and need.budget_max == 800_000_000 and need.transfer_modes == ["turnkey"]


@pytest.mark.parametrize(
    "name,content,fragment",
    [
        ("fake.pdf", b"MZ\x90\x00 this is an exe", "PDF, DOCX"),
        ("script.png", b"<script>alert(1)</script>", "PDF, DOCX"),
        ("empty.docx", b"PK\x03\x04 not really a zip", "PDF, DOCX"),
    ],
)
def test_an_attachment_is_checked_by_content_not_name(enterprise_client, enterprise, name, content, fragment):
    upload = SimpleUploadedFile(name, content)
    response = enterprise_client.post(
        "/need/new/", {**need_data(organization=str(enterprise.pk)), "new_attachments": upload}
    )
    assert response.status_code == 200
    assert fragment in " ".join(field_errors(response, "new_attachments"))
    assert not TechnologyNeed.objects.exists()


def test_an_attachment_over_ten_megabytes_is_refused(enterprise_client, enterprise):
    upload = SimpleUploadedFile("big.pdf", PDF + b"0" * (10 * 1024 * 1024))
    response = enterprise_client.post(
        "/need/new/", {**need_data(organization=str(enterprise.pk)), "new_attachments": upload}
    )
    assert "limit" in " ".join(field_errors(response, "new_attachments"))
    assert not TechnologyNeed.objects.exists()


def test_real_pdf_and_docx_attachments_are_kept(enterprise_client, enterprise):
    files = [SimpleUploadedFile("ho-so.pdf", PDF), SimpleUploadedFile("mo-ta.docx", docx_bytes())]
    response = enterprise_client.post(
        "/need/new/", {**need_data(organization=str(enterprise.pk)), "new_attachments": files}
    )
    assert response.status_code == 302
    need = TechnologyNeed.objects.get()
    assert sorted(a.content_type for a in need.attachments.all()) == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]


def test_an_offer_with_a_price_minimum_above_the_maximum_is_refused(provider, provider_user, client_for):
    data = {
        "organization": provider.pk,
        "title": "Máy",
        "summary": "x",
        "sectors": [sector("coconut").pk],
        "trl": "7",
        "ip_status": "none",
        "price_min": "10",
        "price_max": "5",
        "region": "province",
    }
    response = client_for(provider_user).post("/offer/new/", data)
    assert "above the maximum" in " ".join(field_errors(response, "price_min"))
    assert not TechnologyOffer.objects.exists()


@pytest.mark.parametrize("tax_code", ["123", "0100109107", "01001091069", "abcdefghij", "0100109106-01"])
def test_a_malformed_tax_code_is_refused(client_for, tax_code):
    user = UserFactory()
    data = {
        "name": "Công ty A",
        "kind": "enterprise",
        "tax_code": tax_code,
        "org_type": "sme",
        "contact_name": "A",
        "contact_phone": "0909",
        "contact_email": "a@example.vn",
    }
    response = client_for(user).post("/organizations/register/", data)
    assert response.status_code == 200
    assert "tax code" in " ".join(response.context["form"].errors["tax_code"])
    assert not Organization.objects.exists()


def test_a_valid_tax_code_with_a_branch_suffix_registers_the_organisation(client_for):
    user = UserFactory()
    data = {
        "name": "Chi nhánh A",
        "kind": "both",
        "tax_code": "0100109106-001",
        "org_type": "sme",
        "contact_name": "A",
        "contact_phone": "0909",
        "contact_email": "a@example.vn",
    }
    response = client_for(user).post("/organizations/register/", data)
    assert response.status_code == 302
    org = Organization.objects.get()
    assert org.tax_code == "0100109106001"
    assert org.verified_at is None and org.memberships.get().user == user


def test_a_tax_code_already_registered_is_refused(client_for, enterprise):
    data = {
        "name": "Trùng",
        "kind": "enterprise",
        "tax_code": enterprise.tax_code,
        "org_type": "sme",
        "contact_name": "A",
        "contact_phone": "0909",
        "contact_email": "a@example.vn",
    }
    response = client_for(UserFactory()).post("/organizations/register/", data)
    assert response.status_code == 200 and response.context["form"].errors["tax_code"]


def test_a_decline_without_a_reason_is_refused_with_a_message(
    enterprise, enterprise_user, provider, provider_user, client_for
):
    from marketplace import services
    from tests.factories import NeedFactory

    need = NeedFactory(organization=enterprise)
    interest = services.interest_create(
        post=need, organization=provider, by=provider_user, cooperation="supply", message="x"
    )
    response = client_for(enterprise_user).post(f"/interests/{interest.pk}/decline/", {"reason": ""}, follow=True)
    assert response.status_code == 200
    interest.refresh_from_db()
    assert interest.status == "pending"


class TestFuzzedNeedForm(HypothesisTestCase):
    """Whatever is typed into the need form, the answer is a page or a redirect, never a 500."""

    @classmethod
    def setUpTestData(cls):
        cls.user = UserFactory(username="fuzz")
        cls.org = OrganizationFactory(kind="enterprise")
        MembershipFactory(user=cls.user, organization=cls.org)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        title=st.text(max_size=300),
        budget_min=st.one_of(st.text(max_size=25), st.integers().map(str)),
        budget_max=st.one_of(st.text(max_size=25), st.integers().map(str)),
        min_trl=st.text(max_size=5),
        deadline=st.text(max_size=12),
        modes=st.lists(st.text(max_size=12), max_size=3),
    )
    def test_the_need_form_never_fails_with_a_server_error(
        self, title, budget_min, budget_max, min_trl, deadline, modes
    ):
        self.client.force_login(self.user)
        data = need_data(
            organization=str(self.org.pk),
            title=title,
            budget_min=budget_min,
            budget_max=budget_max,
            min_trl=min_trl,
            deadline=deadline,
            transfer_modes=modes,
        )
        response = self.client.post("/need/new/", data)
        assert response.status_code in (200, 302)


@pytest.mark.parametrize("typed", ["600.000.000", "600,000,000", "600 000 000", "600.000.000 ₫", "600000000"])
def test_an_amount_typed_with_thousands_separators_is_understood(enterprise_client, enterprise, typed):
    response = post_need(enterprise_client, enterprise, budget_min=typed)
    assert response.status_code == 302
    assert TechnologyNeed.objects.get().budget_min == 600_000_000
