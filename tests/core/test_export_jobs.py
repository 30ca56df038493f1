"""Exports built by a worker (core.export_jobs): one job per person and export while it is pending, the file only
for its requester, a dead worker's job taken over, a second delivery harmless, progress on a page."""

import os
import socket
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from core import export_jobs
from core.exports import Column, Table
from core.models import ExportJob, OutboxMessage
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def broker_mode():
    """Tasks go to a broker (never reached here: the commit hooks of the test transaction do not run)."""
    from config.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = before


@pytest.fixture
def kind():
    calls = []

    def build(request):
        calls.append(request.GET.dict())
        return Table("thu-nghiem", "Thử nghiệm", [Column("Tên"), Column("Số", "int")], [["=1+1", 5], ["Dừa", 7]])

    export_jobs.register_export("test.table", build, staff_may_download=True)
    yield calls
    export_jobs.KINDS.pop("test.table")


def test_in_process_mode_builds_the_file_during_the_request_and_sends_it_privately(client_for, staff, kind):
    client = client_for(staff)
    response = client.get(reverse("grants:export", args=["budgets", "csv"]))
    job = ExportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("core:export_download", args=[job.pk])
    assert job.status == "done" and job.progress == 100 and job.filename == "budgets.csv"
    download = client.get(response["Location"])
    assert download.status_code == 200
    assert download["Cache-Control"] == "private, no-store"
    assert download["Content-Disposition"] == 'attachment; filename="budgets.csv"'
    assert download.content.startswith("\ufeff".encode())


def test_asking_twice_while_pending_gives_the_same_job(staff, kind, broker_mode):
    first = export_jobs.export_start(user=staff, kind="test.table", fmt="csv", params={"q": "dừa", "page": "2"})
    again = export_jobs.export_start(user=staff, kind="test.table", fmt="csv", params={"q": "dừa"})
    other_filter = export_jobs.export_start(user=staff, kind="test.table", fmt="csv", params={"q": "lúa"})
    other_format = export_jobs.export_start(user=staff, kind="test.table", fmt="xlsx", params={"q": "dừa"})
    assert first.pk == again.pk and first.status == "queued"
    assert len({first.pk, other_filter.pk, other_format.pk}) == 3
    assert OutboxMessage.objects.filter(task="core.tasks.export_build").count() == 3

    # Built (by a worker): asking again starts a fresh file, with the data of now.
    export_jobs.export_build(job_id=first.pk)
    assert export_jobs.export_start(user=staff, kind="test.table", fmt="csv", params={"q": "dừa"}).pk != first.pk


def test_the_database_allows_one_pending_job_per_person_and_export(staff, kind, broker_mode):
    from django.db import IntegrityError, transaction

    job = export_jobs.export_start(user=staff, kind="test.table", fmt="csv")
    with pytest.raises(IntegrityError), transaction.atomic():
        ExportJob.objects.create(requester=staff, kind=job.kind, fmt="csv", params_key=job.params_key)


def test_the_page_shows_progress_until_the_file_is_ready(client_for, staff, kind, broker_mode, settings):
    settings.EXPORT_WAIT_SECONDS = 0
    client = client_for(staff)
    response = client.get(reverse("marketplace:connection_export", args=["xlsx"]))
    job = ExportJob.objects.get()
    assert response["Location"] == reverse("core:export_status", args=[job.pk])
    page = client.get(response["Location"]).content.decode()
    assert 'hx-trigger="every 1s"' in page and "progressbar" in page
    assert "Xuất dữ liệu" in page and "Đang chờ máy xử lý" in page  # in Vietnamese, the step too
    assert client.get(reverse("core:export_download", args=[job.pk]))["Location"] == response["Location"]

    export_jobs.export_build(job_id=job.pk)
    partial = client.get(reverse("core:export_progress", args=[job.pk])).content.decode()
    assert "every 1s" not in partial and reverse("core:export_download", args=[job.pk]) in partial
    assert "Tệp đã sẵn sàng" in partial
    assert client.get(reverse("core:export_download", args=[job.pk])).status_code == 200


def test_only_the_requester_or_staff_where_allowed_downloads(client_for, staff, enterprise_user, enterprise, kind):

    own = export_jobs.export_start(user=enterprise_user, kind="grants.grants", fmt="csv")
    staff_job = export_jobs.export_start(user=staff, kind="test.table", fmt="csv")
    other_staff = client_for(StaffFactory())
    assert other_staff.get(reverse("core:export_download", args=[staff_job.pk])).status_code == 200
    # A firm's own grant list is for that firm: not for other staff, not for another firm.
    assert other_staff.get(reverse("core:export_download", args=[own.pk])).status_code == 404
    assert client_for(enterprise_user).get(reverse("core:export_download", args=[own.pk])).status_code == 200
    assert client_for(enterprise_user).get(reverse("core:export_status", args=[staff_job.pk])).status_code == 404
    assert client_for(None).get(reverse("core:export_download", args=[own.pk])).status_code == 302
    with pytest.raises(export_jobs.PermissionDenied):
        export_jobs.export_start(user=enterprise_user, kind="test.table", fmt="csv")


def test_a_job_whose_worker_died_is_taken_over_and_a_second_delivery_does_nothing(staff, kind, broker_mode):
    job = export_jobs.export_start(user=staff, kind="test.table", fmt="xlsx", params={"q": "x"})
    dead = f"{socket.gethostname()}:{2**22 + 12345}"  # no such process
    ExportJob.objects.filter(pk=job.pk).update(status="running", owner=dead, heartbeat_at=timezone.now(), progress=60)
    done = export_jobs.export_build(job_id=job.pk)
    assert done.status == "done" and done.owner == export_jobs.worker_identity() and kind == [{"q": "x"}]
    assert export_jobs.export_build(job_id=job.pk) is None  # redelivered once more: nothing built again
    assert kind == [{"q": "x"}]
    assert len(os.listdir(os.path.dirname(done.file.path))) >= 1


def test_a_job_a_live_worker_is_building_is_left_to_it(staff, kind, broker_mode):
    job = export_jobs.export_start(user=staff, kind="test.table", fmt="csv")
    alive = f"{socket.gethostname()}:{os.getppid()}"
    ExportJob.objects.filter(pk=job.pk).update(status="running", owner=alive, heartbeat_at=timezone.now())
    with pytest.raises(export_jobs.OwnerAlive):
        export_jobs.export_build(job_id=job.pk)
    # Silent for longer than the heartbeat timeout: dead, whatever its process.
    ExportJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - timedelta(minutes=5))
    assert export_jobs.export_build(job_id=job.pk).status == "done"


def test_a_build_taken_over_midway_saves_nothing(staff, broker_mode):
    def build(request):
        ExportJob.objects.update(owner="elsewhere:1")  # another worker took the job meanwhile
        return Table("t", "t", [Column("a")], [["b"]])

    export_jobs.register_export("test.lost", build)
    try:
        job = export_jobs.export_start(user=staff, kind="test.lost", fmt="csv")
        after = export_jobs.export_build(job_id=job.pk)
    finally:
        export_jobs.KINDS.pop("test.lost")
    assert after.status == "running" and after.owner == "elsewhere:1" and not after.file


def test_a_failing_build_shows_a_plain_message(client_for, staff, broker_mode):
    def build(request):
        raise ValueError("psycopg.errors.Whatever: internal detail")

    export_jobs.register_export("test.broken", build)
    try:
        job = export_jobs.export_start(user=staff, kind="test.broken", fmt="csv")
        assert export_jobs.export_build(job_id=job.pk).status == "failed"
        page = client_for(staff).get(reverse("core:export_status", args=[job.pk])).content.decode()
    finally:
        export_jobs.KINDS.pop("test.broken")
    assert "alert-danger" in page
    assert "psycopg" not in page


def test_the_sweep_sends_a_dead_workers_job_again_and_forgets_old_files(staff, kind, broker_mode, settings):
    old = export_jobs.export_start(user=staff, kind="test.table", fmt="csv", params={"a": "1"})
    export_jobs.export_build(job_id=old.pk)
    old.refresh_from_db()
    path = old.file.path
    ExportJob.objects.filter(pk=old.pk).update(finished_at=timezone.now() - timedelta(hours=25))
    stuck = export_jobs.export_start(user=staff, kind="test.table", fmt="csv", params={"a": "2"})
    ExportJob.objects.filter(pk=stuck.pk).update(status="running", owner="gone:1", heartbeat_at=None)
    before = OutboxMessage.objects.filter(task="core.tasks.export_build", args=[stuck.pk]).count()
    assert export_jobs.export_jobs_sweep() == 1
    assert OutboxMessage.objects.filter(task="core.tasks.export_build", args=[stuck.pk]).count() == before + 1
    assert not ExportJob.objects.filter(pk=old.pk).exists() and not os.path.exists(path)


def test_the_yearly_report_is_an_export_job_too(client_for, staff):
    response = client_for(staff).get(reverse("grants:plan_report") + "?year=2025&format=xlsx", follow=True)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-ke-hoach-2025.xlsx"'
    assert ExportJob.objects.get().kind == "grants.plan_report"


def test_in_process_mode_forgets_old_files_when_a_new_export_is_asked_for(staff, kind):
    old = export_jobs.export_start(user=staff, kind="test.table", fmt="csv", params={"a": "1"})
    assert old.status == "done"
    path = old.file.path
    ExportJob.objects.filter(pk=old.pk).update(finished_at=timezone.now() - timedelta(hours=25))
    export_jobs.export_start(user=staff, kind="test.table", fmt="csv", params={"a": "2"})
    assert not ExportJob.objects.filter(pk=old.pk).exists() and not os.path.exists(path)
