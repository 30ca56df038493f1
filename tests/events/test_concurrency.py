"""Capacity under concurrent sign-ups, on PostgreSQL (row locks). pretix-style: real threads, a hook that
widens the window between the count and the write, and a negative control with the lock turned off."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from events.models import Registration
from events.services import registrations as registration_services
from tests import races
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory

from .factories import WorkshopFactory

# One xdist worker runs every race file in turn: together they would pass PostgreSQL's 100 connections.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.xdist_group("races")]


def _people(n):
    out = []
    for i in range(n):
        user = UserFactory(username=f"dk{i}")
        org = OrganizationFactory(name=f"Đơn vị đăng ký {i}")
        MembershipFactory(user=user, organization=org)
        out.append((user, org))
    return out


def _fire(workshop, people, threads):
    barrier = threading.Barrier(threads)
    errors = []

    def register(person):
        user, org = person
        try:
            if people.index(person) < threads:
                races.connect()
                barrier.wait(timeout=30)  # the first wave starts at the same instant
            registration_services.registration_create(
                workshop=workshop, organization=org, attendee=user, role="seeker", by=user
            )
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(register, people))
    return errors


@pytest.fixture
def widen_window(monkeypatch):
    def set_delay(seconds):
        monkeypatch.setattr(registration_services.RACE, "pause", seconds)

    return set_delay


def test_two_hundred_concurrent_registrations_fill_exactly_one_hundred_seats(widen_window):
    workshop = WorkshopFactory(capacity=100)
    people = _people(200)
    widen_window(0.002)
    errors = _fire(workshop, people, threads=40)
    assert errors == []
    statuses = list(Registration.objects.filter(workshop=workshop).values_list("status", flat=True))
    assert statuses.count("confirmed") == 100
    assert statuses.count("waitlisted") == 100


def test_without_the_lock_the_race_does_happen(widen_window, monkeypatch):
    """Negative control: proves the test above can fail."""
    monkeypatch.setattr(registration_services.RACE, "lock", False)
    workshop = WorkshopFactory(capacity=5)
    people = _people(20)
    widen_window(0.2)
    _fire(workshop, people, threads=20)
    assert Registration.objects.filter(workshop=workshop, status="confirmed").count() > 5
