"""Workshops through the API: register, meet, read the agenda, check in at the door, record outcomes."""

from datetime import timedelta

import pytest

from events import services
from events.models import Meeting, Outcome, Registration
from tests.events.factories import WorkshopFactory
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def workshop(db):
    return WorkshopFactory(capacity=2)


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


def test_a_visitor_lists_open_workshops_but_not_drafts(api_for, workshop):
    draft = WorkshopFactory(status="draft")
    ids = [w["id"] for w in api_for(None).get("/api/v1/workshops/").json()["results"]]
    assert workshop.pk in ids and draft.pk not in ids
    assert api_for(None).get(f"/api/v1/workshops/{draft.pk}/").status_code == 404


def test_registration_confirms_until_full_then_waitlists_and_a_cancellation_promotes(
    api_for, workshop, enterprise, enterprise_user, provider_user, provider, outsider_user, outsider
):
    first = api_for(enterprise_user).post(
        f"/api/v1/workshops/{workshop.pk}/register/", {"role": "seeker"}, format="json"
    )
    assert first.status_code == 201 and first.json()["status"] == "confirmed"
    assert first.json()["checkin_code"]
    api_for(provider_user).post(f"/api/v1/workshops/{workshop.pk}/register/", {"role": "provider"}, format="json")
    third = api_for(outsider_user).post(f"/api/v1/workshops/{workshop.pk}/register/", {"role": "both"}, format="json")
    assert third.json()["status"] == "waitlisted"
    again = api_for(enterprise_user).post(
        f"/api/v1/workshops/{workshop.pk}/register/", {"role": "seeker"}, format="json"
    )
    assert again.status_code == 400 and again.json()["non_field_errors"]
    cancelled = api_for(enterprise_user).post(f"/api/v1/registrations/{first.json()['id']}/cancel/")
    assert cancelled.json()["status"] == "cancelled"
    assert Registration.objects.get(pk=third.json()["id"]).status == Registration.Status.CONFIRMED


def test_registrations_and_their_codes_are_private(api_for, seeker_reg, provider_user, provider, staff):
    assert api_for(provider_user).get(f"/api/v1/registrations/{seeker_reg.pk}/").status_code == 404
    staff_view = api_for(staff).get(f"/api/v1/registrations/{seeker_reg.pk}/").json()
    assert staff_view["checkin_code"] is None  # staff scan it; they do not hand it out


def test_participants_request_a_meeting_the_other_side_accepts_and_both_read_the_agenda(
    api_for, workshop, seeker_reg, provider_reg, enterprise_user, provider_user, staff
):
    seeker = api_for(enterprise_user)
    others = seeker.get(f"/api/v1/workshops/{workshop.pk}/participants/").json()["results"]
    assert [p["id"] for p in others] == [provider_reg.pk]
    workshop.requests_need_acceptance = True
    workshop.save()
    created = seeker.post(
        "/api/v1/meeting-requests/", {"to_registration": provider_reg.pk, "message": "Gặp nhé"}, format="json"
    )
    assert created.status_code == 201, created.json()
    pk = created.json()["id"]
    assert seeker.post(f"/api/v1/meeting-requests/{pk}/accept/").status_code == 403
    assert api_for(provider_user).post(f"/api/v1/meeting-requests/{pk}/accept/").json()["status"] == "accepted"
    from events.models import MeetingRequest

    services.meeting_place(
        meeting_request=MeetingRequest.objects.get(pk=pk), slot=workshop.slots.first(), table=2, by=staff
    )
    assert seeker.get(f"/api/v1/registrations/{seeker_reg.pk}/agenda/").json() == []  # not published yet
    services.schedule_publish(workshop=workshop, by=staff)
    agenda = seeker.get(f"/api/v1/registrations/{seeker_reg.pk}/agenda/").json()
    assert len(agenda) == 1 and agenda[0]["table"] == 2
    assert agenda[0]["with_registration"]["id"] == provider_reg.pk


def test_someone_without_a_seat_can_neither_browse_participants_nor_request(
    api_for, workshop, provider_reg, outsider_user, outsider
):
    client = api_for(outsider_user)
    assert client.get(f"/api/v1/workshops/{workshop.pk}/participants/").status_code == 403
    response = client.post("/api/v1/meeting-requests/", {"to_registration": provider_reg.pk}, format="json")
    assert response.status_code == 403


def test_staff_check_in_by_code_and_a_second_scan_is_harmless(
    api_for, workshop, seeker_reg, staff, enterprise_user, monkeypatch
):
    from django.utils import timezone

    from events.services import registrations

    monkeypatch.setattr(registrations, "_today", lambda: timezone.localtime(workshop.starts_at).date())
    code = services.checkin_code(seeker_reg)
    first = api_for(staff).post(f"/api/v1/workshops/{workshop.pk}/checkin/", {"code": code}, format="json").json()
    assert first["newly_checked_in"] is True and first["registration"]["status"] == "attended"
    second = api_for(staff).post(f"/api/v1/workshops/{workshop.pk}/checkin/", {"code": code}, format="json").json()
    assert second["newly_checked_in"] is False
    bad = api_for(staff).post(f"/api/v1/workshops/{workshop.pk}/checkin/", {"code": "1-DEADBEEF"}, format="json")
    assert bad.status_code == 400
    assert (
        api_for(enterprise_user)
        .post(f"/api/v1/workshops/{workshop.pk}/checkin/", {"code": code}, format="json")
        .status_code
        == 403
    )


def test_each_side_records_an_outcome_after_the_meeting(
    api_for, workshop, seeker_reg, provider_reg, staff, enterprise_user, outsider_user, outsider
):
    request = services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=provider_reg, by=staff
    )
    meeting = services.meeting_place(meeting_request=request, slot=workshop.slots.first(), table=1, by=staff)
    services.schedule_publish(workshop=workshop, by=staff)
    url = f"/api/v1/meetings/{meeting.pk}/outcome/"
    early = api_for(enterprise_user).post(url, {"stage": "after", "result": "cooperation"}, format="json")
    assert early.status_code == 400
    shift = timedelta(days=30)
    for slot in workshop.slots.all():
        type(slot).objects.filter(pk=slot.pk).update(starts_at=slot.starts_at - shift)
    ok = api_for(enterprise_user).post(
        url, {"stage": "follow_up", "result": "contract", "contract_value": 1_200_000_000}, format="json"
    )
    assert ok.status_code == 200 and ok.json()["contract_value"] == 1_200_000_000
    missing_value = api_for(enterprise_user).post(url, {"stage": "follow_up", "result": "contract"}, format="json")
    assert missing_value.status_code == 400 and "contract_value" in missing_value.json()
    assert api_for(outsider_user).post(url, {"stage": "after", "result": "mou"}, format="json").status_code == 404
    assert Outcome.objects.count() == 1 and Meeting.objects.get().pk == meeting.pk


def test_a_member_lists_their_registrations_and_meeting_requests(
    api_for, workshop, seeker_reg, provider_reg, enterprise_user
):
    other_user = UserFactory()
    MembershipFactory(user=other_user, organization=OrganizationFactory())
    assert [r["id"] for r in api_for(enterprise_user).get("/api/v1/registrations/").json()["results"]] == [
        seeker_reg.pk
    ]
    assert api_for(other_user).get("/api/v1/registrations/").json()["results"] == []
    services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=provider_reg, by=enterprise_user
    )
    assert api_for(enterprise_user).get("/api/v1/meeting-requests/").json()["count"] == 1
    assert api_for(other_user).get("/api/v1/meeting-requests/").json()["count"] == 0
