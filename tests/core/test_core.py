"""The shared layer: role checks, notifications once per event, the notification pages, money."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.utils import translation

from core import roles
from core.messages import add_form_errors
from core.models import Notification
from core.money import vnd
from core.notifications import notify
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_roles_read_memberships_and_the_staff_group(enterprise, enterprise_user, staff, outsider):
    assert roles.organization_ids(enterprise_user) == {enterprise.pk}
    assert roles.is_member(enterprise_user, enterprise) and roles.is_member(enterprise_user, enterprise.pk)
    assert not roles.is_member(enterprise_user, outsider) and not roles.is_member(enterprise_user, None)
    assert roles.is_staff(staff) and not roles.is_staff(enterprise_user)


def test_a_visitor_has_no_roles():
    for user in (None, AnonymousUser()):
        assert roles.organization_ids(user) == set() and not roles.is_staff(user)


def test_an_event_notifies_each_user_once_however_often_it_is_sent(enterprise_user):
    for _ in range(3):
        notify(users=[enterprise_user, enterprise_user], kind="post_published", event_key="e1", params={"title": "T"})
    assert Notification.objects.filter(user=enterprise_user).count() == 1


def test_marking_a_notification_read_needs_a_whole_number(client, enterprise_user):
    note = notify(users=[enterprise_user], kind="post_published", event_key="e2", params={"title": "T"})[0]
    client.force_login(enterprise_user)
    for junk in ("abc", "1.5", "1e3", "--"):
        response = client.post("/notifications/read/", {"id": junk})
        assert response.status_code == 400, junk
    assert client.post("/notifications/read/", {"id": note.pk}).status_code == 302
    note.refresh_from_db()
    assert note.read_at is not None


def test_one_cannot_mark_another_users_notification_read(client, enterprise_user):
    other = UserFactory()
    note = notify(users=[other], kind="post_published", event_key="e3", params={"title": "T"})[0]
    client.force_login(enterprise_user)
    client.post("/notifications/read/", {"id": note.pk})
    note.refresh_from_db()
    assert note.read_at is None


def test_money_groups_thousands_the_readers_way():
    with translation.override("vi"):
        assert vnd(1_500_000_000) == "1.500.000.000 ₫"
    with translation.override("en"):
        assert vnd(-25_000) == "-25,000 ₫"
    assert vnd(None) == "" and vnd("n/a") == "n/a"


def test_a_service_error_lands_next_to_its_field_or_on_top_of_the_form():
    from django import forms

    class F(forms.Form):
        amount = forms.IntegerField()

    form = F({"amount": 3})
    form.is_valid()
    add_form_errors(form, ValidationError({"amount": "too much", "elsewhere": "nope"}))
    add_form_errors(form, ValidationError("in general"))
    assert form.errors["amount"] == ["too much"]
    assert form.non_field_errors() == ["nope", "in general"]
