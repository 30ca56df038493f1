"""A verified organisation's badge stays on confirmed values: its name, tax code and size change only once
staff confirm; staff verify a registration, refuse it or ask for more information."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.models import Notification
from marketplace import selectors, services, verification
from marketplace.models import Organization, OrganizationChange
from tests.factories import OrganizationFactory, valid_tax_code

pytestmark = pytest.mark.django_db


def _edit(client, org, **changes):
    data = {
        "name": org.name,
        "kind": org.kind,
        "tax_code": org.tax_code,
        "org_type": org.org_type,
        "size": org.size,
        "address": "",
        "description": org.description,
        "website": "",
        "contact_name": org.contact_name,
        "contact_phone": org.contact_phone,
        "contact_email": org.contact_email,
        **changes,
    }
    return client.post(reverse("marketplace:organization_edit", args=[org.pk]), data)


def test_a_members_new_name_and_size_wait_for_staff_while_other_edits_apply(
    client_for, enterprise, enterprise_user, staff
):
    response = _edit(client_for(enterprise_user), enterprise, name="HTX Dừa sáp Mới", size="medium", description="Mới")
    assert response.status_code == 302
    enterprise.refresh_from_db()
    assert (enterprise.name, enterprise.size, enterprise.description) == ("HTX Dừa Xanh", "small", "Mới")
    change = OrganizationChange.objects.get(organization=enterprise, status="pending")
    assert change.values == {"name": "HTX Dừa sáp Mới", "size": "medium"}
    assert Notification.objects.filter(user=staff, kind="organization_change_requested").exists()
    page = client_for(enterprise_user).get(enterprise.get_absolute_url()).content.decode()
    assert "HTX Dừa sáp Mới" in page  # the owner sees what waits


def test_staff_confirm_the_change_and_the_members_are_told(enterprise, enterprise_user, staff):
    services.organization_update(organization=enterprise, by=enterprise_user, name="HTX Dừa sáp Mới")
    change = OrganizationChange.objects.get(organization=enterprise)
    verification.change_decide(change=change, confirm=True, by=staff)
    enterprise.refresh_from_db()
    assert enterprise.name == "HTX Dừa sáp Mới" and enterprise.is_verified
    assert Notification.objects.filter(user=enterprise_user, kind="organization_change_confirmed").exists()
    with pytest.raises(ValidationError):
        verification.change_decide(change=change, confirm=True, by=staff)  # decided once


def test_a_refusal_needs_a_reason_and_changes_nothing(enterprise, enterprise_user, staff):
    services.organization_update(organization=enterprise, by=enterprise_user, size="large")
    change = OrganizationChange.objects.get(organization=enterprise)
    with pytest.raises(ValidationError):
        verification.change_decide(change=change, confirm=False, by=staff)
    verification.change_decide(change=change, confirm=False, by=staff, remarks="Chưa có giấy tờ chứng minh quy mô.")
    enterprise.refresh_from_db()
    assert enterprise.size == "small"
    assert Notification.objects.filter(user=enterprise_user, kind="organization_change_refused").exists()


def test_staff_edits_and_edits_of_unverified_organisations_apply_at_once(enterprise, enterprise_user, staff):
    services.organization_update(organization=enterprise, by=staff, name="Tên do cán bộ sửa")
    enterprise.refresh_from_db()
    assert enterprise.name == "Tên do cán bộ sửa"
    fresh = OrganizationFactory(verified_at=None)
    services.organization_update(organization=fresh, by=staff, size="medium")
    assert not OrganizationChange.objects.exists()


def test_a_tax_code_already_registered_is_refused_next_to_the_field(client_for, enterprise, enterprise_user, outsider):
    response = _edit(client_for(enterprise_user), enterprise, tax_code=outsider.tax_code)
    assert response.status_code == 200
    assert "tax_code" in response.context["form"].errors
    assert not OrganizationChange.objects.exists()


def test_a_new_tax_code_waits_too(enterprise, enterprise_user):
    new_code = valid_tax_code(987)
    services.organization_update(organization=enterprise, by=enterprise_user, tax_code=new_code)
    enterprise.refresh_from_db()
    assert enterprise.tax_code != new_code
    assert OrganizationChange.objects.get().values == {"tax_code": new_code}


def test_staff_ask_for_more_information_and_the_owners_answer_puts_it_back_in_the_queue(
    client_for, enterprise_user, staff
):
    org = OrganizationFactory(verified_at=None)
    org.memberships.create(user=enterprise_user, role="owner")
    client_for(staff).post(
        reverse("marketplace:staff_organization_verify", args=[org.pk]),
        {"decision": "ask", "remarks": "Bổ sung giấy chứng nhận đăng ký HTX."},
    )
    org.refresh_from_db()
    assert org.review_state == "info_requested" and not org.is_verified
    assert org not in selectors.organizations_awaiting_verification()
    assert Notification.objects.filter(user=enterprise_user, kind="organization_info_requested").exists()
    services.organization_update(organization=org, by=enterprise_user, description="Đã bổ sung")
    org.refresh_from_db()
    assert org.review_state == "" and org in selectors.organizations_awaiting_verification()


def test_staff_refuse_a_registration_with_a_reason(client_for, staff):
    org = OrganizationFactory(verified_at=None)
    client = client_for(staff)
    client.post(reverse("marketplace:staff_organization_verify", args=[org.pk]), {"decision": "reject"})
    org.refresh_from_db()
    assert org.review_state == ""  # no reason given: nothing done
    client.post(
        reverse("marketplace:staff_organization_verify", args=[org.pk]),
        {"decision": "reject", "remarks": "Mã số thuế không khớp tên doanh nghiệp."},
    )
    org.refresh_from_db()
    assert org.review_state == "rejected" and not org.is_verified


def test_verifying_clears_earlier_remarks(client_for, staff):
    org = OrganizationFactory(verified_at=None, review_state="info_requested", review_remarks="Thiếu giấy tờ")
    client_for(staff).post(reverse("marketplace:staff_organization_verify", args=[org.pk]), {"decision": "verify"})
    org.refresh_from_db()
    assert org.is_verified and org.review_state == "" and org.review_remarks == ""


@pytest.mark.parametrize("who", ["enterprise", "outsider"])
def test_only_staff_decide(client_for, enterprise_user, outsider_user, who):
    org = OrganizationFactory(verified_at=None)
    user = {"enterprise": enterprise_user, "outsider": outsider_user}[who]
    response = client_for(user).post(
        reverse("marketplace:staff_organization_verify", args=[org.pk]), {"decision": "verify"}
    )
    assert response.status_code == 403
    assert not Organization.objects.get(pk=org.pk).is_verified


def test_the_api_edit_of_a_verified_name_waits_for_staff_too(client_for, enterprise, enterprise_user):
    response = client_for(enterprise_user).patch(
        f"/api/v1/organizations/{enterprise.pk}/", {"name": "Tên mới qua API"}, content_type="application/json"
    )
    assert response.status_code == 200
    enterprise.refresh_from_db()
    assert enterprise.name == "HTX Dừa Xanh"
    assert OrganizationChange.objects.get().values == {"name": "Tên mới qua API"}
