"""The checks of a post's fields that the pages' forms and the API's serializers share: written once
here, raising Django's ValidationError keyed by field, which each caller turns into its own errors."""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# (low field, high field, message): a range whose lower end is above its upper end is refused.
NEED_RANGES = [("budget_min", "budget_max", _("The minimum budget is above the maximum."))]
OFFER_RANGES = [("price_min", "price_max", _("The minimum price is above the maximum."))]


def check_deadline(deadline: date | None, *, previous: date | None = None) -> None:
    """A new deadline cannot be in the past; an unchanged one may (editing an old post keeps it)."""
    if deadline and deadline < timezone.localdate() and deadline != previous:
        raise ValidationError({"deadline": _("The deadline cannot be in the past.")}, code="deadline_past")


def check_ranges(values: dict, ranges) -> None:
    errors = {}
    for low, high, message in ranges:
        lo, hi = values.get(low), values.get(high)
        if lo is not None and hi is not None and lo > hi:
            errors[low] = message
    if errors:
        raise ValidationError(errors, code="range")
