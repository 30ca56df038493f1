"""In-app notifications and their e-mails, each sent once per user and event.

A notification stores its kind and parameters, not a rendered sentence, so that each reader sees it
in the language they are reading in. Each app registers its own kinds with `register_kind` in its
AppConfig.ready().
"""

import unicodedata

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import translation

from .models import Notification
from .outbox import outbox_enqueue

KINDS: dict[str, object] = {}


def register_kind(kind: str, template) -> None:
    KINDS[kind] = template


def render_text(notification: Notification) -> str:
    template = KINDS.get(notification.kind)
    if template is None:
        return notification.kind
    try:
        return str(template) % notification.params
    except (KeyError, TypeError, ValueError):
        return str(template)


def notify(*, users, kind: str, event_key: str, params: dict, url: str = "") -> list[Notification]:
    """Create one notification per user for this event; a repeated call for the same event is a no-op.
    The e-mail goes out after the surrounding transaction commits."""
    created = []
    for user in {u.pk: u for u in users if u is not None}.values():
        try:
            with transaction.atomic():
                note = Notification.objects.create(
                    user=user, kind=kind, event_key=event_key[:200], params=params, url=url
                )
                # The e-mail is recorded with the notification: if the broker is down, the relay sends it later.
                outbox_enqueue(task="core.tasks.notification_send_email", args=[note.pk])
        except IntegrityError:
            continue  # this user already has this event
        created.append(note)
    return created


def email_subject(text: str, *, prefix: str = "", limit: int = 150) -> str:
    """A one-line e-mail subject from any text: line breaks, tabs and other control characters become spaces
    (a header cannot hold them), runs of spaces collapse, and a long text is cut at a word with an ellipsis."""
    cleaned = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in str(text))
    cleaned = " ".join(cleaned.split())
    subject = f"{prefix} {cleaned}".strip() if prefix else cleaned
    if len(subject) > limit:
        cut = subject[: limit - 1]
        if " " in cut[limit // 2 :]:
            cut = cut.rsplit(" ", 1)[0]
        subject = cut.rstrip() + "…"
    return subject


def notifications_email_sweep(*, older_than_minutes: int = 10, within_days: int = 3, limit: int = 500) -> int:
    """Send again the e-mails of recent notifications that were never e-mailed (their task was lost).
    Sending claims the row, so a notification whose first task is still on its way is never e-mailed twice."""
    from datetime import timedelta

    from django.utils import timezone

    from .tasks import notification_send_email as task

    now = timezone.now()
    ids = list(
        Notification.objects.filter(
            emailed_at=None,
            created_at__lt=now - timedelta(minutes=older_than_minutes),
            created_at__gte=now - timedelta(days=within_days),
        )
        .exclude(user__email="")
        .values_list("pk", flat=True)[:limit]
    )
    sent = 0
    for notification_id in ids:
        try:
            task.apply_async(args=[notification_id], retry=False)
        except Exception:
            break  # broker down: the next sweep tries again
        sent += 1
    return sent


def notification_send_email(*, notification_id: int) -> bool:
    """Send the e-mail of one notification, once: the row is claimed with a conditional update."""
    from django.core.mail import send_mail
    from django.utils import timezone

    claimed = Notification.objects.filter(id=notification_id, emailed_at=None).update(emailed_at=timezone.now())
    if claimed != 1:
        return False
    note = Notification.objects.select_related("user").get(id=notification_id)
    if not note.user.email:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        text = render_text(note)
        site = settings.PLATFORM["SITE_NAME"]
        body = f"{text}\n\n{settings.SITE_URL}{note.url}" if note.url else text
        try:
            subject = email_subject(text, prefix=f"[{site}]")
            send_mail(subject=subject, message=body, from_email=None, recipient_list=[note.user.email])
        except Exception:
            # Give the claim back so that a retry sends it; nothing was delivered.
            Notification.objects.filter(id=notification_id).update(emailed_at=None)
            raise
    return True
