"""Schemathesis against the API's own schema, in-process over WSGI: no 500, and every response (status,
content type, body) as the schema says. Bounded: a few examples per operation, so it stays fast."""

import os

import pytest
import schemathesis
from django.utils import timezone
from hypothesis import HealthCheck, Phase, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from events import services as event_services
from grants import services as grant_services
from marketplace.models import Organization, PostStatus
from matching.models import Match
from tests.events.factories import WorkshopFactory
from tests.factories import (
    InterestFactory,
    MembershipFactory,
    NeedFactory,
    OfferFactory,
    OrganizationFactory,
    StaffFactory,
    UserFactory,
)
from tests.grants.factories import BudgetFactory, M, ProgramFactory

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 6


@pytest.fixture
def world(db):
    """Two firms, posts in several states, an interest: enough for the fuzzer to reach real objects."""
    staff = StaffFactory(username="fuzz-staff")
    member = UserFactory(username="fuzz-member")
    mine = OrganizationFactory(kind=Organization.Kind.BOTH)
    other = OrganizationFactory(kind=Organization.Kind.BOTH)
    MembershipFactory(user=member, organization=mine)
    other_user = UserFactory(username="fuzz-other")
    MembershipFactory(user=other_user, organization=other)
    MembershipFactory(user=staff, organization=OrganizationFactory(kind=Organization.Kind.BOTH))
    ids = {"needs": [], "offers": []}
    for org, user in ((mine, member), (other, other_user)):
        for status in (PostStatus.PUBLISHED, PostStatus.DRAFT, PostStatus.SUBMITTED):
            ids["needs"].append(NeedFactory(organization=org, status=status, created_by=user).pk)
            ids["offers"].append(OfferFactory(organization=org, status=status, created_by=user).pk)
    interest = InterestFactory(offer_id=ids["offers"][3], from_organization=mine, created_by=member)
    ids["interests"] = [interest.pk]
    ids["organizations"] = [mine.pk, other.pk]
    program = ProgramFactory()
    BudgetFactory(program=program, year=2025, amount=200 * M)
    ids["grant-programs"] = [program.pk]
    ids["grants"] = [
        grant_services.grant_propose(
            by=staff,
            firm=firm,
            program=program,
            year=2025,
            eligible_cost=60 * M,
            requested_amount=20 * M,
            purpose="Máy sấy",
        ).pk
        for firm in (mine, other)
    ]
    workshop = WorkshopFactory()
    regs = [
        event_services.registration_create(workshop=workshop, organization=org, attendee=user, role="both", by=user)
        for org, user in ((mine, member), (other, other_user))
    ]
    meeting_request = event_services.meeting_request_create(
        workshop=workshop, from_registration=regs[0], to_registration=regs[1], by=staff
    )
    meeting = event_services.meeting_place(
        meeting_request=meeting_request, slot=workshop.slots.first(), table=1, by=staff
    )
    event_services.schedule_publish(workshop=workshop, by=staff)
    ids["workshops"] = [workshop.pk]
    ids["registrations"] = [r.pk for r in regs]
    ids["meeting-requests"] = [meeting_request.pk]
    ids["meetings"] = [meeting.pk]
    ids["matches"] = [
        Match.objects.create(
            need_id=ids["needs"][0],
            offer_id=ids["offers"][3],
            score=0.8,
            breakdown={"signals": {"text": 0.5}, "terms": ["dừa"]},
            engine_version="test",
            computed_at=timezone.now(),
        ).pk
    ]
    return {
        "tokens": {"member": Token.objects.create(user=member).key, "staff": Token.objects.create(user=staff).key},
        "ids": ids,
    }


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """Through real WSGI (not Django's test client) each request ends with close_old_connections, which on
    PostgreSQL closes the connection holding the test's transaction. Django's test client disconnects it the
    same way."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def _load_schema():
    # Loaded at collection (pytest-django has set Django up by then); serving the schema reads no table.
    # (schemathesis.pytest.from_fixture would be lazier, but it does not run under pytest 9.)
    from config.wsgi import application

    return schemathesis.openapi.from_wsgi("/api/v1/schema/", application)


schema = _load_schema()


def _aim_at_real_objects(case, ids):
    """Most generated ids hit nothing; point small ones at real rows so the fuzzer reaches the services."""
    value = case.path_parameters.get("id") if case.path_parameters else None
    resource = case.path.split("/")[3]
    if isinstance(value, int) and 0 <= value < 10**6 and ids.get(resource):
        case.path_parameters["id"] = ids[resource][value % len(ids[resource])]


def _run(case, world, role):
    _aim_at_real_objects(case, world["ids"])
    case.call_and_validate(headers={"Authorization": f"Token {world['tokens'][role]}"}, checks=CHECKS)


# Random examples only by default. Schemathesis' coverage phase (boundary and invalid values of every
# parameter, other methods, malformed ids) runs under Hypothesis' `explicit` phase: thorough, but about two
# minutes on these machines; FUZZ_THOROUGH=1 turns it on (it passes as of this commit).
PHASES = [Phase.explicit, Phase.generate] if os.environ.get("FUZZ_THOROUGH") else [Phase.generate]
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck), phases=PHASES
)


@schema.parametrize()
@FUZZ
def test_a_member_gets_only_documented_answers(case, world):
    _run(case, world, "member")


@schema.parametrize()
@FUZZ
def test_staff_get_only_documented_answers(case, world):
    _run(case, world, "staff")
