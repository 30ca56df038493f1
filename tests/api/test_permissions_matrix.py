"""Who may do what, through the API: the same rules as the pages (marketplace.permissions and the services).

Each cell runs on a fresh world: an enterprise with a published and a draft need, a provider with a published
and a submitted offer, the enterprise's pending interest in the published offer, an unverified organisation."""

from datetime import date

import pytest

from events import services as event_services
from events.models import Training
from grants import services as grant_services
from grants.models import STTask
from marketplace.models import Organization, PostStatus
from tests.events.factories import WorkshopFactory
from tests.factories import InterestFactory, MembershipFactory, NeedFactory, OfferFactory, OrganizationFactory, sector
from tests.grants.factories import BudgetFactory, M, ProgramFactory

ROLES = ["visitor", "enterprise", "provider", "outsider", "staff"]


@pytest.fixture
def world(enterprise, enterprise_user, provider, provider_user, outsider, outsider_user, staff, monkeypatch):
    program = ProgramFactory()
    BudgetFactory(program=program, year=2025, amount=200 * M)
    grant = grant_services.grant_propose(
        by=staff,
        firm=enterprise,
        program=program,
        year=2025,
        eligible_cost=60 * M,
        requested_amount=20 * M,
        purpose="Máy sấy dừa",
    )
    workshop = WorkshopFactory()
    # Check-in opens on the workshop's day: the matrix runs on that day.
    from django.utils import timezone

    from events.services import registrations

    monkeypatch.setattr(registrations, "_today", lambda: timezone.localtime(workshop.starts_at).date())
    seeker_reg = event_services.registration_create(
        workshop=workshop, organization=enterprise, attendee=enterprise_user, role="seeker", by=enterprise_user
    )
    provider_reg = event_services.registration_create(
        workshop=workshop, organization=provider, attendee=provider_user, role="provider", by=provider_user
    )
    stranger = OrganizationFactory(verified_at=None, kind=Organization.Kind.ENTERPRISE)
    MembershipFactory(organization=stranger)
    offer = OfferFactory(organization=provider, created_by=provider_user)
    training = Training.objects.create(
        title="Lớp NSCL",
        topic="ISO",
        venue="Sở",
        trainer="B",
        starts_on=date(2026, 3, 2),
        ends_on=date(2026, 3, 3),
        capacity=20,
        status="open",
    )
    task = STTask.objects.create(
        code="ĐT-01", title="Máy sấy", field="engineering", host_name="Viện", start_year=2024, end_year=2025
    )
    return {
        "training": training,
        "task": task,
        "users": {
            "visitor": None,
            "enterprise": enterprise_user,
            "provider": provider_user,
            "outsider": outsider_user,
            "staff": staff,
        },
        "enterprise": enterprise,
        "provider": provider,
        "unverified": stranger,
        "need": NeedFactory(organization=enterprise, created_by=enterprise_user, confidential_details="bí mật"),
        "draft": NeedFactory(
            organization=enterprise,
            created_by=enterprise_user,
            status=PostStatus.DRAFT,
            published_at=None,
            expires_at=None,
        ),
        "offer": offer,
        "submitted": OfferFactory(organization=provider, created_by=provider_user, status=PostStatus.SUBMITTED),
        "interest": InterestFactory(offer=offer, from_organization=enterprise, created_by=enterprise_user),
        "grant": grant,
        "workshop": workshop,
        "seeker_reg": seeker_reg,
        "provider_reg": provider_reg,
    }


def new_need(w):
    return {
        "organization": w["enterprise"].pk,
        "title": "Cần máy bóc vỏ dừa",
        "summary": "Tóm tắt",
        "problem": "Bóc tay chậm",
        "sectors": [sector("coconut").pk],
    }


# action: (method, url, body) built from the world, then the expected status per role.
ACTIONS = {
    "list published needs": (lambda w: ("get", "/api/v1/needs/", None), [200, 200, 200, 200, 200]),
    "read a draft need": (lambda w: ("get", f"/api/v1/needs/{w['draft'].pk}/", None), [404, 200, 404, 404, 200]),
    "post a need for the enterprise": (lambda w: ("post", "/api/v1/needs/", new_need(w)), [403, 201, 403, 403, 201]),
    "edit the enterprise's need": (
        lambda w: ("patch", f"/api/v1/needs/{w['need'].pk}/", {"min_trl": 5}),
        [403, 200, 403, 403, 403],
    ),
    "submit the draft need": (
        lambda w: ("post", f"/api/v1/needs/{w['draft'].pk}/submit/", {}),
        [403, 200, 404, 404, 200],
    ),
    "pause the published need": (
        lambda w: ("post", f"/api/v1/needs/{w['need'].pk}/pause/", {}),
        [403, 200, 403, 403, 200],
    ),
    "close the published need": (
        lambda w: ("post", f"/api/v1/needs/{w['need'].pk}/close/", {}),
        [403, 200, 403, 403, 200],
    ),
    "approve the submitted offer": (
        lambda w: ("post", f"/api/v1/offers/{w['submitted'].pk}/approve/", {}),
        [403, 404, 403, 404, 200],
    ),
    "reject the submitted offer": (
        lambda w: ("post", f"/api/v1/offers/{w['submitted'].pk}/reject/", {"reason": "Thiếu"}),
        [403, 404, 403, 404, 200],
    ),
    "return the submitted offer": (
        lambda w: ("post", f"/api/v1/offers/{w['submitted'].pk}/return/", {"reason": "Sửa"}),
        [403, 404, 403, 404, 200],
    ),
    "see the review queue": (lambda w: ("get", "/api/v1/offers/review-queue/", None), [403, 403, 403, 403, 200]),
    "express interest in the offer": (
        lambda w: (
            "post",
            "/api/v1/interests/",
            {"offer": w["offer"].pk, "cooperation": "joint", "message": "Hợp tác?"},
        ),
        # the enterprise already has an open one; the provider owns the offer; staff belong to no organisation
        [403, 400, 400, 201, 400],
    ),
    "read the interest": (lambda w: ("get", f"/api/v1/interests/{w['interest'].pk}/", None), [403, 200, 200, 404, 200]),
    "accept the interest": (
        lambda w: ("post", f"/api/v1/interests/{w['interest'].pk}/accept/", {}),
        [403, 403, 200, 404, 403],
    ),
    "decline the interest": (
        lambda w: ("post", f"/api/v1/interests/{w['interest'].pk}/decline/", {"reason": "price"}),
        [403, 403, 200, 404, 403],
    ),
    "withdraw the interest": (
        lambda w: ("post", f"/api/v1/interests/{w['interest'].pk}/withdraw/", {}),
        [403, 200, 403, 404, 403],
    ),
    "edit the provider organisation": (
        lambda w: ("patch", f"/api/v1/organizations/{w['provider'].pk}/", {"description": "Viện"}),
        [403, 403, 200, 403, 200],
    ),
    "verify an unverified organisation": (
        lambda w: ("post", f"/api/v1/organizations/{w['unverified'].pk}/verify/", {}),
        [403, 404, 404, 404, 200],
    ),
    "read my notifications": (lambda w: ("get", "/api/v1/notifications/", None), [403, 200, 200, 200, 200]),
    # grants: staff run them; an enterprise (the outsider is "both", so a seeker too) reads its own
    "list grants": (lambda w: ("get", "/api/v1/grants/", None), [403, 200, 403, 200, 200]),
    "read the enterprise's grant": (
        lambda w: ("get", f"/api/v1/grants/{w['grant'].pk}/", None),
        [403, 200, 403, 404, 200],
    ),
    "approve the grant": (
        lambda w: (
            "post",
            f"/api/v1/grants/{w['grant'].pk}/approve/",
            {"decision_number": "7/QĐ-SKHCN", "decision_date": "2025-04-01", "exception_reason": "Hồ sơ cũ"},
        ),
        [403, 403, 403, 403, 200],
    ),
    "cancel the grant": (
        lambda w: ("post", f"/api/v1/grants/{w['grant'].pk}/cancel/", {"reason": "Rút hồ sơ"}),
        [403, 403, 403, 403, 200],
    ),
    "read grant programs": (lambda w: ("get", "/api/v1/grant-programs/", None), [403, 403, 403, 403, 200]),
    "read plan indicators": (lambda w: ("get", "/api/v1/plan-indicators/", None), [403, 403, 403, 403, 200]),
    # the plan's records: staff write them, with the staff pages' services
    "create a training": (
        lambda w: (
            "post",
            "/api/v1/trainings/",
            {
                "title": "Lớp 5S",
                "topic": "5S",
                "venue": "Sở",
                "trainer": "B",
                "starts_on": "2026-06-01",
                "ends_on": "2026-06-02",
                "capacity": 10,
                "status": "open",
            },
        ),
        [403, 403, 403, 403, 201],
    ),
    "edit the training": (
        lambda w: ("patch", f"/api/v1/trainings/{w['training'].pk}/", {"capacity": 25}),
        [403, 403, 403, 403, 200],
    ),
    "add a session to the training": (
        lambda w: (
            "post",
            f"/api/v1/trainings/{w['training'].pk}/sessions/",
            {"title": "Buổi 1", "starts_at": "2026-03-02T08:00:00+07:00", "ends_at": "2026-03-02T11:00:00+07:00"},
        ),
        [403, 403, 403, 403, 201],
    ),
    "enter a participant of the training": (
        lambda w: (
            "post",
            f"/api/v1/trainings/{w['training'].pk}/participants/",
            {"full_name": "Trần C", "category": "civil_servant", "organization_name": "UBND xã"},
        ),
        [403, 403, 403, 403, 201],
    ),
    "record an S&T task": (
        lambda w: (
            "post",
            "/api/v1/st-tasks/",
            {
                "code": "ĐT-02",
                "title": "Giống lúa",
                "field": "agricultural",
                "host_name": "Viện",
                "start_year": 2024,
                "end_year": 2025,
            },
        ),
        [403, 403, 403, 403, 201],
    ),
    "record a receiving firm of the task": (
        lambda w: (
            "post",
            f"/api/v1/st-tasks/{w['task'].pk}/uptakes/",
            {"firm": w["enterprise"].pk, "received_on": "2025-06-01", "document_reference": "BB 1"},
        ),
        [403, 403, 403, 403, 201],
    ),
    "record a technology appraisal": (
        lambda w: (
            "post",
            "/api/v1/technology-appraisals/",
            {
                "firm": w["enterprise"].pk,
                "technology": "Lò sấy",
                "appraised_on": "2025-05-02",
                "conclusion": "passed",
                "document_reference": "1/TĐ",
                "grant": w["grant"].pk,
            },
        ),
        [403, 403, 403, 403, 201],
    ),
    "write a news item": (
        lambda w: ("post", "/api/v1/news/", {"title": "Tin", "category": "hoat-dong", "summary": "s", "body": "b"}),
        [403, 403, 403, 403, 201],
    ),
    "record a publication": (
        lambda w: (
            "post",
            "/api/v1/publications/",
            {"kind": "radio_tv", "title": "KH&ĐS", "published_on": "2025-02-01"},
        ),
        [403, 403, 403, 403, 201],
    ),
    "announce the workshop": (
        lambda w: ("post", "/api/v1/announcements/", {"workshop": w["workshop"].pk}),
        [403, 403, 403, 403, 200],
    ),
    "read the news": (lambda w: ("get", "/api/v1/news/", None), [200, 200, 200, 200, 200]),
    # matching: a post's matches are for its owners and staff
    "read the need's matches": (
        lambda w: ("get", f"/api/v1/needs/{w['need'].pk}/matches/", None),
        [403, 200, 403, 403, 200],
    ),
    # workshops: enterprise and provider hold seats; the outsider has none; staff run the door
    "register for the workshop": (
        lambda w: ("post", f"/api/v1/workshops/{w['workshop'].pk}/register/", {"role": "both"}),
        [403, 400, 400, 201, 400],
    ),
    "browse the participants": (
        lambda w: ("get", f"/api/v1/workshops/{w['workshop'].pk}/participants/", None),
        [403, 200, 200, 403, 200],
    ),
    "read the enterprise's registration": (
        lambda w: ("get", f"/api/v1/registrations/{w['seeker_reg'].pk}/", None),
        [403, 200, 404, 404, 200],
    ),
    "request a meeting with the provider": (
        lambda w: ("post", "/api/v1/meeting-requests/", {"to_registration": w["provider_reg"].pk}),
        [403, 201, 400, 403, 403],
    ),
    "check the enterprise in": (
        lambda w: (
            "post",
            f"/api/v1/workshops/{w['workshop'].pk}/checkin/",
            {"code": event_services.checkin_code(w["seeker_reg"])},
        ),
        [403, 403, 403, 403, 200],
    ),
}

CELLS = [(action, role, expected[i]) for action, (_, expected) in ACTIONS.items() for i, role in enumerate(ROLES)]


@pytest.mark.parametrize(("action", "role", "expected"), CELLS, ids=[f"{a} as {r}" for a, r, _ in CELLS])
def test_the_api_applies_the_pages_permissions(api_for, world, action, role, expected):
    method, url, body = ACTIONS[action][0](world)
    if role == "visitor" and expected == 403:
        expected = 401  # anonymous: "authenticate first" (WWW-Authenticate: Token), not "forbidden"
    client = api_for(world["users"][role])
    response = getattr(client, method)(url, body, format="json") if body is not None else getattr(client, method)(url)
    assert response.status_code == expected, response.content[:300]
    assert response["Content-Type"].startswith("application/json")


# What each role reads: confidential details of a published need, private fields of an organisation.
SEES_CONFIDENTIAL = {"visitor": False, "enterprise": True, "provider": False, "outsider": False, "staff": True}
SEES_ORG_CONTACTS = {"visitor": False, "enterprise": False, "provider": True, "outsider": False, "staff": True}


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reads_only_what_it_may(api_for, world, role):
    client = api_for(world["users"][role])
    need = client.get(f"/api/v1/needs/{world['need'].pk}/").json()
    assert (need["confidential_details"] is not None) is SEES_CONFIDENTIAL[role]
    org = client.get(f"/api/v1/organizations/{world['provider'].pk}/").json()
    assert (org["contact_email"] is not None) is SEES_ORG_CONTACTS[role]
