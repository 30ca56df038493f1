"""Every figure of the plan computed from records, pinned against counts made by hand.

The world (today is 30/06/2026; the seeded targets of the 2021–2030 and 2030–2050 periods):
- training A (productivity and quality) runs 30/12/2024 – 02/01/2025, sessions S1 (2024) and S2 (2025):
  P1 civil servant of "Sở Công Thương" at S1 and S2 (one attendance, in 2024); P2 enterprise staff of the
  enterprise at S2 only (2025); P3 lecturer registered but never present; P4 civil servant of "so cong thuong"
  (the same organisation typed without accents) at S1 (2024);
- training B (productivity and quality, 2025): P5 — the same person as P1 — present (a second attendance, 2025);
  P6 enterprise staff of the other firm; P7 lecturer of "Trường Đại học Trà Vinh";
- training C (not productivity and quality, 2025): P8 civil servant, present, never counted.
So: civil servants 2 in 2024 and 1 in 2025; enterprise staff 2 in 2025; lecturers 1 in 2025; organisations
trained over 2024–2025: Sở Công Thương, the enterprise, the other firm, the university = 4.
"""

from datetime import date, datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from events.models import CertifiedExpert, ParticipantCategory, Training, TrainingAttendance, TrainingParticipant
from grants import plan, plan_report, plan_services
from grants.models import NewsCategory, NewsItem, PlanTarget, Publication, STTask, TaskUptake, TechnologyAppraisal
from tests.factories import OrganizationFactory

TODAY = date(2026, 6, 30)
YEARS = [2021, 2022, 2023, 2024, 2025, 2026]
CS, ES, LS = (
    ParticipantCategory.CIVIL_SERVANT,
    ParticipantCategory.ENTERPRISE_STAFF,
    ParticipantCategory.LECTURER_STUDENT,
)


def at(y, m, d, h=9):
    return timezone.make_aware(datetime(y, m, d, h))


def rows_by_code(**kwargs):
    return {r.target.code: r for r in plan.evaluate(years=YEARS, today=TODAY, **kwargs)}


def year_value(row, year):
    return next(v for y, v, _st, _why in row.per_year if y == year)


def year_reason(row, year):
    return next(why for y, _v, _st, why in row.per_year if y == year)


def training(title, start, end, pq=True):
    return Training.objects.create(
        title=title,
        topic="NSCL",
        venue="Trà Vinh",
        trainer="VNPI",
        starts_on=start,
        ends_on=end,
        capacity=50,
        productivity_quality=pq,
        status=Training.Status.HELD,
    )


def person(t, name, category, *, org=None, org_name="", sessions=()):
    p = TrainingParticipant.objects.create(
        training=t, full_name=name, category=category, organization=org, organization_name=org_name
    )
    for s in sessions:
        TrainingAttendance.objects.create(participant=p, session=s)
    return p


@pytest.fixture
def trainings(enterprise, other_firm):
    a = training("Khoá A", date(2024, 12, 30), date(2025, 1, 2))
    s1 = a.sessions.create(title="Buổi 1", starts_at=at(2024, 12, 30), ends_at=at(2024, 12, 30, 16))
    s2 = a.sessions.create(title="Buổi 2", starts_at=at(2025, 1, 2), ends_at=at(2025, 1, 2, 16))
    person(a, "Nguyễn Văn Một", CS, org_name="Sở Công Thương", sessions=[s1, s2])
    person(a, "Trần Thị Hai", ES, org=enterprise, sessions=[s2])
    person(a, "Lê Văn Ba", LS, org_name="Trường Đại học Trà Vinh")
    person(a, "Phạm Thị Bốn", CS, org_name="so cong thuong", sessions=[s1])
    b = training("Khoá B", date(2025, 5, 10), date(2025, 5, 10))
    s3 = b.sessions.create(title="Cả ngày", starts_at=at(2025, 5, 10), ends_at=at(2025, 5, 10, 16))
    person(b, "Nguyễn Văn Một", CS, org_name="Sở Công Thương", sessions=[s3])
    person(b, "Võ Văn Sáu", ES, org=other_firm, sessions=[s3])
    person(b, "Đặng Thị Bảy", LS, org_name="Trường Đại học Trà Vinh", sessions=[s3])
    c = training("Khoá C (khác)", date(2025, 6, 1), date(2025, 6, 1), pq=False)
    s4 = c.sessions.create(title="Buổi", starts_at=at(2025, 6, 1), ends_at=at(2025, 6, 1, 16))
    person(c, "Hồ Văn Tám", CS, org_name="UBND xã", sessions=[s4])
    return a, b, c


class TestTrainingFigures:
    def test_it_counts_a_person_at_two_sessions_once_in_the_year_of_the_first(self, trainings):
        rows = rows_by_code()
        civil = rows["trained-civil-2021-2030"]
        assert year_value(civil, 2024) == 2  # P1 (both sessions, counted once) and P4
        assert year_value(civil, 2025) == 1  # P1 again, at another training
        assert civil.period_value == 3

    def test_a_training_spanning_two_years_counts_each_person_in_the_year_they_first_came(self, trainings):
        rows = rows_by_code()
        enterprise_staff = rows["trained-enterprise-2021-2030"]
        assert year_value(enterprise_staff, 2024) == 0  # P2 came only to the 2025 session of training A
        assert year_value(enterprise_staff, 2025) == 2
        assert year_value(rows["trained-lecturers-2021-2030"], 2025) == 1  # P3 never came

    def test_a_training_outside_productivity_and_quality_is_not_counted(self, trainings):
        assert sum(year_value(rows_by_code()["trained-civil-2021-2030"], y) for y in YEARS) == 3

    def test_organisations_trained_are_distinct_whether_picked_or_typed(self, trainings):
        summary = plan.training_summary(years=[2024, 2025])
        assert summary["organizations"] == 4
        assert {c: n for c, _l, n in summary["categories"]} == {CS: 3, ES: 2, LS: 1, "other": 0}

    def test_growth_of_firms_trained_compares_with_the_previous_period(self, trainings, enterprise):
        later = training("Khoá 2031", date(2031, 3, 1), date(2031, 3, 1))
        s = later.sessions.create(title="Buổi", starts_at=at(2031, 3, 1), ends_at=at(2031, 3, 1, 16))
        person(later, "A", ES, org=enterprise, sessions=[s])
        person(later, "B", ES, org=OrganizationFactory(kind="enterprise"), sessions=[s])
        person(later, "C", ES, org_name="Công ty Mới", sessions=[s])
        target = PlanTarget.objects.get(code="firms-growth-2030-2050")
        (row,) = plan.evaluate(years=[2031], today=date(2032, 6, 1), targets=[target])
        assert row.period_value == Decimal("50.0")  # 2 firms in 2021–2030, 3 since 2031
        assert year_value(row, 2031) is None and "whole period" in year_reason(row, 2031)

    def test_experts_count_by_certificate_date(self, db):
        for n, day in enumerate([date(2023, 5, 1), date(2025, 1, 1), date(2025, 9, 9)]):
            CertifiedExpert.objects.create(
                full_name=f"CG {n}", certificate_number=f"NS-{n}", issued_on=day, issuer="VNPI"
            )
        CertifiedExpert.objects.create(
            full_name="Khác",
            certificate_number="X-1",
            issued_on=date(2025, 2, 2),
            issuer="X",
            productivity_quality=False,
        )
        row = rows_by_code()["experts-2021-2030"]
        assert (year_value(row, 2025), row.period_value) == (2, 3)


@pytest.fixture
def tasks(enterprise, other_firm):
    coop = OrganizationFactory(name="HTX Rau An Toàn", kind="enterprise", org_type="cooperative")

    def task(code, field, status="completed", done=date(2025, 6, 1), firms=()):
        t = STTask.objects.create(
            code=code,
            title=f"Nhiệm vụ {code}",
            field=field,
            host_name="Viện",
            start_year=2023,
            end_year=2025,
            status=status,
            completed_on=done if status == "completed" else None,
        )
        for firm in firms:
            TaskUptake.objects.create(task=t, firm=firm, received_on=done, document_reference="Biên bản 1")
        return t

    task("T1", "agricultural", firms=[enterprise, coop])  # two receiving firms: counted once
    task("T2", "engineering")
    task("T3", "agricultural", firms=[other_firm])
    task("T4", "medical", firms=[enterprise])  # not in the counted fields
    task("T5", "agricultural", status="cancelled")
    task("T6", "agricultural", status="in_progress")
    task("T7", "agricultural", done=date(2024, 11, 1), firms=[coop])


class TestTaskShare:
    def test_it_is_the_share_of_completed_agricultural_and_engineering_tasks_with_a_receiving_firm(self, tasks):
        row = rows_by_code()["agri-tasks-2021-2030"]
        assert year_value(row, 2025) == Decimal("66.7")  # T1, T3 of T1, T2, T3
        assert year_value(row, 2024) == Decimal("100.0")  # T7
        assert row.period_value == Decimal("75.0")  # pooled: 3 of 4
        assert row.period_status == "met"

    def test_a_year_without_tasks_says_why(self, tasks):
        row = rows_by_code()["agri-tasks-2021-2030"]
        assert year_value(row, 2023) is None
        assert year_reason(row, 2023) == "No agricultural or engineering S&T task was completed in 2023."

    def test_the_dashboard_table_per_year(self, tasks):
        assert plan.task_share_by_year(years=[2023, 2024, 2025]) == {
            2023: (0, 0, None),
            2024: (1, 1, Decimal("100.0")),
            2025: (3, 2, Decimal("66.7")),
        }


class TestAppraisalsAndEnterprises:
    def test_key_firms_are_distinct_firms_with_a_passing_appraisal(self, db):
        x, y, z, w = (OrganizationFactory(kind="enterprise") for _ in range(4))

        def appraise(firm, day, conclusion="passed", key=True):
            TechnologyAppraisal.objects.create(
                firm=firm,
                technology="Dây chuyền",
                appraised_on=day,
                conclusion=conclusion,
                key_firm=key,
                document_reference="KQ 1",
            )

        appraise(x, date(2023, 4, 1))
        appraise(x, date(2025, 4, 1))
        appraise(y, date(2025, 4, 1), conclusion="failed")
        appraise(z, date(2025, 4, 1), key=False)
        appraise(w, date(2024, 4, 1), conclusion="conditional")
        row = rows_by_code()["appraisals-2021-2030"]
        assert (year_value(row, 2025), row.period_value) == (1, 2)
        assert row.period_status == "behind"  # 2 against 5 × 6/10 = 3 due by now

    def test_st_enterprises_are_a_stock_at_the_end_of_each_year(self, db):
        OrganizationFactory(
            st_certificate_number="01/DNKHCN",
            st_certified_on=date(2022, 3, 1),
            high_tech_certificate_number="CNC-1",
            high_tech_certified_on=date(2024, 6, 1),
        )
        OrganizationFactory(st_certificate_number="02/DNKHCN", st_certified_on=date(2025, 1, 10))
        OrganizationFactory(st_certificate_number="03/DNKHCN", st_certified_on=date(2027, 1, 1))
        assert plan.st_enterprise_summary(year=2024) == {
            "year": 2024,
            "total": 1,
            "high_tech": 1,
            "share": Decimal("100.0"),
        }
        assert plan.st_enterprise_summary(year=2025) == {
            "year": 2025,
            "total": 2,
            "high_tech": 1,
            "share": Decimal("50.0"),
        }
        target = PlanTarget.objects.get(code="hightech-2030-2050")
        (row,) = plan.evaluate(years=[2030], today=date(2030, 6, 1), targets=[target])
        assert year_value(row, 2030) == Decimal("33.3")  # 1 of 3 at the end of 2030
        (early,) = plan.evaluate(years=[2021], today=date(2021, 6, 1), targets=[target])
        assert early.period_value is None and early.period_reason == "The period starts in 2030."


class TestNewsAndPublications:
    def test_each_kind_is_counted_against_its_target(self, db):
        category = NewsCategory.objects.first()
        for n, when in enumerate([at(2025, 1, 5), at(2025, 3, 5), at(2025, 12, 31, 20), at(2024, 2, 2)]):
            NewsItem.objects.create(
                title=f"Tin {n}", category=category, summary="s", body="b", status="published", published_at=when
            )
        NewsItem.objects.create(title="Nháp", category=category, summary="s", body="b")
        for kind, day in [
            ("proceedings", date(2025, 1, 1)),
            ("proceedings", date(2025, 2, 1)),
            ("bulletin", date(2024, 1, 1)),
            ("radio_tv", date(2025, 1, 1)),
        ]:
            Publication.objects.create(kind=kind, title="X", published_on=day)
        rows = rows_by_code()
        assert year_value(rows["news-2021-2030"], 2025) == 3  # 31/12 20:00 is still 2025 in Vietnam
        assert rows["news-2021-2030"].period_value == 4
        assert rows["proceedings-2021-2030"].period_value == 2
        assert rows["bulletins-2021-2030"].period_value == 1
        assert year_value(rows["radio-tv-2021-2030"], 2025) == 1


class TestReadingsAndHandEnteredValues:
    def test_an_ambiguous_target_is_read_both_ways_with_the_chosen_one_marked(self, propose, approve, firm):
        approve(propose(firm, 20_000_000))
        row = rows_by_code()["funding-2021-2030"]
        per_year, per_period = row.readings
        assert (per_year.scope, per_year.chosen, per_year.period_value) == ("per_year", False, "0/5")
        assert (per_period.scope, per_period.chosen, per_period.period_value) == ("per_period", True, 20_000_000)
        assert per_period.expected_to_date == Decimal("600000000")
        assert per_period.period_status == "behind"

    def test_a_hand_entered_value_is_shown_beside_the_computed_one_never_added(self, db, staff):
        category = NewsCategory.objects.first()
        NewsItem.objects.create(
            title="Tin", category=category, summary="s", body="b", status="published", published_at=at(2025, 5, 5)
        )
        news = PlanTarget.objects.get(code="news-2021-2030")
        plan_services.plan_value_set(target=news, year=2025, value=Decimal(1500), note="Cổng TTĐT của Sở", by=staff)
        row = rows_by_code()["news-2021-2030"]
        assert year_value(row, 2025) == 1 and row.period_value == 1
        assert row.manual[2025].value == 1500 and row.manual[2025].by == "canbo" and row.manual[2025].at is not None
        assert row.manual_period_value == 1500

    def test_a_figure_from_outside_the_platform_says_so_and_shows_the_staff_value(self, db, staff):
        qr = PlanTarget.objects.get(code="qr-traceability-2021-2030")
        plan_services.plan_value_set(target=qr, year=2025, value=Decimal(12), note="Báo cáo Chi cục TCĐLCL", by=staff)
        row = rows_by_code()["qr-traceability-2021-2030"]
        assert not row.measured and "Not measured on the platform" in row.reason
        assert year_value(row, 2025) is None
        assert (row.manual_period_value, row.manual_period_status) == (12, "met")

    def test_a_hand_entered_value_outside_the_target_period_is_refused(self, db, staff):
        from django.core.exceptions import ValidationError

        with pytest.raises(ValidationError):
            plan_services.plan_value_set(
                target=PlanTarget.objects.get(code="qr-traceability-2021-2030"), year=2031, value=1, note="", by=staff
            )

    def test_every_seeded_target_has_a_value_or_a_reason(self, db):
        for row in plan.evaluate(years=YEARS, today=TODAY):
            for year, value, _status, why in row.per_year:
                assert value is not None or why, (row.target.code, year)
            assert row.period_value is not None or row.period_reason or row.reason, row.target.code


class TestYearlyReport:
    def test_it_lists_every_target_of_the_year_with_its_value_and_the_records_behind_it(self, tasks, trainings):
        report = plan_report.build(year=2025, today=TODAY)
        rows = {r.row.target.code: r for r in report.rows}
        assert set(rows) == set(
            PlanTarget.objects.filter(start_year__lte=2025, end_year__gte=2025).values_list("code", flat=True)
        )
        tasks_row = rows["agri-tasks-2021-2030"]
        assert tasks_row.year_value == "66,7%"
        assert len(tasks_row.records) == 3 and any("T1" in r and "2" in r for r in tasks_row.records)
        assert rows["trained-enterprise-2021-2030"].year_value == "2"
        assert rows["qr-traceability-2021-2030"].year_reason.startswith("Not measured")

    def test_the_workbook_has_the_summary_and_the_records(self, tasks):
        import io

        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(plan_report.workbook(plan_report.build(year=2025, today=TODAY))))
        summary, records = wb.worksheets
        labels = [row[1].value for row in summary.iter_rows(min_row=5)]
        assert PlanTarget.objects.get(code="agri-tasks-2021-2030").label in labels
        assert any("T1" in (row[2].value or "") for row in records.iter_rows(min_row=2))


def test_the_number_of_queries_does_not_grow_with_the_years_shown(trainings, tasks, client_for, staff):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    client = client_for(staff)
    client.get(reverse("grants:plan_indicators"))  # the first page of a session reads the account once
    counts = []
    for span in ("from=2025&to=2025", "from=2012&to=2026"):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse("grants:plan_indicators") + "?" + span).status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]


def test_a_yearly_target_counts_every_finished_year_of_its_period_whatever_years_are_shown(
    propose, approve, firm, other_firm
):
    approve(propose(firm))
    approve(propose(other_firm))  # two firms in 2025: the year meets 2–3
    target = PlanTarget.objects.get(code="firms-2021-2030")
    (row,) = plan.evaluate(years=[2025], today=TODAY, targets=[target])
    assert row.per_year == [(2025, 2, "met", "")]
    assert row.period_value == "1/5"  # 2021–2025 are over; only 2025 met
    report = {r.row.target.code: r for r in plan_report.build(year=2025, today=TODAY).rows}
    # At the end of 2025 the year itself is over and counts.
    assert report["firms-2021-2030"].period_text == "1/5" and report["firms-2021-2030"].verdict == "Met"
