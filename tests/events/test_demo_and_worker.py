import pytest

from events.models import Meeting, Outcome, ScheduleRun, Workshop


@pytest.mark.django_db
def test_the_demo_has_an_upcoming_and_a_held_workshop_and_runs_twice(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
    from events import demo as events_demo
    from marketplace.demo_data import ORGANIZATIONS
    from tests.factories import MembershipFactory, OrganizationFactory, StaffFactory, UserFactory

    # The demo organisations as marketplace's seed_demo makes them (names, kinds, one member each).
    StaffFactory(username="canbo")
    for key, row in ORGANIZATIONS.items():
        MembershipFactory(
            user=UserFactory(username=key.replace("_", "")), organization=OrganizationFactory(name=row[0], kind=row[1])
        )
    assert events_demo.seed() == "2 workshops created"
    upcoming = Workshop.objects.get(title=events_demo.UPCOMING)
    held = Workshop.objects.get(title=events_demo.HELD)
    assert upcoming.status == "open" and upcoming.registrations.count() >= 10
    assert upcoming.meeting_requests.filter(status="pending").exists()
    assert Meeting.objects.filter(workshop=upcoming, published=True).exists()
    assert held.status == "held" and Outcome.objects.filter(meeting__workshop=held, result="contract").exists()
    assert events_demo.seed() == "workshops already there"


@pytest.mark.worker
@pytest.mark.postgres
@pytest.mark.xdist_group("worker")
def test_a_real_worker_runs_the_scheduler(celery_worker_process, make_participant, staff):
    from events import services
    from tests.conftest import wait_for

    from .factories import WorkshopFactory

    ws = WorkshopFactory()
    regs = [make_participant(f"Đơn vị {i}", ws=ws)[1] for i in range(4)]
    for a, b in [(0, 2), (0, 3), (1, 2), (1, 3)]:
        services.meeting_request_create(workshop=ws, from_registration=regs[a], to_registration=regs[b], by=staff)
    run = services.schedule_run_start(workshop=ws, by=staff)
    assert wait_for(lambda: ScheduleRun.objects.get(pk=run.pk).status == "done", timeout=60)
    assert ScheduleRun.objects.get(pk=run.pk).placed == 4
    assert Meeting.objects.filter(workshop=ws).count() == 4
