"""Workshops in the header search (core.search). Workshops are few (tens a year), so the visible ones are
read in one capped query and matched accent-insensitively in Python, the way the lists match posts."""

from django.utils import formats, timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from core.roles import is_staff
from core.search import SearchHit, register_source
from core.text import search_document, syllables

from .models import Workshop

SCANNED = 500  # the most recent workshops searched


def workshop_hits(*, query: str, user, limit: int):
    wanted = syllables(query)
    qs = Workshop.objects.all() if is_staff(user) else Workshop.objects.exclude(status=Workshop.Status.DRAFT)
    rows = qs.only("id", "title", "description", "venue", "starts_at", "status").order_by("-starts_at")[:SCANNED]
    found = []
    for w in rows:
        text = search_document(w.title, w.description, w.venue)
        if all(f" {s} " in text for s in wanted):
            found.append(w)
            if len(found) > limit:
                break
    hits = [
        SearchHit(
            title=w.title,
            url=w.get_absolute_url(),
            summary=Truncator(w.description).chars(180),
            meta=f"{formats.date_format(timezone.localtime(w.starts_at), 'SHORT_DATE_FORMAT')} · {w.venue}",
        )
        for w in found[:limit]
    ]
    return hits, len(found) > limit


def register() -> None:
    register_source(kind="workshop", label=_("Workshops"), search=workshop_hits, order=40)
