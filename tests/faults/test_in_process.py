"""In-process mode (no broker): a failing follow-up never turns a saved change into a 500; e-mail subjects
are one line whatever the text."""

import pytest
from django.core import mail
from django.urls import reverse

from core.models import Notification, OutboxMessage
from core.notifications import email_subject, notification_send_email, notify
from marketplace.models import PostStatus, TechnologyNeed
from tests.factories import NeedFactory

pytestmark = pytest.mark.django_db


class BrokenSMTP:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.mark.parametrize(
    "text",
    ["Máy sấy\r\nBcc: attacker@example.com", "Tên\nmới", "a\tb\x00c\u2028d", "x" * 400],
)
def test_a_subject_is_one_safe_line_whatever_the_text(text):
    subject = email_subject(text, prefix="[Sàn]")
    assert "\n" not in subject and "\r" not in subject and "\x00" not in subject and "\u2028" not in subject
    assert subject.startswith("[Sàn] ") and len(subject) <= 150


def test_a_title_with_a_line_break_is_e_mailed(enterprise, enterprise_user, staff, django_capture_on_commit_callbacks):
    need = NeedFactory(organization=enterprise, status=PostStatus.SUBMITTED, title="Dây chuyền\r\nBcc: x@example.com")
    from marketplace import services

    with django_capture_on_commit_callbacks(execute=True):
        services.post_approve(post=need, by=staff)
    sent = [m for m in mail.outbox if enterprise_user.email in m.to]
    assert len(sent) == 1 and "\n" not in sent[0].subject and "Bcc" in sent[0].subject
    assert not sent[0].bcc


def test_a_mail_server_down_in_process_mode_gives_the_normal_page_and_keeps_the_e_mail_for_later(
    settings, client_for, enterprise, enterprise_user, staff, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.faults.test_in_process.BrokenSMTP"
    need = NeedFactory(organization=enterprise, status=PostStatus.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(staff).post(
            reverse("marketplace:staff_review", args=["need", need.pk]), {"decision": "approve", "reason": ""}
        )
    assert response.status_code == 302
    assert TechnologyNeed.objects.get(pk=need.pk).status == PostStatus.PUBLISHED
    note = Notification.objects.get(user=enterprise_user, kind="post_published")
    assert note.emailed_at is None  # the claim was given back
    message = OutboxMessage.objects.get(task="core.tasks.notification_send_email", args=[note.pk])
    assert message.done_at is None and "mail server is down" in message.last_error

    # The mail server is back: the relay sends it, once.
    from core.outbox import outbox_relay

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.OUTBOX_GRACE_SECONDS = -1
    outbox_relay()
    outbox_relay()
    note.refresh_from_db()
    assert note.emailed_at is not None
    assert len([m for m in mail.outbox if enterprise_user.email in m.to]) == 1
    assert notification_send_email(notification_id=note.pk) is False


def test_a_rolled_back_change_leaves_no_follow_up(enterprise_user):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        notify(users=[enterprise_user], kind="post_published", event_key="rollback:1", params={})
        raise RuntimeError
    assert not OutboxMessage.objects.exists() and not Notification.objects.exists()


def test_a_message_published_but_never_done_is_sent_again_after_the_resend_window(enterprise_user, settings):
    """A Redis restart without persistence loses what was queued: the relay sends it again, and the task's own
    claim keeps the e-mail single."""
    from datetime import timedelta

    from django.utils import timezone

    from core.outbox import outbox_relay

    note = Notification.objects.create(user=enterprise_user, kind="post_published", event_key="lost:1", params={})
    message = OutboxMessage.objects.create(
        task="core.tasks.notification_send_email",
        args=[note.pk],
        sent_at=timezone.now() - timedelta(seconds=settings.OUTBOX_RESEND_AFTER_SECONDS + 1),
        attempts=1,
    )
    fresh = OutboxMessage.objects.create(task="core.tasks.notification_send_email", args=[note.pk])
    assert outbox_relay() == 1  # the lost one; the fresh one is still within its grace period
    message.refresh_from_db()
    assert message.done_at is not None and message.attempts == 2
    assert OutboxMessage.objects.get(pk=fresh.pk).sent_at is None
    assert len([m for m in mail.outbox if enterprise_user.email in m.to]) == 1
