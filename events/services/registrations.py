"""Registrations: sign-up under a row lock (capacity is never exceeded), the waiting list, availability,
check-in codes and check-in."""

import re

from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from core.notifications import notify
from core.race import RaceHooks
from core.roles import is_member, is_staff
from core.verification import require_verified
from marketplace.models import PostStatus

from ..models import MeetingRequest, MeetingSlot, Registration, Workshop

CHECKIN_SALT = "events.checkin"
# A code stays valid until this long after the workshop ends (late arrivals on the last day).
CHECKIN_GRACE = timezone.timedelta(hours=12)

RACE = RaceHooks()  # test-only: see core.race


def _locked_workshop(workshop_id: int) -> Workshop:
    qs = Workshop.objects.select_for_update() if RACE.lock else Workshop.objects
    return qs.get(pk=workshop_id)


def _validate_brings(organization, needs, offers) -> None:
    for post in list(needs) + list(offers):
        if post.organization_id != organization.pk:
            raise ValidationError(_("“%(title)s” belongs to another organisation.") % {"title": post.title})
        if post.status != PostStatus.PUBLISHED:
            raise ValidationError(_("“%(title)s” is not published.") % {"title": post.title})


def registration_create(
    *, workshop: Workshop, organization, attendee, role: str, by, needs=(), offers=(), note: str = ""
) -> Registration:
    """Register an organisation: a confirmed seat while there is one, else the waiting list."""
    if not (is_member(by, organization) or is_staff(by)):
        raise PermissionDenied
    if not is_member(attendee, organization):
        raise ValidationError(_("The attendee must be a member of the organisation."))
    if role not in Registration.Role.values:
        raise ValidationError(_("Choose a role at the workshop."))
    _validate_brings(organization, needs, offers)
    if not is_staff(by):
        require_verified(organization=organization, action="workshop_registration")
    with transaction.atomic():
        # Lock the workshop row, then count: two sign-ups for the last seat queue here, one after the other.
        ws = _locked_workshop(workshop.pk)
        now = timezone.now()
        if ws.status == Workshop.Status.CANCELLED:
            raise ValidationError(_("This workshop has been cancelled."))
        if ws.has_taken_place:
            raise ValidationError(_("This workshop has already taken place."))
        if ws.status != Workshop.Status.OPEN:
            raise ValidationError(_("This workshop is not open for registration."))
        if now < ws.registration_opens_at:
            raise ValidationError(
                _("Registration opens on %(date)s.")
                % {"date": timezone.localtime(ws.registration_opens_at).strftime("%d/%m/%Y %H:%M")}
            )
        if now > ws.registration_closes_at:
            raise ValidationError(
                _("Registration closed on %(date)s.")
                % {"date": timezone.localtime(ws.registration_closes_at).strftime("%d/%m/%Y %H:%M")}
            )
        if ws.registrations.filter(organization=organization, status__in=Registration.LIVE).exists():
            raise ValidationError(_("%(org)s is already registered for this workshop.") % {"org": organization.name})
        seated = ws.registrations.filter(status__in=Registration.SEATED).count()
        RACE.widen()
        status = Registration.Status.CONFIRMED if seated < ws.capacity else Registration.Status.WAITLISTED
        registration = Registration(
            workshop=ws,
            organization=organization,
            attendee=attendee,
            role=role,
            status=status,
            note=note,
            created_by=by,
            created_at=now,
        )
        registration.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError:
            raise ValidationError(_("%(org)s is already registered for this workshop.") % {"org": organization.name})
        registration.needs.set(needs)
        registration.offers.set(offers)
        if status == Registration.Status.CONFIRMED:
            notify(
                users=[attendee],
                kind="workshop_registered",
                event_key=f"ws-registered:{registration.pk}",
                params={"workshop": ws.title, "registration_id": registration.pk},
                url=registration.get_absolute_url(),
            )
        else:
            position = ws.registrations.filter(status=Registration.Status.WAITLISTED).count()
            notify(
                users=[attendee],
                kind="workshop_waitlisted",
                event_key=f"ws-waitlisted:{registration.pk}",
                params={"workshop": ws.title, "position": position, "registration_id": registration.pk},
                url=registration.get_absolute_url(),
            )
    return registration


@transaction.atomic
def registration_update(
    *, registration: Registration, by, role=None, needs=None, offers=None, note=None
) -> Registration:
    if not (is_member(by, registration.organization_id) or is_staff(by)):
        raise PermissionDenied
    if registration.status == Registration.Status.CANCELLED:
        raise ValidationError(_("This registration is cancelled."))
    if needs is not None or offers is not None:
        _validate_brings(registration.organization, needs or [], offers or [])
    if role is not None:
        registration.role = role
    if note is not None:
        registration.note = note
    registration.full_clean(validate_constraints=False)
    registration.save()
    if needs is not None:
        registration.needs.set(needs)
    if offers is not None:
        registration.offers.set(offers)
    return registration


def promote_waitlisted(*, workshop: Workshop, free: int) -> list[Registration]:
    """Confirm the first `free` registrations on the waiting list and tell them. Call with the workshop locked."""
    promoted = []
    if free <= 0:
        return promoted
    queue = workshop.registrations.filter(status=Registration.Status.WAITLISTED).select_related("attendee")
    for registration in queue.order_by("created_at", "id")[:free]:
        registration.status = Registration.Status.CONFIRMED
        registration.promoted_at = timezone.now()
        registration.save(update_fields=["status", "promoted_at"])
        notify(
            users=[registration.attendee],
            kind="workshop_promoted",
            event_key=f"ws-promoted:{registration.pk}",
            params={"workshop": workshop.title, "registration_id": registration.pk},
            url=registration.get_absolute_url(),
        )
        promoted.append(registration)
    return promoted


def registration_cancel(*, registration: Registration, by) -> Registration:
    """Cancel a registration: its requests and meetings go, and a freed seat goes to the first on the waiting list."""
    if not (is_member(by, registration.organization_id) or is_staff(by)):
        raise PermissionDenied
    with transaction.atomic():
        ws = _locked_workshop(registration.workshop_id)
        locked = Registration.objects.select_for_update().get(pk=registration.pk)
        if locked.status == Registration.Status.CANCELLED:
            raise ValidationError(_("This registration is already cancelled."))
        if locked.status == Registration.Status.ATTENDED:
            raise ValidationError(_("This participant has already checked in."))
        freed = locked.status == Registration.Status.CONFIRMED
        locked.status = Registration.Status.CANCELLED
        locked.cancelled_at = timezone.now()
        locked.save(update_fields=["status", "cancelled_at"])
        live = MeetingRequest.objects.filter(status__in=MeetingRequest.LIVE).filter(
            from_registration=locked
        ) | MeetingRequest.objects.filter(status__in=MeetingRequest.LIVE, to_registration=locked)
        for request in live:
            if hasattr(request, "meeting"):
                request.meeting.delete()
        live.update(status=MeetingRequest.Status.CANCELLED)
        if freed and ws.status in (Workshop.Status.OPEN, Workshop.Status.CLOSED):
            promote_waitlisted(workshop=ws, free=1)
    return locked


@transaction.atomic
def availability_set(*, registration: Registration, available_slot_ids, by) -> Registration:
    """The participant says in which slots it can meet; published meetings in a slot it drops stay (staff move them)."""
    if not (is_member(by, registration.organization_id) or is_staff(by)):
        raise PermissionDenied
    if registration.status == Registration.Status.CANCELLED:
        raise ValidationError(_("This registration is cancelled."))
    slots = list(MeetingSlot.objects.filter(workshop_id=registration.workshop_id))
    wanted = {int(i) for i in available_slot_ids}
    unknown = wanted - {s.pk for s in slots}
    if unknown:
        raise ValidationError(_("Choose slots of this workshop."))
    if slots and not wanted:
        raise ValidationError(_("Choose at least one slot in which you can meet."))
    registration.unavailable_slots.set([s for s in slots if s.pk not in wanted])
    return registration


# Check-in -------------------------------------------------------------------------------------


def checkin_token(registration: Registration) -> str:
    """The signed token in the QR code."""
    return signing.dumps({"r": registration.pk, "w": registration.workshop_id}, salt=CHECKIN_SALT, compress=True)


def checkin_code(registration: Registration) -> str:
    """A short code to type when the QR cannot be scanned: id and a keyed hash, so it cannot be guessed."""
    digest = salted_hmac(CHECKIN_SALT, f"{registration.pk}:{registration.workshop_id}").hexdigest()
    return f"{registration.pk}-{digest[:8].upper()}"


_SHORT = re.compile(r"^\s*(\d+)\s*-\s*([0-9A-Fa-f]{8})\s*$")


def _read_code(workshop: Workshop, code: str) -> int:
    code = (code or "").strip()
    if not code:
        raise ValidationError(_("Scan a QR code or type a check-in code."))
    short = _SHORT.match(code)
    if short:
        pk = int(short.group(1))
        expected = salted_hmac(CHECKIN_SALT, f"{pk}:{workshop.pk}").hexdigest()[:8].upper()
        if not constant_time_compare(expected, short.group(2).upper()):
            raise ValidationError(_("This code is not valid for this workshop."))
        return pk
    # A workshop's codes are valid from the start of registration until shortly after it ends.
    max_age = (workshop.ends_at + CHECKIN_GRACE) - workshop.registration_opens_at
    try:
        data = signing.loads(code, salt=CHECKIN_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise ValidationError(_("This check-in code has expired."))
    except signing.BadSignature:
        raise ValidationError(_("This check-in code is not genuine."))
    if not isinstance(data, dict) or data.get("w") != workshop.pk or not isinstance(data.get("r"), int):
        raise ValidationError(_("This code is not valid for this workshop."))
    return data["r"]


def _today():
    return timezone.localdate()


def checkin(*, workshop: Workshop, code: str, by) -> tuple[Registration, bool]:
    """Check a participant in by QR token or typed code. Returns (registration, newly checked in)."""
    if not is_staff(by):
        raise PermissionDenied
    pk = _read_code(workshop, code)
    if timezone.now() > workshop.ends_at + CHECKIN_GRACE:
        raise ValidationError(_("This check-in code has expired."))
    if _today() < timezone.localtime(workshop.starts_at).date():
        raise ValidationError(
            _("Check-in opens on the day of the workshop (%(date)s).")
            % {"date": timezone.localtime(workshop.starts_at).strftime("%d/%m/%Y")}
        )
    if workshop.status == Workshop.Status.CANCELLED:
        raise ValidationError(_("This workshop has been cancelled."))
    try:
        registration = Registration.objects.select_related("organization", "attendee").get(pk=pk, workshop=workshop)
    except Registration.DoesNotExist:
        raise ValidationError(_("This code is not valid for this workshop."))
    if registration.status == Registration.Status.CANCELLED:
        raise ValidationError(_("This registration was cancelled."))
    if registration.status == Registration.Status.WAITLISTED:
        raise ValidationError(
            _("%(org)s is on the waiting list and has no confirmed seat.") % {"org": registration.organization.name}
        )
    # A conditional update: a second scan changes nothing.
    claimed = Registration.objects.filter(pk=pk, checked_in_at=None).update(
        checked_in_at=timezone.now(), checked_in_by=by, status=Registration.Status.ATTENDED
    )
    registration.refresh_from_db()
    return registration, bool(claimed)
