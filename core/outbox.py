"""A transactional outbox for follow-up work (notification e-mails, match recomputation, scheduler runs).

`outbox_enqueue` writes the task into the database inside the caller's transaction, so a change that commits
always has its follow-up recorded, and a change that rolls back has none. After the commit the task is published
at once, with no retry and short socket timeouts: a broker that is down costs the request a few milliseconds, not
a 500. `outbox_relay` (a beat task every minute) publishes what the broker missed and sends again what it lost
(published, never done). Tasks must be idempotent: a message may be delivered more than once, never zero times.
"""

import logging
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .faults import HOOKS
from .models import OutboxMessage

logger = logging.getLogger(__name__)
HEADER = "outbox_id"


def outbox_enqueue(*, task: str, args: list | tuple = (), kwargs: dict | None = None) -> OutboxMessage | None:
    """Record `task(*args, **kwargs)` in the current transaction; it is published when the transaction commits."""
    if not HOOKS.outbox:  # negative controls only: what the code did before the outbox
        transaction.on_commit(lambda: _task(task).apply_async(args=list(args), kwargs=kwargs or {}))
        return None
    message = OutboxMessage.objects.create(task=task, args=list(args), kwargs=kwargs or {})
    transaction.on_commit(lambda: outbox_publish(message_id=message.pk))
    return message


def outbox_publish(*, message_id: int) -> bool:
    """Publish one message. Never raises: a failure leaves the message for the relay."""

    message = OutboxMessage.objects.filter(pk=message_id, done_at=None).first()
    if message is None:
        return False
    OutboxMessage.objects.filter(pk=message.pk).update(attempts=F("attempts") + 1, sent_at=timezone.now())
    try:
        task = _task(message.task)
        task.apply_async(args=message.args, kwargs=message.kwargs, retry=False, headers={HEADER: message.pk})
    except Exception as exc:  # broker down, or (in-process mode) the task itself failed
        logger.warning("outbox message %s (%s) not delivered: %r", message.pk, message.task, exc)
        OutboxMessage.objects.filter(pk=message.pk, done_at=None).update(sent_at=None, last_error=repr(exc)[:2000])
        return False
    return True


def _task(name: str):
    from celery import current_app as app

    if name not in app.tasks:
        import_module(name.rsplit(".", 1)[0])  # a task module the web process has not imported yet
    return app.tasks[name]


def outbox_mark_done(*, message_id: int) -> None:
    OutboxMessage.objects.filter(pk=message_id, done_at=None).update(done_at=timezone.now(), last_error="")


def outbox_pending():
    """Messages the relay should publish now: never published (and old enough that the commit hook had its
    chance), or published long ago and never done (the broker lost them), below the attempt limit."""
    now = timezone.now()
    grace = now - timedelta(seconds=settings.OUTBOX_GRACE_SECONDS)
    resend = now - timedelta(seconds=settings.OUTBOX_RESEND_AFTER_SECONDS)
    return OutboxMessage.objects.filter(
        Q(sent_at=None, created_at__lt=grace) | Q(sent_at__lt=resend),
        done_at=None,
        attempts__lt=settings.OUTBOX_MAX_ATTEMPTS,
    ).order_by("id")


def outbox_relay(*, limit: int = 500) -> int:
    """Publish pending messages; stop at the first broker failure (the next run tries again). Returns how many."""
    from celery import current_app as app  # the project's app (config.celery), without importing config

    published = 0
    for message_id in list(outbox_pending().values_list("pk", flat=True)[:limit]):
        if outbox_publish(message_id=message_id):
            published += 1
        elif not app.conf.task_always_eager:
            break  # the broker is down: the rest would fail the same way, each after a connect timeout

    keep = timezone.now() - timedelta(days=settings.OUTBOX_KEEP_DONE_DAYS)
    OutboxMessage.objects.filter(done_at__lt=keep).delete()
    return published


def task_outbox_id(task) -> int | None:
    """The outbox message a running task came from (a header set by outbox_publish), if any."""
    request = task.request
    value = getattr(request, HEADER, None)
    if value is None:
        value = (getattr(request, "headers", None) or {}).get(HEADER)
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None
