"""Workshop and training announcements: one staff action publishes the announcement as news (linked to
the event) and tells the members of the organisations that opted in to announcements and work in the
event's theme sectors. A sector matches itself, the sectors below it and the one above it (the two-level
tree of the exchange), as the lists and workshop invitations do. Announcing again reuses the news item
(one per event, a database constraint) and tells only those not told yet (one notification per user
and event, core.notifications)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from core.notifications import notify
from core.roles import is_staff
from events.models import Training, Workshop
from marketplace.models import Organization, Sector

from .models import NewsCategory, NewsItem

CATEGORY = {"workshop": "hoi-thao", "training": "dao-tao"}


def related_sector_ids(sector_ids) -> set[int]:
    """The sectors, their children and their parents."""
    ids = set(sector_ids)
    if not ids:
        return set()
    rows = Sector.objects.filter(Q(pk__in=ids) | Q(parent_id__in=ids)).values_list("pk", "parent_id")
    return ids | {pk for pk, _parent in rows} | {parent for _pk, parent in rows if parent and _pk in ids}


def announcement_organizations(*, sector_ids) -> QuerySet:
    """Organisations that opted in and work in one of the sectors (or a parent or child of one)."""
    related = related_sector_ids(sector_ids)
    if not related:
        return Organization.objects.none()
    return Organization.objects.filter(announcements_opt_in=True, sectors__in=related).distinct()


def announcement_recipients(*, sector_ids) -> QuerySet:
    orgs = announcement_organizations(sector_ids=sector_ids)
    return get_user_model().objects.filter(is_active=True, memberships__organization__in=orgs).distinct()


def _event(workshop, training):
    if (workshop is None) == (training is None):
        raise ValidationError(_("Announce one workshop or one training."))
    if workshop is not None:
        return "workshop", Workshop.objects.select_for_update().get(pk=workshop.pk)
    return "training", Training.objects.select_for_update().get(pk=training.pk)


def _when(kind: str, event) -> str:
    if kind == "workshop":
        start = timezone.localtime(event.starts_at)
        return start.strftime("%H:%M %d/%m/%Y")
    if event.starts_on == event.ends_on:
        return event.starts_on.strftime("%d/%m/%Y")
    return f"{event.starts_on:%d/%m/%Y} – {event.ends_on:%d/%m/%Y}"


def _news_for(kind: str, event, by) -> NewsItem:
    category = (
        NewsCategory.objects.filter(slug=CATEGORY[kind]).first() or NewsCategory.objects.order_by("position").first()
    )
    if category is None:
        raise ValidationError(_("Create a news category first."))
    when = _when(kind, event)
    if kind == "workshop":
        title = _("Announcement: workshop “%(title)s”") % {"title": event.title}
    else:
        title = _("Announcement: training “%(title)s”") % {"title": event.title}
    summary = _("%(when)s at %(venue)s. Registration on the platform.") % {"when": when, "venue": event.venue}
    body = "\n\n".join(
        part
        for part in (
            event.description.strip(),
            _("Topic: %(topic)s. Trainer: %(trainer)s.") % {"topic": event.topic, "trainer": event.trainer}
            if kind == "training"
            else "",
            summary,
        )
        if part
    )
    now = timezone.now()
    news = NewsItem(
        title=title[:250],
        category=category,
        summary=summary[:500],
        body=body,
        status=NewsItem.Status.PUBLISHED,
        published_at=now,
        announcement=True,
        created_by=by,
        **{kind: event},
    )
    news.full_clean()
    news.save()
    return news


@transaction.atomic
def event_announce(*, by, workshop: Workshop | None = None, training: Training | None = None) -> tuple[NewsItem, int]:
    """Publish the event's announcement (once) and tell the opted-in organisations in its theme sectors
    (each member once). Returns the news item and how many people were told this time."""
    if not is_staff(by):
        raise PermissionDenied
    # The event row is locked first, so two announcements of one event queue and the second finds the news.
    kind, event = _event(workshop, training)
    if event.status in (event.Status.DRAFT, event.Status.CANCELLED):
        raise ValidationError(
            _("Only an open, closed or held event is announced: this one is %(status)s.")
            % {"status": event.get_status_display()}
        )
    news = NewsItem.objects.filter(announcement=True, **{kind: event}).first()
    if news is None:
        try:
            with transaction.atomic():
                news = _news_for(kind, event, by)
        except IntegrityError:  # pragma: no cover - the row lock above makes this the other caller's
            news = NewsItem.objects.get(announcement=True, **{kind: event})
    users = announcement_recipients(sector_ids=event.sectors.values_list("pk", flat=True))
    told = notify(
        users=list(users),
        kind=f"{kind}_announced",
        event_key=f"announce:{kind}:{event.pk}",
        params={"title": event.title, "when": _when(kind, event), "venue": event.venue},
        url=event.get_absolute_url(),
    )
    if news.announced_at is None:
        news.announced_at = timezone.now()
        news.save(update_fields=["announced_at"])
    return news, len(told)


def event_announcement(*, workshop: Workshop | None = None, training: Training | None = None) -> NewsItem | None:
    kind, event = ("workshop", workshop) if workshop is not None else ("training", training)
    return NewsItem.objects.filter(announcement=True, **{kind: event}).first()
