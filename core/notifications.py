"""In-app notifications and their e-mails, each sent once per user and event.

A notification stores its kind and parameters, not a rendered sentence, so that each reader sees it
in the language they are reading in. Each app registers its own kinds with `register_kind` in its
AppConfig.ready().
"""

import re
import unicodedata
from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone, translation
from django.utils.translation import ngettext

from .models import Notification
from .outbox import outbox_enqueue

KINDS: dict[str, object] = {}
LABELS: dict[str, object] = {}
EMAIL_DETAILS: dict[str, Callable] = {}


def register_kind(kind: str, template, label=None, email_details: Callable | None = None) -> None:
    """`template`: the notification's sentence with %(name)s parameters; `label`: the kind's name on the
    account's notification settings (optional); `email_details(notification)`: the facts its e-mail carries
    beside the sentence, a list of {"label", "value", "link"} rendered in the recipient's language (optional)."""
    KINDS[kind] = template
    if label is not None:
        LABELS[kind] = label
    if email_details is not None:
        EMAIL_DETAILS[kind] = email_details


def email_details(notification: Notification) -> list[dict]:
    """The registered details of a notification's e-mail; links are made absolute from SITE_URL."""
    from .emails import absolute_url

    provider = EMAIL_DETAILS.get(notification.kind)
    rows = provider(notification) if provider is not None else []
    return [{**row, "link": absolute_url(row.get("link") or "")} for row in rows or []]


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

    from .models import NotificationSetting
    from .tasks import notification_send_email as task

    now = timezone.now()
    # Kinds a user reads on the site only or in the daily digest are not e-mailed at once: leave them out.
    not_at_once = NotificationSetting.objects.filter(user=OuterRef("user"), kind=OuterRef("kind")).exclude(
        delivery=NotificationSetting.Delivery.EMAIL
    )
    ids = list(
        Notification.objects.filter(
            emailed_at=None,
            created_at__lt=now - timedelta(minutes=older_than_minutes),
            created_at__gte=now - timedelta(days=within_days),
        )
        .exclude(user__email="")
        .exclude(Exists(not_at_once))
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


def kind_label(kind: str) -> str:
    """A kind's name for the settings page: its label if it registered one, else its sentence with "…"
    in place of the details."""
    label = LABELS.get(kind)
    if label is not None:
        return str(label)
    template = KINDS.get(kind)
    if template is None:
        return kind
    return re.sub(r"%\((\w+)\)s", "…", str(template))


def delivery_for(user, kind: str) -> str:
    from .models import NotificationSetting

    found = NotificationSetting.objects.filter(user=user, kind=kind).values_list("delivery", flat=True).first()
    return found or NotificationSetting.Delivery.EMAIL


def notification_send_email(*, notification_id: int) -> bool:
    """Send the e-mail of one notification, once: the row is claimed with a conditional update. Kinds the
    user wants on the site only, or in the daily digest, are not sent here."""
    from .emails import absolute_url, send_templated_mail, user_language
    from .models import NotificationSetting

    note = Notification.objects.select_related("user").filter(id=notification_id).first()
    if note is None or not note.user.email or not note.user.is_active:
        return False
    if delivery_for(note.user, note.kind) != NotificationSetting.Delivery.EMAIL:
        return False
    claimed = Notification.objects.filter(id=notification_id, emailed_at=None).update(emailed_at=timezone.now())
    if claimed != 1:
        return False
    with translation.override(user_language(note.user)):
        text = render_text(note)
        try:
            send_templated_mail(
                to=note.user.email,
                user=note.user,
                subject=email_subject(text),
                template="notification",
                context={"text": text, "link": absolute_url(note.url), "details": email_details(note)},
            )
        except Exception:
            # Give the claim back so that a retry sends it; nothing was delivered.
            Notification.objects.filter(id=notification_id).update(emailed_at=None)
            raise
    return True


def notifications_send_digests(*, now=None) -> int:
    """One e-mail per user gathering the notifications of the kinds they chose as a daily digest and not
    yet e-mailed. Each notification is claimed before sending, so a re-run sends nothing twice."""
    from django.contrib.auth import get_user_model

    from .emails import absolute_url, send_templated_mail, user_language
    from .models import NotificationSetting

    now = now or timezone.now()
    sent = 0
    digest = NotificationSetting.objects.filter(delivery=NotificationSetting.Delivery.DIGEST)
    user_ids = digest.values_list("user_id", flat=True).distinct()
    for user in get_user_model().objects.filter(pk__in=user_ids, is_active=True).exclude(email=""):
        kinds = list(digest.filter(user=user).values_list("kind", flat=True))
        pending = Notification.objects.filter(user=user, kind__in=kinds, emailed_at=None, created_at__lte=now)
        ids = list(pending.values_list("id", flat=True)[:200])
        if not ids:
            continue
        with transaction.atomic():
            claimed = Notification.objects.filter(id__in=ids, emailed_at=None).update(emailed_at=now)
            if not claimed:
                continue
            notes = list(Notification.objects.filter(id__in=ids, emailed_at=now).order_by("created_at"))
            with translation.override(user_language(user)):
                items = [{"text": render_text(n), "link": absolute_url(n.url), "at": n.created_at} for n in notes]
                send_templated_mail(
                    to=user.email,
                    user=user,
                    subject=ngettext(
                        "Your daily digest: %(count)s notification",
                        "Your daily digest: %(count)s notifications",
                        len(items),
                    )
                    % {"count": len(items)},
                    template="digest",
                    context={"items": items},
                )
        sent += 1
    return sent
