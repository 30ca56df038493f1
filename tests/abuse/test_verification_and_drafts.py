"""Unverified organisations cannot take workshop seats, send interests or request meetings (a setting per action,
with a message and a link); a meeting request never accepts a draft post, through the pages or the API."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from rest_framework.test import APIClient

from events import services as events
from events.models import MeetingRequest, Registration
from marketplace import services as market
from marketplace.models import Interest, Organization, PostStatus
from tests.events.factories import WorkshopFactory
from tests.factories import MembershipFactory, NeedFactory, OfferFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_messages():
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def unverified(db):
    user = UserFactory(username="chuaxacminh")
    org = OrganizationFactory(name="Công ty Chưa Xác Minh", kind=Organization.Kind.BOTH, verified_at=None)
    MembershipFactory(user=user, organization=org)
    return user, org


def test_an_unverified_organisation_cannot_take_a_workshop_seat(unverified):
    user, org = unverified
    ws = WorkshopFactory()
    with pytest.raises(ValidationError) as refused:
        events.registration_create(workshop=ws, organization=org, attendee=user, role="both", by=user)
    assert refused.value.code == "unverified" and org.get_absolute_url() in refused.value.messages[0]
    assert not Registration.objects.exists()


def test_the_page_explains_and_links_to_the_verification_status(unverified, client_for):
    user, org = unverified
    ws = WorkshopFactory()
    page = client_for(user).post(
        reverse("events:registration_create", args=[ws.pk]), {"organization": org.pk, "role": "both"}, follow=True
    )
    body = page.content.decode()
    assert page.status_code == 200 and f'href="{org.get_absolute_url()}"' in body
    assert not Registration.objects.exists()


def test_an_unverified_organisation_cannot_send_an_interest_but_can_when_the_setting_allows(unverified, settings):
    user, org = unverified
    offer = OfferFactory()
    with pytest.raises(ValidationError):
        market.interest_create(post=offer, organization=org, by=user, cooperation="buy", message="Xin chào")
    settings.VERIFIED_ORGANIZATION_REQUIRED = {"workshop_registration", "meeting_request"}
    market.interest_create(post=offer, organization=org, by=user, cooperation="buy", message="Xin chào")
    assert Interest.objects.count() == 1


@pytest.fixture
def two_registered(enterprise, enterprise_user, provider, provider_user):
    ws = WorkshopFactory()
    seeker = events.registration_create(
        workshop=ws, organization=enterprise, attendee=enterprise_user, role="seeker", by=enterprise_user
    )
    giver = events.registration_create(
        workshop=ws, organization=provider, attendee=provider_user, role="provider", by=provider_user
    )
    return ws, seeker, giver


def test_a_meeting_request_refuses_the_other_sides_draft_offer(two_registered, provider, enterprise_user):
    ws, seeker, giver = two_registered
    draft = OfferFactory(organization=provider, status=PostStatus.DRAFT, title="Bí mật chưa công bố")
    with pytest.raises(ValidationError, match="published offer"):
        events.meeting_request_create(
            workshop=ws, from_registration=seeker, to_registration=giver, by=enterprise_user, offer=draft
        )


def test_the_api_refuses_a_draft_and_never_shows_its_title(two_registered, provider, enterprise, enterprise_user):
    ws, seeker, giver = two_registered
    draft = OfferFactory(organization=provider, status=PostStatus.DRAFT, title="Bí mật chưa công bố")
    api = APIClient()
    api.force_authenticate(enterprise_user)
    response = api.post(
        "/api/v1/meeting-requests/",
        {"workshop": ws.pk, "from_registration": seeker.pk, "to_registration": giver.pk, "offer": draft.pk},
        format="json",
    )
    assert response.status_code == 400 and "Bí mật" not in response.content.decode()
    assert not MeetingRequest.objects.exists()
    published = OfferFactory(organization=provider, title="Máy sấy công khai")
    need = NeedFactory(organization=enterprise)
    ok = api.post(
        "/api/v1/meeting-requests/",
        {
            "workshop": ws.pk,
            "from_registration": seeker.pk,
            "to_registration": giver.pk,
            "offer": published.pk,
            "need": need.pk,
        },
        format="json",
    )
    assert ok.status_code == 201, ok.content
