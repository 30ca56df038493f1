"""Staff manage accounts without Django admin: list and search, organisations and activity, deactivate and
reactivate, make and unmake staff; every change recorded; nobody changes their own account."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core import users
from core.models import AccountEvent, Profile
from core.roles import is_staff
from tests.factories import NeedFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db
LIST = reverse("marketplace:staff_user_list")


@pytest.mark.parametrize("who, status", [(None, 302), ("enterprise", 403), ("staff", 200)])
def test_only_staff_see_the_user_pages(client_for, enterprise_user, staff, who, status):
    user = {"enterprise": enterprise_user, "staff": staff, None: None}[who]
    assert client_for(user).get(LIST).status_code == status
    assert (
        client_for(user).get(reverse("marketplace:staff_user_detail", args=[enterprise_user.pk])).status_code == status
    )


def test_staff_find_a_user_by_name_email_or_organisation_without_accents(
    client_for, staff, enterprise, enterprise_user
):
    Profile.objects.create(user=enterprise_user, full_name="Thạch Thị Sa Rết")
    client = client_for(staff)
    for query in ("Sa Rết", enterprise_user.email, "HTX Dừa", "dua xanh"):
        names = [u.username for u in client.get(LIST, {"q": query}).context["page"]]
        assert names == ["doanhnghiep"], query


def test_the_user_page_shows_organisations_and_activity(client_for, staff, enterprise, enterprise_user):
    NeedFactory(organization=enterprise, created_by=enterprise_user, title="Cần máy sấy dừa sáp")
    page = client_for(staff).get(reverse("marketplace:staff_user_detail", args=[enterprise_user.pk])).content.decode()
    assert enterprise.name in page and "Cần máy sấy dừa sáp" in page


def test_a_deactivated_user_is_logged_out_and_cannot_log_in_until_reactivated(client_for, staff, enterprise_user):
    client = client_for(enterprise_user)
    assert client.get("/dashboard/").status_code == 200
    action = reverse("marketplace:staff_user_action", args=[enterprise_user.pk])
    client_for(staff).post(action, {"action": "deactivate"})  # no reason: refused
    enterprise_user.refresh_from_db()
    assert enterprise_user.is_active
    client_for(staff).post(action, {"action": "deactivate", "reason": "Đăng tin quảng cáo nhiều lần"})
    enterprise_user.refresh_from_db()
    assert not enterprise_user.is_active
    assert client.get("/dashboard/").status_code == 302  # the session no longer counts
    client_for(staff).post(action, {"action": "reactivate"})
    enterprise_user.refresh_from_db()
    assert enterprise_user.is_active
    assert list(AccountEvent.objects.filter(user=enterprise_user).values_list("action", flat=True)) == [
        "reactivated",
        "deactivated",
    ]


def test_staff_make_and_unmake_staff(client_for, staff, enterprise_user):
    action = reverse("marketplace:staff_user_action", args=[enterprise_user.pk])
    client_for(staff).post(action, {"action": "make_staff"})
    assert is_staff(type(enterprise_user).objects.get(pk=enterprise_user.pk))
    client_for(staff).post(action, {"action": "unmake_staff"})
    assert not is_staff(type(enterprise_user).objects.get(pk=enterprise_user.pk))


def test_nobody_changes_their_own_account_and_only_a_superuser_changes_a_superuser(staff):
    with pytest.raises(ValidationError):
        users.user_set_staff(user=staff, staff=False, by=staff)
    boss = UserFactory(is_superuser=True)
    with pytest.raises(ValidationError):
        users.user_set_active(user=boss, active=False, by=StaffFactory(), reason="x")
    assert type(boss).objects.get(pk=boss.pk).is_active
