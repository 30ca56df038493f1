"""The demo gives every new kind of record several years of data, so a new user sees a full dashboard and
yearly report; and it can run twice."""

import pytest

from events import demo_trainings
from events.models import CertifiedExpert, Training, TrainingAttendance
from grants import demo_plan, plan, plan_report
from grants.models import NewsItem, PlanActual, Publication, STTask, TaskUptake, TechnologyAppraisal
from marketplace.demo_data import ORGANIZATIONS
from marketplace.models import Area
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_world(staff):
    for name, kind, org_type, size, area_code, *_rest in ORGANIZATIONS.values():
        area = Area.objects.filter(code=area_code).first()
        OrganizationFactory(name=name, kind=kind, org_type=org_type, size=size or "small", area=area)


def test_the_demo_fills_every_record_kind_over_several_years(demo_world):
    assert "trainings" in demo_trainings.seed()
    assert "S&T tasks" in demo_plan.seed()
    assert demo_trainings.seed() == "trainings already there" and demo_plan.seed() == "plan records already there"
    years = lambda qs, field: {getattr(o, field).year for o in qs}  # noqa: E731
    assert len(years(Training.objects.filter(status="held"), "starts_on")) >= 4
    assert len(years(CertifiedExpert.objects.all(), "issued_on")) >= 2
    assert len(years(STTask.objects.exclude(completed_on=None), "completed_on")) >= 4
    assert TaskUptake.objects.values("task").distinct().count() < TaskUptake.objects.count()  # a task with two firms
    assert len(years(TechnologyAppraisal.objects.all(), "appraised_on")) >= 3
    assert len(years(NewsItem.objects.filter(status="published"), "published_at")) >= 4
    assert len(years(Publication.objects.all(), "published_on")) >= 4
    assert PlanActual.objects.filter(entered_by__isnull=False).exists()
    assert STTask.objects.exclude(offer=None).exists()
    assert TrainingAttendance.objects.exists()
    # The new links: a receiving firm recorded from a connection's accepted transfer (with its proof),
    # announced workshops and trainings as news.
    from_connection = TaskUptake.objects.exclude(connection=None).get()
    assert from_connection.has_proof and from_connection.connection.offer == from_connection.task.offer
    assert NewsItem.objects.filter(announcement=True).exists()


def test_the_demo_links_an_appraisal_to_its_firms_grant(demo_world):
    from grants import demo

    demo.seed()
    demo_plan.seed()
    linked = TechnologyAppraisal.objects.exclude(grant=None)
    assert linked.exists()
    assert all(a.grant.firm_id == a.firm_id for a in linked)


def test_with_the_demo_every_current_target_shows_a_figure(demo_world):
    demo_trainings.seed()
    demo_plan.seed()
    from datetime import date

    for row in plan.evaluate(years=[2023, 2024, 2025], today=date(2026, 6, 1)):
        if row.target.start_year <= 2025 <= row.target.end_year:
            assert row.period_value is not None or row.manual_period_value is not None, row.target.code
    report = plan_report.build(year=2025, today=date(2026, 6, 1))
    assert all(r.year_value != "—" or r.manual_value or r.year_reason for r in report.rows)
