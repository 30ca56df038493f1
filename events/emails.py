"""What a workshop registration's e-mail carries beside its sentence: the date, the time, the venue and the
links to the programme and to the participant's own agenda (core.notifications.register_kind)."""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .models import Registration


def registration_email_details(notification) -> list[dict]:
    registration_id = (notification.params or {}).get("registration_id")
    registration = (
        Registration.objects.select_related("workshop").filter(pk=registration_id).first() if registration_id else None
    )
    if registration is None:
        return []
    workshop = registration.workshop
    starts, ends = timezone.localtime(workshop.starts_at), timezone.localtime(workshop.ends_at)
    if starts.date() == ends.date():
        date = formats.date_format(starts, "DATE_FORMAT")
    else:
        date = f"{formats.date_format(starts, 'DATE_FORMAT')} – {formats.date_format(ends, 'DATE_FORMAT')}"
    rows = [
        {"label": _("Date"), "value": date},
        {"label": _("Time"), "value": f"{formats.time_format(starts, 'H:i')} – {formats.time_format(ends, 'H:i')}"},
        {"label": _("Venue"), "value": workshop.venue},
        {"label": _("Programme"), "value": workshop.title, "link": workshop.get_absolute_url()},
    ]
    if workshop.slot_count:
        rows.append(
            {
                "label": _("Your meeting agenda"),
                "value": _("B2B meetings, published before the workshop"),
                "link": reverse("events:agenda", args=[registration.pk]),
            }
        )
    return rows
