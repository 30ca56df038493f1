"""Reads of the events app, scoped to what the caller may see."""

from collections import Counter, defaultdict

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from core.roles import is_staff, organization_ids
from marketplace.models import PostStatus, Sector

from .models import Meeting, MeetingRequest, MeetingSeat, Outcome, Registration, ScheduleRun, Workshop
from .scheduling import REASONS


def workshop_list_visible(*, user) -> QuerySet:
    qs = Workshop.objects.all() if is_staff(user) else Workshop.objects.exclude(status=Workshop.Status.DRAFT)
    return qs.annotate(
        seated=Count("registrations", filter=Q(registrations__status__in=Registration.SEATED), distinct=True)
    ).prefetch_related("sectors")


def registration_list(*, workshop: Workshop) -> QuerySet:
    return (
        workshop.registrations.select_related("organization", "attendee")
        .prefetch_related("needs", "offers")
        .order_by("created_at", "id")
    )


def participant_list(*, workshop: Workshop, exclude_org_ids=()) -> QuerySet:
    """The other seated participants, ready for the browse page."""
    return (
        workshop.registrations.filter(status__in=Registration.SEATED)
        .exclude(organization_id__in=exclude_org_ids)
        .select_related("organization")
        .prefetch_related(
            Prefetch("needs", queryset=_brought_qs("need")),
            Prefetch("offers", queryset=_brought_qs("offer")),
            Prefetch("organization__sectors", queryset=Sector.objects.only("id", "name_vi", "name_en", "parent_id")),
        )
        .order_by("organization__name")
    )


def _brought_qs(kind: str):
    from marketplace.models import TechnologyNeed, TechnologyOffer

    model = TechnologyNeed if kind == "need" else TechnologyOffer
    return model.objects.only("id", "title", "organization_id", "status").prefetch_related("sectors")


def registration_sector_ids(registration: Registration) -> set[int]:
    ids = {s.pk for s in registration.organization.sectors.all()}
    for post in list(registration.needs.all()) + list(registration.offers.all()):
        ids |= {s.pk for s in post.sectors.all()}
    parents = set(Sector.objects.filter(pk__in=ids, parent__isnull=False).values_list("parent_id", flat=True))
    return ids | parents


def requests_between_ids(registration: Registration) -> set[int]:
    """Registrations this one already has a live request with (either direction)."""
    rows = (
        MeetingRequest.objects.filter(status__in=MeetingRequest.LIVE)
        .filter(Q(from_registration=registration) | Q(to_registration=registration))
        .values_list("from_registration_id", "to_registration_id")
    )
    return {b if a == registration.pk else a for a, b in rows}


def _matching_suggestions(registration: Registration, others: list[Registration]):
    """Suggestions from the matching engine's Match rows, when the matching app provides them."""
    try:
        import matching.selectors  # noqa: F401  (present once the matching engine is installed)
        from matching.models import Match
    except ImportError:
        return None
    org_of = {r.organization_id: r for r in others}
    my_org = registration.organization_id
    try:
        # Matches between my posts and theirs; a match my side marked "not relevant" is left out.
        rows = list(
            Match.objects.filter(
                Q(need__organization_id=my_org, offer__organization_id__in=list(org_of))
                & ~Q(need_feedback="not_relevant")
                | Q(offer__organization_id=my_org, need__organization_id__in=list(org_of))
                & ~Q(offer_feedback="not_relevant")
            )
            .filter(need__status=PostStatus.PUBLISHED, offer__status=PostStatus.PUBLISHED)
            .select_related("need", "offer")
            .order_by("-score")[:200]
        )
    except Exception:  # an older or different Match schema: fall back to sectors
        return None
    best = {}
    for match in rows:
        other_org = match.offer.organization_id if match.need.organization_id == my_org else match.need.organization_id
        if other_org not in best:
            best[other_org] = match
    return [
        {
            "registration": org_of[org],
            "score": float(m.score),
            "need": m.need,
            "offer": m.offer,
            "match_id": m.pk,
            "why": "matching",
        }
        for org, m in best.items()
    ]


def suggestions_for(*, registration: Registration, limit: int = 10) -> list[dict]:
    """Whom this participant could meet: matching's scores when available, else shared sectors and roles."""
    already = requests_between_ids(registration)
    others = [
        r
        for r in participant_list(workshop=registration.workshop, exclude_org_ids=[registration.organization_id])
        if r.pk not in already
    ]
    found = _matching_suggestions(registration, others)
    if found is not None and found:
        return found[:limit]
    mine = registration_sector_ids(registration)
    parents = set(Sector.objects.filter(parent__isnull=True).values_list("pk", flat=True))
    scored = []
    for other in others:
        theirs = registration_sector_ids(other)
        shared = mine & theirs
        if not shared:
            continue
        # A shared field counts fully, a shared top-level branch (agriculture…) only a little; a seeker is
        # shown providers first, and the other way round.
        specific = shared - parents
        complementary = (
            registration.role == Registration.Role.BOTH
            or other.role == Registration.Role.BOTH
            or registration.role != other.role
        )
        union = (mine | theirs) - parents
        score = (len(specific) + 0.25 * len(shared & parents)) / max(1, len(union))
        scored.append(
            {
                "registration": other,
                "score": round(score, 2),
                "need": None,
                "offer": None,
                "match_id": None,
                "why": "sectors",
                "shared": specific or shared,
                "complementary": complementary,
            }
        )
    scored.sort(key=lambda s: (not s["complementary"], -s["score"]))
    scored = scored[:limit]
    names = (
        {s.pk: s for s in Sector.objects.filter(pk__in=set().union(*(s["shared"] for s in scored)))} if scored else {}
    )
    for s in scored:
        s["shared"] = [names[i] for i in s["shared"] if i in names]
    return scored


def requests_for_registration(*, registration: Registration):
    base = MeetingRequest.objects.select_related(
        "from_registration__organization", "to_registration__organization", "need", "offer", "meeting"
    )
    return (
        base.filter(to_registration=registration).order_by("-created_at"),
        base.filter(from_registration=registration).order_by("-created_at"),
    )


def agenda_for(*, registration: Registration, published_only: bool = True) -> list[Meeting]:
    seats = MeetingSeat.objects.filter(registration=registration)
    if published_only:
        seats = seats.filter(meeting__published=True)
    meeting_ids = seats.values_list("meeting_id", flat=True)
    meetings = list(
        Meeting.objects.filter(pk__in=meeting_ids)
        .select_related(
            "slot",
            "request__from_registration__organization",
            "request__to_registration__organization",
            "request__need",
            "request__offer",
        )
        .order_by("slot__starts_at")
    )
    for m in meetings:
        q = m.request
        m.other = q.to_registration if q.from_registration_id == registration.pk else q.from_registration  # type: ignore[attr-defined]
    return meetings


def schedule_grid(*, workshop: Workshop):
    """Rows per slot, one cell per table (a meeting or None)."""
    slots = list(workshop.slots.all())
    meetings = Meeting.objects.filter(workshop=workshop).select_related(
        "request__from_registration__organization", "request__to_registration__organization"
    )
    by_cell = {(m.slot_id, m.table): m for m in meetings}
    return [
        {
            "slot": s,
            "cells": [(t, by_cell.get((s.pk, t))) for t in range(1, workshop.tables + 1)],
            "count": sum(1 for t in range(1, workshop.tables + 1) if (s.pk, t) in by_cell),
        }
        for s in slots
    ]


def unscheduled_requests(*, workshop: Workshop):
    return MeetingRequest.objects.filter(
        workshop=workshop, status=MeetingRequest.Status.ACCEPTED, meeting__isnull=True
    ).select_related("from_registration__organization", "to_registration__organization")


# Why the scheduler left a request out: its machine reasons (events.scheduling.REASONS) in words.
UNSCHEDULED_REASON_TEXT = {
    "unknown_participant": _("one of the two is no longer a participant"),
    "self": _("a participant cannot meet itself"),
    "duplicate": _("the same two participants already have a request"),
    "pinned_conflict": _("it conflicts with another pinned meeting"),
    "no_common_slot": _("the two have no available slot in common"),
    "fully_booked": _("a participant already has a meeting in every slot it is available"),
    "tables_full": _("every table is taken in every slot both can attend"),
    "conflicts": _("in every slot both can attend, one of them already has another meeting"),
    "not_placed": _("placing it would displace more meetings than it adds"),
}
assert set(REASONS) == set(UNSCHEDULED_REASON_TEXT)  # every reason of the scheduler has a translatable text


def unscheduled_with_reasons(*, workshop: Workshop, run: ScheduleRun | None) -> list[MeetingRequest]:
    """Accepted requests without a meeting, each with `.reason`: why the last run left it out."""
    reasons = {u["request"]: u["reason"] for u in (run.unscheduled if run else [])}
    requests = list(unscheduled_requests(workshop=workshop))
    for meeting_request in requests:
        reason = reasons.get(meeting_request.pk)
        meeting_request.reason = UNSCHEDULED_REASON_TEXT.get(reason, "") if reason else ""
    return requests


def standby(*, workshop: Workshop):
    """Per slot, the checked-in (or confirmed) participants who have no meeting then and are available."""
    regs = list(
        workshop.registrations.filter(status__in=Registration.SEATED)
        .select_related("organization")
        .prefetch_related("unavailable_slots")
    )
    busy = set(
        MeetingSeat.objects.filter(meeting__workshop=workshop)
        .exclude(meeting__status=Meeting.Status.NO_SHOW)
        .values_list("registration_id", "slot_id")
    )
    no_shows = Meeting.objects.filter(workshop=workshop, status=Meeting.Status.NO_SHOW).select_related(
        "slot", "request__from_registration__organization", "request__to_registration__organization"
    )
    rows = []
    for slot in workshop.slots.all():
        free = [r for r in regs if (r.pk, slot.pk) not in busy and slot not in r.unavailable_slots.all()]
        free.sort(key=lambda r: (r.checked_in_at is None, r.organization.name))
        used = set(
            Meeting.objects.filter(slot=slot).exclude(status=Meeting.Status.NO_SHOW).values_list("table", flat=True)
        )
        rows.append(
            {
                "slot": slot,
                "free": free,
                "free_tables": [t for t in range(1, workshop.tables + 1) if t not in used],
                "no_shows": [m for m in no_shows if m.slot_id == slot.pk],
            }
        )
    return rows


def attendance(*, workshop: Workshop) -> dict:
    counts = Counter(workshop.registrations.values_list("status", flat=True))
    seated = counts[Registration.Status.CONFIRMED] + counts[Registration.Status.ATTENDED]
    return {
        "capacity": workshop.capacity,
        "seated": seated,
        "attended": counts[Registration.Status.ATTENDED],
        "waitlisted": counts[Registration.Status.WAITLISTED],
        "cancelled": counts[Registration.Status.CANCELLED],
        "rate": round(100 * counts[Registration.Status.ATTENDED] / seated) if seated else 0,
    }


COOPERATION = {Outcome.Result.COOPERATION, Outcome.Result.NEGOTIATION, Outcome.Result.MOU, Outcome.Result.CONTRACT}


def workshop_stats(*, workshop: Workshop) -> dict:
    """The funnel: requested → accepted → scheduled → held → cooperation → contracts (and their value)."""
    requests = Counter(MeetingRequest.objects.filter(workshop=workshop).values_list("status", flat=True))
    meetings = Counter(Meeting.objects.filter(workshop=workshop).values_list("status", flat=True))
    per_meeting = defaultdict(list)
    for meeting_id, stage, result, value in Outcome.objects.filter(meeting__workshop=workshop).values_list(
        "meeting_id", "stage", "result", "contract_value"
    ):
        per_meeting[meeting_id].append((stage, result, value))
    cooperation = sum(1 for rows in per_meeting.values() if any(r in COOPERATION for _s, r, _v in rows))
    contracts = [
        max(v or 0 for _s, r, v in rows if r == Outcome.Result.CONTRACT)
        for rows in per_meeting.values()
        if any(r == Outcome.Result.CONTRACT for _s, r, _v in rows)
    ]
    # At least an MoU: a contract implies it (the same definition as meeting_funnel).
    mous = sum(
        1
        for rows in per_meeting.values()
        if any(r in (Outcome.Result.MOU, Outcome.Result.CONTRACT) for _s, r, _v in rows)
    )
    results = Counter((s, r) for rows in per_meeting.values() for s, r, _v in rows)
    return {
        "requested": sum(v for k, v in requests.items() if k != MeetingRequest.Status.CANCELLED),
        "accepted": requests[MeetingRequest.Status.ACCEPTED],
        "declined": requests[MeetingRequest.Status.DECLINED],
        "scheduled": sum(meetings.values()),
        "held": meetings[Meeting.Status.HELD],
        "no_show": meetings[Meeting.Status.NO_SHOW],
        "cooperation": cooperation,
        "mous": mous,
        "contracts": len(contracts),
        "contract_value": sum(contracts),
        "results": results,
    }


def meeting_funnel(*, years: list[int] | None = None) -> tuple[int, int, int]:
    """(meetings held, meetings that reached at least an MoU, meetings that reached a contract) at the
    workshops of those years (all years when None). A meeting counts once whichever side reported it
    and however often; a contract implies the MoU stage, and a reported MoU or contract implies that
    the meeting was held. The one definition the workshop stats and the plan dashboard share."""
    meetings = Meeting.objects.all()
    if years is not None:
        meetings = meetings.filter(workshop__starts_at__year__in=years)
    outcomes = Outcome.objects.filter(meeting__in=meetings)
    contract_ids = set(outcomes.filter(result=Outcome.Result.CONTRACT).values_list("meeting_id", flat=True))
    mou_ids = contract_ids | set(outcomes.filter(result=Outcome.Result.MOU).values_list("meeting_id", flat=True))
    held = set(meetings.filter(status=Meeting.Status.HELD).values_list("pk", flat=True))
    return len(held | mou_ids), len(mou_ids), len(contract_ids)


def meetings_held_count(*, years: list[int] | None = None) -> int:
    """The first number of meeting_funnel in one query: meetings held, or reported as reaching an MoU or
    a contract (which implies they were held)."""
    meetings = Meeting.objects.filter(
        Q(status=Meeting.Status.HELD) | Q(outcomes__result__in=[Outcome.Result.MOU, Outcome.Result.CONTRACT])
    )
    if years is not None:
        meetings = meetings.filter(workshop__starts_at__year__in=years)
    return meetings.values("pk").distinct().count()


def workshops_held_by_year() -> dict[int, int]:
    """Workshops with status "held", by the year they started."""
    rows = (
        Workshop.objects.filter(status=Workshop.Status.HELD)
        .values("starts_at__year")
        .annotate(n=Count("pk"))
        .values_list("starts_at__year", "n")
    )
    return dict(rows)


def stats_over_time(*, user) -> list[dict]:
    rows = []
    for ws in Workshop.objects.exclude(status__in=[Workshop.Status.DRAFT, Workshop.Status.CANCELLED]).order_by(
        "starts_at"
    ):
        rows.append({"workshop": ws, **workshop_stats(workshop=ws), **attendance(workshop=ws)})
    return rows


def my_workshop_registrations(*, user) -> QuerySet:
    return (
        Registration.objects.filter(organization_id__in=organization_ids(user))
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("workshop", "organization")
        .order_by("-workshop__starts_at")
    )


def registration_get(*, pk: int) -> Registration | None:
    return (
        Registration.objects.select_related("workshop", "organization", "attendee")
        .prefetch_related("needs", "offers")
        .filter(pk=pk)
        .first()
    )


def recent_checkins(*, workshop: Workshop, limit: int = 10) -> QuerySet:
    return (
        workshop.registrations.filter(checked_in_at__isnull=False)
        .select_related("organization")
        .order_by("-checked_in_at")[:limit]
    )


_REQUEST_RELATED = ("from_registration__organization", "to_registration__organization")


def meeting_request_get(*, pk: int) -> MeetingRequest | None:
    return MeetingRequest.objects.select_related(*_REQUEST_RELATED).filter(pk=pk).first()


def meeting_request_list_for_organizations(*, organization_ids) -> QuerySet:
    """The requests an organisation sent or received, newest first."""
    return (
        MeetingRequest.objects.filter(
            Q(from_registration__organization_id__in=organization_ids)
            | Q(to_registration__organization_id__in=organization_ids)
        )
        .select_related(*_REQUEST_RELATED)
        .order_by("-created_at", "-id")
    )


def meeting_request_list_for_workshop(*, workshop: Workshop, status: str = "") -> QuerySet:
    """Every request of a workshop for staff, open ones first; `status` narrows it when it is a known one."""
    requests = (
        MeetingRequest.objects.filter(workshop=workshop)
        .select_related(*_REQUEST_RELATED, "meeting__slot")
        .order_by("status", "-created_at")
    )
    if status in MeetingRequest.Status.values:
        requests = requests.filter(status=status)
    return requests


def meeting_get(*, pk: int) -> Meeting | None:
    """A meeting with what its page, its outcome form and the permission checks read."""
    return (
        Meeting.objects.select_related(
            "workshop",
            "slot",
            "request__from_registration__organization",
            "request__to_registration__organization",
            "request__need",
            "request__offer",
        )
        .filter(pk=pk)
        .first()
    )
