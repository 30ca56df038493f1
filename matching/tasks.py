"""Background recomputation. Tasks take ids, load, call one service; safe to run twice."""

from celery import shared_task
from django.db import OperationalError

RETRY = dict(
    bind=True, acks_late=True, max_retries=3, autoretry_for=(OperationalError, ConnectionError), retry_backoff=True
)


@shared_task(**RETRY)
def match_recompute_for_need(self, need_id: int) -> int:
    from marketplace.models import TechnologyNeed

    from .services import match_recompute_for_need as run

    need = TechnologyNeed.objects.filter(pk=need_id).first()
    return run(need=need) if need else 0


@shared_task(**RETRY)
def match_recompute_for_offer(self, offer_id: int) -> int:
    from marketplace.models import TechnologyOffer

    from .services import match_recompute_for_offer as run

    offer = TechnologyOffer.objects.filter(pk=offer_id).first()
    return run(offer=offer) if offer else 0


@shared_task(bind=True, acks_late=True)
def match_recompute_all(self) -> int:
    from .services import match_recompute_all as run

    return run()
