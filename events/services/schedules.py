"""Running the scheduler for a workshop: translate the rows into a pure instance, solve, write the meetings.
Pinned and published meetings are kept as they are; everything else is placed afresh."""

import logging
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.outbox import outbox_enqueue
from core.roles import is_staff

from .. import scheduling
from ..models import Meeting, MeetingRequest, MeetingSlot, Registration, ScheduleRun, Workshop

logger = logging.getLogger(__name__)
# A run still "running" after this long lost its worker: it may be claimed again (the task is redelivered).
STALE_AFTER = timedelta(minutes=5)


def schedule_run_start(*, workshop: Workshop, by) -> ScheduleRun:
    if not is_staff(by):
        raise PermissionDenied
    with transaction.atomic():
        ws = Workshop.objects.select_for_update().get(pk=workshop.pk)
        if ws.status == Workshop.Status.CANCELLED:
            raise ValidationError(_("This workshop has been cancelled."))
        if not ws.slot_count:
            raise ValidationError(_("This workshop has no B2B meeting slots."))
        stale = timezone.now() - STALE_AFTER
        ws.schedule_runs.filter(status=ScheduleRun.Status.RUNNING, started_at__lt=stale).update(
            status=ScheduleRun.Status.FAILED,
            finished_at=timezone.now(),
            step=_("Failed"),
            error=_("The worker stopped before finishing; run the scheduler again."),
        )
        active = ws.schedule_runs.filter(status__in=[ScheduleRun.Status.QUEUED, ScheduleRun.Status.RUNNING]).first()
        if active:
            return active
        run = ScheduleRun.objects.create(workshop=ws, created_by=by, step=_("Waiting for a worker"))
        outbox_enqueue(task="events.tasks.schedule_workshop", args=[run.pk])
    return run


def _progress(run: ScheduleRun, progress: int, step: str, **fields) -> None:
    ScheduleRun.objects.filter(pk=run.pk).update(progress=progress, step=step, **fields)


def build_instance(ws: Workshop):
    """(instance kwargs, request ids by index, kept meetings) for the pure scheduler."""
    slots = list(ws.slots.all())
    slot_ids = [str(s.pk) for s in slots]
    registrations = list(ws.registrations.filter(status__in=Registration.SEATED).prefetch_related("unavailable_slots"))
    participants = [str(r.pk) for r in registrations]
    availability = {}
    for r in registrations:
        off = {str(s.pk) for s in r.unavailable_slots.all()}
        if off:
            availability[str(r.pk)] = [s for s in slot_ids if s not in off]
    kept = list(ws.meetings.filter(pinned=True) | ws.meetings.filter(published=True))
    kept_requests = {m.request_id for m in kept}
    accepted = list(
        MeetingRequest.objects.filter(
            workshop=ws,
            status=MeetingRequest.Status.ACCEPTED,
            from_registration__status__in=Registration.SEATED,
            to_registration__status__in=Registration.SEATED,
        )
        .exclude(pk__in=kept_requests)
        .order_by("created_at", "id")
    )
    requests = [[str(q.from_registration_id), str(q.to_registration_id)] for q in accepted]
    pinned = []
    for m in kept:
        q = m.request
        pinned.append([str(q.from_registration_id), str(q.to_registration_id), str(m.slot_id), m.table])
    instance = dict(
        participants=participants,
        slots=slot_ids,
        tables=ws.tables,
        requests=requests,
        availability=availability,
        pinned=pinned,
    )
    return instance, [q.pk for q in accepted], kept


def schedule_compute(*, run_id: int, time_limit: float = 8.0) -> ScheduleRun | None:
    """The body of the task. Claims the run with a conditional update: a second delivery of the same task does
    nothing, unless the first worker died mid-run (then the redelivered task takes the stale run over)."""
    stale = timezone.now() - STALE_AFTER
    claimable = Q(status=ScheduleRun.Status.QUEUED) | Q(status=ScheduleRun.Status.RUNNING, started_at__lt=stale)
    claimed = ScheduleRun.objects.filter(claimable, pk=run_id).update(
        status=ScheduleRun.Status.RUNNING, started_at=timezone.now(), progress=5, step=_("Reading the requests")
    )
    if not claimed:
        return None
    run = ScheduleRun.objects.select_related("workshop").get(pk=run_id)
    ws = run.workshop
    try:
        instance, request_ids, kept = build_instance(ws)
        _progress(run, 20, _("Computing the schedule"), requests=len(request_ids) + len(kept))
        result = scheduling.solve(**instance, time_limit=time_limit)
        _progress(run, 80, _("Saving the meetings"))
        placed = [m for m in result.meetings if m.pinned is None]
        slots = {str(s.pk): s for s in MeetingSlot.objects.filter(workshop=ws)}
        with transaction.atomic():
            Workshop.objects.select_for_update().get(pk=ws.pk)
            # Everything not pinned and not published is placed afresh.
            ws.meetings.filter(pinned=False, published=False).delete()
            requests = {q.pk: q for q in MeetingRequest.objects.filter(pk__in=request_ids)}
            from .meetings import _seat_meeting

            for m in placed:
                request = requests[request_ids[m.request]]
                meeting = Meeting.objects.create(workshop=ws, request=request, slot=slots[m.slot], table=m.table)
                _seat_meeting(meeting)
        unscheduled = [
            {"request": request_ids[u.request], "reason": u.reason}
            for u in result.unscheduled
            if u.request is not None and u.pinned is None
        ]
        ScheduleRun.objects.filter(pk=run.pk).update(
            status=ScheduleRun.Status.DONE,
            progress=100,
            step=_("Done"),
            placed=len(placed),
            kept=len(kept),
            upper_bound=result.upper_bound,
            method=result.method,
            seconds=result.seconds,
            unscheduled=unscheduled,
            finished_at=timezone.now(),
        )
    except IntegrityError:
        ScheduleRun.objects.filter(pk=run.pk).update(
            status=ScheduleRun.Status.FAILED,
            finished_at=timezone.now(),
            step=_("Failed"),
            error=_("The schedule changed while it was being computed; run the scheduler again."),
        )
    except Exception as exc:  # the page must show the failure rather than spin forever
        logger.exception("scheduler run %s failed", run.pk)
        ScheduleRun.objects.filter(pk=run.pk).update(
            status=ScheduleRun.Status.FAILED, finished_at=timezone.now(), step=_("Failed"), error=str(exc)[:2000]
        )
    run.refresh_from_db()
    return run
