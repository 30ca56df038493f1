"""Demo workshops: one upcoming (registrations, requests, a published schedule), one held (with outcomes).
Idempotent: a workshop that exists by title is left alone."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from marketplace.demo_data import ORGANIZATIONS
from marketplace.models import Organization, PostStatus, Sector

from . import services
from .models import Meeting, MeetingRequest, MeetingSlot, Outcome, Registration, Workshop

UPCOMING = "Kết nối cung – cầu công nghệ ngành dừa và chế biến nông sản 2026"
HELD = "Kết nối cung – cầu công nghệ thủy sản và môi trường"

# (seeker key, provider key): meeting requests made at the upcoming workshop.
UPCOMING_PAIRS = [
    ("htx_dua", "vien_co_dien"),
    ("htx_dua", "cty_co_khi"),
    ("htx_dua", "trung_tam_ud"),
    ("cty_keo_dua", "dh_nong_lam"),
    ("cty_keo_dua", "vien_co_dien"),
    ("cty_thach_dua", "dh_nong_lam"),
    ("cty_thach_dua", "dh_cantho"),
    ("cty_xo_dua", "cty_co_khi"),
    ("cty_xo_dua", "cty_phan_bon"),
    ("cty_gao", "vien_co_dien"),
    ("cty_gao", "cty_solar"),
    ("cty_banh_pia", "dh_nong_lam"),
    ("cty_cacao", "dh_nong_lam"),
    ("cty_cacao", "dh_cantho"),
    ("htx_buoi", "dh_cantho"),
    ("htx_buoi", "trung_tam_ud"),
    ("cty_phan_bon", "dh_cantho"),
    ("htx_dua", "cty_phan_bon"),
    ("cty_gao", "cty_co_khi"),
    ("cty_keo_dua", "cty_solar"),
]
HELD_PAIRS = [
    ("htx_tom", "vien_thuy_san", "cooperation", "contract", 850_000_000),
    ("htx_tom", "agritech_sg", "cooperation", "mou", None),
    ("htx_tom", "cty_phan_mem", "informative", "no_contact", None),
    ("cty_thuy_san", "cty_moi_truong", "cooperation", "contract", 2_400_000_000),
    ("cty_thuy_san", "vien_thuy_san", "cooperation", "negotiation", None),
    ("cty_thuy_san", "agritech_sg", "no_interest", None, None),
    ("cty_nuoc", "cty_moi_truong", "cooperation", "negotiation", None),
    ("cty_nuoc", "cty_solar", "informative", None, None),
    ("cty_phan_bon", "dh_cantho", "cooperation", "mou", None),
    ("cty_nuoc", "agritech_sg", "not_held", None, None),
]


def _org(key: str) -> Organization | None:
    return Organization.objects.filter(name=ORGANIZATIONS[key][0]).first()


def _member(org: Organization):
    return get_user_model().objects.filter(memberships__organization=org).order_by("id").first()


def _at(day, hour: int, minute: int = 0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _register(workshop, key: str):
    org = _org(key)
    if org is None:
        return None
    user = _member(org)
    role = {"enterprise": "seeker", "provider": "provider"}.get(org.kind, "both")
    needs = list(org.technologyneed_set.filter(status=PostStatus.PUBLISHED)[:2])
    offers = list(org.technologyoffer_set.filter(status=PostStatus.PUBLISHED)[:2])
    return services.registration_create(
        workshop=workshop,
        organization=org,
        attendee=user,
        role=role,
        by=user,
        needs=needs if role != "provider" else [],
        offers=offers if role != "seeker" else [],
    )


def _schedule(workshop, staff):
    run = services.schedule_run_start(workshop=workshop, by=staff)
    # In development tasks run eagerly on commit; run the computation here too in case a broker is configured.
    services.schedule_compute(run_id=run.pk, time_limit=2.0)


@transaction.atomic
def seed(stdout=None) -> str:
    staff = get_user_model().objects.filter(username="canbo").first()
    if staff is None or _org("htx_dua") is None:
        return "skipped (no marketplace demo data)"
    created = []
    if not Workshop.objects.filter(title=UPCOMING).exists():
        _upcoming(staff)
        created.append("upcoming")
    if not Workshop.objects.filter(title=HELD).exists():
        _held(staff)
        created.append("held")
    return f"{len(created)} workshops created" if created else "workshops already there"


def _upcoming(staff):
    day = timezone.localdate() + timedelta(days=21)
    workshop = services.workshop_create(
        by=staff,
        sectors=list(Sector.objects.filter(code__in=["coconut", "food_processing", "machinery"])),
        title=UPCOMING,
        venue="Hội trường Trường Đại học Trà Vinh, 126 Nguyễn Thiện Thành, phường Hòa Thuận",
        description="Hội thảo kết nối doanh nghiệp, hợp tác xã ngành dừa và chế biến nông sản với viện, trường, "
        "doanh nghiệp công nghệ. Buổi chiều dành cho gặp gỡ B2B theo lịch hẹn.",
        starts_at=_at(day, 8),
        ends_at=_at(day, 17),
        registration_opens_at=timezone.now() - timedelta(days=7),
        registration_closes_at=_at(day - timedelta(days=2), 17),
        capacity=40,
        first_slot_at=_at(day, 13, 30),
        slot_minutes=20,
        slot_count=8,
        slot_gap_minutes=5,
        tables=6,
        requests_need_acceptance=True,
        max_meetings_per_participant=6,
    )
    services.workshop_transition(workshop=workshop, action="publish", by=staff)
    regs = {}
    for key in {k for pair in UPCOMING_PAIRS for k in pair}:
        registration = _register(workshop, key)
        if registration:
            regs[key] = registration
    # Some providers cannot stay the whole afternoon.
    slots = list(workshop.slots.all())
    services.availability_set(
        registration=regs["cty_solar"],
        available_slot_ids=[s.pk for s in slots[:4]],
        by=_member(regs["cty_solar"].organization),
    )
    for i, (a, b) in enumerate(UPCOMING_PAIRS):
        if a not in regs or b not in regs:
            continue
        request = services.meeting_request_create(
            workshop=workshop,
            from_registration=regs[a],
            to_registration=regs[b],
            by=_member(regs[a].organization),
            message="Mong được trao đổi về giải pháp phù hợp cho cơ sở chúng tôi.",
        )
        if i % 5 != 4:  # a few stay pending, waiting for an answer
            services.meeting_request_answer(
                meeting_request=request, accept=i % 7 != 6, by=_member(regs[b].organization)
            )
    _schedule(workshop, staff)
    services.schedule_publish(workshop=workshop, by=staff)


def _held(staff):
    # Created as an open workshop, then moved seven months into the past once everyone is in.
    day = timezone.localdate() + timedelta(days=10)
    workshop = services.workshop_create(
        by=staff,
        sectors=list(Sector.objects.filter(code__in=["shrimp", "fish", "wastewater", "clean_water"])),
        title=HELD,
        venue="Trung tâm Hội nghị tỉnh, phường Trà Vinh",
        description="Kết nối công nghệ nuôi trồng, chế biến thủy sản và xử lý nước.",
        starts_at=_at(day, 8),
        ends_at=_at(day, 16),
        registration_opens_at=timezone.now() - timedelta(days=1),
        registration_closes_at=_at(day - timedelta(days=1), 17),
        capacity=30,
        first_slot_at=_at(day, 13, 30),
        slot_minutes=25,
        slot_count=5,
        slot_gap_minutes=5,
        tables=4,
        requests_need_acceptance=False,
    )
    services.workshop_transition(workshop=workshop, action="publish", by=staff)
    regs = {}
    for key in {k for row in HELD_PAIRS for k in row[:2]}:
        registration = _register(workshop, key)
        if registration:
            regs[key] = registration
    pairs = [row for row in HELD_PAIRS if row[0] in regs and row[1] in regs]
    for a, b, *_ in pairs:
        services.meeting_request_create(
            workshop=workshop, from_registration=regs[a], to_registration=regs[b], by=_member(regs[a].organization)
        )
    _schedule(workshop, staff)
    services.schedule_publish(workshop=workshop, by=staff)
    shift = timedelta(days=10 + 200)
    Workshop.objects.filter(pk=workshop.pk).update(
        starts_at=workshop.starts_at - shift,
        ends_at=workshop.ends_at - shift,
        registration_opens_at=workshop.registration_opens_at - shift,
        registration_closes_at=workshop.registration_closes_at - shift,
        first_slot_at=workshop.first_slot_at - shift,
        status=Workshop.Status.HELD,
    )
    for slot in MeetingSlot.objects.filter(workshop=workshop):
        MeetingSlot.objects.filter(pk=slot.pk).update(starts_at=slot.starts_at - shift)
    Registration.objects.filter(workshop=workshop).update(
        created_at=workshop.registration_opens_at - shift + timedelta(hours=3)
    )
    for i, reg in enumerate(Registration.objects.filter(workshop=workshop)):
        if i % 6 != 5:
            Registration.objects.filter(pk=reg.pk).update(
                status=Registration.Status.ATTENDED, checked_in_at=workshop.starts_at - shift, checked_in_by=staff
            )
    for a, b, after, follow_up, value in pairs:
        request = MeetingRequest.objects.get(workshop=workshop, from_registration=regs[a], to_registration=regs[b])
        meeting = Meeting.objects.filter(request=request).select_related("slot", "workshop").first()
        if meeting is None:
            continue
        status = Meeting.Status.NO_SHOW if after == "not_held" else Meeting.Status.HELD
        Meeting.objects.filter(pk=meeting.pk).update(status=status, status_by=staff)
        for reg in (regs[a], regs[b]):
            user = _member(reg.organization)
            services.outcome_record(meeting=meeting, by=user, stage=Outcome.Stage.AFTER, result=after)
            if follow_up:
                services.outcome_record(
                    meeting=meeting,
                    by=user,
                    stage=Outcome.Stage.FOLLOW_UP,
                    result=follow_up,
                    contract_value=value if follow_up == "contract" else None,
                )


# The plan's other records (trainings, S&T tasks, appraisals, news…), seeded after this module by seed_demo.
EXTRA = ["events.demo_trainings"]
