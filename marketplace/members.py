"""Who belongs to an organisation: owners invite by e-mail, the invitee accepts or declines, owners change
roles and remove members. Nobody becomes a member without accepting; an organisation always keeps an owner."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.emails import absolute_url, send_templated_mail, user_display_name
from core.notifications import notify

from . import permissions
from .models import Invitation, Membership, Organization

INVITATION_DAYS = 14
User = get_user_model()


def _user_emails(user) -> set[str]:
    emails = {user.email.lower()} if user.email else set()
    emails |= {e.lower() for e in user.emailaddress_set.values_list("email", flat=True)}
    return emails


def invitation_list_for_user(*, user) -> QuerySet:
    """Open invitations sent to any of the user's e-mail addresses."""
    emails = _user_emails(user)
    if not emails:
        return Invitation.objects.none()
    query = Q()
    for email in emails:
        query |= Q(email__iexact=email)
    return (
        Invitation.objects.filter(query, status=Invitation.Status.PENDING, expires_at__gt=timezone.now())
        .select_related("organization", "invited_by")
        .order_by("-created_at")
    )


def _users_with_email(email: str) -> QuerySet:
    return User.objects.filter(Q(email__iexact=email) | Q(emailaddress__email__iexact=email), is_active=True).distinct()


@transaction.atomic
def invitation_send(*, organization: Organization, email: str, role: str, by) -> Invitation:
    if not permissions.can_edit_organization(by, organization):
        raise PermissionDenied
    email = email.strip().lower()
    if (
        Membership.objects.filter(organization=organization)
        .filter(Q(user__email__iexact=email) | Q(user__emailaddress__email__iexact=email))
        .exists()
    ):
        raise ValidationError(_("%(email)s already belongs to this organisation.") % {"email": email})
    # A new invitation replaces an open one to the same address (a resend), so only one link works.
    Invitation.objects.filter(organization=organization, email__iexact=email, status=Invitation.Status.PENDING).update(
        status=Invitation.Status.CANCELLED, answered_at=timezone.now()
    )
    invitation = Invitation(
        organization=organization,
        email=email,
        role=role,
        invited_by=by,
        expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
    )
    invitation.full_clean()
    invitation.save()
    inviter = user_display_name(by)
    existing = list(_users_with_email(email))
    notify(
        users=existing,
        kind="invitation_received",
        event_key=f"invitation:{invitation.pk}",
        params={"by": inviter, "org": organization.name},
        url=invitation.get_absolute_url(),
    )
    link = absolute_url(invitation.get_absolute_url())
    transaction.on_commit(
        lambda: send_templated_mail(
            to=email,
            user=existing[0] if existing else None,
            template="invitation",
            context={
                "organization": organization.name,
                "inviter": inviter,
                "role": invitation.get_role_display(),
                "link": link,
                "signup_url": absolute_url(reverse("account_signup")),
                "days": INVITATION_DAYS,
            },
        )
    )
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, user) -> Membership:
    invitation = Invitation.objects.select_for_update().select_related("organization").filter(token=token).first()
    if invitation is None or not invitation.is_open:
        raise ValidationError(_("This invitation is no longer valid. Ask the organisation to send a new one."))
    membership, created = Membership.objects.get_or_create(
        user=user, organization=invitation.organization, defaults={"role": invitation.role}
    )
    invitation.status, invitation.answered_by, invitation.answered_at = (
        Invitation.Status.ACCEPTED,
        user,
        timezone.now(),
    )
    invitation.save(update_fields=["status", "answered_by", "answered_at"])
    if created:
        owners = User.objects.filter(
            is_active=True,
            memberships__organization=invitation.organization,
            memberships__role=Membership.Role.OWNER,
        ).exclude(pk=user.pk)
        notify(
            users=owners,
            kind="invitation_accepted",
            event_key=f"invitation-accepted:{invitation.pk}",
            params={"user": user_display_name(user), "org": invitation.organization.name},
            url=reverse("marketplace:organization_members", args=[invitation.organization_id]),
        )
    return membership


@transaction.atomic
def invitation_decline(*, token: str, user) -> Invitation:
    invitation = Invitation.objects.select_for_update().filter(token=token).first()
    if invitation is None or not invitation.is_open:
        raise ValidationError(_("This invitation is no longer valid. Ask the organisation to send a new one."))
    invitation.status, invitation.answered_by, invitation.answered_at = (
        Invitation.Status.DECLINED,
        user,
        timezone.now(),
    )
    invitation.save(update_fields=["status", "answered_by", "answered_at"])
    return invitation


@transaction.atomic
def invitation_cancel(*, invitation: Invitation, by) -> Invitation:
    if not permissions.can_edit_organization(by, invitation.organization):
        raise PermissionDenied
    Invitation.objects.filter(pk=invitation.pk, status=Invitation.Status.PENDING).update(
        status=Invitation.Status.CANCELLED, answered_by=by, answered_at=timezone.now()
    )
    invitation.refresh_from_db()
    return invitation


def _lock_memberships(organization: Organization) -> list[Membership]:
    # Lock the organisation's rows so that two owners demoting each other at once cannot leave none.
    Organization.objects.select_for_update().filter(pk=organization.pk).first()
    return list(Membership.objects.select_for_update().filter(organization=organization))


@transaction.atomic
def membership_set_role(*, membership: Membership, role: str, by) -> Membership:
    organization = membership.organization
    if not permissions.can_edit_organization(by, organization):
        raise PermissionDenied
    if role not in Membership.Role.values:
        raise ValidationError(_("Unknown role."))
    rows = _lock_memberships(organization)
    owners = [m for m in rows if m.role == Membership.Role.OWNER]
    if role != Membership.Role.OWNER and [m.pk for m in owners] == [membership.pk]:
        raise ValidationError(_("An organisation needs at least one administrator: make someone else one first."))
    Membership.objects.filter(pk=membership.pk).update(role=role)
    membership.refresh_from_db()
    notify(
        users=[membership.user],
        kind="membership_changed",
        event_key=f"membership-role:{membership.pk}:{role}:{timezone.now().timestamp()}",
        params={"org": organization.name, "role": str(membership.get_role_display())},
        url=organization.get_absolute_url(),
    )
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, by) -> None:
    """Owners (and staff) remove members; anyone may leave. The last owner can do neither."""
    organization = membership.organization
    leaving = membership.user_id == by.pk
    if not (leaving or permissions.can_edit_organization(by, organization)):
        raise PermissionDenied
    rows = _lock_memberships(organization)
    owners = [m.pk for m in rows if m.role == Membership.Role.OWNER]
    if owners == [membership.pk]:
        raise ValidationError(_("An organisation needs at least one administrator: make someone else one first."))
    user = membership.user
    Membership.objects.filter(pk=membership.pk).delete()
    if not leaving:
        notify(
            users=[user],
            kind="membership_removed",
            event_key=f"membership-removed:{membership.pk}",
            params={"org": organization.name},
            url=organization.get_absolute_url(),
        )
