import pytest

from tests.conftest import wait_for


@pytest.mark.worker
@pytest.mark.xdist_group("worker")
def test_publishing_recomputes_matches_through_a_real_worker_and_notifies_once(
    celery_worker_process, dryer_offer, enterprise, enterprise_user, staff
):
    """The signal enqueues the task on the broker; a separate worker process computes and stores the match."""
    from core.models import Notification
    from marketplace import services as market
    from marketplace.models import TechnologyNeed
    from matching.models import Match
    from tests.factories import sector

    need = market.post_create(
        model=TechnologyNeed,
        organization=enterprise,
        by=enterprise_user,
        sectors=[sector("coconut")],
        title="Cần dây chuyền sấy cơm dừa 2 tấn/mẻ",
        summary="Thay lò sấy thủ công",
        problem="Lò sấy thủ công làm cơm dừa ám khói, độ ẩm không đều.",
        keywords="sấy dừa, cơm dừa",
        transfer_modes=["turnkey"],
        min_trl=6,
        budget_min=500_000_000,
        budget_max=900_000_000,
    )
    market.post_submit(post=need, by=enterprise_user)
    market.post_approve(post=TechnologyNeed.objects.get(pk=need.pk), by=staff)
    assert wait_for(lambda: Match.objects.filter(need=need, offer=dryer_offer).exists(), timeout=60)
    assert wait_for(lambda: Notification.objects.filter(user=enterprise_user, kind="match_for_need").exists(), 30)

    # The same change announced again: the worker recomputes, nothing is duplicated.

    from core.models import OutboxMessage
    from core.outbox import outbox_enqueue

    message = outbox_enqueue(task="matching.tasks.match_recompute_for_offer", args=[dryer_offer.pk])
    assert wait_for(lambda: OutboxMessage.objects.filter(pk=message.pk).exclude(done_at=None).exists(), 60)
    assert Match.objects.filter(need=need).count() == 1
    assert Notification.objects.filter(user=enterprise_user, kind="match_for_need").count() == 1
