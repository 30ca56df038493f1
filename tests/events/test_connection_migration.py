"""The data migration turns today's accepted interests and workshop outcomes into connections."""

import importlib

from django.apps import apps
from django.utils import timezone

from events.models import Meeting, Outcome
from marketplace.models import Connection, Interest
from tests.factories import InterestFactory, OfferFactory

from .test_meetings import _held_meeting

from_interests = importlib.import_module("marketplace.migrations.0014_connections_from_interests")
from_meetings = importlib.import_module("events.migrations.0004_connections_from_meetings")


def test_accepted_interests_and_outcomes_become_one_connection_per_pair(
    workshop, accepted_request, staff, enterprise, provider, enterprise_user, outsider, seeker_reg, provider_reg
):
    offer = OfferFactory(organization=provider)
    InterestFactory(offer=offer, from_organization=enterprise, status=Interest.Status.ACCEPTED)
    InterestFactory(offer=offer, from_organization=outsider, status=Interest.Status.DECLINED)
    meeting = _held_meeting(workshop, accepted_request, staff)
    Outcome.objects.create(meeting=meeting, registration=seeker_reg, stage="after", result="cooperation")
    Outcome.objects.create(
        meeting=meeting, registration=provider_reg, stage="follow_up", result="contract", contract_value=900_000_000
    )
    from_interests.forwards(apps, None)
    from_meetings.forwards(apps, None)
    c = Connection.objects.get()
    assert (c.seeker, c.provider, c.offer, c.channel) == (enterprise, provider, offer, "exchange")
    assert (c.stage, c.contract_value, c.contract_signed_on) == ("contract", 900_000_000, timezone.localdate())
    assert Meeting.objects.get().connection == c
    assert list(c.history.values_list("to_stage", flat=True)) == ["introduced", "discussing", "met", "contract"]


def test_a_meeting_that_did_not_take_place_makes_no_connection(workshop, accepted_request, staff, seeker_reg):
    meeting = _held_meeting(workshop, accepted_request, staff)
    Outcome.objects.create(meeting=meeting, registration=seeker_reg, stage="after", result="not_held")
    from_meetings.forwards(apps, None)
    assert not Connection.objects.exists()


def test_existing_grants_are_tied_to_the_connection_of_their_firm_and_offer(staff, enterprise, provider):
    from grants import services as grant_services
    from marketplace import connections as connection_services
    from tests.grants.factories import BudgetFactory, M, ProgramFactory

    to_connections = importlib.import_module("grants.migrations.0007_grants_to_connections")
    program = ProgramFactory()
    BudgetFactory(program=program, year=2025, amount=100 * M)
    offer = OfferFactory(organization=provider)
    grant = grant_services.grant_propose(
        by=staff,
        firm=enterprise,
        program=program,
        year=2025,
        eligible_cost=40 * M,
        requested_amount=10 * M,
        purpose="Máy sấy",
        offer=offer,
        event_reference="HĐ 12/2025",
    )
    connection = connection_services.connection_introduce(seeker=enterprise, provider=provider, by=staff)
    to_connections.forwards(apps, None)
    grant.refresh_from_db()
    assert grant.connection == connection
