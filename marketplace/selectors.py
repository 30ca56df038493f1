"""Reads of the marketplace, always scoped to what the caller may see."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import BooleanField, Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.utils import timezone

from core.text import syllables

from . import permissions
from .models import Interest, Organization, PostStatus, Sector, TechnologyNeed, TechnologyOffer

User = get_user_model()

LIST_FIELDS_DEFERRED = ("description", "confidential_details", "search_text", "review_remarks")


def sector_tree() -> list[Sector]:
    """Top-level sectors, each with its children prefetched."""
    return list(Sector.objects.filter(parent=None).prefetch_related("children"))


def post_list_public(*, model: type) -> QuerySet:
    """Published, unexpired posts, as visitors see them, ready for a list page."""
    return (
        model.objects.filter(status=PostStatus.PUBLISHED)
        .select_related("organization")
        .prefetch_related(Prefetch("sectors", queryset=Sector.objects.only("id", "name_vi", "name_en", "code")))
        .defer(*LIST_FIELDS_DEFERRED)
        .order_by("-published_at", "-id")
    )


def post_list_for_organizations(*, model: type, organization_ids) -> QuerySet:
    return (
        model.objects.filter(organization_id__in=organization_ids)
        .select_related("organization")
        .annotate(
            interest_count=Count("interests", distinct=True),
            pending_interest_count=Count("interests", filter=Q(interests__status="pending"), distinct=True),
        )
        .order_by("-updated_at")
    )


def post_get_visible(*, model: type, pk: int, user):
    post = model.objects.select_related("organization", "created_by").prefetch_related("sectors").get(pk=pk)
    if not permissions.can_view_post(user, post):
        raise model.DoesNotExist
    return post


def post_search(queryset: QuerySet, query: str) -> QuerySet:
    """Accent- and case-insensitive search over the stored normalised text.

    Every syllable of the query must occur as a whole syllable; when the query has several syllables, at
    least one adjacent pair must occur as a unit ("nước thải" does not match "thải ra nước"). Results
    with more of the query's pairs, and with the whole phrase, come first."""
    syl = syllables(query)[:12]
    if not syl:
        return queryset
    if connection.vendor == "postgresql":
        queryset = _match_tsquery(queryset, syl)
    else:
        queryset = _match_like(queryset, syl)
    if len(syl) <= 2:
        # One syllable has no pairs; with two, every match holds the only pair, which is the whole phrase, so
        # every match ranks the same: newest first, without reading and sorting every match's text.
        return queryset
    pairs = list(dict.fromkeys(f" {a} {b} " for a, b in zip(syl, syl[1:], strict=False)))
    phrase = " " + " ".join(syl) + " "
    score = Case(When(search_text__contains=phrase, then=Value(100)), default=Value(0), output_field=IntegerField())
    for pair in pairs:
        score = score + Case(
            When(search_text__contains=pair, then=Value(1)), default=Value(0), output_field=IntegerField()
        )
    return queryset.annotate(search_rank=score).order_by("-search_rank", "-published_at", "-id")


def _match_like(queryset: QuerySet, syl: list[str]) -> QuerySet:
    """Portable form (SQLite): substring tests on the space-padded normalised text."""
    for s in dict.fromkeys(syl):
        queryset = queryset.filter(search_text__contains=f" {s} ")
    if len(syl) > 1:
        any_pair = Q()
        for a, b in zip(syl, syl[1:], strict=False):
            any_pair |= Q(search_text__contains=f" {a} {b} ")
        queryset = queryset.filter(any_pair)
    return queryset


def _match_tsquery(queryset: QuerySet, syl: list[str]) -> QuerySet:
    """PostgreSQL: the same rule as a text-search query over the normalised text, served by a GIN index on a
    generated column (migration 0006): every syllable, and at least one adjacent pair as a phrase (`a <-> b`)."""
    terms = " & ".join(dict.fromkeys(syl))
    if len(syl) > 1:
        terms += " & (" + " | ".join(f"{a} <-> {b}" for a, b in dict.fromkeys(zip(syl, syl[1:], strict=False))) + ")"
    column = f'"{queryset.model._meta.db_table}"."search_tsv"'
    matches = RawSQL(f"{column} @@ to_tsquery('simple'::regconfig, %s)", [terms], output_field=BooleanField())
    return queryset.annotate(search_match=matches).filter(search_match=True)


def moderation_queue() -> dict[str, QuerySet]:
    submitted = {"status": PostStatus.SUBMITTED}
    return {
        "needs": TechnologyNeed.objects.filter(**submitted)
        .select_related("organization", "created_by")
        .order_by("updated_at"),
        "offers": TechnologyOffer.objects.filter(**submitted)
        .select_related("organization", "created_by")
        .order_by("updated_at"),
    }


def organizations_awaiting_verification() -> QuerySet:
    """Registrations staff have to answer: not verified, and neither refused nor waiting for the owner."""
    return (
        Organization.objects.filter(verified_at=None, review_state="")
        .select_related("created_by")
        .order_by("created_at")
    )


def organization_list_for_user(user) -> QuerySet:
    if permissions.is_staff(user):
        return Organization.objects.select_related("area")
    return Organization.objects.filter(pk__in=permissions.organization_ids(user)).select_related("area")


def organization_list_of_member(user) -> QuerySet:
    """The organisations the user belongs to (staff included: only their own)."""
    return Organization.objects.filter(pk__in=permissions.organization_ids(user))


def organization_list_public() -> QuerySet:
    return Organization.objects.exclude(verified_at=None).select_related("area").prefetch_related("sectors")


def interest_list_received(*, organization_ids) -> QuerySet:
    return Interest.objects.filter(
        Q(need__organization_id__in=organization_ids) | Q(offer__organization_id__in=organization_ids)
    ).select_related("need", "offer", "from_organization")


def interest_list_sent(*, organization_ids) -> QuerySet:
    return Interest.objects.filter(from_organization_id__in=organization_ids).select_related(
        "need__organization", "offer__organization", "from_organization"
    )


def interest_for_user_and_post(*, user, post) -> Interest | None:
    org_ids = permissions.organization_ids(user)
    if not org_ids:
        return None
    return (
        Interest.objects.filter(**Interest.target_kwargs(post), from_organization_id__in=org_ids)
        .order_by("-created_at")
        .first()
    )


def platform_counts() -> dict[str, int]:
    return {
        "needs": TechnologyNeed.objects.filter(status=PostStatus.PUBLISHED).count(),
        "offers": TechnologyOffer.objects.filter(status=PostStatus.PUBLISHED).count(),
        "organizations": Organization.objects.exclude(verified_at=None).count(),
        "connections": Interest.objects.filter(status=Interest.Status.ACCEPTED).count(),
    }


def posts_expiring(*, organization_ids, days: int = 14) -> list:
    now = timezone.now()
    horizon = now + timezone.timedelta(days=days)
    result = []
    for model in (TechnologyNeed, TechnologyOffer):
        result += list(
            model.objects.filter(
                organization_id__in=organization_ids, status=PostStatus.PUBLISHED, expires_at__lte=horizon
            )
        )
    return result


def organization_users(organization) -> QuerySet:
    """The active users of an organisation: who is told about what happens to its posts."""
    return User.objects.filter(is_active=True, memberships__organization=organization)
