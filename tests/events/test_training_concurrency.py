"""A training's capacity under concurrent registrations, on PostgreSQL: real threads, a hook that widens
the window between the count and the write, and a negative control with the row lock turned off."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from events.models import Training, TrainingParticipant
from events.services import trainings as services
from tests import races
from tests.factories import StaffFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.xdist_group("races")]


def _fire(training, staff, n, threads):
    barrier = threading.Barrier(threads)

    def register(i):
        try:
            if i < threads:
                races.connect()
                barrier.wait(timeout=30)
            services.participant_register(training=training, by=staff, full_name=f"Học viên {i}", category="other")
        except Exception:
            pass
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(register, range(n)))


@pytest.fixture
def course():
    today = timezone.localdate()
    return Training.objects.create(
        title="NSCL",
        topic="NSCL",
        venue="V",
        trainer="T",
        starts_on=today,
        ends_on=today + timedelta(days=1),
        capacity=5,
        status=Training.Status.OPEN,
    )


def test_concurrent_registrations_never_exceed_the_capacity(course, monkeypatch):
    monkeypatch.setattr(services.RACE, "pause", 0.3)
    _fire(course, StaffFactory(username="canbo_race"), n=20, threads=10)
    assert TrainingParticipant.objects.filter(training=course).count() == 5


def test_without_the_lock_the_race_is_real(course, monkeypatch):
    monkeypatch.setattr(services.RACE, "pause", 0.3)
    monkeypatch.setattr(services.RACE, "lock", False)
    _fire(course, StaffFactory(username="canbo_race2"), n=20, threads=10)
    assert TrainingParticipant.objects.filter(training=course).count() > 5
