"""Meeting requests, meetings (placed, moved, pinned, held), outcomes and the published schedule."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.notifications import notify
from core.roles import is_member, is_staff
from core.verification import require_verified
from marketplace.models import PostStatus

from .. import permissions
from ..models import Meeting, MeetingRequest, MeetingSeat, MeetingSlot, Outcome, Registration, Workshop


def _live_between(a: Registration, b: Registration):
    return MeetingRequest.objects.filter(status__in=MeetingRequest.LIVE).filter(
        Q(from_registration=a, to_registration=b) | Q(from_registration=b, to_registration=a)
    )


def accepted_count(registration: Registration) -> int:
    return (
        MeetingRequest.objects.filter(status=MeetingRequest.Status.ACCEPTED)
        .filter(Q(from_registration=registration) | Q(to_registration=registration))
        .count()
    )


def _check_cap(workshop: Workshop, *registrations: Registration) -> None:
    cap = workshop.meeting_cap
    if not cap:
        return
    for registration in registrations:
        if accepted_count(registration) >= cap:
            raise ValidationError(
                _("%(org)s already has the maximum of %(cap)s meetings.")
                % {"org": registration.organization.name, "cap": cap}
            )


def _check_topic(need, offer, a: Registration, b: Registration) -> None:
    """A meeting may be about a published need of the seeking side and a published offer of the providing side:
    never a draft (its title would show to the other side), never a post of a third organisation."""
    if need is not None:
        if need.organization_id not in (a.organization_id, b.organization_id):
            raise ValidationError(_("The need must belong to one of the two organisations."))
        if need.status != PostStatus.PUBLISHED:
            raise ValidationError(_("Only a published need can be the topic of a meeting."))
    if offer is not None:
        if offer.organization_id not in (a.organization_id, b.organization_id):
            raise ValidationError(_("The offer must belong to one of the two organisations."))
        if offer.status != PostStatus.PUBLISHED:
            raise ValidationError(_("Only a published offer can be the topic of a meeting."))
    if need is not None and offer is not None and need.organization_id == offer.organization_id:
        raise ValidationError(_("The need and the offer must come from the two different sides of the meeting."))


def meeting_request_create(
    *,
    workshop: Workshop,
    from_registration: Registration,
    to_registration: Registration,
    by,
    need=None,
    offer=None,
    match_id=None,
    message: str = "",
) -> MeetingRequest:
    staff = is_staff(by)
    if not (staff or is_member(by, from_registration.organization_id)):
        raise PermissionDenied
    with transaction.atomic():
        ws = Workshop.objects.select_for_update().get(pk=workshop.pk)
        if ws.status not in (Workshop.Status.OPEN, Workshop.Status.CLOSED) and not (
            staff and ws.status == Workshop.Status.HELD
        ):
            raise ValidationError(_("Meetings can no longer be requested for this workshop."))
        if from_registration.workshop_id != ws.pk or to_registration.workshop_id != ws.pk:
            raise ValidationError(_("Both sides must be registered for this workshop."))
        a = Registration.objects.select_related("organization").get(pk=from_registration.pk)
        b = Registration.objects.select_related("organization").get(pk=to_registration.pk)
        if a.pk == b.pk or a.organization_id == b.organization_id:
            raise ValidationError(_("You cannot request a meeting with yourself."))
        if not a.is_seated:
            raise ValidationError(_("Only participants with a confirmed seat can request meetings."))
        if not b.is_seated:
            raise ValidationError(_("%(org)s is not a participant of this workshop.") % {"org": b.organization.name})
        if not ws.slot_count:
            raise ValidationError(_("This workshop has no B2B meeting slots."))
        if _live_between(a, b).exists():
            raise ValidationError(
                _("There is already a meeting request between %(a)s and %(b)s.")
                % {"a": a.organization.name, "b": b.organization.name}
            )
        if not staff:
            require_verified(organization=a.organization, action="meeting_request")
        _check_topic(need, offer, a, b)
        auto = staff or not ws.requests_need_acceptance
        if auto:
            _check_cap(ws, a, b)
        else:
            _check_cap(ws, a)
        request = MeetingRequest(
            workshop=ws,
            from_registration=a,
            to_registration=b,
            need=need,
            offer=offer,
            match_id=match_id,
            message=message,
            added_by_staff=staff and not is_member(by, a.organization_id),
            created_by=by,
            status=MeetingRequest.Status.ACCEPTED if auto else MeetingRequest.Status.PENDING,
        )
        if auto:
            request.decided_at = timezone.now()
        request.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                request.save()
        except IntegrityError:
            raise ValidationError(
                _("There is already a meeting request between %(a)s and %(b)s.")
                % {"a": a.organization.name, "b": b.organization.name}
            )
        notify(
            users=[b.attendee],
            kind="meeting_requested",
            event_key=f"meeting-requested:{request.pk}",
            params={"org": a.organization.name, "workshop": ws.title},
            url=b.get_absolute_url(),
        )
    return request


def meeting_request_answer(*, meeting_request: MeetingRequest, accept: bool, by) -> MeetingRequest:
    if not permissions.can_answer_request(by, meeting_request):
        raise PermissionDenied
    with transaction.atomic():
        ws = Workshop.objects.select_for_update().get(pk=meeting_request.workshop_id)
        locked = MeetingRequest.objects.select_related(
            "from_registration__organization", "to_registration__organization", "from_registration__attendee"
        ).get(pk=meeting_request.pk)
        if locked.status != MeetingRequest.Status.PENDING:
            raise ValidationError(_("This request has already been answered."))
        if accept:
            _check_cap(ws, locked.from_registration, locked.to_registration)
        locked.status = MeetingRequest.Status.ACCEPTED if accept else MeetingRequest.Status.DECLINED
        locked.decided_by = by
        locked.decided_at = timezone.now()
        locked.save(update_fields=["status", "decided_by", "decided_at"])
        notify(
            users=[locked.from_registration.attendee],
            kind="meeting_accepted" if accept else "meeting_declined",
            event_key=f"meeting-answered:{locked.pk}",
            params={"org": locked.to_registration.organization.name, "workshop": ws.title},
            url=locked.from_registration.get_absolute_url(),
        )
    return locked


def meeting_request_cancel(*, meeting_request: MeetingRequest, by) -> MeetingRequest:
    if not (is_staff(by) or is_member(by, meeting_request.from_registration.organization_id)):
        raise PermissionDenied
    with transaction.atomic():
        Workshop.objects.select_for_update().get(pk=meeting_request.workshop_id)
        locked = MeetingRequest.objects.get(pk=meeting_request.pk)
        if locked.status not in MeetingRequest.LIVE:
            raise ValidationError(_("This request is no longer live."))
        if hasattr(locked, "meeting"):
            if locked.meeting.published and not is_staff(by):
                raise ValidationError(_("The meeting is on the published schedule: ask the organisers to remove it."))
            locked.meeting.delete()
        locked.status = MeetingRequest.Status.CANCELLED
        locked.save(update_fields=["status"])
    return locked


# Meetings --------------------------------------------------------------------------------------


def _seat_meeting(meeting: Meeting) -> None:
    request = meeting.request
    MeetingSeat.objects.bulk_create(
        [
            MeetingSeat(meeting=meeting, registration_id=request.from_registration_id, slot=meeting.slot),
            MeetingSeat(meeting=meeting, registration_id=request.to_registration_id, slot=meeting.slot),
        ]
    )


def _check_placeable(ws: Workshop, request: MeetingRequest, slot: MeetingSlot, table: int, ignore: Meeting | None):
    if slot.workshop_id != ws.pk:
        raise ValidationError(_("Choose a slot of this workshop."))
    if not 1 <= table <= ws.tables:
        raise ValidationError(_("Choose a table between 1 and %(n)s.") % {"n": ws.tables})
    if request.status != MeetingRequest.Status.ACCEPTED:
        raise ValidationError(_("Only accepted requests can be scheduled."))
    taken = Meeting.objects.filter(workshop=ws, slot=slot, table=table)
    if ignore:
        taken = taken.exclude(pk=ignore.pk)
    if taken.exists():
        raise ValidationError(_("Table %(table)s is already taken in that slot.") % {"table": table})
    for registration in (request.from_registration, request.to_registration):
        busy = MeetingSeat.objects.filter(registration=registration, slot=slot)
        if ignore:
            busy = busy.exclude(meeting=ignore)
        if busy.exists():
            raise ValidationError(
                _("%(org)s already has a meeting in that slot.") % {"org": registration.organization.name}
            )
        if registration.unavailable_slots.filter(pk=slot.pk).exists():
            raise ValidationError(_("%(org)s is not available in that slot.") % {"org": registration.organization.name})


def meeting_place(
    *, meeting_request: MeetingRequest, slot: MeetingSlot, table: int, by, pinned: bool = True
) -> Meeting:
    """Staff put an accepted request in a slot at a table by hand (pinned, so a re-run keeps it)."""
    if not is_staff(by):
        raise PermissionDenied
    with transaction.atomic():
        ws = Workshop.objects.select_for_update().get(pk=meeting_request.workshop_id)
        meeting_request = MeetingRequest.objects.select_related(
            "from_registration__organization", "to_registration__organization"
        ).get(pk=meeting_request.pk)
        if hasattr(meeting_request, "meeting"):
            raise ValidationError(_("This request is already scheduled."))
        _check_placeable(ws, meeting_request, slot, table, None)
        meeting = Meeting.objects.create(
            workshop=ws,
            request=meeting_request,
            slot=slot,
            table=table,
            pinned=pinned,
            published=ws.schedule_published_at is not None,
        )
        _seat_meeting(meeting)
    return meeting


def meeting_move(*, meeting: Meeting, slot: MeetingSlot, table: int, by) -> Meeting:
    """Move a meeting to another slot and/or table; a moved meeting is pinned there."""
    if not is_staff(by):
        raise PermissionDenied
    try:
        with transaction.atomic():
            ws = Workshop.objects.select_for_update().get(pk=meeting.workshop_id)
            locked = Meeting.objects.select_related(
                "request__from_registration__organization", "request__to_registration__organization"
            ).get(pk=meeting.pk)
            _check_placeable(ws, locked.request, slot, table, locked)
            locked.slot, locked.table, locked.pinned = slot, table, True
            locked.save(update_fields=["slot", "table", "pinned"])
            locked.seats.update(slot=slot)
    except IntegrityError:
        # The constraints caught a concurrent change the checks above could not see.
        raise ValidationError(_("That slot or table was just taken; reload the schedule."))
    return locked


def meeting_pin(*, meeting: Meeting, pinned: bool, by) -> Meeting:
    if not is_staff(by):
        raise PermissionDenied
    Meeting.objects.filter(pk=meeting.pk).update(pinned=pinned)
    meeting.pinned = pinned
    return meeting


@transaction.atomic
def meeting_unschedule(*, meeting: Meeting, by) -> None:
    if not is_staff(by):
        raise PermissionDenied
    meeting.delete()


def meeting_mark(*, meeting: Meeting, status: str, by) -> Meeting:
    """Held or no-show, by staff or by either side once the meeting has begun."""
    if not permissions.can_mark_meeting(by, meeting):
        raise PermissionDenied
    if status not in (Meeting.Status.HELD, Meeting.Status.NO_SHOW, Meeting.Status.SCHEDULED):
        raise ValidationError(_("Unknown meeting status."))
    if status != Meeting.Status.SCHEDULED and meeting.slot.starts_at > timezone.now():
        raise ValidationError(_("This meeting has not started yet."))
    with transaction.atomic():
        Meeting.objects.filter(pk=meeting.pk).update(status=status, status_by=by)
        meeting.status = status
        if status == Meeting.Status.HELD:
            # A held meeting belongs to the pair's connection (created if missing) and moves it to "met".
            from .chain import meeting_held_feed

            meeting_held_feed(meeting=meeting, by=by)
    return meeting


def outcome_record(*, meeting: Meeting, by, stage: str, result: str, contract_value=None, note: str = "") -> Outcome:
    """One side's outcome of a meeting; recording it again replaces that side's earlier answer."""
    side = permissions.meeting_side(by, meeting)
    if side is None or not meeting.published:
        raise PermissionDenied(_("Only the two sides of a meeting can record its outcome."))
    if stage not in Outcome.STAGE_RESULTS:
        raise ValidationError(_("Unknown stage."))
    if result not in Outcome.STAGE_RESULTS[Outcome.Stage(stage)]:
        raise ValidationError({"result": _("Choose one of the answers offered.")})
    if meeting.slot.starts_at > timezone.now():
        raise ValidationError(_("The outcome can be recorded once the meeting has taken place."))
    if result == Outcome.Result.CONTRACT:
        if not contract_value or int(contract_value) <= 0:
            raise ValidationError({"contract_value": _("Give the contract value in ₫.")})
    else:
        contract_value = None
    with transaction.atomic():
        outcome, _created = Outcome.objects.update_or_create(
            meeting=meeting,
            registration=side,
            stage=stage,
            defaults={"result": result, "contract_value": contract_value, "note": note, "by": by},
        )
        if (
            stage == Outcome.Stage.AFTER
            and result != Outcome.Result.NOT_HELD
            and meeting.status == Meeting.Status.SCHEDULED
        ):
            Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.HELD, status_by=by)
        # The outcome moves the pair's connection: the one record of how far the pair got.
        from .chain import outcome_feed

        outcome_feed(outcome=outcome, by=by)
    return outcome


# Publishing -----------------------------------------------------------------------------------


def schedule_publish(*, workshop: Workshop, by) -> int:
    """Publish every meeting of the workshop; each participant with meetings is told once per publication."""
    if not is_staff(by):
        raise PermissionDenied
    with transaction.atomic():
        ws = Workshop.objects.select_for_update().get(pk=workshop.pk)
        if not ws.meetings.exists():
            raise ValidationError(_("There are no meetings to publish: run the scheduler first."))
        newly = list(
            ws.meetings.filter(published=False).select_related(
                "request__from_registration__attendee", "request__to_registration__attendee"
            )
        )
        ws.meetings.filter(published=False).update(published=True)
        ws.schedule_published_at = timezone.now()
        ws.save(update_fields=["schedule_published_at"])
        stamp = ws.schedule_published_at.strftime("%Y%m%d%H%M%S")
        registrations = {}
        for m in newly:
            for r in (m.request.from_registration, m.request.to_registration):
                registrations[r.pk] = r
        for r in registrations.values():
            count = MeetingSeat.objects.filter(registration=r, meeting__published=True).count()
            notify(
                users=[r.attendee],
                kind="schedule_published",
                event_key=f"schedule:{ws.pk}:{r.pk}:{stamp}",
                params={"workshop": ws.title, "count": count},
                url=r.get_absolute_url() + "agenda/",
            )
    return len(newly)


@transaction.atomic
def standby_pair_place(
    *, workshop: Workshop, from_registration, to_registration, slot: MeetingSlot, table: int, by, message: str = ""
) -> Meeting:
    """Refill a table on the day: a staff request between two free participants, placed at once.
    Both writes or neither: a pair that cannot be placed leaves no stray accepted request behind."""
    meeting_request = meeting_request_create(
        workshop=workshop, from_registration=from_registration, to_registration=to_registration, by=by, message=message
    )
    return meeting_place(meeting_request=meeting_request, slot=slot, table=table, by=by)
