from celery import shared_task
from celery.signals import task_success


@shared_task(bind=True, acks_late=True, max_retries=5, autoretry_for=(ConnectionError, OSError), retry_backoff=True)
def notification_send_email(self, notification_id: int) -> bool:
    from .notifications import notification_send_email as send

    return send(notification_id=notification_id)


@shared_task(bind=True, acks_late=True, max_retries=3, autoretry_for=(ConnectionError, OSError), retry_backoff=True)
def notifications_send_digests(self) -> int:
    from .notifications import notifications_send_digests as send

    return send()


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
