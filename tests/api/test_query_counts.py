"""Lists cost the same number of queries for 2 rows as for 8: no query per row."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events import services as event_services
from grants import services as grant_services
from tests.events.factories import WorkshopFactory
from tests.factories import (
    InterestFactory,
    MembershipFactory,
    NeedFactory,
    OfferFactory,
    OrganizationFactory,
    UserFactory,
)
from tests.grants.factories import BudgetFactory, M, ProgramFactory

pytestmark = pytest.mark.django_db


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.content[:200])
    return len(ctx.captured_queries)


def _add_rows(n, *, enterprise, enterprise_user, provider, staff, program, workshop):
    for _ in range(n):
        NeedFactory(organization=enterprise)
        offer = OfferFactory(organization=provider)
        InterestFactory(offer=offer, from_organization=enterprise, created_by=enterprise_user)
        grant_services.grant_propose(
            by=staff,
            firm=enterprise,
            program=program,
            year=2025,
            eligible_cost=2 * M,
            requested_amount=M,
            purpose="Máy",
        )
        user = UserFactory()
        org = OrganizationFactory()
        MembershipFactory(user=user, organization=org)
        event_services.registration_create(workshop=workshop, organization=org, attendee=user, role="both", by=user)
        event_services.registration_create(
            workshop=WorkshopFactory(),
            organization=enterprise,
            attendee=enterprise_user,
            role="seeker",
            by=enterprise_user,
        )


@pytest.mark.parametrize(
    "url, who",
    [
        ("/api/v1/needs/", "visitor"),
        ("/api/v1/offers/", "visitor"),
        ("/api/v1/organizations/", "outsider"),
        ("/api/v1/interests/", "enterprise"),
        ("/api/v1/notifications/", "provider"),
        ("/api/v1/grants/", "staff"),
        ("/api/v1/workshops/", "visitor"),
        ("/api/v1/needs/mine/", "enterprise"),
        ("/api/v1/offers/mine/", "provider"),
        ("/api/v1/registrations/", "enterprise"),
        ("/api/v1/sectors/", "visitor"),
    ],
)
def test_a_list_costs_no_query_per_row(
    api_for, url, who, enterprise, enterprise_user, provider, provider_user, outsider_user, outsider, staff
):
    program = ProgramFactory(caps={"small": 1000 * M})
    BudgetFactory(program=program, year=2025, amount=1000 * M)
    workshop = WorkshopFactory(capacity=100)
    world = dict(
        enterprise=enterprise,
        enterprise_user=enterprise_user,
        provider=provider,
        staff=staff,
        program=program,
        workshop=workshop,
    )
    users = {
        "visitor": None,
        "enterprise": enterprise_user,
        "provider": provider_user,
        "outsider": outsider_user,
        "staff": staff,
    }
    client = api_for(users[who])
    _add_rows(2, **world)
    few = _count(client, url)
    _add_rows(6, **world)
    assert _count(client, url) == few
