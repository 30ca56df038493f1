"""Trainings: courses and their sessions, participants (registered by themselves or entered by staff,
never above capacity: the training row is locked while counting), attendance per session by the same
signed QR code / short code as workshop check-in, and certified experts."""

import re

from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from core.race import RaceHooks
from core.roles import is_member, is_staff

from ..models import CertifiedExpert, Training, TrainingAttendance, TrainingParticipant, TrainingSession

CHECKIN_SALT = "events.training-checkin"
CHECKIN_GRACE = timezone.timedelta(hours=12)
_SHORT = re.compile(r"^\s*(\d+)\s*-\s*([0-9A-Fa-f]{8})\s*$")

RACE = RaceHooks()  # test-only: see core.race


def _staff_only(by) -> None:
    if not is_staff(by):
        raise PermissionDenied


def _locked(training: Training) -> Training:
    qs = Training.objects.select_for_update() if RACE.lock else Training.objects
    return qs.get(pk=training.pk)


@transaction.atomic
def training_save(*, by, training: Training | None = None, **fields) -> Training:
    _staff_only(by)
    training = training or Training(created_by=by)
    sectors = fields.pop("sectors", None)
    for name, value in fields.items():
        setattr(training, name, value)
    training.full_clean()
    if training.pk and training.capacity < training.participants.filter(status="registered").count():
        raise ValidationError({"capacity": _("More people are already registered than this capacity.")})
    training.save()
    if sectors is not None:
        training.sectors.set(sectors)
    return training


@transaction.atomic
def training_session_add(*, training: Training, title: str, starts_at, ends_at, by) -> TrainingSession:
    _staff_only(by)
    day_from, day_to = timezone.localdate(starts_at), timezone.localdate(ends_at)
    if day_from < training.starts_on or day_to > training.ends_on:
        raise ValidationError(
            {
                "starts_at": _("A session must fall within the training (%(start)s – %(end)s).")
                % {"start": training.starts_on.strftime("%d/%m/%Y"), "end": training.ends_on.strftime("%d/%m/%Y")}
            }
        )
    session = TrainingSession(training=training, title=title, starts_at=starts_at, ends_at=ends_at)
    session.full_clean()
    session.save()
    return session


@transaction.atomic
def participant_register(
    *,
    training: Training,
    by,
    full_name: str,
    category: str,
    organization=None,
    organization_name: str = "",
    email: str = "",
    phone: str = "",
) -> TrainingParticipant:
    """A person registers (for themselves, for one of their organisations) or staff enter them."""
    staff = is_staff(by)
    if not staff:
        if not by.is_authenticated:
            raise PermissionDenied
        if organization is not None and not is_member(by, organization):
            raise PermissionDenied
    training = _locked(training)
    if training.status == Training.Status.CANCELLED:
        raise ValidationError(_("This training has been cancelled."))
    if not staff and not training.registration_is_open:
        raise ValidationError(_("Registration for this training is not open."))
    if training.participants.filter(status=TrainingParticipant.Status.REGISTERED).count() >= training.capacity:
        raise ValidationError(_("The training is full."))
    RACE.widen()
    participant = TrainingParticipant(
        training=training,
        full_name=full_name.strip(),
        category=category,
        organization=organization,
        organization_name="" if organization is not None else organization_name.strip(),
        email=email,
        phone=phone,
        user=None if staff else by,
        created_by=by,
    )
    participant.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            participant.save()
    except IntegrityError:
        raise ValidationError(_("You are already registered for this training."))
    return participant


@transaction.atomic
def participant_cancel(*, participant: TrainingParticipant, by) -> TrainingParticipant:
    if not (is_staff(by) or (participant.user_id and participant.user_id == by.pk)):
        raise PermissionDenied
    if participant.attendances.exists():
        raise ValidationError(_("This person has already attended a session; the registration stays."))
    TrainingParticipant.objects.filter(pk=participant.pk).update(status=TrainingParticipant.Status.CANCELLED)
    participant.refresh_from_db()
    return participant


# Check-in: the same signed QR token and short typed code as workshop check-in ------------------------


def training_checkin_token(participant: TrainingParticipant) -> str:
    return signing.dumps({"p": participant.pk, "t": participant.training_id}, salt=CHECKIN_SALT, compress=True)


def training_checkin_code(participant: TrainingParticipant) -> str:
    digest = salted_hmac(CHECKIN_SALT, f"{participant.pk}:{participant.training_id}").hexdigest()
    return f"{participant.pk}-{digest[:8].upper()}"


def _read_code(training: Training, code: str) -> int:
    code = (code or "").strip()
    if not code:
        raise ValidationError(_("Scan a QR code or type a check-in code."))
    short = _SHORT.match(code)
    if short:
        pk = int(short.group(1))
        expected = salted_hmac(CHECKIN_SALT, f"{pk}:{training.pk}").hexdigest()[:8].upper()
        if not constant_time_compare(expected, short.group(2).upper()):
            raise ValidationError(_("This code is not valid for this training."))
        return pk
    try:
        data = signing.loads(code, salt=CHECKIN_SALT)
    except signing.BadSignature:
        raise ValidationError(_("This check-in code is not genuine."))
    if not isinstance(data, dict) or data.get("t") != training.pk or not isinstance(data.get("p"), int):
        raise ValidationError(_("This code is not valid for this training."))
    return data["p"]


def _attend(*, session: TrainingSession, participant: TrainingParticipant, by) -> tuple[TrainingAttendance, bool]:
    if participant.status != TrainingParticipant.Status.REGISTERED:
        raise ValidationError(_("This registration was cancelled."))
    try:
        with transaction.atomic():
            return TrainingAttendance.objects.get_or_create(
                participant=participant, session=session, defaults={"checked_in_by": by}
            )
    except IntegrityError:  # two scans at once: the other one recorded it
        return TrainingAttendance.objects.get(participant=participant, session=session), False


def training_checkin(*, session: TrainingSession, code: str, by) -> tuple[TrainingAttendance, bool]:
    """Record a participant present at a session by QR token or typed code. A second scan changes nothing."""
    _staff_only(by)
    training = session.training
    pk = _read_code(training, code)
    if timezone.now() > session.ends_at + CHECKIN_GRACE:
        raise ValidationError(_("This session is over; mark attendance by hand if needed."))
    if training.status == Training.Status.CANCELLED:
        raise ValidationError(_("This training has been cancelled."))
    participant = TrainingParticipant.objects.filter(pk=pk, training=training).first()
    if participant is None:
        raise ValidationError(_("This code is not valid for this training."))
    return _attend(session=session, participant=participant, by=by)


def attendance_mark(
    *, session: TrainingSession, participant: TrainingParticipant, present: bool, by
) -> TrainingAttendance | None:
    """Staff mark a participant present or absent at a session by hand (a sign-in sheet after the fact)."""
    _staff_only(by)
    if participant.training_id != session.training_id:
        raise ValidationError(_("This person is not registered for this training."))
    if not present:
        TrainingAttendance.objects.filter(session=session, participant=participant).delete()
        return None
    return _attend(session=session, participant=participant, by=by)[0]


@transaction.atomic
def expert_save(*, by, expert: CertifiedExpert | None = None, **fields) -> CertifiedExpert:
    _staff_only(by)
    expert = expert or CertifiedExpert(created_by=by)
    for name, value in fields.items():
        setattr(expert, name, value)
    expert.full_clean()
    expert.save()
    return expert
