"""Hypothesis over the main page forms: each form's own fields, posted as the role that may use it, with arbitrary
values. Never a 5xx; a refused post (the form shown again, or a 4xx) leaves no row behind, and an accepted one
adds at most the one record it is for."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.models import Notification, OutboxMessage

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

VALUE = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**63), max_value=2**63).map(str),
    st.sampled_from(["", "0", "-1", "1e309", "2025-02-30", "=HYPERLINK(1)", "\x00", "9" * 30]),
)


def _fields(client, url) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    form = response.context["form"]
    return list(form.fields)


def _fuzz(client, url, model, data, unchanged=None):
    before = (model.objects.count(), Notification.objects.count(), OutboxMessage.objects.count())
    response = client.post(url, data)
    assert response.status_code < 500, (url, data)
    after = (model.objects.count(), Notification.objects.count(), OutboxMessage.objects.count())
    if response.status_code == 302:
        assert after[0] - before[0] <= 1
    else:
        assert after == before, (url, data, response.status_code)
        if unchanged is not None:
            unchanged()


def _strategy(names):
    return st.fixed_dictionaries({}, optional=dict.fromkeys(names, VALUE))


FUZZ = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))


def test_the_need_form(client_for, enterprise_user, enterprise):
    from marketplace.models import TechnologyNeed

    client = client_for(enterprise_user)
    url = reverse("marketplace:post_create", args=["need"])

    @FUZZ
    @given(data=_strategy(_fields(client, url)))
    def run(data):
        _fuzz(client, url, TechnologyNeed, data)

    run()


def test_the_need_edit_form(client_for, enterprise_user, enterprise):
    from marketplace.models import PostStatus, TechnologyNeed
    from tests.factories import NeedFactory

    need = NeedFactory(organization=enterprise, status=PostStatus.PUBLISHED, title="Máy sấy cơm dừa")
    client = client_for(enterprise_user)
    url = reverse("marketplace:post_edit", args=["need", need.pk])

    def nothing_saved():
        need.refresh_from_db()
        assert need.title == "Máy sấy cơm dừa" and need.status == PostStatus.PUBLISHED

    @FUZZ
    @given(data=_strategy(_fields(client, url)))
    def run(data):
        _fuzz(client, url, TechnologyNeed, data, unchanged=nothing_saved)
        TechnologyNeed.objects.filter(pk=need.pk).update(title="Máy sấy cơm dừa", status=PostStatus.PUBLISHED)

    run()


def test_the_meeting_request_form(client_for, enterprise_user, enterprise, provider_user, provider):
    from django.utils import timezone

    from events import services
    from events.models import MeetingRequest
    from tests.events.factories import WorkshopFactory

    ws = WorkshopFactory()
    for org in (enterprise, provider):
        org.verified_at = timezone.now()
        org.save()
    services.registration_create(
        workshop=ws, organization=enterprise, attendee=enterprise_user, role="seeker", by=enterprise_user
    )
    other = services.registration_create(
        workshop=ws, organization=provider, attendee=provider_user, role="provider", by=provider_user
    )
    client = client_for(enterprise_user)
    url = reverse("events:meeting_request_create", args=[ws.pk, other.pk])

    @FUZZ
    @given(data=_strategy(_fields(client, url)))
    def run(data):
        _fuzz(client, url, MeetingRequest, data)
        MeetingRequest.objects.all().delete()

    run()


def test_the_organisation_form(client_for, enterprise_user, enterprise):
    from marketplace.models import Organization

    client = client_for(enterprise_user)
    url = reverse("marketplace:organization_edit", args=[enterprise.pk])

    @FUZZ
    @given(data=_strategy(_fields(client, url)))
    def run(data):
        _fuzz(client, url, Organization, data)

    run()


def test_the_workshop_registration_form(client_for, enterprise_user, enterprise):
    from django.utils import timezone

    from events.models import Registration
    from tests.events.factories import WorkshopFactory

    enterprise.verified_at = timezone.now()
    enterprise.save()
    client = client_for(enterprise_user)
    url = reverse("events:registration_create", args=[WorkshopFactory().pk])

    @FUZZ
    @given(data=_strategy(_fields(client, url)), org=st.sampled_from([str(enterprise.pk), "", "x"]))
    def run(data, org):
        _fuzz(client, url, Registration, {**data, "organization": org})
        Registration.objects.all().delete()

    run()


def test_the_staff_plan_target_form(client_for, staff):
    from grants.models import PlanTarget

    client = client_for(staff)
    url = reverse("grants:target_create")

    @FUZZ
    @given(data=_strategy(_fields(client, url)))
    def run(data):
        _fuzz(client, url, PlanTarget, data)

    run()


def test_marking_notifications_read(client_for, enterprise_user):
    from core.notifications import notify

    notify(users=[enterprise_user], kind="post_published", event_key="fuzz:1", params={})
    client = client_for(enterprise_user)
    url = reverse("core:notification_read")

    @FUZZ
    @given(data=_strategy(["id", "next"]))
    def run(data):
        _fuzz(client, url, Notification, data)

    run()


def test_the_account_form(client_for, enterprise_user):
    from core.models import Profile

    client = client_for(enterprise_user)
    url = reverse("core:account")
    assert client.get(url).status_code == 200  # the profile row is made on the first visit

    @FUZZ
    @given(
        data=_strategy(["full_name", "phone", "position", "language"]),
        section=st.sampled_from(["profile", "notifications", "", "x"]),
    )
    def run(data, section):
        _fuzz(client, url, Profile, {**data, "section": section})

    run()
