from django import template
from django.utils.timezone import localtime

register = template.Library()

COLOURS = {
    "draft": "secondary",
    "open": "success",
    "closed": "warning",
    "held": "dark",
    "cancelled": "danger",
    "confirmed": "success",
    "waitlisted": "warning",
    "attended": "primary",
    "pending": "warning",
    "accepted": "success",
    "declined": "danger",
    "scheduled": "info",
    "no_show": "danger",
}


@register.filter
def ws_colour(status):
    return COLOURS.get(status, "secondary")


@register.filter
def hm(value):
    """14:05 in local time."""
    return f"{localtime(value):%H:%M}" if value else ""


@register.filter
def pct(part, whole):
    try:
        return round(100 * part / whole) if whole else 0
    except (TypeError, ValueError):
        return 0
