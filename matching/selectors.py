"""Reads of the matching app, bounded and scoped."""

from datetime import timedelta

from django.db.models import QuerySet
from django.utils import timezone

from marketplace.models import PostStatus

from .models import Feedback, Match


def match_list_for_post(*, post, side: str, limit: int = 10, include_dismissed: bool = False) -> list[Match]:
    """The best matches of one post, the other side published; "not relevant" ones left out."""
    other = "offer" if side == "need" else "need"
    qs = (
        Match.objects.filter(**{side: post, f"{other}__status": PostStatus.PUBLISHED})
        .select_related(f"{other}__organization")
        .order_by("-score", "-id")
    )
    if not include_dismissed:
        qs = qs.exclude(**{f"{side}_feedback": Feedback.NOT_RELEVANT})
    return list(qs[:limit])


def match_list_strongest_new(*, days: int | None = 30, min_score: float = 0.0) -> QuerySet:
    """Pairs across the platform for staff to broker: both posts published, neither side dismissed it,
    strongest first."""
    qs = (
        Match.objects.filter(
            need__status=PostStatus.PUBLISHED, offer__status=PostStatus.PUBLISHED, score__gte=min_score
        )
        .exclude(need_feedback=Feedback.NOT_RELEVANT)
        .exclude(offer_feedback=Feedback.NOT_RELEVANT)
        .select_related("need__organization", "offer__organization")
        .order_by("-score", "-created_at")
    )
    if days:
        qs = qs.filter(created_at__gte=timezone.now() - timedelta(days=days))
    return qs
