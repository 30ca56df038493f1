"""Writes on workshops: create, edit (slots generated from the B2B settings), publish, close, cancel."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.notifications import notify

from .. import permissions
from ..models import Meeting, MeetingSlot, Registration, Workshop

SLOT_FIELDS = ("first_slot_at", "slot_minutes", "slot_count", "slot_gap_minutes")


def _check_staff(by) -> None:
    if not permissions.can_manage_workshops(by):
        raise PermissionDenied


def _validate(workshop: Workshop) -> None:
    errors = {}
    if workshop.ends_at and workshop.starts_at and workshop.ends_at < workshop.starts_at:
        errors["ends_at"] = _("The workshop cannot end before it starts.")
    if (
        workshop.registration_closes_at
        and workshop.registration_opens_at
        and workshop.registration_closes_at < workshop.registration_opens_at
    ):
        errors["registration_closes_at"] = _("Registration cannot close before it opens.")
    if workshop.registration_closes_at and workshop.ends_at and workshop.registration_closes_at > workshop.ends_at:
        errors["registration_closes_at"] = _("Registration must close by the end of the workshop.")
    if workshop.slot_count:
        if not workshop.first_slot_at:
            errors["first_slot_at"] = _("Give the start of the first meeting slot.")
        elif workshop.starts_at and workshop.ends_at:
            last_end = workshop.first_slot_at + timedelta(
                minutes=workshop.slot_count * workshop.slot_minutes
                + (workshop.slot_count - 1) * workshop.slot_gap_minutes
            )
            if workshop.first_slot_at < workshop.starts_at or last_end > workshop.ends_at:
                errors["first_slot_at"] = _("The meeting slots must fit between the start and the end of the workshop.")
        if workshop.slot_minutes < 5:
            errors["slot_minutes"] = _("A meeting lasts at least 5 minutes.")
        if workshop.tables < 1:
            errors["tables"] = _("B2B meetings need at least one table.")
    if workshop.capacity < 1:
        errors["capacity"] = _("The workshop needs at least one seat.")
    if errors:
        raise ValidationError(errors)


def _slot_times(workshop: Workshop):
    step = timedelta(minutes=workshop.slot_minutes + workshop.slot_gap_minutes)
    first = workshop.first_slot_at
    return [first + i * step for i in range(workshop.slot_count)] if workshop.slot_count and first else []


def _sync_slots(workshop: Workshop) -> None:
    wanted = _slot_times(workshop)
    existing = list(workshop.slots.all())
    if [s.starts_at for s in existing] == wanted and all(s.minutes == workshop.slot_minutes for s in existing):
        return
    if Meeting.objects.filter(workshop=workshop).exists():
        raise ValidationError(
            {"first_slot_at": _("Meetings are already scheduled: remove them before changing the meeting slots.")}
        )
    workshop.slots.all().delete()
    MeetingSlot.objects.bulk_create(
        [MeetingSlot(workshop=workshop, starts_at=t, minutes=workshop.slot_minutes) for t in wanted]
    )


@transaction.atomic
def workshop_create(*, by, sectors=(), **fields) -> Workshop:
    _check_staff(by)
    workshop = Workshop(created_by=by, **fields)
    _validate(workshop)
    workshop.full_clean()
    workshop.save()
    workshop.sectors.set(sectors)
    _sync_slots(workshop)
    return workshop


@transaction.atomic
def workshop_update(*, workshop: Workshop, by, sectors=None, **fields) -> Workshop:
    _check_staff(by)
    locked = Workshop.objects.select_for_update().get(pk=workshop.pk)
    if locked.status in (Workshop.Status.CANCELLED,):
        raise ValidationError(_("A cancelled workshop cannot be changed."))
    seated = locked.registrations.filter(status__in=Registration.SEATED).count()
    for name, value in fields.items():
        setattr(locked, name, value)
    if locked.capacity < seated:
        raise ValidationError(
            {
                "capacity": _("%(count)s organisations already have a confirmed seat: the capacity cannot be lower.")
                % {"count": seated}
            }
        )
    _validate(locked)
    locked.full_clean()
    locked.save()
    if sectors is not None:
        locked.sectors.set(sectors)
    _sync_slots(locked)
    # More seats: the waiting list moves up.
    from .registrations import promote_waitlisted

    promote_waitlisted(workshop=locked, free=locked.capacity - seated)
    return locked


TRANSITIONS = {
    "publish": ({Workshop.Status.DRAFT, Workshop.Status.CLOSED}, Workshop.Status.OPEN),
    "close": ({Workshop.Status.OPEN}, Workshop.Status.CLOSED),
    "held": ({Workshop.Status.OPEN, Workshop.Status.CLOSED}, Workshop.Status.HELD),
    "cancel": ({Workshop.Status.DRAFT, Workshop.Status.OPEN, Workshop.Status.CLOSED}, Workshop.Status.CANCELLED),
}


@transaction.atomic
def workshop_transition(*, workshop: Workshop, action: str, by) -> Workshop:
    _check_staff(by)
    if action not in TRANSITIONS:
        raise ValidationError(_("Unknown action."))
    allowed, to_status = TRANSITIONS[action]
    locked = Workshop.objects.select_for_update().get(pk=workshop.pk)
    if locked.status not in allowed:
        raise ValidationError(
            _("This workshop is “%(status)s”; it cannot be changed that way.") % {"status": locked.get_status_display()}
        )
    if action == "held" and locked.starts_at > timezone.now():
        raise ValidationError(_("A workshop can be marked as held only once it has started."))
    locked.status = to_status
    locked.save(update_fields=["status"])
    if action == "cancel":
        users = [
            r.attendee for r in locked.registrations.filter(status__in=Registration.LIVE).select_related("attendee")
        ]
        notify(
            users=users,
            kind="workshop_cancelled",
            event_key=f"workshop-cancelled:{locked.pk}",
            params={"workshop": locked.title},
            url=locked.get_absolute_url(),
        )
    return locked
