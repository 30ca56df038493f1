"""Exports built by a worker: a person asks for a spreadsheet, a Celery task builds it with its progress on a
page, and the finished file waits for its requester.

Apps register their exports by name in `AppConfig.ready()` (`register_export`), so `core` knows no app. A builder
gets an `ExportRequest` (the requester and the query string, what the builders read from a request) and returns a
`core.exports.Table` (written as CSV or XLSX, formula-safe) or a finished `ExportFile`.

The task is safe to deliver twice: a queued job is claimed with a conditional update; a running job whose worker
died (its process is gone, or no heartbeat for EXPORT_HEARTBEAT_TIMEOUT) is taken over at once; a job still built
by a live worker makes the task look again later; a done job is left alone. The file is saved and the job marked
done only while this worker still owns it, so a taken-over build leaves no second file. In-process mode (no broker)
builds the file during the request that asks for it."""

import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.http import Http404, QueryDict
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_noop

from . import exports, roles
from .faults import fault_point
from .models import ExportJob
from .outbox import outbox_enqueue
from .workers import owner_gone, worker_identity

logger = logging.getLogger(__name__)
TASK = "core.tasks.export_build"


@dataclass
class ExportRequest:
    """What a builder may read from the request that asked for the export."""

    user: object
    GET: QueryDict


@dataclass
class ExportFile:
    """A finished file, for exports that are not a single table (a workbook of several sheets)."""

    name: str
    content: bytes
    content_type: str = exports.XLSX_TYPE


@dataclass(frozen=True)
class ExportKind:
    name: str
    build: Callable[[ExportRequest], "exports.Table | ExportFile"]
    allowed: Callable[[object], bool]  # may this user ask for (and download) it
    formats: tuple[str, ...] = ("csv", "xlsx")
    staff_may_download: bool = False  # staff may fetch a file another staff member asked for


KINDS: dict[str, ExportKind] = {}


def register_export(
    name: str,
    build: Callable,
    *,
    allowed: Callable[[object], bool] = roles.is_staff,
    formats: tuple[str, ...] = ("csv", "xlsx"),
    staff_may_download: bool = False,
) -> None:
    KINDS[name] = ExportKind(name, build, allowed, formats, staff_may_download)


class JobLost(Exception):
    """The job was taken over by another worker while this one built it: stop without saving."""


class OwnerAlive(Exception):
    """A live worker is building this job: the task should look again later."""


def owner_is_dead(job: ExportJob) -> bool:
    """No heartbeat for EXPORT_HEARTBEAT_TIMEOUT, or (same host) the owner's process is gone."""
    return owner_gone(job.owner, job.heartbeat_at, timedelta(seconds=settings.EXPORT_HEARTBEAT_TIMEOUT))


def _params(params) -> dict[str, list[str]]:
    if isinstance(params, QueryDict):
        items = params.lists()
    else:
        items = ((k, v if isinstance(v, list) else [v]) for k, v in (params or {}).items())
    return {str(k): [str(x) for x in v] for k, v in sorted(items) if k not in ("page",)}


def _key(kind: str, fmt: str, params: dict) -> str:
    return hashlib.sha256(json.dumps([kind, fmt, params], sort_keys=True).encode()).hexdigest()


def export_start(*, user, kind: str, fmt: str, params=None) -> ExportJob:
    """Ask for an export. The same person asking for the same export (kind, format, filters) while it is still
    being built gets that job back, so a double click or a reload builds one file."""
    spec = KINDS.get(kind)
    if spec is None or fmt not in spec.formats:
        raise Http404
    if not user.is_authenticated or not spec.allowed(user):
        raise PermissionDenied
    from celery import current_app  # the project's app (config.celery), without importing config

    in_process = current_app.conf.task_always_eager
    clean = _params(params)
    key = _key(kind, fmt, clean)
    pending = ExportJob.objects.filter(requester=user, params_key=key, status__in=["queued", "running"])
    try:
        with transaction.atomic():
            existing = pending.first()
            if existing is not None:
                return existing
            job = ExportJob.objects.create(
                requester=user,
                kind=kind,
                fmt=fmt,
                params=clean,
                params_key=key,
                language=translation.get_language() or settings.LANGUAGE_CODE,
                step=gettext_noop("Waiting for a worker"),
            )
            if not in_process:
                outbox_enqueue(task=TASK, args=[job.pk])
    except IntegrityError:  # the same request at the same moment: the other one's job
        existing = pending.first()
        if existing is None:
            raise
        return existing
    if in_process:
        # No broker, so no beat either: the request that asks builds the file, and forgets old ones.
        export_jobs_prune()
        return export_build(job_id=job.pk) or job
    return job


def export_may_download(*, job: ExportJob, user) -> bool:
    spec = KINDS.get(job.kind)
    if spec is None or not user.is_authenticated or not spec.allowed(user):
        return False
    return job.requester_id == user.pk or (spec.staff_may_download and roles.is_staff(user))


def export_job_for(*, user, pk: int) -> ExportJob:
    """The job if this user may see it; the same 404 whether it does not exist or is someone else's."""
    job = ExportJob.objects.filter(pk=pk).first()
    if job is None or not export_may_download(job=job, user=user):
        raise Http404
    return job


def export_wait(*, job: ExportJob, seconds: float) -> ExportJob:
    """Give a small export a moment to finish, so the person gets the file straight away."""
    deadline = time.monotonic() + seconds
    while job.is_active and time.monotonic() < deadline:
        time.sleep(0.1)
        job.refresh_from_db()
    return job


# The task's body -------------------------------------------------------------------------------------------


def _claim(job_id: int) -> ExportJob | None:
    me = worker_identity()
    now = timezone.now()
    claim = dict(owner=me, heartbeat_at=now, started_at=now, progress=5, status=ExportJob.Status.RUNNING)
    if ExportJob.objects.filter(pk=job_id, status=ExportJob.Status.QUEUED).update(
        step=gettext_noop("Reading the records"), **claim
    ):
        return ExportJob.objects.get(pk=job_id)
    job = ExportJob.objects.filter(pk=job_id, status=ExportJob.Status.RUNNING).first()
    if job is None or job.owner == me:
        return None  # done, failed, or already ours (a duplicate delivery to the same process)
    if not owner_is_dead(job):
        raise OwnerAlive
    if not ExportJob.objects.filter(pk=job_id, status=ExportJob.Status.RUNNING, owner=job.owner).update(
        step=gettext_noop("Restarted: the previous worker stopped"), **claim
    ):
        return None
    logger.warning("export %s taken over from dead worker %s", job_id, job.owner)
    return ExportJob.objects.get(pk=job_id)


def _progress(job: ExportJob, progress: int, step: str) -> None:
    if not ExportJob.objects.filter(pk=job.pk, status=ExportJob.Status.RUNNING, owner=job.owner).update(
        progress=progress, step=step, heartbeat_at=timezone.now()
    ):
        raise JobLost


def _file(job: ExportJob, built) -> ExportFile:
    if isinstance(built, ExportFile):
        if built.content_type == exports.XLSX_TYPE:  # every export formula-safe, tables or not
            return ExportFile(built.name, exports.neutralise_xlsx(built.content), built.content_type)
        return built
    name = slugify(built.name) or "export"
    if job.fmt == "xlsx":
        return ExportFile(f"{name}.xlsx", exports.to_xlsx(built), exports.XLSX_TYPE)
    return ExportFile(f"{name}.csv", exports.to_csv(built), "text/csv; charset=utf-8")


def export_build(*, job_id: int) -> ExportJob | None:
    job = _claim(job_id)
    if job is None:
        return None
    spec = KINDS.get(job.kind)
    saved = None
    try:
        with translation.override(job.language or settings.LANGUAGE_CODE):
            if spec is None:
                raise LookupError(f"unknown export {job.kind}")
            query = QueryDict(mutable=True)
            for name, values in job.params.items():
                query.setlist(name, values)
            built = spec.build(ExportRequest(user=job.requester, GET=query))
            _progress(job, 60, gettext_noop("Writing the file"))
            fault_point("export.build")
            out = _file(job, built)
            _progress(job, 90, gettext_noop("Saving the file"))
        with transaction.atomic():
            if (
                not ExportJob.objects.select_for_update()
                .filter(pk=job.pk, status=ExportJob.Status.RUNNING, owner=job.owner)
                .exists()
            ):
                raise JobLost
            job.file.save(out.name, ContentFile(out.content), save=False)
            saved = job.file.name
            ExportJob.objects.filter(pk=job.pk).update(
                file=saved,
                filename=out.name,
                content_type=out.content_type,
                size=len(out.content),
                status=ExportJob.Status.DONE,
                progress=100,
                step=gettext_noop("Ready"),
                finished_at=timezone.now(),
                heartbeat_at=timezone.now(),
            )
    except JobLost:
        logger.info("export %s was taken over; nothing saved by %s", job.pk, job.owner)
    except Exception as exc:  # the page must show the failure rather than spin forever
        logger.exception("export %s failed", job.pk)
        if saved:
            job.file.storage.delete(saved)
        ExportJob.objects.filter(pk=job.pk, status=ExportJob.Status.RUNNING, owner=job.owner).update(
            status=ExportJob.Status.FAILED,
            step=gettext_noop("Failed"),
            error=str(exc)[:2000],
            finished_at=timezone.now(),
        )
    job.refresh_from_db()
    return job


def export_jobs_sweep() -> int:
    """Beat, every minute: a job whose whole worker died (its message unacknowledged until the broker's
    visibility timeout) goes to a live worker now; files older than EXPORT_KEEP_HOURS are deleted."""
    recovered = 0
    for job in ExportJob.objects.filter(status=ExportJob.Status.RUNNING):
        if owner_is_dead(job):
            with transaction.atomic():
                outbox_enqueue(task=TASK, args=[job.pk])
            recovered += 1
    export_jobs_prune()
    return recovered


def export_jobs_prune(*, limit: int = 200) -> int:
    """Delete jobs (and their files) finished more than EXPORT_KEEP_HOURS ago."""
    old = timezone.now() - timedelta(hours=settings.EXPORT_KEEP_HOURS)
    count = 0
    for job in ExportJob.objects.filter(finished_at__lt=old).order_by("finished_at")[:limit]:
        if job.file.name:
            job.file.storage.delete(job.file.name)
        job.delete()
        count += 1
    return count
