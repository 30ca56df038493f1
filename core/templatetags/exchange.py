from django import template
from django.utils.translation import gettext as _

from core.money import vnd

register = template.Library()


register.filter("vnd", vnd)


@register.simple_tag
def money_range(low, high, negotiable=False):
    if low is None and high is None:
        return _("Negotiable") if negotiable else "—"
    if low is not None and high is not None:
        text = vnd(low) if low == high else f"{vnd(low)} – {vnd(high)}"
    elif low is not None:
        text = _("from %(amount)s") % {"amount": vnd(low)}
    else:
        text = _("up to %(amount)s") % {"amount": vnd(high)}
    if negotiable:
        text += " · " + _("negotiable")
    return text


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (for pagination and sorting links)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()


STATUS_COLOURS = {
    "draft": "secondary",
    "submitted": "warning",
    "published": "success",
    "paused": "info",
    "rejected": "danger",
    "closed": "dark",
    "expired": "secondary",
    "pending": "warning",
    "accepted": "success",
    "declined": "danger",
    "withdrawn": "secondary",
}


@register.filter
def status_colour(status):
    return STATUS_COLOURS.get(status, "secondary")


@register.filter
def bs(bound_field):
    """Render a form field's widget with Bootstrap classes (and is-invalid when it has errors)."""
    widget = bound_field.field.widget
    input_type = getattr(widget, "input_type", None)
    if (
        input_type in ("checkbox", "radio")
        and not getattr(widget, "allow_multiple_selected", False)
        and input_type != "radio"
    ):
        css = "form-check-input"
    elif widget.__class__.__name__ in ("CheckboxSelectMultiple", "RadioSelect"):
        css = ""
    elif "select" in (getattr(widget, "template_name", "") or "") or input_type == "select":
        css = "form-select"
    else:
        css = "form-control"
    if bound_field.errors:
        css += " is-invalid"
    attrs = {"class": css.strip()} if css.strip() else {}
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)


@register.filter
def widget_kind(bound_field):
    name = bound_field.field.widget.__class__.__name__
    if name == "CheckboxInput":
        return "checkbox"
    if name in ("CheckboxSelectMultiple", "RadioSelect"):
        return "choices"
    return "input"
