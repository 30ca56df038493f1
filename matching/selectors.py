"""Reads of the matching app, bounded and scoped."""

from datetime import timedelta
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from marketplace.models import PostStatus, TechnologyNeed, TechnologyOffer

from .models import Feedback, GlossaryTerm, Match


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


def glossary_term_list(*, q: str = "") -> QuerySet:
    """Staff-added term pairs, optionally those whose Vietnamese or English contains q."""
    qs = GlossaryTerm.objects.select_related("created_by").order_by("vi", "en")
    q = q.strip()
    if q:
        qs = qs.filter(Q(vi__icontains=q) | Q(en__icontains=q))
    return qs


def match_get(*, pk: int) -> Match | None:
    return Match.objects.select_related("need__organization", "offer__organization").filter(pk=pk).first()


def match_groups_for_organizations(*, organization_ids, posts_per_kind: int = 30, per_post: int = 3):
    """For each published post of these organisations (newest 30 needs, then offers): (kind, post, its
    best `per_post` matches whose other side is published and that this side did not dismiss)."""
    groups: list[tuple[str, Any, list[Match]]] = []
    for kind, model in (("need", TechnologyNeed), ("offer", TechnologyOffer)):
        posts = list(
            model.objects.filter(organization_id__in=organization_ids, status=PostStatus.PUBLISHED).order_by(
                "-published_at"
            )[:posts_per_kind]
        )
        other = "offer" if kind == "need" else "need"
        matches = (
            Match.objects.filter(**{f"{kind}__in": posts, f"{other}__status": PostStatus.PUBLISHED})
            .exclude(**{f"{kind}_feedback": Feedback.NOT_RELEVANT})
            .select_related(f"{other}__organization")
            .order_by("-score")[: posts_per_kind * 10]
        )
        by_post: dict[int, list[Match]] = {}
        for match in matches:
            rows = by_post.setdefault(getattr(match, f"{kind}_id"), [])
            if len(rows) < per_post:
                rows.append(match)
        groups.extend((kind, post, by_post.get(post.pk, [])) for post in posts)
    return groups
