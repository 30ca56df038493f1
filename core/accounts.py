"""A person's account: profile, preferred language, how each kind of notification reaches them."""

from django.db import transaction

from .models import NotificationSetting, Profile
from .notifications import KINDS


def profile_of(user) -> Profile:
    try:
        return user.profile
    except Profile.DoesNotExist:
        profile, _created = Profile.objects.get_or_create(user=user)
        return profile


@transaction.atomic
def profile_update(*, user, full_name: str, phone: str, position: str, language: str) -> Profile:
    profile = profile_of(user)
    profile.full_name, profile.phone, profile.position, profile.language = full_name, phone, position, language
    profile.full_clean()
    profile.save()
    return profile


def notification_settings_of(user) -> dict[str, str]:
    """Every registered kind with the user's delivery for it (an e-mail at once unless they chose otherwise)."""
    chosen = dict(NotificationSetting.objects.filter(user=user).values_list("kind", "delivery"))
    return {kind: chosen.get(kind, NotificationSetting.Delivery.EMAIL) for kind in KINDS}


@transaction.atomic
def notification_settings_save(*, user, deliveries: dict[str, str]) -> None:
    valid = {d for d, _label in NotificationSetting.Delivery.choices}
    for kind, delivery in deliveries.items():
        if kind not in KINDS or delivery not in valid:
            continue
        NotificationSetting.objects.update_or_create(user=user, kind=kind, defaults={"delivery": delivery})
