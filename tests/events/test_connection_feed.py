"""Workshop meetings and their outcomes feed the pair's connection: one record of how far a pair got."""

import pytest
from django.utils import timezone

from events import services
from events.models import Meeting
from marketplace import connections as connection_services
from marketplace.models import Connection
from tests.factories import InterestFactory, OfferFactory

from .test_meetings import _held_meeting


def test_a_held_meeting_creates_the_pairs_connection_at_met(workshop, accepted_request, staff, enterprise, provider):
    meeting = _held_meeting(workshop, accepted_request, staff)
    services.meeting_mark(meeting=meeting, status=Meeting.Status.HELD, by=staff)
    c = Connection.objects.get()
    assert (c.seeker, c.provider, c.channel, c.stage) == (enterprise, provider, "workshop", "met")
    assert Meeting.objects.get().connection == c


def test_a_meeting_joins_the_connection_the_pair_already_has(
    workshop, accepted_request, staff, enterprise, provider, provider_user
):
    from marketplace import services as marketplace_services

    offer = OfferFactory(organization=provider)
    marketplace_services.interest_accept(
        interest=InterestFactory(offer=offer, from_organization=enterprise), by=provider_user
    )
    meeting = _held_meeting(workshop, accepted_request, staff)
    services.outcome_record(meeting=meeting, by=provider_user, stage="after", result="cooperation")
    c = Connection.objects.get()
    assert c.channel == "exchange" and c.stage == "met"
    assert list(c.meetings.all()) == [meeting]


def test_the_follow_up_outcomes_move_the_connection_forward_and_never_back(
    workshop, accepted_request, staff, enterprise_user, provider_user
):
    meeting = _held_meeting(workshop, accepted_request, staff)
    services.outcome_record(meeting=meeting, by=enterprise_user, stage="after", result="cooperation")
    services.outcome_record(meeting=meeting, by=enterprise_user, stage="follow_up", result="mou")
    c = Connection.objects.get()
    assert c.stage == "mou" and c.mou_signed_on == timezone.localdate()
    services.outcome_record(
        meeting=meeting, by=provider_user, stage="follow_up", result="contract", contract_value=1_200_000_000
    )
    c.refresh_from_db()
    assert (c.stage, c.contract_value) == ("contract", 1_200_000_000)
    services.outcome_record(meeting=meeting, by=enterprise_user, stage="follow_up", result="negotiation")
    c.refresh_from_db()
    assert c.stage == "contract"
    assert list(c.history.filter(kind="moved").values_list("to_stage", flat=True)) == ["met", "mou", "contract"]


def test_an_outcome_saying_the_meeting_did_not_happen_creates_nothing(
    workshop, accepted_request, staff, enterprise_user
):
    meeting = _held_meeting(workshop, accepted_request, staff)
    services.outcome_record(meeting=meeting, by=enterprise_user, stage="after", result="not_held")
    assert not Connection.objects.exists()


def test_an_answer_of_no_interest_still_records_that_the_pair_met(workshop, accepted_request, staff, enterprise_user):
    meeting = _held_meeting(workshop, accepted_request, staff)
    services.outcome_record(meeting=meeting, by=enterprise_user, stage="after", result="no_interest")
    assert Connection.objects.get().stage == "met"


def test_a_closed_connection_is_not_reopened_by_a_later_meeting_it_starts_a_new_one(
    workshop, accepted_request, staff, enterprise, provider, enterprise_user
):
    old = connection_services.connection_introduce(seeker=enterprise, provider=provider, by=staff)
    connection_services.connection_close(connection=old, by=enterprise_user, result="lost", lost_reason="timing")
    meeting = _held_meeting(workshop, accepted_request, staff)
    services.meeting_mark(meeting=meeting, status=Meeting.Status.HELD, by=staff)
    assert Connection.objects.count() == 2
    assert Connection.objects.exclude(pk=old.pk).get().stage == "met"


@pytest.mark.parametrize("swap", [False, True])
def test_the_seeker_is_the_side_that_registered_as_seeker_whoever_asked(
    swap, workshop, seeker_reg, provider_reg, staff, enterprise, provider
):
    a, b = (provider_reg, seeker_reg) if swap else (seeker_reg, provider_reg)
    request = services.meeting_request_create(workshop=workshop, from_registration=a, to_registration=b, by=staff)
    meeting = _held_meeting(workshop, request, staff)
    services.meeting_mark(meeting=meeting, status=Meeting.Status.HELD, by=staff)
    c = Connection.objects.get()
    assert (c.seeker, c.provider) == (enterprise, provider)
