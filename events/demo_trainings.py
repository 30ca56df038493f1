"""Demo trainings in productivity and quality, 2021 to this year: sessions, participants of every
category (civil servants, enterprise staff, lecturers and students), attendance per session (some miss a
session, a few never come), a course that spans the new year, one course open for registration, and
certified experts. Deterministic; safe to run twice."""

import random
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from marketplace.models import Organization

from .models import (
    CertifiedExpert,
    ParticipantCategory,
    Training,
    TrainingAttendance,
    TrainingParticipant,
    TrainingSession,
)

# The demo courses are told apart by their description (seeding twice adds nothing); titles stay as a
# Department would write them.
DESCRIPTION = "Khóa đào tạo thuộc Chương trình nâng cao năng suất và chất lượng của tỉnh."
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Dương", "Thạch", "Sơn", "Kim"]
MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hoàng", "Hữu", "Kim"]
GIVEN = [
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Hạnh",
    "Hòa",
    "Khánh",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phúc",
    "Quyên",
    "Sang",
    "Tâm",
    "Thảo",
    "Trí",
    "Tuấn",
    "Vy",
    "Yến",
    "Sophal",
    "Sóc",
    "Đạt",
    "Hiếu",
]
AGENCIES = [
    "Sở Khoa học và Công nghệ",
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "UBND huyện Càng Long",
    "UBND huyện Cầu Kè",
    "UBND thị xã Duyên Hải",
    "Chi cục Tiêu chuẩn Đo lường Chất lượng",
]
SCHOOLS = ["Trường Đại học Trà Vinh", "Trường Cao đẳng nghề Trà Vinh", "Trường Đại học Cần Thơ"]
# (title, topic, month, day, days, mix of categories: civil servants, enterprise staff, lecturers/students)
COURSES = [
    ("Nhận thức chung về năng suất chất lượng", "Năng suất chất lượng", 4, 12, 2, (14, 10, 6)),
    ("Áp dụng công cụ 5S và Kaizen tại doanh nghiệp", "Công cụ cải tiến năng suất", 9, 20, 2, (3, 22, 5)),
    ("Hệ thống quản lý chất lượng ISO 9001 trong cơ quan hành chính", "ISO 9001", 6, 8, 1, (18, 2, 4)),
    ("Năng suất xanh và Lean cho giảng viên, sinh viên", "Lean, năng suất xanh", 11, 3, 2, (2, 6, 20)),
]


def _name(rng) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _at(d: date, hour: int):
    return timezone.make_aware(datetime.combine(d, time(hour, 0)))


def _course(staff, title, topic, start: date, days: int, status: str, capacity=60) -> Training:
    training = Training.objects.create(
        title=title,
        topic=topic,
        description=DESCRIPTION,
        venue="Hội trường Sở KH&CN, 02 Phan Đình Phùng, TP. Trà Vinh",
        trainer="Viện Năng suất Việt Nam (VNPI)",
        starts_on=start,
        ends_on=start + timedelta(days=days - 1),
        capacity=capacity,
        status=status,
        created_by=staff,
    )
    for n in range(days):
        day = start + timedelta(days=n)
        TrainingSession.objects.create(
            training=training, title=f"Ngày {n + 1} – sáng", starts_at=_at(day, 8), ends_at=_at(day, 11)
        )
        TrainingSession.objects.create(
            training=training, title=f"Ngày {n + 1} – chiều", starts_at=_at(day, 13), ends_at=_at(day, 16)
        )
    return training


def _people(rng, training, staff, mix, firms, *, attend=True):
    sessions = list(training.sessions.all())
    categories = (
        [ParticipantCategory.CIVIL_SERVANT] * mix[0]
        + [ParticipantCategory.ENTERPRISE_STAFF] * mix[1]
        + [ParticipantCategory.LECTURER_STUDENT] * mix[2]
        + [ParticipantCategory.OTHER] * rng.randint(0, 2)
    )
    for category in categories:
        org, org_name = None, ""
        if category == ParticipantCategory.ENTERPRISE_STAFF:
            org = rng.choice(firms)
        elif category == ParticipantCategory.CIVIL_SERVANT:
            org_name = rng.choice(AGENCIES)
        elif category == ParticipantCategory.LECTURER_STUDENT:
            org_name = rng.choice(SCHOOLS)
        participant = TrainingParticipant.objects.create(
            training=training,
            full_name=_name(rng),
            category=category,
            organization=org,
            organization_name=org_name,
            created_by=staff,
        )
        if not attend or rng.random() < 0.08:  # registered, never came
            continue
        for session in sessions:
            if rng.random() < 0.9:  # most come to every session; some miss one
                TrainingAttendance.objects.create(
                    participant=participant, session=session, checked_in_at=session.starts_at, checked_in_by=staff
                )


def seed(stdout=None) -> str:
    staff = get_user_model().objects.filter(username="canbo").first()
    if staff is None:
        return "trainings skipped (no staff user)"
    if Training.objects.filter(description=DESCRIPTION).exists():
        return "trainings already there"
    rng = random.Random(11)
    firms = list(Organization.objects.filter(kind__in=["enterprise", "both"]).order_by("name")) or [None]
    today = timezone.localdate()
    made = 0
    for year in range(2021, today.year + 1):
        for n, (title, topic, month, day, days, mix) in enumerate(COURSES):
            if (year + n) % 2:  # two of the four courses each year, alternating
                continue
            start = date(year, month, day)
            if start + timedelta(days=days) > today:
                continue
            _people(
                rng, _course(staff, f"{title} ({year})", topic, start, days, Training.Status.HELD), staff, mix, firms
            )
            made += 1
    # A course across the new year: each person counts in the year of the first session they came to.
    spanning = _course(
        staff,
        "Quản lý chất lượng theo TQM (cuối năm 2023 – đầu năm 2024)",
        "TQM",
        date(2023, 12, 28),
        1,
        Training.Status.HELD,
    )
    TrainingSession.objects.create(
        training=spanning, title="Buổi bổ sung", starts_at=_at(date(2024, 1, 4), 8), ends_at=_at(date(2024, 1, 4), 11)
    )
    spanning.ends_on = date(2024, 1, 4)
    spanning.save(update_fields=["ends_on"])
    _people(rng, spanning, staff, (6, 8, 3), firms)
    upcoming = _course(
        staff,
        "Đo lường năng suất và chỉ số TFP cho doanh nghiệp",
        "TFP",
        today + timedelta(days=30),
        2,
        Training.Status.OPEN,
        capacity=40,
    )
    _people(rng, upcoming, staff, (2, 5, 1), firms, attend=False)
    for n, (year, month) in enumerate([(2022, 10), (2022, 10), (2023, 9), (2023, 9), (2023, 9), (2025, 8), (2025, 8)]):
        issued = date(year, month, 15)
        if issued > today:
            continue
        CertifiedExpert.objects.get_or_create(
            certificate_number=f"{n + 1:03d}/{year}/CG-NSCL",
            defaults={
                "full_name": _name(rng),
                "organization": rng.choice(firms) if n % 2 else None,
                "field": "Năng suất chất lượng",
                "issued_on": issued,
                "issuer": "Viện Năng suất Việt Nam",
                "created_by": staff,
            },
        )
    return f"{made + 2} trainings, {TrainingParticipant.objects.count()} participants, {CertifiedExpert.objects.count()} certified experts"
