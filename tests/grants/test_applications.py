"""A verified enterprise applies for support from its connection; staff review (more information,
propose a grant, refuse with a reason); the applicant follows the status. Staff edit programs and caps."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from core.models import Notification
from grants import applications as svc
from grants.application_forms import parse_cost_lines
from grants.models import GrantApplication, GrantCap, GrantProgram
from marketplace import connections as connection_services

from .factories import BudgetFactory, M

YEAR = timezone.localdate().year
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"


@pytest.fixture
def budget_now(program):
    return BudgetFactory(program=program, year=YEAR, amount=200 * M)


@pytest.fixture
def connection(staff, firm, provider):
    return connection_services.connection_introduce(seeker=firm, provider=provider, by=staff)


@pytest.fixture
def submit(enterprise_user, connection, program, budget_now):
    def make(**kw):
        args = dict(
            by=enterprise_user,
            connection=connection,
            program=program,
            year=YEAR,
            purpose="Mua dây chuyền sấy dừa",
            cost_items=[("Máy sấy", 50 * M), ("Lắp đặt", 10 * M)],
            requested_amount=30 * M,
        )
        args.update(kw)
        return svc.application_submit(**args)

    return make


def test_a_firm_applies_from_its_connection_and_staff_are_told(submit, staff, firm, connection):
    application = submit(documents=[SimpleUploadedFile("bao-gia.pdf", PDF)])
    assert (application.firm, application.connection, application.eligible_cost) == (firm, connection, 60 * M)
    assert application.cost_breakdown == [{"item": "Máy sấy", "amount": 50 * M}, {"item": "Lắp đặt", "amount": 10 * M}]
    assert application.documents.get().content_type == "application/pdf"
    assert Notification.objects.filter(user=staff, kind="application_submitted").exists()


def test_only_the_seeker_side_applies(submit, provider_user, outsider_user):
    for user in (provider_user, outsider_user):
        with pytest.raises(PermissionDenied):
            submit(by=user)


def test_it_refuses_more_than_the_programs_share_of_the_cost(submit):
    with pytest.raises(ValidationError) as exc:
        submit(requested_amount=30 * M + 1)
    assert "requested_amount" in exc.value.message_dict
    assert not GrantApplication.objects.exists()


def test_it_refuses_a_disguised_document_and_keeps_nothing(submit):
    with pytest.raises(ValidationError):
        submit(documents=[SimpleUploadedFile("bao-gia.pdf", b"MZ executable")])
    assert not GrantApplication.objects.exists()


def test_one_open_application_per_connection_program_and_year(submit):
    submit()
    with pytest.raises(ValidationError, match="already has an open application"):
        submit()


def test_staff_ask_for_more_and_the_firm_answers(submit, staff, enterprise_user):
    application = submit()
    svc.application_request_info(application=application, by=staff, message="Bổ sung báo giá thứ hai")
    assert Notification.objects.filter(user=enterprise_user, kind="application_info_requested").exists()
    with pytest.raises(ValidationError):
        svc.application_propose(application=application, by=staff)
    again = svc.application_resubmit(
        application=application,
        by=enterprise_user,
        purpose="Mua dây chuyền sấy dừa",
        cost_items=[("Máy sấy", 50 * M), ("Lắp đặt", 10 * M), ("Đào tạo", 4 * M)],
        requested_amount=32 * M,
        note="Đã bổ sung",
    )
    assert (again.status, again.eligible_cost) == ("submitted", 64 * M)
    assert list(again.history.values_list("status", flat=True)) == ["submitted", "info_requested", "submitted"]


def test_staff_propose_a_grant_tied_to_the_connection(submit, staff, enterprise_user, connection):
    application = submit()
    done = svc.application_propose(application=application, by=staff, requested_amount=25 * M)
    grant = done.grant
    assert (grant.connection, grant.requested_amount, grant.eligible_cost) == (connection, 25 * M, 60 * M)
    assert done.status == "proposed"
    assert Notification.objects.filter(user=enterprise_user, kind="application_proposed").exists()
    with pytest.raises(ValidationError):
        svc.application_refuse(application=application, by=staff, reason="Muộn")


def test_staff_cannot_propose_more_than_was_asked(submit, staff):
    with pytest.raises(ValidationError):
        svc.application_propose(application=submit(), by=staff, requested_amount=31 * M)


def test_staff_refuse_with_a_reason(submit, staff, enterprise_user):
    application = submit()
    with pytest.raises(ValidationError):
        svc.application_refuse(application=application, by=staff, reason=" ")
    refused = svc.application_refuse(application=application, by=staff, reason="Ngoài lĩnh vực hỗ trợ")
    assert refused.status == "refused" and refused.staff_message == "Ngoài lĩnh vực hỗ trợ"


def test_members_cannot_review(submit, enterprise_user):
    with pytest.raises(PermissionDenied):
        svc.application_refuse(application=submit(), by=enterprise_user, reason="x")


def test_cost_lines_are_read_with_vietnamese_thousands_separators():
    assert parse_cost_lines("Máy sấy: 450.000.000\n\nĐào tạo: 5,000,000 ₫") == [
        ("Máy sấy", 450_000_000),
        ("Đào tạo", 5_000_000),
    ]
    with pytest.raises(ValidationError, match="Line 1"):
        parse_cost_lines("Máy sấy 450 triệu")


ROLES = ["anonymous", "seeker", "provider", "outsider", "staff"]
# role → (apply page, application page, staff review action, program page)
MATRIX = {
    "anonymous": (302, 302, 302, 302),
    "seeker": (200, 200, 403, 403),
    "provider": (403, 404, 404, 403),  # the provider sees the connection, not the firm's application
    "outsider": (404, 404, 404, 403),
    "staff": (403, 200, 302, 200),
}


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix_of_the_application_pages(
    role, submit, connection, client_for, enterprise_user, provider_user, outsider_user, outsider, staff
):
    user = {
        "anonymous": None,
        "seeker": enterprise_user,
        "provider": provider_user,
        "outsider": outsider_user,
        "staff": staff,
    }[role]
    application = submit()
    c = client_for(user)
    got = (
        c.get(reverse("grants:application_create", args=[connection.pk])).status_code,
        c.get(application.get_absolute_url()).status_code,
        c.post(
            reverse("grants:application_action", args=[application.pk, "request_info"]), {"message": "Bổ sung"}
        ).status_code,
        c.get(reverse("grants:program_create")).status_code,
    )
    assert got == MATRIX[role]


def test_the_apply_page_shows_bad_lines_next_to_the_field(connection, client_for, enterprise_user, program, budget_now):
    response = client_for(enterprise_user).post(
        reverse("grants:application_create", args=[connection.pk]),
        {"program": program.pk, "year": YEAR, "purpose": "x", "cost_items": "Máy sấy", "requested_amount": 1},
    )
    assert response.status_code == 400 and "cost_items" in response.context["form"].errors


def test_the_applicant_sees_the_most_the_rules_allow(submit, client_for, enterprise_user):
    html = client_for(enterprise_user).get(submit().get_absolute_url()).content.decode()
    # 50% of 60M = 30M; the small firm's cap is 50M; budget 200M: the share binds.
    assert 'id="limit-maximum">30,000,000 ₫' in html


class TestPrograms:
    def test_staff_create_a_program_with_caps_per_firm_size(self, staff, client_for):
        response = client_for(staff).post(
            reverse("grants:program_create"),
            {
                "code": "doi-moi-cn",
                "name_vi": "Hỗ trợ đổi mới công nghệ",
                "kind": "innovation",
                "share_percent": 30,
                "first_year": 2025,
                "last_year": 2030,
                "cap_small": 50 * M,
                "cap_medium": 100 * M,
            },
        )
        assert response.status_code == 302
        program = GrantProgram.objects.get(code="doi-moi-cn")
        assert dict(program.caps.values_list("size", "amount")) == {"small": 50 * M, "medium": 100 * M}

    def test_editing_removes_an_emptied_cap_and_keeps_years_that_have_grants(self, staff, program, budget_now):
        svc.program_save(
            by=staff, program=program, caps={"micro": None, "small": 60 * M, "medium": None, "large": None}
        )
        assert list(GrantCap.objects.filter(program=program).values_list("size", "amount")) == [("small", 60 * M)]
        type(budget_now).objects.filter(pk=budget_now.pk).update(approved_total=10 * M)
        with pytest.raises(ValidationError) as exc:
            svc.program_save(by=staff, program=program, caps={"small": 60 * M}, last_year=YEAR - 1, first_year=2000)
        assert "last_year" in exc.value.message_dict

    def test_a_bad_program_shows_its_errors(self, staff, client_for):
        response = client_for(staff).post(
            reverse("grants:program_create"),
            {"code": "x", "name_vi": "X", "kind": "other", "share_percent": 150, "first_year": 2030, "last_year": 2025},
        )
        assert response.status_code == 400
        assert "share_percent" in response.context["form"].errors
