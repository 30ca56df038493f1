"""A worker killed (SIGKILL) in the middle of a long task: the task is redelivered or recovered, completes, and
its effects happen exactly once. Each task pauses at a fault point (core.faults) so the kill lands mid-way."""

import os
import signal
import subprocess
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from core.models import Notification
from events import services as events
from events.models import Meeting, MeetingSeat, ScheduleRun
from marketplace.models import PostStatus
from tests.conftest import start_celery_worker, stop_celery_worker, wait_for
from tests.events.factories import WorkshopFactory
from tests.factories import MembershipFactory, NeedFactory, OfferFactory, OrganizationFactory, UserFactory, sector

pytestmark = [
    pytest.mark.worker,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.xdist_group("worker"),  # workers on the shared broker would take each other's tasks
]


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


@pytest.fixture
def paused_worker(tmp_path):
    """paused_worker(point, pool) -> (worker, marker): a real worker whose first task to reach `point` pauses."""
    workers = []
    marker = tmp_path / "paused"

    def start(point: str, pool: str = "prefork", concurrency: int = 1, pause: int = 60, env: dict | None = None):
        from config.celery import app

        app.conf.task_always_eager = False
        app.connection_for_write().ensure_connection(max_retries=3)
        app.control.purge()
        env = {
            "FAULT_PAUSE_AT": point,
            "FAULT_PAUSE_FILE": str(marker),
            "FAULT_PAUSE_SECONDS": str(pause),
            **(env or {}),
        }
        worker = start_celery_worker(env_overrides=env, pool=pool, concurrency=concurrency)
        workers.append(worker)
        return worker, marker

    yield start
    for worker in workers:
        stop_celery_worker(worker)


def _kill_the_paused_process(marker) -> int:
    assert wait_for(marker.exists, 60), "the task never reached its fault point"
    time.sleep(0.2)
    pid = int(marker.read_text())
    os.kill(pid, signal.SIGKILL)
    return pid


def _workshop_with_requests(staff):
    ws = WorkshopFactory(capacity=10)
    regs = []
    for i in range(6):
        user = UserFactory()
        org = OrganizationFactory(name=f"Đơn vị {i}", verified_at=timezone.now())
        MembershipFactory(user=user, organization=org)
        regs.append(events.registration_create(workshop=ws, organization=org, attendee=user, role="both", by=user))
    for a, b in [(0, 3), (0, 4), (0, 5), (1, 3), (1, 4), (1, 5), (2, 3), (2, 4), (2, 5)]:
        events.meeting_request_create(workshop=ws, from_registration=regs[a], to_registration=regs[b], by=staff)
    return ws


def test_a_scheduler_run_whose_worker_child_is_killed_is_taken_over_at_once_and_done_once(staff, paused_worker):
    worker, marker = paused_worker("schedule.saving")
    ws = _workshop_with_requests(staff)
    run = events.schedule_run_start(workshop=ws, by=staff)

    killed = _kill_the_paused_process(marker)
    assert ScheduleRun.objects.get(pk=run.pk).owner.endswith(f":{killed}")

    # Redelivered to a new child at once (acks late, reject on worker lost): no waiting for a staleness window.
    started = time.monotonic()
    assert wait_for(lambda: ScheduleRun.objects.get(pk=run.pk).status == "done", 60)
    assert time.monotonic() - started < 30
    done = ScheduleRun.objects.get(pk=run.pk)
    assert done.progress == 100 and done.placed == 9 and not done.owner.endswith(f":{killed}")
    assert Meeting.objects.filter(workshop=ws).count() == 9
    assert MeetingSeat.objects.filter(meeting__workshop=ws).count() == 18
    assert worker.poll() is None


def test_a_scheduler_run_whose_whole_worker_died_is_recovered_by_the_sweep_not_the_visibility_timeout(
    staff, paused_worker, settings
):
    worker, marker = paused_worker("schedule.saving", pool="solo")
    ws = _workshop_with_requests(staff)
    run = events.schedule_run_start(workshop=ws, by=staff)
    _kill_the_paused_process(marker)  # the solo worker is the main process: its message stays unacknowledged
    assert wait_for(lambda: worker.poll() is not None, 10)
    assert ScheduleRun.objects.get(pk=run.pk).status == "running"

    # The owner's process is gone (same host: seen at once, no staleness window); the beat sweep hands the run
    # to a live worker instead of leaving its message to the broker's one-hour visibility timeout.
    fresh = start_celery_worker()
    try:
        assert events.schedule_runs_recover() == 1
        assert wait_for(lambda: ScheduleRun.objects.get(pk=run.pk).status == "done", 60)
        assert Meeting.objects.filter(workshop=ws).count() == 9
    finally:
        stop_celery_worker(fresh)


def test_staff_can_cancel_a_stuck_run_and_start_again(staff, paused_worker):
    worker, marker = paused_worker("schedule.saving", concurrency=2, pause=8)  # one child stuck, the other free
    ws = _workshop_with_requests(staff)
    run = events.schedule_run_start(workshop=ws, by=staff)
    assert wait_for(marker.exists, 60)
    assert events.schedule_run_cancel(run=run, by=staff)
    second = events.schedule_run_start(workshop=ws, by=staff)
    assert second.pk != run.pk
    assert wait_for(lambda: ScheduleRun.objects.get(pk=second.pk).status == "done", 60)
    # The stuck child wakes up, sees its run cancelled and writes nothing over the second run's meetings.
    time.sleep(8)
    assert ScheduleRun.objects.get(pk=run.pk).status == "failed"
    assert Meeting.objects.filter(workshop=ws).count() == 9


def test_recomputing_all_matches_survives_a_killed_worker_and_notifies_once(staff, paused_worker):
    from matching.models import Match
    from matching.tasks import match_recompute_all

    for i in range(4):
        seeker, provider = OrganizationFactory(kind="enterprise"), OrganizationFactory(kind="provider")
        MembershipFactory(user=UserFactory(), organization=seeker)
        MembershipFactory(user=UserFactory(), organization=provider)
        NeedFactory(
            organization=seeker,
            status=PostStatus.PUBLISHED,
            title=f"Cần máy sấy cơm dừa {i}",
            keywords="sấy dừa",
            sectors=[sector("coconut")],
        )
        OfferFactory(
            organization=provider,
            status=PostStatus.PUBLISHED,
            title=f"Máy sấy cơm dừa {i}",
            keywords="máy sấy dừa",
            sectors=[sector("coconut")],
        )
    worker, marker = paused_worker("matching.recompute_all")
    match_recompute_all.delay()
    _kill_the_paused_process(marker)
    assert wait_for(lambda: Match.objects.count() == 16 and not marker.exists() or Match.objects.count() == 16, 60)
    time.sleep(3)  # let the redelivered run finish its notifications
    assert Match.objects.count() == 16
    per_user = Notification.objects.filter(kind__startswith="match_for").values_list("user", "event_key")
    assert len(per_user) == len(set(per_user))


def test_expiry_reminders_survive_a_killed_worker_and_go_out_once(paused_worker):
    from marketplace.tasks import posts_remind_expiry

    owners = []
    for _ in range(3):
        org = OrganizationFactory(kind="enterprise")
        owner = UserFactory()
        MembershipFactory(user=owner, organization=org)
        owners.append(owner)
        NeedFactory(organization=org, status=PostStatus.PUBLISHED, expires_at=timezone.now() + timedelta(days=3))
    worker, marker = paused_worker("posts.remind_expiry")
    posts_remind_expiry.delay()
    _kill_the_paused_process(marker)
    # The killed child had claimed one post (conditional update) inside a transaction that never committed:
    # the redelivered task claims all three again and reminds each owner once.
    assert wait_for(lambda: Notification.objects.filter(kind="post_expiring").count() == 3, 60)
    time.sleep(2)
    assert sorted(Notification.objects.filter(kind="post_expiring").values_list("user", flat=True)) == sorted(
        o.pk for o in owners
    )


def test_an_export_whose_worker_is_killed_is_built_once_by_the_redelivered_task(
    staff, paused_worker, settings, tmp_path
):
    from core import export_jobs
    from core.models import ExportJob
    from tests.grants.factories import BudgetFactory, ProgramFactory

    BudgetFactory(program=ProgramFactory(name_vi="=HYPERLINK(1)", name_en="=HYPERLINK(1)"), year=2025)
    settings.MEDIA_ROOT = tmp_path / "media"  # the worker's files, where this test reads them
    worker, marker = paused_worker("export.build", env={"MEDIA_ROOT": str(settings.MEDIA_ROOT)})
    job = export_jobs.export_start(user=staff, kind="grants.budgets", fmt="csv")
    assert job.status == "queued"

    killed = _kill_the_paused_process(marker)
    assert ExportJob.objects.get(pk=job.pk).owner.endswith(f":{killed}")
    started = time.monotonic()
    assert wait_for(lambda: ExportJob.objects.get(pk=job.pk).status == "done", 60)
    assert time.monotonic() - started < 30  # taken over at once, not after the heartbeat timeout
    done = ExportJob.objects.get(pk=job.pk)
    assert done.progress == 100 and not done.owner.endswith(f":{killed}")
    # One file, written once by the worker that finished: the killed one had saved nothing.
    assert [p.name for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()] == [os.path.basename(done.file.name)]
    content = done.file.open("rb").read().decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in content and ",=HYPERLINK" not in content  # still neutralised
    assert ExportJob.objects.count() == 1 and worker.poll() is None


def test_workshop_follow_ups_survive_a_killed_worker_and_go_out_once(staff, paused_worker):
    from events.models import Workshop
    from events.tasks import outcomes_ask_follow_up

    ws = _workshop_with_requests(staff)
    events.schedule_compute(run_id=events.schedule_run_start(workshop=ws, by=staff).pk)
    ended = timezone.now() - timedelta(days=190)
    Workshop.objects.filter(pk=ws.pk).update(starts_at=ended - timedelta(hours=8), ends_at=ended)
    Meeting.objects.filter(workshop=ws).update(published=True)
    assert Meeting.objects.filter(workshop=ws).count() == 9

    worker, marker = paused_worker("followup.ask")
    outcomes_ask_follow_up.delay()
    _kill_the_paused_process(marker)  # after the first meeting's two notices, before the rest
    assert wait_for(lambda: Notification.objects.filter(kind="outcome_follow_up").count() == 18, 60)
    time.sleep(2)
    notes = list(Notification.objects.filter(kind="outcome_follow_up").values_list("user", "event_key"))
    assert len(notes) == len(set(notes)) == 18


def test_stalled_connection_reminders_survive_a_killed_worker_and_go_out_once(staff, paused_worker):
    from marketplace import connections
    from marketplace.models import Connection
    from marketplace.tasks import connections_remind_stalled

    for _ in range(3):
        seeker, provider = OrganizationFactory(kind="enterprise"), OrganizationFactory(kind="provider")
        MembershipFactory(user=UserFactory(), organization=seeker)
        MembershipFactory(user=UserFactory(), organization=provider)
        connections.connection_introduce(seeker=seeker, provider=provider, by=staff)
    Connection.objects.update(stage_changed_at=timezone.now() - timedelta(days=connections.STALL_DAYS + 1))

    worker, marker = paused_worker("connections.remind_stalled")
    connections_remind_stalled.delay()
    _kill_the_paused_process(marker)  # after the first connection's reminder committed, before the others
    assert wait_for(lambda: Notification.objects.filter(kind="connection_stalled").count() == 6, 60)
    time.sleep(2)
    notes = list(Notification.objects.filter(kind="connection_stalled").values_list("user", "event_key"))
    assert len(notes) == len(set(notes)) == 6
    assert not Connection.objects.filter(stall_reminded_at=None).exists()


def _dead_pid() -> int:
    proc = subprocess.Popen(["sleep", "60"])
    proc.kill()
    proc.wait()
    return proc.pid


def test_negative_control_without_seeing_the_dead_process_a_killed_workers_run_stays_stuck(staff, monkeypatch):
    """The state a kill -9 at "saving the meetings" leaves (running, 80 %, a fresh heartbeat, its process gone),
    handed to the redelivered task with the dead-process check turned off: the task leaves it to its "owner",
    the run stays at 80 % and staff cannot start another, as the audit found. With the check on: done at once."""
    import socket

    from core.faults import HOOKS
    from events.services.schedules import OwnerAlive

    ws = _workshop_with_requests(staff)
    run = ScheduleRun.objects.create(
        workshop=ws,
        created_by=staff,
        status="running",
        progress=80,
        owner=f"{socket.gethostname()}:{_dead_pid()}",
        heartbeat_at=timezone.now(),
    )
    monkeypatch.setattr(HOOKS, "takeover", False)
    with pytest.raises(OwnerAlive):
        events.schedule_compute(run_id=run.pk)
    assert ScheduleRun.objects.get(pk=run.pk).progress == 80
    assert events.schedule_run_start(workshop=ws, by=staff).pk == run.pk
    assert not Meeting.objects.filter(workshop=ws).exists()

    monkeypatch.setattr(HOOKS, "takeover", True)
    assert events.schedule_compute(run_id=run.pk).status == "done"
    assert Meeting.objects.filter(workshop=ws).count() == 9
