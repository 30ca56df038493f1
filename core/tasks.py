from celery import shared_task
from celery.signals import task_success
from django.conf import settings
from django.db import OperationalError


@shared_task(bind=True, acks_late=True, max_retries=5, autoretry_for=(ConnectionError, OSError), retry_backoff=True)
def notification_send_email(self, notification_id: int) -> bool:
    from .notifications import notification_send_email as send

    return send(notification_id=notification_id)


@shared_task(bind=True, acks_late=True, max_retries=3, autoretry_for=(ConnectionError, OSError), retry_backoff=True)
def notifications_send_digests(self) -> int:
    from .notifications import notifications_send_digests as send

    return send()


@shared_task(bind=True, acks_late=True, max_retries=3, autoretry_for=(OperationalError,), retry_backoff=True)
def export_build(self, job_id: int) -> int | None:
    """Build one export (core.export_jobs). A redelivered task takes the job over when its worker is dead, and
    looks again later while that worker is alive (it may still die)."""
    from .export_jobs import OwnerAlive
    from .export_jobs import export_build as build

    try:
        job = build(job_id=job_id)
    except OwnerAlive as exc:
        raise self.retry(exc=exc, countdown=settings.EXPORT_HEARTBEAT_TIMEOUT, max_retries=10) from exc
    return job.size if job else None


@shared_task(acks_late=True)
def export_jobs_sweep() -> int:
    from .export_jobs import export_jobs_sweep as sweep

    return sweep()


@shared_task(acks_late=True)
def outbox_relay() -> int:
    """Every minute (beat): publish the follow-up work the broker missed, e-mail notifications never sent, and
    forget log-in failures older than a day."""
    from .login_limits import login_failures_prune
    from .notifications import notifications_email_sweep
    from .outbox import outbox_relay as relay

    login_failures_prune()
    return relay() + notifications_email_sweep()


@task_success.connect
def _outbox_done(sender=None, **kwargs):
    from .outbox import outbox_mark_done, task_outbox_id

    message_id = task_outbox_id(sender) if sender is not None else None
    if message_id is not None:
        outbox_mark_done(message_id=message_id)
