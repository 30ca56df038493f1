"""Broker down: the page answers as usual, the follow-up work waits in the outbox, and once the broker is back
it is done exactly once by a real worker."""

import time
from pathlib import Path

import pytest
from django.urls import reverse

from core.models import Notification, OutboxMessage
from marketplace.models import PostStatus, TechnologyNeed
from tests.conftest import start_celery_worker, stop_celery_worker, wait_for
from tests.factories import NeedFactory, OfferFactory, sector

pytestmark = [pytest.mark.worker, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _emails(folder: Path) -> list[str]:
    return [p.read_text(errors="replace") for p in folder.glob("*.log")] if folder.exists() else []


def test_an_approval_with_the_broker_down_answers_at_once_and_its_follow_up_runs_once_after_recovery(
    throwaway_redis, broker_at, client_for, staff, enterprise, enterprise_user, provider, tmp_path
):
    from core.outbox import outbox_relay
    from matching.models import Match

    mail_dir = tmp_path / "mail"
    need = NeedFactory(
        organization=enterprise,
        status=PostStatus.SUBMITTED,
        title="Cần dây chuyền sấy cơm dừa 2 tấn/mẻ",
        keywords="sấy dừa, cơm dừa",
        sectors=[sector("coconut")],
    )
    OfferFactory(
        organization=provider,
        status=PostStatus.PUBLISHED,
        title="Máy sấy cơm dừa bằng khí nóng gián tiếp 2 tấn/mẻ",
        keywords="máy sấy dừa, cơm dừa",
        sectors=[sector("coconut")],
    )
    broker_at(throwaway_redis.url)
    worker = start_celery_worker(
        env_overrides={
            "REDIS_URL": throwaway_redis.url,
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(mail_dir),
        }
    )
    try:
        throwaway_redis.stop()  # the broker goes down

        # The URL first: the first reverse() imports every URL module (1.5 s on a busy machine), not what is timed.
        url = reverse("marketplace:staff_review", args=["need", need.pk])
        started = time.monotonic()
        response = client_for(staff).post(url, {"decision": "approve", "reason": ""})
        elapsed = time.monotonic() - started

        assert response.status_code == 302, response.content[:500]
        assert response.url == reverse("marketplace:staff_moderation"), response.url
        assert elapsed < 3.0, f"the approval took {elapsed:.1f} s with the broker down"
        assert TechnologyNeed.objects.get(pk=need.pk).status == PostStatus.PUBLISHED
        # The follow-up is recorded with the write, none of it delivered.
        published_note = Notification.objects.get(user=enterprise_user, kind="post_published")
        pending = OutboxMessage.objects.filter(done_at=None)
        assert set(pending.values_list("task", flat=True)) == {
            "core.tasks.notification_send_email",
            "matching.tasks.match_recompute_for_need",
        }
        assert not pending.exclude(sent_at=None).exists()
        assert published_note.emailed_at is None
        health = client_for(None).get("/healthz").json()
        assert health["status"] == "degraded" and health["checks"]["broker"]["ok"] is False

        # A second approval attempt is refused as a normal form error, not "already done" with lost work.
        again = client_for(staff).post(
            reverse("marketplace:staff_review", args=["need", need.pk]), {"decision": "approve", "reason": ""}
        )
        assert again.status_code == 200

        throwaway_redis.start()  # the broker comes back (empty: whatever it held is gone)
        assert wait_for(lambda: client_for(None).get("/healthz").json()["checks"]["workers"]["ok"], 30)
        OutboxMessage.objects.update(created_at=OutboxMessage.objects.first().created_at.replace(year=2000))
        relayed = wait_for(lambda: outbox_relay() >= 0 and not OutboxMessage.objects.filter(done_at=None).exists(), 60)
        assert relayed, list(OutboxMessage.objects.values("task", "sent_at", "attempts", "last_error"))
        assert Match.objects.filter(need=need).count() == 1
        assert wait_for(lambda: len(_emails(mail_dir)) >= 1, 20)

        # The relay and the sweep run again: nothing is sent twice.
        outbox_relay()
        from core.notifications import notifications_email_sweep

        notifications_email_sweep(older_than_minutes=0)
        time.sleep(2)
        published_note.refresh_from_db()
        assert published_note.emailed_at is not None
        # One e-mail per notification (the approval, and the strong match it led to), none twice.
        notes = Notification.objects.filter(user__email__gt="")
        assert notes.filter(emailed_at=None).count() == 0
        assert len(_emails(mail_dir)) == notes.count() >= 1
    finally:
        stop_celery_worker(worker)


def test_negative_control_without_the_outbox_a_broker_down_answers_500_and_loses_the_follow_up(
    throwaway_redis, broker_at, client_for, staff, enterprise, monkeypatch
):
    """The fix turned off (follow-up published straight after the commit, as before the outbox): the same fault
    gives the failures the test above rules out."""
    from core.faults import HOOKS

    monkeypatch.setattr(HOOKS, "outbox", False)
    need = NeedFactory(organization=enterprise, status=PostStatus.SUBMITTED)
    broker_at(throwaway_redis.url)
    throwaway_redis.stop()
    client = client_for(staff)
    client.raise_request_exception = False
    response = client.post(
        reverse("marketplace:staff_review", args=["need", need.pk]), {"decision": "approve", "reason": ""}
    )
    assert response.status_code == 500
    assert TechnologyNeed.objects.get(pk=need.pk).status == PostStatus.PUBLISHED  # committed all the same
    assert not OutboxMessage.objects.exists()  # and nothing left for the relay: the follow-up is lost
