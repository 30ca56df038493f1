"""In-app notifications and their e-mails, each sent once per user and event.

A notification stores its kind and parameters, not a rendered sentence, so that each reader sees it
in the language they are reading in. Each app registers its own kinds with `register_kind` in its
AppConfig.ready().
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import translation

from .models import Notification

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
        except IntegrityError:
            continue  # this user already has this event
        created.append(note)
    if created:
        from .tasks import notification_send_email

        ids = [n.pk for n in created]
        transaction.on_commit(lambda: [notification_send_email.delay(i) for i in ids])
    return created


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
            send_mail(subject=f"[{site}] {text[:120]}", message=body, from_email=None, recipient_list=[note.user.email])
        except Exception:
            # Give the claim back so that a retry sends it; nothing was delivered.
            Notification.objects.filter(id=notification_id).update(emailed_at=None)
            raise
    return True
