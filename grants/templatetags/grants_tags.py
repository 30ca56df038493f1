from django import template

from core import roles

register = template.Library()

GRANT_COLOURS = {"proposed": "warning", "approved": "primary", "disbursed": "success", "cancelled": "secondary"}
TARGET_COLOURS = {
    "met": "success",
    "above": "info",
    "on_track": "success",
    "in_progress": "warning",
    "behind": "danger",
    "below": "danger",
    "unknown": "light",
}


@register.filter
def grant_colour(status):
    return GRANT_COLOURS.get(status, "secondary")


@register.filter
def target_colour(status):
    return TARGET_COLOURS.get(status, "light")


@register.simple_tag(takes_context=True)
def sees_grants(context) -> bool:
    """Staff, and members of an enterprise, have a grants page."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    if roles.is_staff(user):
        return True
    cached = getattr(user, "_tsx_sees_grants", None)
    if cached is None:
        from grants.selectors import seeker_organizations_of

        cached = user._tsx_sees_grants = seeker_organizations_of(user).exists()
    return cached


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def percent_of(part, whole):
    try:
        return round(100 * part / whole) if whole else 0
    except TypeError:
        return 0


@register.filter
def target_value(value, unit):
    """A target or actual in its unit: ₫ with separators, % with one decimal, counts as integers."""
    from decimal import Decimal

    from core.money import vnd

    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    if unit == "vnd":
        return vnd(int(value))
    if unit == "percent":
        number = Decimal(str(value)).normalize()
        return f"{number:f}".replace(".", ",") + "%" if "." in f"{number:f}" else f"{number:f}%"
    return f"{int(value)}" if Decimal(str(value)) == int(value) else f"{value}"


@register.filter
def status_label(code):
    from grants.tables import STATUS_LABELS

    return dict(STATUS_LABELS()).get(code, code)


@register.filter
def vnd_short(value):
    """Compact đồng for dense tables and charts: "1,2 tỷ ₫", "200 tr ₫" (vi); "1.2 bn ₫", "200 M ₫" (en)."""
    from django.utils.translation import get_language

    if value is None or value == "":
        return "—"
    amount = int(value)
    en = (get_language() or "vi").startswith("en")
    if abs(amount) >= 1_000_000_000:
        text = f"{amount / 1_000_000_000:.2f}".rstrip("0").rstrip(".")
        return (text if en else text.replace(".", ",")) + (" bn ₫" if en else " tỷ ₫")
    if abs(amount) >= 1_000_000:
        text = f"{amount / 1_000_000:.1f}".rstrip("0").rstrip(".")
        return (text if en else text.replace(".", ",")) + (" M ₫" if en else " tr ₫")
    from core.money import vnd

    return vnd(amount)


@register.filter
def target_short(value, unit):
    return (
        vnd_short(value)
        if unit == "vnd" and value not in (None, "") and not isinstance(value, str)
        else target_value(value, unit)
    )
