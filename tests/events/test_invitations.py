"""Invitations from matching: staff invite the strongest unconnected matched pairs of a workshop's sectors
in one action; each side registers with one click; once both are seated their meeting request is made
and accepted for them."""

import pytest
from django.urls import reverse
from django.utils import timezone

from core.models import Notification
from events.models import Invitation, MeetingRequest, Registration
from events.services import invitations as svc
from marketplace import connections as connection_services
from tests.factories import NeedFactory, OfferFactory, sector


@pytest.fixture
def themed(workshop):
    workshop.sectors.set([sector("coconut")])
    return workshop


def match(need, offer, score, **kw):
    from matching.models import Match

    return Match.objects.create(
        need=need, offer=offer, score=score, engine_version="test", computed_at=timezone.now(), **kw
    )


@pytest.fixture
def pairs(enterprise, provider, outsider):
    need = NeedFactory(organization=enterprise)
    offer = OfferFactory(organization=provider)
    weaker = OfferFactory(organization=provider)
    other_offer = OfferFactory(organization=outsider)
    shrimp_offer = OfferFactory(organization=outsider, sectors=[sector("shrimp")])
    return {
        "strong": match(need, offer, 0.9),
        "same_pair_weaker": match(need, weaker, 0.8),
        "second": match(need, other_offer, 0.5),
        "off_theme": match(NeedFactory(sectors=[sector("shrimp")]), shrimp_offer, 0.95),
    }


def test_the_candidates_are_the_strongest_pair_per_two_organisations_in_the_theme(themed, pairs):
    assert [m.pk for m in svc.invitation_candidates(workshop=themed)] == [pairs["strong"].pk, pairs["second"].pk]


def test_pairs_that_already_met_or_judged_not_relevant_are_left_out(themed, pairs, staff, enterprise, provider):
    c = connection_services.connection_introduce(seeker=enterprise, provider=provider, by=staff)
    # Introduced but not met yet: a workshop meeting is exactly what they need.
    assert pairs["strong"] in svc.invitation_candidates(workshop=themed)
    connection_services.connection_move(connection=c, to_stage="met", by=staff)
    pairs["second"].offer_feedback = "not_relevant"
    pairs["second"].save()
    assert svc.invitation_candidates(workshop=themed) == []


def test_one_action_invites_and_tells_both_sides(themed, pairs, staff, enterprise_user, provider_user, client_for):
    response = client_for(staff).post(
        reverse("events:staff_invitations", args=[themed.pk]), {"match": [pairs["strong"].pk, pairs["second"].pk]}
    )
    assert response.status_code == 302
    assert Invitation.objects.count() == 2
    told = Notification.objects.filter(kind="workshop_invited")
    assert {n.user for n in told} >= {enterprise_user, provider_user}
    assert svc.invitation_candidates(workshop=themed) == []  # invited pairs leave the list


def test_both_one_click_registrations_make_an_accepted_meeting_request(
    themed, pairs, staff, enterprise_user, provider_user, client_for
):
    (invitation,) = svc.workshop_invite_pairs(workshop=themed, match_ids=[pairs["strong"].pk], by=staff)
    url = reverse("events:invitation_accept", args=[invitation.pk])
    assert client_for(enterprise_user).get(url).status_code == 200
    assert client_for(enterprise_user).post(url).status_code == 302
    assert not MeetingRequest.objects.exists()
    client_for(provider_user).post(url)
    invitation.refresh_from_db()
    seeker_reg = Registration.objects.get(organization=invitation.seeker)
    assert seeker_reg.role == "seeker" and list(seeker_reg.needs.all()) == [invitation.need]
    request = invitation.meeting_request
    assert request.status == MeetingRequest.Status.ACCEPTED
    assert (request.need, request.offer) == (invitation.need, invitation.offer)


def test_an_organisation_already_registered_is_not_registered_twice(
    themed, pairs, staff, enterprise, enterprise_user, provider_user
):
    from events import services

    services.registration_create(
        workshop=themed, organization=enterprise, attendee=enterprise_user, role="both", by=enterprise_user
    )
    (invitation,) = svc.workshop_invite_pairs(workshop=themed, match_ids=[pairs["strong"].pk], by=staff)
    svc.invitation_accept(invitation=invitation, by=enterprise_user)
    svc.invitation_accept(invitation=invitation, by=provider_user)
    assert Registration.objects.filter(organization=enterprise).count() == 1
    assert MeetingRequest.objects.get().status == "accepted"


@pytest.mark.parametrize("who", ["outsider", "anonymous"])
def test_nobody_else_sees_or_uses_an_invitation(who, themed, pairs, staff, outsider_user, client_for):
    (invitation,) = svc.workshop_invite_pairs(workshop=themed, match_ids=[pairs["strong"].pk], by=staff)
    c = client_for(outsider_user if who == "outsider" else None)
    url = reverse("events:invitation_accept", args=[invitation.pk])
    expected = 404 if who == "outsider" else 302
    assert c.get(url).status_code == expected and c.post(url).status_code == expected
    assert not Registration.objects.exists()


def test_only_staff_open_the_invitation_page(themed, enterprise_user, client_for):
    assert client_for(enterprise_user).get(reverse("events:staff_invitations", args=[themed.pk])).status_code == 403


def test_creating_a_workshop_leads_to_its_invitation_page(staff, client_for):
    from events.models import Workshop

    response = client_for(staff).post(
        reverse("events:workshop_create"),
        {
            "title": "Hội thảo kết nối cung cầu công nghệ dừa",
            "venue": "Trà Vinh",
            "starts_at": "2030-05-01T08:00",
            "ends_at": "2030-05-01T17:00",
            "registration_opens_at": "2030-04-01T08:00",
            "registration_closes_at": "2030-04-30T08:00",
            "capacity": "10",
            "slot_minutes": "20",
            "slot_count": "0",
            "slot_gap_minutes": "5",
            "tables": "5",
        },
    )
    workshop = Workshop.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("events:staff_invitations", args=[workshop.pk])
