"""Running the scheduler for a workshop: translate the rows into a pure instance, solve, write the meetings.
Pinned and published meetings are kept as they are; everything else is placed afresh."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.faults import fault_point
from core.outbox import outbox_enqueue
from core.roles import is_staff
from core.workers import owner_gone, worker_identity

from .. import scheduling
from ..models import Meeting, MeetingRequest, MeetingSlot, Registration, ScheduleRun, Workshop

logger = logging.getLogger(__name__)


class RunLost(Exception):
    """The run was cancelled or taken over while this worker computed it: stop without writing."""


class OwnerAlive(Exception):
    """Another live worker is computing this run: the task should look again later."""


def owner_is_dead(run: ScheduleRun) -> bool:
    """True when the run's worker stopped: no report for SCHEDULE_HEARTBEAT_TIMEOUT, or (same host) its process
    is gone, which a task redelivered after a kill -9 sees at once."""
    return owner_gone(run.owner, run.heartbeat_at, heartbeat_timeout())


def heartbeat_timeout() -> timedelta:
    return timedelta(seconds=settings.SCHEDULE_HEARTBEAT_TIMEOUT)


def schedule_run_start(*, workshop: Workshop, by) -> ScheduleRun:
    if not is_staff(by):
        raise PermissionDenied
    with transaction.atomic():
        ws = Workshop.objects.select_for_update().get(pk=workshop.pk)
        if ws.status == Workshop.Status.CANCELLED:
            raise ValidationError(_("This workshop has been cancelled."))
        if not ws.slot_count:
            raise ValidationError(_("This workshop has no B2B meeting slots."))
        for stuck in ws.schedule_runs.filter(status=ScheduleRun.Status.RUNNING):
            if owner_is_dead(stuck):
                _fail(stuck, _("The worker stopped before finishing; a new run was started."), owner=stuck.owner)
        active = ws.schedule_runs.filter(status__in=[ScheduleRun.Status.QUEUED, ScheduleRun.Status.RUNNING]).first()
        if active:
            return active
        run = ScheduleRun.objects.create(workshop=ws, created_by=by, step=_("Waiting for a worker"))
        outbox_enqueue(task="events.tasks.schedule_workshop", args=[run.pk])
    return run


def schedule_run_cancel(*, run: ScheduleRun, by) -> bool:
    """Staff stop a queued or running run (a stuck one, say); a worker still computing it then writes nothing."""
    if not is_staff(by):
        raise PermissionDenied
    name = by.get_full_name() or by.get_username()
    return bool(
        ScheduleRun.objects.filter(
            pk=run.pk, status__in=[ScheduleRun.Status.QUEUED, ScheduleRun.Status.RUNNING]
        ).update(
            status=ScheduleRun.Status.FAILED,
            finished_at=timezone.now(),
            step=_("Cancelled"),
            error=_("Cancelled by %(name)s.") % {"name": name},
            owner="",
        )
    )


def schedule_runs_recover() -> int:
    """Beat, every minute: a running run whose worker died with its message still unacknowledged (the whole worker
    killed, not just a child) is sent to a live worker now rather than after the broker's visibility timeout."""
    count = 0
    for run in ScheduleRun.objects.filter(status=ScheduleRun.Status.RUNNING):
        if owner_is_dead(run):
            with transaction.atomic():
                outbox_enqueue(task="events.tasks.schedule_workshop", args=[run.pk])
            count += 1
    return count


def _fail(run: ScheduleRun, error: str, *, owner: str) -> None:
    ScheduleRun.objects.filter(pk=run.pk, status=ScheduleRun.Status.RUNNING, owner=owner).update(
        status=ScheduleRun.Status.FAILED, finished_at=timezone.now(), step=_("Failed"), error=error[:2000]
    )


def _progress(run: ScheduleRun, progress: int, step: str, **fields) -> None:
    """Report progress (and so a heartbeat) while this worker still owns the run."""
    updated = ScheduleRun.objects.filter(pk=run.pk, status=ScheduleRun.Status.RUNNING, owner=run.owner).update(
        progress=progress, step=step, heartbeat_at=timezone.now(), **fields
    )
    if not updated:
        raise RunLost


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


def _claim(run_id: int) -> ScheduleRun | None:
    """Claim a queued run, or take over a running one whose worker died; None if there is nothing to do.
    Raises OwnerAlive when a live worker is on it (a duplicate delivery: look again later)."""
    me = worker_identity()
    now = timezone.now()
    claim = dict(owner=me, heartbeat_at=now, started_at=now, progress=5, status=ScheduleRun.Status.RUNNING)
    if ScheduleRun.objects.filter(pk=run_id, status=ScheduleRun.Status.QUEUED).update(
        step=_("Reading the requests"), **claim
    ):
        return ScheduleRun.objects.select_related("workshop").get(pk=run_id)
    run = ScheduleRun.objects.filter(pk=run_id, status=ScheduleRun.Status.RUNNING).first()
    if run is None or run.owner == me:
        return None
    if not owner_is_dead(run):
        raise OwnerAlive
    # Start again from the requests: nothing of the dead worker's run was written (the save is one transaction).
    if not ScheduleRun.objects.filter(pk=run_id, status=ScheduleRun.Status.RUNNING, owner=run.owner).update(
        step=_("Restarted: the previous worker stopped"), **claim
    ):
        return None
    logger.warning("scheduler run %s taken over from dead worker %s", run_id, run.owner)
    return ScheduleRun.objects.select_related("workshop").get(pk=run_id)


def schedule_compute(*, run_id: int, time_limit: float = 8.0) -> ScheduleRun | None:
    """The body of the task. A second delivery of the same task does nothing while the first worker is alive,
    and takes the run over at once when it is dead (see owner_is_dead)."""
    run = _claim(run_id)
    if run is None:
        return None
    ws = run.workshop
    try:
        instance, request_ids, kept = build_instance(ws)
        _progress(run, 20, _("Computing the schedule"), requests=len(request_ids) + len(kept))
        result = scheduling.solve(**instance, time_limit=time_limit)
        _progress(run, 80, _("Saving the meetings"))
        fault_point("schedule.saving")
        placed = [m for m in result.meetings if m.pinned is None]
        slots = {str(s.pk): s for s in MeetingSlot.objects.filter(workshop=ws)}
        unscheduled = [
            {"request": request_ids[u.request], "reason": u.reason}
            for u in result.unscheduled
            if u.request is not None and u.pinned is None
        ]
        with transaction.atomic():
            Workshop.objects.select_for_update().get(pk=ws.pk)
            # Still ours (not cancelled, not taken over), and marked done in the same transaction as the meetings.
            if (
                not ScheduleRun.objects.select_for_update()
                .filter(pk=run.pk, status=ScheduleRun.Status.RUNNING, owner=run.owner)
                .exists()
            ):
                raise RunLost
            # Everything not pinned and not published is placed afresh.
            ws.meetings.filter(pinned=False, published=False).delete()
            requests = {q.pk: q for q in MeetingRequest.objects.filter(pk__in=request_ids)}
            from .meetings import _seat_meeting

            for m in placed:
                request = requests[request_ids[m.request]]
                meeting = Meeting.objects.create(workshop=ws, request=request, slot=slots[m.slot], table=m.table)
                _seat_meeting(meeting)
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
                heartbeat_at=timezone.now(),
            )
    except RunLost:
        logger.info("scheduler run %s was cancelled or taken over; nothing written by %s", run.pk, run.owner)
    except IntegrityError:
        _fail(run, _("The schedule changed while it was being computed; run the scheduler again."), owner=run.owner)
    except Exception as exc:  # the page must show the failure rather than spin forever
        logger.exception("scheduler run %s failed", run.pk)
        _fail(run, str(exc), owner=run.owner)
    run.refresh_from_db()
    return run
