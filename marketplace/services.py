"""Writes of the marketplace: organisations, posts and their lifecycle, interests."""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.faults import fault_point
from core.notifications import notify
from core.roles import STAFF_GROUP
from core.verification import require_verified

from . import permissions
from .models import (
    Attachment,
    Interest,
    Membership,
    Organization,
    PostStatus,
    StatusChange,
    TechnologyNeed,
    TechnologyOffer,
)
from .selectors import organization_users
from .signals import post_changed
from .validators import validate_attachment

User = get_user_model()
Post = TechnologyNeed | TechnologyOffer

# Which status each action may start from.
TRANSITIONS = {
    "submit": ({PostStatus.DRAFT, PostStatus.REJECTED}, PostStatus.SUBMITTED),
    "approve": ({PostStatus.SUBMITTED}, PostStatus.PUBLISHED),
    "reject": ({PostStatus.SUBMITTED}, PostStatus.REJECTED),
    "return": ({PostStatus.SUBMITTED}, PostStatus.DRAFT),
    "pause": ({PostStatus.PUBLISHED}, PostStatus.PAUSED),
    "resume": ({PostStatus.PAUSED}, PostStatus.PUBLISHED),
    "close": (
        {
            PostStatus.DRAFT,
            PostStatus.SUBMITTED,
            PostStatus.PUBLISHED,
            PostStatus.PAUSED,
            PostStatus.REJECTED,
            PostStatus.EXPIRED,
        },
        PostStatus.CLOSED,
    ),
    "expire": ({PostStatus.PUBLISHED, PostStatus.PAUSED}, PostStatus.EXPIRED),
}


def staff_users():
    return User.objects.filter(is_active=True, groups__name=STAFF_GROUP)


# Organisations ---------------------------------------------------------------------------------


@transaction.atomic
def organization_register(*, user, sectors=(), **fields) -> Organization:
    """Register an organisation; the registering user becomes its owner. Staff verify it later."""
    fields.setdefault("province", settings.PLATFORM["PROVINCE_NAME"])
    organization = Organization(created_by=user, **fields)
    organization.full_clean()
    organization.save()
    organization.sectors.set(sectors)
    Membership.objects.create(user=user, organization=organization, role=Membership.Role.OWNER)
    notify(
        users=staff_users(),
        kind="organization_registered",
        event_key=f"org-registered:{organization.pk}",
        params={"org": organization.name},
        url=reverse("marketplace:staff_organizations"),
    )
    return organization


@transaction.atomic
def organization_update(*, organization: Organization, by, sectors=None, **fields) -> Organization:
    if not permissions.can_edit_organization(by, organization):
        raise PermissionDenied
    from . import verification

    # A verified organisation's name, tax code and size change only once staff confirm them.
    waiting = verification.protected_changes(organization=organization, fields=fields, by=by)
    for name, value in fields.items():
        if name not in waiting:
            setattr(organization, name, value)
    organization.full_clean()
    organization.save()
    if sectors is not None:
        organization.sectors.set(sectors)
    if waiting:
        verification.change_request(organization=organization, values=waiting, by=by)
    verification.organization_resubmitted(organization=organization, by=by)
    return organization


@transaction.atomic
def organization_verify(*, organization: Organization, by) -> Organization:
    if not permissions.is_staff(by):
        raise PermissionDenied
    updated = Organization.objects.filter(pk=organization.pk, verified_at=None).update(
        verified_at=timezone.now(), verified_by=by
    )
    organization.refresh_from_db()
    if updated:
        notify(
            users=organization_users(organization),
            kind="organization_verified",
            event_key=f"org-verified:{organization.pk}",
            params={"org": organization.name},
            url=organization.get_absolute_url(),
        )
    return organization


# Posts -----------------------------------------------------------------------------------------


def post_expiry(post: Post, *, start: datetime | None = None) -> datetime:
    """A need lives until its deadline or NEED_LIFETIME_DAYS, whichever is first; an offer OFFER_LIFETIME_DAYS."""
    start = start or timezone.now()
    if isinstance(post, TechnologyNeed):
        expiry = start + timedelta(days=settings.NEED_LIFETIME_DAYS)
        if post.deadline:
            end_of_deadline = timezone.make_aware(datetime.combine(post.deadline, time(23, 59, 59)))
            expiry = min(expiry, end_of_deadline)
        return expiry
    return start + timedelta(days=settings.OFFER_LIFETIME_DAYS)


def _record(
    post: Post, *, from_status: str, to_status: str, by, reason: str = "", changes: dict | None = None
) -> StatusChange:
    return StatusChange.objects.create(
        **StatusChange.target_kwargs(post),
        from_status=from_status,
        to_status=to_status,
        by=by,
        reason=reason,
        changes=changes or {},
    )


def _text_snapshot(post: Post) -> dict:
    return {name: getattr(post, name) for name in post.TEXT_FIELDS}


def post_text_changes(post: Post) -> dict:
    """The public text changed since staff last approved it: {field: {"before": ..., "after": ...}}."""
    approved = post.approved_text or {}
    return {
        name: {"before": approved.get(name, ""), "after": value}
        for name, value in _text_snapshot(post).items()
        if value != approved.get(name, "")
    }


def _back_to_review(locked: Post, *, from_status: str, by, changes: dict) -> Post:
    """Text changed since the last approval: whichever way the post was going public, it goes to review."""
    locked.status = PostStatus.SUBMITTED
    locked.save(update_fields=["status", "updated_at"])
    _record(
        locked,
        from_status=from_status,
        to_status=PostStatus.SUBMITTED,
        by=by,
        reason=_("Text changed since the last approval (%(fields)s): back to review")
        % {"fields": ", ".join(str(type(locked)._meta.get_field(name).verbose_name) for name in changes)},
        changes=changes,
    )
    _notify_staff_of_submission(locked)
    return locked


def _locked(post: Post) -> Post:
    return type(post).objects.select_for_update().get(pk=post.pk)


def _transition(post: Post, action: str, *, by, reason: str = "") -> Post:
    allowed_from, to_status = TRANSITIONS[action]
    locked = _locked(post)
    if locked.status not in allowed_from:
        raise ValidationError(
            _("This post is “%(status)s”; it cannot be changed that way.") % {"status": locked.get_status_display()}
        )
    from_status = locked.status
    if to_status == PostStatus.PUBLISHED and action != "approve":
        changes = post_text_changes(locked)
        if changes:
            _back_to_review(locked, from_status=from_status, by=by, changes=changes)
            _announce_change(locked)
            return locked
    locked.status = to_status
    fields = ["status", "updated_at"]
    if to_status == PostStatus.PUBLISHED and action == "approve":
        locked.approved_text = _text_snapshot(locked)
        fields.append("approved_text")
        now = timezone.now()
        if locked.published_at is None:
            locked.published_at = now
        locked.expires_at = post_expiry(locked, start=now)
        locked.expiry_reminded_at = None
        locked.review_remarks = ""
        fields += ["published_at", "expires_at", "expiry_reminded_at", "review_remarks"]
    if action in ("reject", "return"):
        locked.review_remarks = reason
        fields.append("review_remarks")
    locked.save(update_fields=fields)
    _record(locked, from_status=from_status, to_status=to_status, by=by, reason=reason)
    _announce_change(locked)
    return locked


def _announce_change(post: Post) -> None:
    # Inside the transaction: receivers record their follow-up work in the outbox, so it commits with the change.
    post_changed.send(sender=type(post), post_id=post.pk, status=post.status)


def _check_can_post_for(by, organization: Organization) -> bool:
    """Members post for their organisation; staff may post on behalf of any organisation."""
    if permissions.is_member(by, organization):
        return False
    if permissions.is_staff(by):
        return True
    raise PermissionDenied


@transaction.atomic
def post_create(
    *, model: type, organization: Organization, by, sectors=(), attachments=(), submit: bool = False, **fields
) -> Post:
    entered_by_staff = _check_can_post_for(by, organization)
    if model is TechnologyNeed and not organization.is_seeker:
        raise ValidationError(_("Only an enterprise (technology seeker) can post a technology need."))
    if model is TechnologyOffer and not organization.is_provider:
        raise ValidationError(_("Only a technology provider can post a technology offer."))
    post = model(organization=organization, created_by=by, entered_by_staff=entered_by_staff, **fields)
    post.full_clean()
    post.save()
    post.sectors.set(sectors)
    for upload in attachments:
        attachment_add(post=post, upload=upload, by=by)
    _record(
        post,
        from_status="",
        to_status=PostStatus.DRAFT,
        by=by,
        reason=_("Entered by staff on behalf of the organisation") if entered_by_staff else "",
    )
    if submit:
        post = post_submit(post=post, by=by)
    return post


@transaction.atomic
def post_update(*, post: Post, by, sectors=None, attachments=(), **fields) -> Post:
    """Edit a post. On a published post, free text (TEXT_FIELDS) that differs from the last approved text sends it
    back to review, because readers would see unmoderated text; structured fields (budget, TRL, deadline,
    sectors, modes) change in place and the post stays published. A paused or expired post keeps its edits
    until it is resumed or renewed: that step sends it to review instead of publishing it."""
    if not permissions.can_edit_post(by, post):
        raise PermissionDenied
    locked = _locked(post)
    for name, value in fields.items():
        setattr(locked, name, value)
    locked.full_clean()
    locked.save()
    if sectors is not None:
        locked.sectors.set(sectors)
    for upload in attachments:
        attachment_add(post=locked, upload=upload, by=by)
    if locked.status == PostStatus.PUBLISHED:
        changes = post_text_changes(locked)
        if changes:
            _back_to_review(locked, from_status=PostStatus.PUBLISHED, by=by, changes=changes)
    if (
        isinstance(locked, TechnologyNeed)
        and locked.deadline
        and locked.expires_at
        and locked.status in (PostStatus.PUBLISHED, PostStatus.PAUSED)
    ):
        locked.expires_at = post_expiry(locked, start=locked.published_at or timezone.now())
        locked.save(update_fields=["expires_at"])
    _announce_change(locked)
    return locked


def _attachment_quota(post: Post, upload) -> None:
    """Per post (count and bytes) and per organisation (bytes), counted under the organisation's row lock."""
    Organization.objects.select_for_update().filter(pk=post.organization_id).first()
    on_post = Attachment.objects.filter(**Attachment.target_kwargs(post))
    count, used = on_post.count(), on_post.aggregate(total=Sum("size"))["total"] or 0
    if count >= settings.ATTACHMENTS_PER_POST:
        raise ValidationError(
            {"new_attachments": _("A post can have at most %(n)s documents.") % {"n": settings.ATTACHMENTS_PER_POST}}
        )
    if used + upload.size > settings.ATTACHMENT_POST_MAX_BYTES:
        raise ValidationError(
            {
                "new_attachments": _("The documents of a post may take at most %(limit)s in all.")
                % {"limit": filesizeformat(settings.ATTACHMENT_POST_MAX_BYTES)}
            }
        )
    org_used = sum(
        Attachment.objects.filter(**{f"{side}__organization_id": post.organization_id}).aggregate(total=Sum("size"))[
            "total"
        ]
        or 0
        for side in ("need", "offer")
    )
    if org_used + upload.size > settings.ATTACHMENT_ORGANIZATION_MAX_BYTES:
        raise ValidationError(
            {
                "new_attachments": _(
                    "Your organisation's documents would take more than %(limit)s: delete some old ones first."
                )
                % {"limit": filesizeformat(settings.ATTACHMENT_ORGANIZATION_MAX_BYTES)}
            }
        )


@transaction.atomic
def attachment_add(*, post: Post, upload, by) -> Attachment:
    content_type = validate_attachment(upload)
    _attachment_quota(post, upload)
    attachment = Attachment(
        **Attachment.target_kwargs(post),
        file=upload,
        original_name=upload.name[:200],
        content_type=content_type,
        size=upload.size,
        uploaded_by=by,
    )
    attachment.save()
    return attachment


@transaction.atomic
def attachment_delete(*, attachment: Attachment, by) -> None:
    if not permissions.can_edit_post(by, attachment.post):
        raise PermissionDenied
    attachment.file.delete(save=False)
    attachment.delete()


def _notify_staff_of_submission(post: Post) -> None:
    count = post.history.filter(to_status=PostStatus.SUBMITTED).count()
    notify(
        users=staff_users(),
        kind="post_submitted",
        event_key=f"{post.kind}-submitted:{post.pk}:{count}",
        params={"title": post.title},
        url=reverse("marketplace:staff_review", args=[post.kind, post.pk]),
    )


@transaction.atomic
def post_submit(*, post: Post, by) -> Post:
    if not permissions.can_manage_post(by, post):
        raise PermissionDenied
    post = _transition(post, "submit", by=by)
    _notify_staff_of_submission(post)
    return post


def _staff_only(by) -> None:
    if not permissions.is_staff(by):
        raise PermissionDenied


@transaction.atomic
def post_approve(*, post: Post, by) -> Post:
    _staff_only(by)
    if not post.organization.is_verified:
        raise ValidationError(_("Verify the organisation before publishing its posts."))
    post = _transition(post, "approve", by=by)
    published = post.history.filter(to_status=PostStatus.PUBLISHED).count()
    notify(
        users=organization_users(post.organization),
        kind="post_published",
        event_key=f"{post.kind}-published:{post.pk}:{published}",
        params={"title": post.title},
        url=post.get_absolute_url(),
    )
    return post


@transaction.atomic
def post_reject(*, post: Post, by, reason: str) -> Post:
    _staff_only(by)
    if not reason.strip():
        raise ValidationError({"reason": _("Give the owner a reason.")})
    post = _transition(post, "reject", by=by, reason=reason.strip())
    notify(
        users=organization_users(post.organization),
        kind="post_rejected",
        event_key=f"{post.kind}-rejected:{post.history.first().pk}",
        params={"title": post.title, "reason": reason.strip()},
        url=post.get_absolute_url(),
    )
    return post


@transaction.atomic
def post_return(*, post: Post, by, remarks: str) -> Post:
    """Send a submitted post back to its owner as a draft, with the reviewer's remarks."""
    _staff_only(by)
    if not remarks.strip():
        raise ValidationError({"reason": _("Write the remarks the owner should address.")})
    post = _transition(post, "return", by=by, reason=remarks.strip())
    notify(
        users=organization_users(post.organization),
        kind="post_returned",
        event_key=f"{post.kind}-returned:{post.history.first().pk}",
        params={"title": post.title, "reason": remarks.strip()},
        url=post.get_absolute_url(),
    )
    return post


def _owner_action(action: str, post: Post, by, reason: str = "") -> Post:
    if not permissions.can_manage_post(by, post):
        raise PermissionDenied
    return _transition(post, action, by=by, reason=reason)


@transaction.atomic
def post_pause(*, post: Post, by) -> Post:
    return _owner_action("pause", post, by)


@transaction.atomic
def post_resume(*, post: Post, by) -> Post:
    if post.expires_at and post.expires_at <= timezone.now():
        raise ValidationError(_("This post has expired; renew it instead."))
    return _owner_action("resume", post, by)


@transaction.atomic
def post_close(*, post: Post, by, reason: str = "") -> Post:
    return _owner_action("close", post, by, reason)


@transaction.atomic
def post_renew(*, post: Post, by) -> Post:
    """Extend a published, paused or expired post by its full lifetime from today."""
    if not permissions.can_manage_post(by, post):
        raise PermissionDenied
    locked = _locked(post)
    if locked.status not in (PostStatus.PUBLISHED, PostStatus.PAUSED, PostStatus.EXPIRED):
        raise ValidationError(_("Only published, paused or expired posts can be renewed."))
    if isinstance(locked, TechnologyNeed) and locked.deadline and locked.deadline < timezone.localdate():
        raise ValidationError(_("The deadline of this need has passed: edit the deadline first, then renew."))
    from_status = locked.status
    locked.expires_at = post_expiry(locked)
    locked.expiry_reminded_at = None
    if locked.status == PostStatus.EXPIRED:
        changes = post_text_changes(locked)
        if changes:
            locked.save(update_fields=["expires_at", "expiry_reminded_at", "updated_at"])
            _back_to_review(locked, from_status=from_status, by=by, changes=changes)
            _announce_change(locked)
            return locked
        locked.status = PostStatus.PUBLISHED
    locked.save(update_fields=["expires_at", "expiry_reminded_at", "status", "updated_at"])
    _record(
        locked,
        from_status=from_status,
        to_status=locked.status,
        by=by,
        reason=_("Renewed until %(date)s") % {"date": timezone.localtime(locked.expires_at).strftime("%d/%m/%Y")},
    )
    _announce_change(locked)
    return locked


def posts_expire(*, now: datetime | None = None) -> int:
    """Move every post past its expiry out of the public lists. Safe to run any number of times."""
    now = now or timezone.now()
    count = 0
    for model in (TechnologyNeed, TechnologyOffer):
        for pk in model.objects.filter(
            status__in=[PostStatus.PUBLISHED, PostStatus.PAUSED], expires_at__lte=now
        ).values_list("pk", flat=True):
            with transaction.atomic():
                post = model.objects.select_for_update().get(pk=pk)
                if post.status not in (PostStatus.PUBLISHED, PostStatus.PAUSED) or post.expires_at > now:
                    continue
                post = _transition(post, "expire", by=None, reason=_("Expired automatically"))
                notify(
                    users=organization_users(post.organization),
                    kind="post_expired",
                    event_key=f"{post.kind}-expired:{post.pk}:{post.expires_at:%Y%m%d%H%M}",
                    params={"title": post.title},
                    url=post.get_absolute_url(),
                )
                count += 1
    return count


def posts_remind_expiry(*, now: datetime | None = None) -> int:
    """Remind owners once, some days before a post expires. The row is claimed by a conditional update."""
    now = now or timezone.now()
    horizon = now + timedelta(days=settings.EXPIRY_REMINDER_DAYS)
    count = 0
    for model in (TechnologyNeed, TechnologyOffer):
        due = model.objects.filter(
            status=PostStatus.PUBLISHED, expires_at__gt=now, expires_at__lte=horizon, expiry_reminded_at=None
        )
        for post in due.select_related("organization"):
            with transaction.atomic():
                if model.objects.filter(pk=post.pk, expiry_reminded_at=None).update(expiry_reminded_at=now) != 1:
                    continue
                fault_point("posts.remind_expiry")
                notify(
                    users=organization_users(post.organization),
                    kind="post_expiring",
                    event_key=f"{post.kind}-expiring:{post.pk}:{post.expires_at:%Y%m%d}",
                    params={"title": post.title, "date": timezone.localtime(post.expires_at).strftime("%d/%m/%Y")},
                    url=post.get_absolute_url(),
                )
                count += 1
    return count


# Interests -------------------------------------------------------------------------------------


@transaction.atomic
def interest_create(
    *,
    post: Post,
    organization: Organization,
    by,
    cooperation: str,
    message: str,
    questions: str = "",
    about_us: str = "",
) -> Interest:
    if not permissions.is_member(by, organization):
        raise PermissionDenied
    if post.status != PostStatus.PUBLISHED:
        raise ValidationError(_("You can express interest only in a published post."))
    if post.organization_id == organization.pk:
        raise ValidationError(_("This is your own organisation's post."))
    require_verified(organization=organization, action="interest")
    interest = Interest(
        **Interest.target_kwargs(post),
        from_organization=organization,
        cooperation=cooperation,
        message=message,
        questions=questions,
        about_us=about_us,
        created_by=by,
    )
    interest.full_clean(exclude=["need", "offer"])
    try:
        with transaction.atomic():
            interest.save()
    except IntegrityError:
        raise ValidationError(_("Your organisation already has an open expression of interest in this post.")) from None
    notify(
        users=organization_users(post.organization),
        kind="interest_received",
        event_key=f"interest-received:{interest.pk}",
        params={"org": organization.name, "title": post.title},
        url=reverse("marketplace:interest_detail", args=[interest.pk]),
    )
    return interest


def _locked_interest(interest: Interest) -> Interest:
    return (
        Interest.objects.select_for_update(of=("self",))
        .select_related("need", "offer", "from_organization")
        .get(pk=interest.pk)
    )


@transaction.atomic
def interest_accept(*, interest: Interest, by) -> Interest:
    if not permissions.can_answer_interest(by, interest):
        raise PermissionDenied
    interest = _locked_interest(interest)
    if interest.status != Interest.Status.PENDING:
        raise ValidationError(_("This expression of interest has already been answered."))
    interest.status = Interest.Status.ACCEPTED
    interest.decided_by, interest.decided_at = by, timezone.now()
    interest.save(update_fields=["status", "decided_by", "decided_at"])
    # The accepted interest opens (or joins) the pair's connection: the next step of the chain.
    from .connections import connection_from_interest

    connection_from_interest(interest=interest, by=by)
    post = interest.post
    notify(
        users=organization_users(interest.from_organization),
        kind="interest_accepted",
        event_key=f"interest-accepted:{interest.pk}",
        params={"org": post.organization.name, "title": post.title},
        url=reverse("marketplace:interest_detail", args=[interest.pk]),
    )
    return interest


@transaction.atomic
def interest_decline(*, interest: Interest, by, reason: str, note: str = "") -> Interest:
    if not permissions.can_answer_interest(by, interest):
        raise PermissionDenied
    if reason not in Interest.DeclineReason.values:
        raise ValidationError({"reason": _("Choose a reason.")})
    interest = _locked_interest(interest)
    if interest.status != Interest.Status.PENDING:
        raise ValidationError(_("This expression of interest has already been answered."))
    interest.status = Interest.Status.DECLINED
    interest.decline_reason, interest.decline_note = reason, note
    interest.decided_by, interest.decided_at = by, timezone.now()
    interest.save(update_fields=["status", "decline_reason", "decline_note", "decided_by", "decided_at"])
    post = interest.post
    notify(
        users=organization_users(interest.from_organization),
        kind="interest_declined",
        event_key=f"interest-declined:{interest.pk}",
        params={
            "org": post.organization.name,
            "title": post.title,
            "reason": str(interest.get_decline_reason_display()),
        },
        url=reverse("marketplace:interest_detail", args=[interest.pk]),
    )
    return interest


@transaction.atomic
def interest_withdraw(*, interest: Interest, by) -> Interest:
    if not permissions.can_withdraw_interest(by, interest):
        raise PermissionDenied
    interest = _locked_interest(interest)
    if interest.status not in (Interest.Status.PENDING, Interest.Status.ACCEPTED):
        raise ValidationError(_("This expression of interest is no longer open."))
    interest.status = Interest.Status.WITHDRAWN
    interest.save(update_fields=["status"])
    post = interest.post
    notify(
        users=organization_users(post.organization),
        kind="interest_withdrawn",
        event_key=f"interest-withdrawn:{interest.pk}",
        params={"org": interest.from_organization.name, "title": post.title},
        url=reverse("marketplace:interest_detail", args=[interest.pk]),
    )
    return interest
