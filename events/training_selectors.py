"""Reads of trainings: the lists staff and participants see, and the attendance figures the plan
counts (grants.plan). One definition of "an attendance" for the pages, the dashboard and the report:

- an attendance (lượt) is one participant of one training present at one session or more; a person at
  two sessions of the same training is one attendance, at two trainings two;
- it is counted in the year of the first session that participant attended, so a training that spans
  two years counts each person once, in the year they first came;
- only trainings marked as productivity and quality trainings count towards the plan.
"""

from dataclasses import dataclass

from django.db.models import Count, Min, Q, QuerySet
from django.utils import timezone

from core import roles
from core.text import fold

from .models import CertifiedExpert, ParticipantCategory, Training, TrainingAttendance, TrainingParticipant


@dataclass(frozen=True)
class AttendanceRow:
    participant_id: int
    training_id: int
    training_title: str
    full_name: str
    category: str
    organization_key: tuple | None
    organization_label: str
    enterprise: bool
    year: int


def organization_key(*, organization_id: int | None, organization_name: str) -> tuple | None:
    """The same organisation whether picked from the platform or typed (case and accents folded)."""
    if organization_id:
        return ("org", organization_id)
    name = " ".join(fold(organization_name or "").split())
    return ("name", name) if name else None


def training_attendances(*, years=None, productivity_quality: bool = True) -> list[AttendanceRow]:
    qs = (
        TrainingParticipant.objects.filter(attendances__isnull=False)
        .annotate(first_at=Min("attendances__session__starts_at"))
        .select_related("training", "organization")
        .distinct()
    )
    if productivity_quality:
        qs = qs.filter(training__productivity_quality=True)
    rows = []
    for p in qs.order_by("training_id", "full_name", "id"):
        year = timezone.localtime(p.first_at).year
        if years is not None and year not in years:
            continue
        enterprise = p.category == ParticipantCategory.ENTERPRISE_STAFF
        rows.append(
            AttendanceRow(
                participant_id=p.pk,
                training_id=p.training_id,
                training_title=p.training.title,
                full_name=p.full_name,
                category=p.category,
                organization_key=organization_key(
                    organization_id=p.organization_id, organization_name=p.organization_name
                ),
                organization_label=p.organization_label,
                enterprise=enterprise,
                year=year,
            )
        )
    return rows


def experts_certified(*, years=None) -> QuerySet:
    qs = CertifiedExpert.objects.filter(productivity_quality=True).select_related("organization", "training")
    if years is not None:
        qs = qs.filter(issued_on__year__in=list(years))
    return qs


# Pages ---------------------------------------------------------------------------------------------


def training_list_visible_to(*, user) -> QuerySet:
    """Staff see every training; everyone else the ones not in draft."""
    qs = Training.objects.annotate(
        registered=Count("participants", filter=Q(participants__status=TrainingParticipant.Status.REGISTERED)),
        sessions_n=Count("sessions", distinct=True),
    ).order_by("-starts_on", "-id")
    if roles.is_staff(user):
        return qs
    return qs.exclude(status=Training.Status.DRAFT)


def session_attendance(*, training: Training) -> list[dict]:
    present = dict(
        TrainingAttendance.objects.filter(session__training=training)
        .values("session_id")
        .annotate(n=Count("id"))
        .values_list("session_id", "n")
    )
    return [{"session": s, "present": present.get(s.pk, 0)} for s in training.sessions.all()]


def my_participations(*, user) -> QuerySet:
    if not user.is_authenticated:
        return TrainingParticipant.objects.none()
    return TrainingParticipant.objects.filter(user=user).select_related("training")
