"""The scheduler run as a task on a workshop: progress row, kept meetings, reasons."""

import pytest

from events import services
from events.models import Meeting, MeetingSeat, ScheduleRun

from .factories import WorkshopFactory


@pytest.fixture
def busy_workshop(make_participant, staff):
    """6 participants, 9 accepted requests, 4 slots × 3 tables."""
    ws = WorkshopFactory(capacity=10)
    regs = [make_participant(f"Đơn vị {i}", ws=ws)[1] for i in range(6)]
    pairs = [(0, 3), (0, 4), (0, 5), (1, 3), (1, 4), (1, 5), (2, 3), (2, 4), (2, 5)]
    for a, b in pairs:
        services.meeting_request_create(workshop=ws, from_registration=regs[a], to_registration=regs[b], by=staff)
    return ws, regs


def run(ws, staff, django_capture_on_commit_callbacks):
    return run_(ws, staff, django_capture_on_commit_callbacks)


def run_(ws, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        started = services.schedule_run_start(workshop=ws, by=staff)
    return ScheduleRun.objects.get(pk=started.pk)


def test_a_run_places_every_accepted_request_and_records_its_figures(
    busy_workshop, staff, django_capture_on_commit_callbacks
):
    ws, _regs = busy_workshop
    result = run(ws, staff, django_capture_on_commit_callbacks)
    assert result.status == ScheduleRun.Status.DONE and result.progress == 100
    assert result.placed == 9 == result.upper_bound
    assert Meeting.objects.filter(workshop=ws).count() == 9
    assert MeetingSeat.objects.filter(meeting__workshop=ws).count() == 18


def test_a_rerun_keeps_pinned_and_published_meetings(busy_workshop, staff, django_capture_on_commit_callbacks):
    ws, _regs = busy_workshop
    run(ws, staff, django_capture_on_commit_callbacks)
    meetings = list(Meeting.objects.filter(workshop=ws).order_by("id"))
    pinned = meetings[0]
    services.meeting_move(meeting=pinned, slot=ws.slots.last(), table=3, by=staff)
    # Publishing keeps the rest too; unpublish all but two to see a real re-placement.
    services.schedule_publish(workshop=ws, by=staff)
    Meeting.objects.filter(workshop=ws).exclude(pk__in=[pinned.pk, meetings[1].pk]).update(published=False)
    published = Meeting.objects.get(pk=meetings[1].pk)
    second = run(ws, staff, django_capture_on_commit_callbacks)
    assert second.kept == 2 and second.placed == 7
    again = Meeting.objects.get(pk=pinned.pk)
    assert (again.slot_id, again.table) == (ws.slots.last().pk, 3)
    assert (Meeting.objects.get(pk=published.pk).slot_id, Meeting.objects.get(pk=published.pk).table) == (
        published.slot_id,
        published.table,
    )


def test_late_requests_go_into_what_is_left(busy_workshop, staff, make_participant, django_capture_on_commit_callbacks):
    ws, regs = busy_workshop
    run(ws, staff, django_capture_on_commit_callbacks)
    services.schedule_publish(workshop=ws, by=staff)
    before = {m.pk: (m.slot_id, m.table) for m in Meeting.objects.filter(workshop=ws)}
    _u, late = make_participant("Đến muộn", ws=ws)
    services.meeting_request_create(workshop=ws, from_registration=late, to_registration=regs[0], by=staff)
    result = run(ws, staff, django_capture_on_commit_callbacks)
    assert result.placed == 1 and result.kept == 9
    assert {m.pk: (m.slot_id, m.table) for m in Meeting.objects.filter(workshop=ws, published=True)} == before


def test_an_unplaceable_request_gets_its_reason(busy_workshop, staff, django_capture_on_commit_callbacks):
    ws, regs = busy_workshop
    # Participant 0 has 3 requests but can only meet in 2 slots.
    services.availability_set(registration=regs[0], available_slot_ids=[s.pk for s in ws.slots.all()[:2]], by=staff)
    result = run(ws, staff, django_capture_on_commit_callbacks)
    assert result.placed == result.upper_bound == 8
    assert [u["reason"] for u in result.unscheduled] == ["fully_booked"]


def test_participants_cannot_exceed_one_meeting_per_slot_through_requests(busy_workshop, staff, make_participant):
    ws, regs = busy_workshop
    extra = make_participant("Thêm", ws=ws)[1]
    services.meeting_request_create(workshop=ws, from_registration=regs[0], to_registration=extra, by=staff)
    with pytest.raises(Exception, match="maximum of 4"):
        services.meeting_request_create(
            workshop=ws, from_registration=regs[0], to_registration=make_participant("Thêm nữa", ws=ws)[1], by=staff
        )


def test_the_progress_is_polled_and_a_second_delivery_does_nothing(busy_workshop, staff):
    ws, _regs = busy_workshop
    run = ScheduleRun.objects.create(workshop=ws, created_by=staff)
    assert services.schedule_compute(run_id=run.pk).placed == 9
    assert services.schedule_compute(run_id=run.pk) is None
    assert Meeting.objects.filter(workshop=ws).count() == 9


def test_a_run_whose_worker_died_is_taken_over_by_the_redelivered_task(busy_workshop, staff):
    import socket
    import subprocess

    from django.utils import timezone

    from events.services.schedules import OwnerAlive

    ws, _regs = busy_workshop
    run = ScheduleRun.objects.create(
        workshop=ws,
        created_by=staff,
        status=ScheduleRun.Status.RUNNING,
        started_at=timezone.now(),
        heartbeat_at=timezone.now(),
        owner="another-host:4242",
    )
    # A worker elsewhere that reported a moment ago: the duplicate delivery looks again later.
    with pytest.raises(OwnerAlive):
        services.schedule_compute(run_id=run.pk)
    # A worker on this host whose process is gone: taken over at once, though it reported a moment ago.
    gone = subprocess.Popen(["true"])
    gone.wait()
    ScheduleRun.objects.filter(pk=run.pk).update(owner=f"{socket.gethostname()}:{gone.pid}")
    done = services.schedule_compute(run_id=run.pk)
    assert done.placed == 9 and done.progress == 100
    assert Meeting.objects.filter(workshop=ws).count() == 9


def test_a_run_silent_for_longer_than_the_heartbeat_timeout_is_taken_over(busy_workshop, staff, settings):
    from datetime import timedelta

    from django.utils import timezone

    ws, _regs = busy_workshop
    run = ScheduleRun.objects.create(
        workshop=ws,
        created_by=staff,
        status=ScheduleRun.Status.RUNNING,
        heartbeat_at=timezone.now() - timedelta(seconds=settings.SCHEDULE_HEARTBEAT_TIMEOUT + 1),
        owner="another-host:4242",
    )
    assert services.schedule_compute(run_id=run.pk).placed == 9


def test_a_cancelled_run_writes_nothing_and_a_new_one_can_start(
    busy_workshop, staff, django_capture_on_commit_callbacks
):
    ws, _regs = busy_workshop
    run = ScheduleRun.objects.create(workshop=ws, created_by=staff)
    assert services.schedule_run_cancel(run=run, by=staff) is True
    assert services.schedule_compute(run_id=run.pk) is None
    assert Meeting.objects.filter(workshop=ws).count() == 0
    second = run_(ws, staff, django_capture_on_commit_callbacks)
    assert second.pk != run.pk and second.status == "done"


def test_only_staff_cancel_a_run(busy_workshop, staff, enterprise_user, client_for):
    from django.urls import reverse

    ws, _regs = busy_workshop
    run = ScheduleRun.objects.create(workshop=ws, created_by=staff)
    url = reverse("events:schedule_cancel", args=[ws.pk, run.pk])
    assert client_for(enterprise_user).post(url).status_code in (302, 403)
    assert ScheduleRun.objects.get(pk=run.pk).status == "queued"
    assert client_for(staff).post(url).status_code == 302
    assert ScheduleRun.objects.get(pk=run.pk).status == "failed"


def test_a_failing_run_is_marked_failed_not_a_server_error(busy_workshop, staff, monkeypatch):
    from events.services import schedules

    ws, _regs = busy_workshop
    monkeypatch.setattr(schedules.scheduling, "solve", lambda **kw: (_ for _ in ()).throw(RuntimeError("boom")))
    run = ScheduleRun.objects.create(workshop=ws, created_by=staff)
    schedules.schedule_compute(run_id=run.pk)
    run.refresh_from_db()
    assert run.status == "failed" and "boom" in run.error
