"""The events world: an open workshop, the enterprise and the provider registered, an outsider not."""

import pytest

from events import services
from events.models import Registration, Workshop
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory

from .factories import WorkshopFactory


@pytest.fixture
def workshop(db):
    return WorkshopFactory()


@pytest.fixture
def seeker_reg(workshop, enterprise, enterprise_user):
    return services.registration_create(
        workshop=workshop,
        organization=enterprise,
        attendee=enterprise_user,
        role=Registration.Role.SEEKER,
        by=enterprise_user,
    )


@pytest.fixture
def provider_reg(workshop, provider, provider_user):
    return services.registration_create(
        workshop=workshop,
        organization=provider,
        attendee=provider_user,
        role=Registration.Role.PROVIDER,
        by=provider_user,
    )


@pytest.fixture
def make_participant(workshop):
    """make_participant(name) -> (user, registration): another organisation with a confirmed seat."""

    def make(name="Công ty thêm", ws: Workshop | None = None, role=Registration.Role.BOTH):
        user = UserFactory()
        org = OrganizationFactory(name=name)
        MembershipFactory(user=user, organization=org)
        reg = services.registration_create(workshop=ws or workshop, organization=org, attendee=user, role=role, by=user)
        return user, reg

    return make


@pytest.fixture
def accepted_request(workshop, seeker_reg, provider_reg, enterprise_user, provider_user):
    request = services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=provider_reg, by=enterprise_user
    )
    return services.meeting_request_answer(meeting_request=request, accept=True, by=provider_user)


@pytest.fixture(autouse=True)
def _english_messages():
    """Service messages are asserted in English; pages choose their language per request."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def on_the_day(monkeypatch, workshop):
    """Check-in opens on the workshop's day: the tests that scan codes are run on that day."""
    from django.utils import timezone

    from events.services import registrations

    monkeypatch.setattr(registrations, "_today", lambda: timezone.localtime(workshop.starts_at).date())
