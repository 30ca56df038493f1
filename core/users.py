"""Staff manage accounts without Django admin: deactivate and reactivate, make and unmake staff. Every
change is recorded (AccountEvent). Nobody changes their own account this way, and only a superuser
changes a superuser."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from core.text import syllables

from .models import AccountEvent
from .roles import STAFF_GROUP, is_staff

User = get_user_model()


def user_list(*, query: str = "", staff_only: bool = False, inactive_only: bool = False) -> QuerySet:
    qs = User.objects.select_related("profile").order_by("-date_joined", "-id")
    query = (query or "").strip()
    if query:
        match = (
            Q(username__icontains=query)
            | Q(email__icontains=query)
            | Q(profile__full_name__icontains=query)
            | Q(memberships__organization__name__icontains=query)
        )
        folded = " ".join(syllables(query))
        if folded:  # organisation names, accent-insensitive (their normalised search column)
            match |= Q(memberships__organization__search_text__contains=f" {folded} ")
        qs = qs.filter(match).distinct()
    if staff_only:
        qs = qs.filter(Q(groups__name=STAFF_GROUP) | Q(is_superuser=True)).distinct()
    if inactive_only:
        qs = qs.filter(is_active=False)
    return qs


def _check(*, user, by) -> None:
    if not is_staff(by):
        raise PermissionDenied
    if user.pk == by.pk:
        raise ValidationError(_("You cannot change your own account here."))
    if user.is_superuser and not by.is_superuser:
        raise ValidationError(_("Only a superuser can change a superuser's account."))


@transaction.atomic
def user_set_active(*, user, active: bool, by, reason: str = "") -> None:
    _check(user=user, by=by)
    if not active and not reason.strip():
        raise ValidationError(_("Say why the account is deactivated."))
    if user.is_active == active:
        return
    User.objects.filter(pk=user.pk).update(is_active=active)
    user.is_active = active
    AccountEvent.objects.create(
        user=user,
        by=by,
        reason=reason.strip()[:300],
        action=AccountEvent.Action.REACTIVATED if active else AccountEvent.Action.DEACTIVATED,
    )


@transaction.atomic
def user_set_staff(*, user, staff: bool, by, reason: str = "") -> None:
    _check(user=user, by=by)
    group, _created = Group.objects.get_or_create(name=STAFF_GROUP)
    currently = user.groups.filter(pk=group.pk).exists()
    if currently == staff:
        return
    if staff:
        user.groups.add(group)
    else:
        user.groups.remove(group)
    user.__dict__.pop("_tsx_is_staff", None)
    AccountEvent.objects.create(
        user=user,
        by=by,
        reason=reason.strip()[:300],
        action=AccountEvent.Action.MADE_STAFF if staff else AccountEvent.Action.UNMADE_STAFF,
    )
