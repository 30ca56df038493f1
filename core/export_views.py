"""The pages of an export built by a worker (core.export_jobs): the apps' export links start a job here; the
person then gets the file at once (in-process mode, or a small export a worker finished within
EXPORT_WAIT_SECONDS) or a page that shows its progress until the file is ready."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render

from . import export_jobs


def export_start_response(request, *, kind: str, fmt: str, params=None):
    """For an app's export view, after its own permission checks: start (or find) the job and send the person
    to the file, or to the page that shows its progress."""
    job = export_jobs.export_start(
        user=request.user, kind=kind, fmt=fmt, params=request.GET if params is None else params
    )
    job = export_jobs.export_wait(job=job, seconds=settings.EXPORT_WAIT_SECONDS)
    if job.status == job.Status.DONE:
        return redirect("core:export_download", job.pk)
    return redirect("core:export_status", job.pk)


@login_required
def export_status(request, pk):
    job = export_jobs.export_job_for(user=request.user, pk=pk)
    return render(request, "core/export_job.html", {"job": job})


@login_required
def export_progress(request, pk):
    job = export_jobs.export_job_for(user=request.user, pk=pk)
    return render(request, "core/_export_progress.html", {"job": job})


@login_required
def export_download(request, pk):
    job = export_jobs.export_job_for(user=request.user, pk=pk)
    if job.status != job.Status.DONE or not job.file:
        return redirect("core:export_status", job.pk)
    with job.file.open("rb") as f:
        content = f.read()
    response = HttpResponse(content, content_type=job.content_type)
    response["Content-Disposition"] = f'attachment; filename="{job.filename}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
