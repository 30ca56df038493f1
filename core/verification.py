"""Which actions need an organisation verified by staff: the setting VERIFIED_ORGANIZATION_REQUIRED lists them
(default: workshop registration, expressions of interest, meeting requests)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

ACTIONS = {
    "workshop_registration": gettext_lazy("register for workshops"),
    "interest": gettext_lazy("express interest in needs and offers"),
    "meeting_request": gettext_lazy("request B2B meetings"),
}


def verification_required(action: str) -> bool:
    return action in settings.VERIFIED_ORGANIZATION_REQUIRED


def require_verified(*, organization, action: str) -> None:
    """Refuse the action for an organisation staff have not verified, saying why and where to see its status."""
    if not verification_required(action) or organization.is_verified:
        return
    url = organization.get_absolute_url()
    raise ValidationError(
        _(
            "%(org)s has not been verified by the Department yet: only verified organisations can %(action)s. "
            "See its verification status at %(url)s."
        )
        % {"org": organization.name, "action": ACTIONS.get(action, action), "url": url},
        code="unverified",
        params={"url": url},
    )
