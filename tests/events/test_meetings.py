from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from core.models import Notification
from events import services
from events.models import Meeting, MeetingRequest, MeetingSeat, Outcome
from tests.factories import NeedFactory, OrganizationFactory

from .factories import WorkshopFactory


def test_a_request_waits_for_the_other_side_and_tells_it(workshop, seeker_reg, provider_reg, enterprise_user):
    request = services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=provider_reg, by=enterprise_user
    )
    assert request.status == MeetingRequest.Status.PENDING
    assert Notification.objects.filter(user=provider_reg.attendee, kind="meeting_requested").exists()


def test_requests_are_accepted_automatically_when_the_workshop_says_so(
    workshop, seeker_reg, provider_reg, enterprise_user
):
    workshop.requests_need_acceptance = False
    workshop.save()
    request = services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=provider_reg, by=enterprise_user
    )
    assert request.status == MeetingRequest.Status.ACCEPTED


def test_it_refuses_a_request_to_oneself(workshop, seeker_reg, enterprise_user):
    with pytest.raises(ValidationError, match="yourself"):
        services.meeting_request_create(
            workshop=workshop, from_registration=seeker_reg, to_registration=seeker_reg, by=enterprise_user
        )
    assert not MeetingRequest.objects.exists()


def test_it_refuses_a_request_to_a_non_participant(workshop, seeker_reg, enterprise_user, make_participant):
    other_ws = WorkshopFactory()
    _user, elsewhere = make_participant("Ở hội thảo khác", ws=other_ws)
    with pytest.raises(ValidationError, match="registered for this workshop"):
        services.meeting_request_create(
            workshop=workshop, from_registration=seeker_reg, to_registration=elsewhere, by=enterprise_user
        )
    workshop.capacity = 1
    workshop.save()
    _u, waiting = make_participant("Đang chờ")
    assert waiting.status == "waitlisted"
    with pytest.raises(ValidationError, match="not a participant"):
        services.meeting_request_create(
            workshop=workshop, from_registration=seeker_reg, to_registration=waiting, by=enterprise_user
        )
    assert not MeetingRequest.objects.exists()


def test_it_refuses_a_second_request_between_the_same_two(
    workshop, seeker_reg, provider_reg, enterprise_user, provider_user
):
    services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=provider_reg, by=enterprise_user
    )
    with pytest.raises(ValidationError, match="already a meeting request"):
        services.meeting_request_create(
            workshop=workshop, from_registration=provider_reg, to_registration=seeker_reg, by=provider_user
        )
    assert MeetingRequest.objects.count() == 1


def test_only_members_request_for_their_registration(workshop, seeker_reg, provider_reg, outsider_user):
    with pytest.raises(PermissionDenied):
        services.meeting_request_create(
            workshop=workshop, from_registration=seeker_reg, to_registration=provider_reg, by=outsider_user
        )


def test_the_subject_must_belong_to_one_of_the_two(workshop, seeker_reg, provider_reg, enterprise_user):
    foreign = NeedFactory(organization=OrganizationFactory())
    with pytest.raises(ValidationError, match="one of the two"):
        services.meeting_request_create(
            workshop=workshop,
            from_registration=seeker_reg,
            to_registration=provider_reg,
            by=enterprise_user,
            need=foreign,
        )


def test_only_the_receiving_side_answers(workshop, seeker_reg, provider_reg, enterprise_user, provider_user):
    request = services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=provider_reg, by=enterprise_user
    )
    with pytest.raises(PermissionDenied):
        services.meeting_request_answer(meeting_request=request, accept=True, by=enterprise_user)
    services.meeting_request_answer(meeting_request=request, accept=False, by=provider_user)
    assert Notification.objects.filter(user=enterprise_user, kind="meeting_declined").exists()
    with pytest.raises(ValidationError, match="already been answered"):
        services.meeting_request_answer(meeting_request=request, accept=True, by=provider_user)


def test_the_cap_on_meetings_per_participant_holds(workshop, seeker_reg, enterprise_user, make_participant):
    workshop.max_meetings_per_participant = 2
    workshop.requests_need_acceptance = False
    workshop.save()
    others = [make_participant(f"Đối tác {i}")[1] for i in range(3)]
    for other in others[:2]:
        services.meeting_request_create(
            workshop=workshop, from_registration=seeker_reg, to_registration=other, by=enterprise_user
        )
    with pytest.raises(ValidationError, match="maximum of 2"):
        services.meeting_request_create(
            workshop=workshop, from_registration=seeker_reg, to_registration=others[2], by=enterprise_user
        )


def test_staff_can_add_a_request_which_is_accepted_at_once(workshop, seeker_reg, provider_reg, staff):
    request = services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=provider_reg, by=staff
    )
    assert request.status == "accepted" and request.added_by_staff


def test_the_database_forbids_two_meetings_for_one_participant_in_one_slot(
    workshop, accepted_request, seeker_reg, make_participant, staff
):
    slot = workshop.slots.first()
    services.meeting_place(meeting_request=accepted_request, slot=slot, table=1, by=staff)
    _u, third = make_participant("Thứ ba")
    second = services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=third, by=staff
    )
    meeting = Meeting.objects.create(workshop=workshop, request=second, slot=slot, table=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingSeat.objects.create(meeting=meeting, registration=seeker_reg, slot=slot)
    # And the service says so in words.
    meeting.delete()
    with pytest.raises(ValidationError, match="already has a meeting in that slot"):
        services.meeting_place(meeting_request=second, slot=slot, table=2, by=staff)


def test_the_database_forbids_two_meetings_at_one_table_in_one_slot(
    workshop, accepted_request, staff, make_participant
):
    slot = workshop.slots.first()
    services.meeting_place(meeting_request=accepted_request, slot=slot, table=1, by=staff)
    _u1, a = make_participant("A")
    _u2, b = make_participant("B")
    other = services.meeting_request_create(workshop=workshop, from_registration=a, to_registration=b, by=staff)
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(workshop=workshop, request=other, slot=slot, table=1)
    with pytest.raises(ValidationError, match="already taken"):
        services.meeting_place(meeting_request=other, slot=slot, table=1, by=staff)
    with pytest.raises(ValidationError, match="between 1 and 3"):
        services.meeting_place(meeting_request=other, slot=slot, table=4, by=staff)


def test_moving_a_meeting_pins_it_and_moves_both_seats(workshop, accepted_request, staff):
    slots = list(workshop.slots.all())
    meeting = services.meeting_place(meeting_request=accepted_request, slot=slots[0], table=1, by=staff, pinned=False)
    services.meeting_move(meeting=meeting, slot=slots[2], table=3, by=staff)
    meeting.refresh_from_db()
    assert (meeting.slot, meeting.table, meeting.pinned) == (slots[2], 3, True)
    assert set(meeting.seats.values_list("slot", flat=True)) == {slots[2].pk}


def test_a_meeting_cannot_go_where_a_side_is_not_available(
    workshop, accepted_request, seeker_reg, enterprise_user, staff
):
    slots = list(workshop.slots.all())
    services.availability_set(registration=seeker_reg, available_slot_ids=[slots[0].pk], by=enterprise_user)
    with pytest.raises(ValidationError, match="not available"):
        services.meeting_place(meeting_request=accepted_request, slot=slots[1], table=1, by=staff)


def _held_meeting(workshop, accepted_request, staff):
    meeting = services.meeting_place(meeting_request=accepted_request, slot=workshop.slots.first(), table=1, by=staff)
    services.schedule_publish(workshop=workshop, by=staff)
    shift = timedelta(days=30)
    type(workshop).objects.filter(pk=workshop.pk).update(
        starts_at=workshop.starts_at - shift, ends_at=workshop.ends_at - shift
    )
    for slot in workshop.slots.all():
        type(slot).objects.filter(pk=slot.pk).update(starts_at=slot.starts_at - shift)
    return Meeting.objects.select_related(
        "slot", "workshop", "request__from_registration", "request__to_registration"
    ).get(pk=meeting.pk)


def test_each_side_records_an_outcome(workshop, accepted_request, staff, enterprise_user, provider_user):
    meeting = _held_meeting(workshop, accepted_request, staff)
    services.outcome_record(meeting=meeting, by=enterprise_user, stage="after", result="cooperation")
    services.outcome_record(meeting=meeting, by=provider_user, stage="after", result="informative")
    services.outcome_record(
        meeting=meeting, by=enterprise_user, stage="follow_up", result="contract", contract_value=1_200_000_000
    )
    # Answering again replaces that side's answer.
    services.outcome_record(meeting=meeting, by=enterprise_user, stage="after", result="no_interest")
    assert Outcome.objects.count() == 3
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.HELD


def test_it_refuses_an_outcome_from_someone_not_in_the_meeting(workshop, accepted_request, staff, outsider_user):
    meeting = _held_meeting(workshop, accepted_request, staff)
    for user in (outsider_user, staff):
        with pytest.raises(PermissionDenied):
            services.outcome_record(meeting=meeting, by=user, stage="after", result="cooperation")
    assert not Outcome.objects.exists()


@pytest.mark.parametrize(
    "stage, result, value, message",
    [
        ("after", "contract", None, "Choose one"),
        ("follow_up", "cooperation", None, "Choose one"),
        ("follow_up", "contract", None, "contract value"),
        ("follow_up", "contract", 0, "contract value"),
        ("later", "mou", None, "Unknown stage"),
    ],
)
def test_it_refuses_an_outcome_that_does_not_fit_its_stage(
    workshop, accepted_request, staff, enterprise_user, stage, result, value, message
):
    meeting = _held_meeting(workshop, accepted_request, staff)
    with pytest.raises(ValidationError, match=message):
        services.outcome_record(meeting=meeting, by=enterprise_user, stage=stage, result=result, contract_value=value)
    assert not Outcome.objects.exists()


def test_an_outcome_waits_until_the_meeting_has_happened(workshop, accepted_request, staff, enterprise_user):
    services.meeting_place(meeting_request=accepted_request, slot=workshop.slots.first(), table=1, by=staff)
    services.schedule_publish(workshop=workshop, by=staff)
    meeting = Meeting.objects.get()
    with pytest.raises(ValidationError, match="once the meeting has taken place"):
        services.outcome_record(meeting=meeting, by=enterprise_user, stage="after", result="cooperation")


def test_the_statistics_follow_the_funnel(
    workshop, accepted_request, staff, enterprise_user, provider_user, make_participant, seeker_reg
):
    from events.selectors import workshop_stats

    _u, third = make_participant("Thứ ba")
    services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=third, by=enterprise_user
    )  # pending
    meeting = _held_meeting(workshop, accepted_request, staff)
    services.outcome_record(meeting=meeting, by=enterprise_user, stage="after", result="cooperation")
    services.outcome_record(
        meeting=meeting, by=enterprise_user, stage="follow_up", result="contract", contract_value=900_000_000
    )
    services.outcome_record(
        meeting=meeting, by=provider_user, stage="follow_up", result="contract", contract_value=900_000_000
    )
    stats = workshop_stats(workshop=workshop)
    assert (
        stats["requested"],
        stats["accepted"],
        stats["scheduled"],
        stats["held"],
        stats["cooperation"],
        stats["contracts"],
        stats["contract_value"],
    ) == (2, 1, 1, 1, 1, 1, 900_000_000)


def test_publishing_tells_each_participant_once(workshop, accepted_request, staff):
    services.meeting_place(meeting_request=accepted_request, slot=workshop.slots.first(), table=1, by=staff)
    services.schedule_publish(workshop=workshop, by=staff)
    assert Notification.objects.filter(kind="schedule_published").count() == 2
    with pytest.raises(ValidationError):
        services.schedule_publish(workshop=WorkshopFactory(), by=staff)


def test_marking_held_waits_for_the_meeting_to_start(workshop, accepted_request, staff):
    meeting = services.meeting_place(meeting_request=accepted_request, slot=workshop.slots.first(), table=1, by=staff)
    with pytest.raises(ValidationError, match="not started"):
        services.meeting_mark(meeting=meeting, status="held", by=staff)
    type(meeting.slot).objects.filter(pk=meeting.slot_id).update(starts_at=timezone.now() - timedelta(minutes=5))
    meeting = Meeting.objects.select_related("slot").get(pk=meeting.pk)
    services.meeting_mark(meeting=meeting, status="no_show", by=staff)
    assert Meeting.objects.get().status == "no_show"


def test_follow_up_questions_go_out_once_six_months_later(workshop, accepted_request, staff):
    from events.services.followup import outcomes_ask_follow_up

    _held_meeting(workshop, accepted_request, staff)
    assert outcomes_ask_follow_up() == 0
    later = timezone.now() + timedelta(days=175)  # the workshop ended 16 days ago
    assert outcomes_ask_follow_up(now=later) == 2
    assert outcomes_ask_follow_up(now=later) == 0
