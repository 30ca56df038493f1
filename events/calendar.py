"""A participant's workshop day as an iCalendar file: the workshop, then each of their B2B meetings."""

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from . import selectors
from .models import Registration


def agenda_ics(*, registration: Registration) -> bytes:
    workshop = registration.workshop
    now = timezone.now()
    cal = Calendar()
    cal.add("prodid", "-//San giao dich cong nghe//workshops//VI")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", f"workshop-{workshop.pk}-reg-{registration.pk}@tsx")
    event.add("summary", workshop.title)
    event.add("dtstart", workshop.starts_at)
    event.add("dtend", workshop.ends_at)
    event.add("location", workshop.venue)
    event.add("dtstamp", now)
    cal.add_component(event)
    for meeting in selectors.agenda_for(registration=registration):
        item = Event()
        item.add("uid", f"meeting-{meeting.pk}@tsx")
        item.add("summary", _("B2B meeting: %(org)s") % {"org": meeting.other.organization.name})
        item.add("dtstart", meeting.slot.starts_at)
        item.add("dtend", meeting.slot.ends_at)
        item.add("location", _("%(venue)s, table %(table)s") % {"venue": workshop.venue, "table": meeting.table})
        subject = meeting.request.subject
        if subject:
            item.add("description", subject.title)
        item.add("dtstamp", now)
        cal.add_component(item)
    return cal.to_ical()
