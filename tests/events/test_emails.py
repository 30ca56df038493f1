"""A workshop registration's e-mail: the date, the time, the venue and the agenda link, in HTML and plain
text, greeting by name, in the recipient's language, links from SITE_URL."""

from django.core import mail
from django.utils import formats, timezone, translation

from core.models import Profile
from events import services
from events.models import Registration


def _register(workshop, organization, user, capture):
    with capture(execute=True):
        return services.registration_create(
            workshop=workshop, organization=organization, attendee=user, role=Registration.Role.SEEKER, by=user
        )


def _parts(message):
    html = next(body for body, mime in message.alternatives if mime == "text/html")
    return message.body, html


def test_the_confirmation_carries_date_time_venue_and_agenda_link(
    settings, workshop, enterprise, enterprise_user, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://santhcn.travinh.gov.vn"
    Profile.objects.create(user=enterprise_user, full_name="Thạch Thị Sa Rết", language="vi")
    mail.outbox.clear()
    registration = _register(workshop, enterprise, enterprise_user, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 1
    text, html = _parts(mail.outbox[0])
    starts = timezone.localtime(workshop.starts_at)
    with translation.override("vi"):
        date = formats.date_format(starts, "DATE_FORMAT")
    for body in (text, html):
        assert "Thạch Thị Sa Rết" in body
        assert date in body
        assert starts.strftime("%H:%M") in body and timezone.localtime(workshop.ends_at).strftime("%H:%M") in body
        assert workshop.venue in body
        assert f"https://santhcn.travinh.gov.vn/workshops/{workshop.pk}/" in body
        assert f"https://santhcn.travinh.gov.vn/workshops/registrations/{registration.pk}/agenda/" in body
        assert "127.0.0.1" not in body and "localhost" not in body
        assert "Địa điểm" in body  # Vietnamese labels for a Vietnamese reader


def test_the_confirmation_is_in_the_recipients_language(
    workshop, enterprise, enterprise_user, django_capture_on_commit_callbacks
):
    Profile.objects.create(user=enterprise_user, full_name="Sa Ret Thach", language="en")
    mail.outbox.clear()
    _register(workshop, enterprise, enterprise_user, django_capture_on_commit_callbacks)
    text, html = _parts(mail.outbox[0])
    assert "Dear Sa Ret Thach," in text
    assert "Venue" in text and "Venue" in html
    assert "Địa điểm" not in text


def test_a_seat_freed_from_the_waiting_list_is_confirmed_with_the_same_details(
    workshop, enterprise, enterprise_user, provider, provider_user, django_capture_on_commit_callbacks
):
    workshop.capacity = 1
    workshop.save()
    first = _register(workshop, provider, provider_user, django_capture_on_commit_callbacks)
    waiting = _register(workshop, enterprise, enterprise_user, django_capture_on_commit_callbacks)
    assert waiting.status == Registration.Status.WAITLISTED
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=first, by=provider_user)
    (message,) = [m for m in mail.outbox if enterprise_user.email in m.to]
    text, _html = _parts(message)
    assert workshop.venue in text
    assert f"/workshops/registrations/{waiting.pk}/agenda/" in text
