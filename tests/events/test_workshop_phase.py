"""A workshop whose day is over says it has taken place, never that registration is open or not yet open."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from events import services
from events.models import Registration, Workshop

from .factories import WorkshopFactory


def _english(client):
    client.cookies["django_language"] = "en"
    return client


def _past(status=Workshop.Status.OPEN):
    now = timezone.now()
    return WorkshopFactory(
        status=status,
        starts_at=now - timedelta(days=3, hours=8),
        ends_at=now - timedelta(days=3),
        registration_opens_at=now - timedelta(days=30),
        registration_closes_at=now - timedelta(days=5),
        first_slot_at=now - timedelta(days=3, hours=4),
    )


@pytest.mark.parametrize("status", [Workshop.Status.OPEN, Workshop.Status.CLOSED, Workshop.Status.HELD])
def test_a_past_workshop_reads_as_taken_place_whatever_step_it_was_left_at(db, client, status):
    workshop = _past(status)
    assert workshop.phase == Workshop.Status.HELD
    page = _english(client).get(workshop.get_absolute_url()).content.decode()
    assert "This workshop took place on" in page
    assert "Registration is not open" not in page
    assert "Open for registration" not in page and "Registration closed" not in page
    listing = client.get("/workshops/").content.decode()
    assert "Open for registration" not in listing


def test_a_coming_workshop_still_reads_as_open(db, client):
    workshop = WorkshopFactory()
    assert workshop.phase == Workshop.Status.OPEN
    page = _english(client).get(workshop.get_absolute_url()).content.decode()
    assert "Open for registration" in page and "took place" not in page


def test_a_cancelled_workshop_never_reads_as_taken_place(db):
    now = timezone.now()
    workshop = WorkshopFactory(status=Workshop.Status.CANCELLED)
    Workshop.objects.filter(pk=workshop.pk).update(starts_at=now - timedelta(days=2), ends_at=now - timedelta(days=2))
    workshop.refresh_from_db()
    assert workshop.phase == Workshop.Status.CANCELLED


def test_staff_find_the_outcomes_of_a_past_workshop(client_for, staff):
    workshop = _past()
    page = _english(client_for(staff)).get(workshop.get_absolute_url()).content.decode()
    assert f"/workshops/{workshop.pk}/manage/stats/" in page


def test_nobody_registers_for_a_workshop_that_has_taken_place(enterprise, enterprise_user):
    workshop = _past()
    with pytest.raises(ValidationError, match="already taken place"):
        services.registration_create(
            workshop=workshop,
            organization=enterprise,
            attendee=enterprise_user,
            role=Registration.Role.SEEKER,
            by=enterprise_user,
        )
