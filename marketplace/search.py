"""The marketplace's kinds in the header search (core.search): needs, offers, organisations.
Each is one query, capped, with the visibility rules of the public lists."""

from urllib.parse import urlencode

from django.db import connection
from django.db.models import Q
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from core import roles
from core.search import SearchHit, register_source
from core.text import syllables

from .models import Organization, TechnologyNeed, TechnologyOffer
from .selectors import _match_like, _match_tsquery, post_list_public


def _posts(model, *, query: str, user, limit: int):
    # The header shows the newest few matches and links to the list for the ranked whole: ranking every match
    # (the lists' phrase-first order) costs a sort of all of them, about 120 ms at 100,000 offers.
    syl = syllables(query)[:12]
    qs = (
        _match(post_list_public(model=model), syl)
        .prefetch_related(None)
        .only("id", "title", "summary", "published_at", "organization__name")
        .order_by("-published_at", "-id")
    )
    rows = list(qs[: limit + 1])
    hits = [
        SearchHit(
            title=p.title,
            url=p.get_absolute_url(),
            summary=Truncator(p.summary).chars(180),
            meta=p.organization.name,
        )
        for p in rows[:limit]
    ]
    return hits, len(rows) > limit


def _match(queryset, syl):
    if not syl:
        return queryset.none()
    return _match_tsquery(queryset, syl) if connection.vendor == "postgresql" else _match_like(queryset, syl)


def need_hits(*, query: str, user, limit: int):
    return _posts(TechnologyNeed, query=query, user=user, limit=limit)


def offer_hits(*, query: str, user, limit: int):
    return _posts(TechnologyOffer, query=query, user=user, limit=limit)


def organization_search(queryset, query: str):
    """Accent-insensitive search over an organisation's name and description, names first."""
    syl = syllables(query)[:12]
    if not syl:
        return queryset
    return _match_like(queryset, syl)


def organization_hits(*, query: str, user, limit: int):
    visible = Q(verified_at__isnull=False)
    if roles.is_staff(user):
        visible = Q()
    elif getattr(user, "is_authenticated", False):
        visible |= Q(pk__in=roles.organization_ids(user))
    qs = (
        organization_search(Organization.objects.filter(visible), query)
        .select_related("area")
        .only("id", "name", "kind", "description", "area__name", "area__kind")
        .order_by("name")
    )
    rows = list(qs[: limit + 1])
    hits = [
        SearchHit(
            title=o.name,
            url=o.get_absolute_url(),
            summary=Truncator(o.description).chars(180),
            meta=" · ".join(x for x in (str(o.get_kind_display()), o.area.name if o.area_id else "") if x),
        )
        for o in rows[:limit]
    ]
    return hits, len(rows) > limit


def _list(name):
    return lambda query: reverse(name) + "?" + urlencode({"q": query})


def register() -> None:
    register_source(
        kind="need", label=_("Technology needs"), search=need_hits, order=10, list_url=_list("marketplace:need_list")
    )
    register_source(
        kind="offer",
        label=_("Technology offers"),
        search=offer_hits,
        order=20,
        list_url=_list("marketplace:offer_list"),
    )
    register_source(
        kind="organization",
        label=_("Organisations"),
        search=organization_hits,
        order=30,
        list_url=_list("marketplace:organization_list"),
    )
