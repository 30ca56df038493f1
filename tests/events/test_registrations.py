from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from core.models import Notification
from events import services
from events.models import MeetingRequest, Registration, Workshop
from tests.factories import MembershipFactory, NeedFactory, OrganizationFactory, UserFactory

from .factories import WorkshopFactory


def test_it_confirms_while_there_are_seats_then_waitlists(make_participant):
    ws = WorkshopFactory(capacity=2)
    regs = [make_participant(f"Công ty {i}", ws=ws)[1] for i in range(4)]
    assert [r.status for r in regs] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert Notification.objects.filter(kind="workshop_waitlisted").count() == 2


def test_a_cancellation_promotes_the_first_on_the_waiting_list_and_tells_it(make_participant):
    ws = WorkshopFactory(capacity=1)
    first_user, first = make_participant("A", ws=ws)
    second_user, second = make_participant("B", ws=ws)
    _third_user, third = make_participant("C", ws=ws)
    services.registration_cancel(registration=first, by=first_user)
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == Registration.Status.CONFIRMED
    assert third.status == Registration.Status.WAITLISTED
    note = Notification.objects.get(user=second_user, kind="workshop_promoted")
    assert ws.title in note.text
    assert ws.registrations.filter(status="confirmed").count() == 1


def test_cancelling_a_waitlisted_registration_promotes_nobody(make_participant):
    ws = WorkshopFactory(capacity=1)
    make_participant("A", ws=ws)
    user_b, b = make_participant("B", ws=ws)
    _u, c = make_participant("C", ws=ws)
    services.registration_cancel(registration=b, by=user_b)
    c.refresh_from_db()
    assert c.status == Registration.Status.WAITLISTED


def test_raising_the_capacity_moves_the_waiting_list_up(make_participant, staff):
    ws = WorkshopFactory(capacity=1)
    make_participant("A", ws=ws)
    _u, b = make_participant("B", ws=ws)
    services.workshop_update(workshop=ws, by=staff, capacity=2)
    b.refresh_from_db()
    assert b.status == Registration.Status.CONFIRMED


def test_the_capacity_cannot_drop_below_the_confirmed_seats(make_participant, staff):
    ws = WorkshopFactory(capacity=2)
    make_participant("A", ws=ws)
    make_participant("B", ws=ws)
    with pytest.raises(ValidationError) as exc:
        services.workshop_update(workshop=ws, by=staff, capacity=1)
    assert "capacity" in exc.value.message_dict
    ws.refresh_from_db()
    assert ws.capacity == 2


@pytest.mark.parametrize(
    "change, message",
    [
        (
            {
                "registration_closes_at": timezone.now() - timedelta(hours=1),
                "registration_opens_at": timezone.now() - timedelta(days=3),
            },
            "Registration closed",
        ),
        ({"registration_opens_at": timezone.now() + timedelta(days=1)}, "Registration opens"),
        ({"status": Workshop.Status.CANCELLED}, "cancelled"),
        ({"status": Workshop.Status.DRAFT}, "not open"),
    ],
)
def test_it_refuses_registration_outside_the_window_or_for_a_cancelled_workshop(
    change, message, enterprise, enterprise_user
):
    ws = WorkshopFactory(**change)
    with pytest.raises(ValidationError, match=message):
        services.registration_create(
            workshop=ws, organization=enterprise, attendee=enterprise_user, role="seeker", by=enterprise_user
        )
    assert not Registration.objects.exists()


def test_it_refuses_the_same_organisation_twice(workshop, seeker_reg, enterprise, enterprise_user):
    other_member = UserFactory()
    MembershipFactory(user=other_member, organization=enterprise)
    with pytest.raises(ValidationError, match="already registered"):
        services.registration_create(
            workshop=workshop, organization=enterprise, attendee=other_member, role="seeker", by=other_member
        )
    assert workshop.registrations.count() == 1


def test_an_organisation_may_register_again_after_cancelling(workshop, seeker_reg, enterprise, enterprise_user):
    services.registration_cancel(registration=seeker_reg, by=enterprise_user)
    again = services.registration_create(
        workshop=workshop, organization=enterprise, attendee=enterprise_user, role="seeker", by=enterprise_user
    )
    assert again.status == "confirmed"


def test_only_members_register_their_organisation(workshop, enterprise, outsider_user):
    with pytest.raises(PermissionDenied):
        services.registration_create(
            workshop=workshop, organization=enterprise, attendee=outsider_user, role="seeker", by=outsider_user
        )


def test_it_refuses_to_bring_another_organisations_need(workshop, enterprise, enterprise_user):
    foreign = NeedFactory(organization=OrganizationFactory())
    with pytest.raises(ValidationError, match="another organisation"):
        services.registration_create(
            workshop=workshop,
            organization=enterprise,
            attendee=enterprise_user,
            role="seeker",
            by=enterprise_user,
            needs=[foreign],
        )
    assert not Registration.objects.exists()


def test_it_records_the_needs_brought(workshop, enterprise, enterprise_user):
    need = NeedFactory(organization=enterprise)
    reg = services.registration_create(
        workshop=workshop,
        organization=enterprise,
        attendee=enterprise_user,
        role="seeker",
        by=enterprise_user,
        needs=[need],
    )
    assert list(reg.needs.all()) == [need]


def test_cancelling_a_registration_cancels_its_requests_and_meetings(
    accepted_request, staff, seeker_reg, enterprise_user
):
    from events.models import Meeting

    services.meeting_place(meeting_request=accepted_request, slot=seeker_reg.workshop.slots.first(), table=1, by=staff)
    services.registration_cancel(registration=seeker_reg, by=enterprise_user)
    accepted_request.refresh_from_db()
    assert accepted_request.status == MeetingRequest.Status.CANCELLED
    assert not Meeting.objects.exists()


def test_availability_must_name_at_least_one_slot_of_the_workshop(seeker_reg, enterprise_user):
    with pytest.raises(ValidationError):
        services.availability_set(registration=seeker_reg, available_slot_ids=[], by=enterprise_user)
    other = WorkshopFactory()
    with pytest.raises(ValidationError):
        services.availability_set(
            registration=seeker_reg, available_slot_ids=[other.slots.first().pk], by=enterprise_user
        )
    first = seeker_reg.workshop.slots.first()
    services.availability_set(registration=seeker_reg, available_slot_ids=[first.pk], by=enterprise_user)
    assert seeker_reg.unavailable_slots.count() == seeker_reg.workshop.slot_count - 1


def test_cancelling_a_workshop_tells_the_registered(workshop, seeker_reg, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.workshop_transition(workshop=workshop, action="cancel", by=staff)
    assert Notification.objects.filter(kind="workshop_cancelled", user=seeker_reg.attendee).exists()
    assert mail.outbox


def test_workshop_slots_are_generated_from_the_b2b_settings(staff):
    start = timezone.now() + timedelta(days=10)
    ws = services.workshop_create(
        by=staff,
        title="T",
        venue="V",
        starts_at=start,
        ends_at=start + timedelta(hours=8),
        registration_opens_at=timezone.now(),
        registration_closes_at=start,
        capacity=10,
        first_slot_at=start + timedelta(hours=1),
        slot_minutes=15,
        slot_count=6,
        slot_gap_minutes=5,
        tables=4,
    )
    slots = list(ws.slots.all())
    assert len(slots) == 6
    assert slots[1].starts_at - slots[0].starts_at == timedelta(minutes=20)


@pytest.mark.parametrize(
    "change, field",
    [
        ({"ends_at": -1}, "ends_at"),
        ({"first_slot_at": 20}, "first_slot_at"),
        ({"capacity": 0}, "capacity"),
        ({"tables": 0}, "tables"),
    ],
)
def test_it_refuses_inconsistent_workshop_settings(staff, change, field):
    start = timezone.now() + timedelta(days=10)
    fields = dict(
        title="T",
        venue="V",
        starts_at=start,
        ends_at=start + timedelta(hours=8),
        registration_opens_at=timezone.now(),
        registration_closes_at=start,
        capacity=10,
        first_slot_at=start + timedelta(hours=1),
        slot_minutes=15,
        slot_count=6,
        slot_gap_minutes=5,
        tables=4,
    )
    for key, value in change.items():
        fields[key] = start + timedelta(hours=value) if key in ("ends_at", "first_slot_at") else value
    with pytest.raises(ValidationError) as exc:
        services.workshop_create(by=staff, **fields)
    assert field in exc.value.message_dict
    assert not Workshop.objects.exists()
