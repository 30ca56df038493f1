"""The dashboard's figures against values computed by hand from a small, known world."""

import importlib
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from django.urls import reverse
from django.utils import timezone

from events import selectors as event_selectors
from grants import selectors, services
from grants.models import AnnualBudget, PlanActual, PlanTarget
from marketplace.models import Interest
from tests.factories import InterestFactory, NeedFactory, OrganizationFactory

from .factories import M

pytestmark = pytest.mark.django_db


def aware(y, m, d):
    return timezone.make_aware(datetime(y, m, d, 9))


@pytest.fixture
def world(staff, program, budget, propose, approve):
    """2024: A 20M and B 60M approved (B paid 30M in 2024 and 30M in 2025).
    2025: A 30M approved, C 10M proposed, B 40M approved then cancelled."""
    AnnualBudget.objects.create(program=program, year=2024, amount=200 * M)
    a = OrganizationFactory(kind="enterprise", size="small", name="A")
    b = OrganizationFactory(kind="enterprise", size="medium", name="B")
    c = OrganizationFactory(kind="enterprise", size="small", name="C")
    approve(propose(a, 20 * M, year=2024))
    gb = approve(propose(b, 60 * M, year=2024))
    for paid in (date(2024, 6, 1), date(2025, 2, 1)):
        services.grant_disburse(
            grant=gb,
            by=staff,
            amount=30 * M,
            milestone="Nghiệm thu",
            accepted_on=paid,
            paid_on=paid,
            exception_reason="Hồ sơ cũ",
        )
    approve(propose(a, 30 * M))
    propose(c, 10 * M)
    services.grant_cancel(grant=approve(propose(b, 40 * M)), by=staff, reason="Rút")
    # Needs: 2024 one published, none matched; 2025 two published, one with an accepted interest; one never published.
    NeedFactory(published_at=aware(2024, 5, 1))
    matched = NeedFactory(published_at=aware(2025, 3, 1))
    NeedFactory(published_at=aware(2025, 4, 1))
    NeedFactory(published_at=None, status="draft")
    InterestFactory(need=matched, offer=None, status=Interest.Status.ACCEPTED)
    InterestFactory(need=NeedFactory(published_at=aware(2023, 1, 1)), offer=None, status=Interest.Status.DECLINED)
    PlanTarget.objects.all().delete()
    return {"a": a, "b": b, "c": c}


def target(code, indicator, low, high, unit, scope, start=2021, end=2030):
    return PlanTarget.objects.create(
        code=code,
        indicator=indicator,
        label_vi=code,
        start_year=start,
        end_year=end,
        min_value=low,
        max_value=high,
        unit=unit,
        scope=scope,
    )


def test_the_yearly_series_match_the_hand_computed_values(world):
    s = selectors.plan_series(years=[2023, 2024, 2025])
    assert s.firms_supported == {2024: 2, 2025: 1}
    assert s.funding_approved == {2024: 80 * M, 2025: 30 * M}
    assert s.funding_disbursed == {2024: 30 * M, 2025: 30 * M}
    assert s.funding_proposed == {2025: 10 * M}
    assert s.budget == {2024: 200 * M, 2025: 200 * M}
    assert (s.needs_published, s.needs_matched) == ({2023: 1, 2024: 1, 2025: 2}, {2023: 0, 2024: 0, 2025: 1})
    assert s.needs_matched_share(2025) == 50.0 and s.needs_matched_share(2024) == 0.0
    assert s.needs_matched_share(2022) is None


def test_targets_are_judged_per_year_and_over_the_period(world):
    firms = target("firms", "firms_supported", 2, 3, "firms", "per_year")
    funding = target("funding", "funding_approved", 1_000 * M, 1_500 * M, "vnd", "per_period")
    share = target("share", "needs_matched_share", 30, None, "percent", "per_period")
    manual = target("tasks", "manual", 70, 80, "percent", "per_period")
    PlanActual.objects.create(target=manual, year=2024, value=Decimal("72.5"))
    s = selectors.plan_series(years=[2024, 2025])
    rows = {r.target.code: r for r in selectors.evaluate_targets(years=[2024, 2025], series=s, today=date(2025, 6, 1))}

    assert rows["firms"].per_year == [(2024, 2, "met"), (2025, 1, "in_progress")]
    # 2021–2023 had no firm supported, 2024 met: one year in four.
    assert (rows["firms"].period_actual, rows["firms"].period_status) == ("1/4", "below")

    # 110M approved 2021–2025 against 1–1.5 billion: pro rata for 5 of 10 years is 500M, so behind.
    assert rows["funding"].period_actual == 110 * M
    assert rows["funding"].expected_to_date == 500 * M and rows["funding"].period_status == "behind"
    # 1 of the 4 needs published 2021–2025 found a provider.
    assert rows["share"].period_actual == 25.0 and rows["share"].period_status == "in_progress"
    assert rows["tasks"].per_year == [(2024, Decimal("72.5"), ""), (2025, None, "")]
    assert rows["tasks"].period_actual == Decimal("72.5") and rows["tasks"].period_status == "met"
    assert firms.pk and funding.pk and share.pk


def test_the_dashboard_page_carries_the_chart_data(client_for, staff, world):
    target("firms", "firms_supported", 2, 3, "firms", "per_year")
    response = client_for(staff).get(reverse("grants:dashboard") + "?from=2024&to=2025")
    assert response.status_code == 200
    charts = response.context["charts"]
    assert charts["years"] == [2024, 2025]
    assert charts["firms"] == {"actual": [2, 1], "low": [2, 2], "high": [3, 3]}
    assert charts["funding"]["approved"] == [80 * M, 30 * M]
    assert charts["funding"]["cumulative"] == [80 * M, 110 * M]
    assert 'id="chart-data"' in response.content.decode()
    assert "vendor/chartjs/chart.umd.min.js" in response.content.decode()


def test_staff_edit_a_plan_target(client_for, staff, world):
    t = target("firms", "firms_supported", 2, 3, "firms", "per_year")
    client = client_for(staff)
    data = {
        "label_vi": "Hỗ trợ 4–6 doanh nghiệp",
        "label_en": "",
        "indicator": "firms_supported",
        "start_year": 2021,
        "end_year": 2030,
        "min_value": "4",
        "max_value": "6",
        "unit": "firms",
        "scope": "per_year",
        "source": "",
        "position": 0,
    }
    assert client.post(reverse("grants:target_edit", args=[t.pk]), data).status_code == 302
    t.refresh_from_db()
    assert (t.min_value, t.max_value) == (4, 6)
    bad = client.post(reverse("grants:target_edit", args=[t.pk]), {**data, "min_value": "7"})
    assert bad.status_code == 400 and "maximum is below the minimum" in bad.content.decode()


def test_the_plan_targets_are_seeded_from_the_design(db):
    PlanTarget.objects.all().delete()
    importlib.import_module("grants.migrations.0002_seed_plan_targets").seed(django_apps, None)
    firms = PlanTarget.objects.get(code="firms-2021-2030")
    assert (firms.indicator, firms.min_value, firms.max_value, firms.scope) == ("firms_supported", 2, 3, "per_year")
    funding = PlanTarget.objects.get(code="funding-2021-2030")
    assert (funding.min_value, funding.max_value, funding.unit) == (1_000_000_000, 1_500_000_000, "vnd")
    assert PlanTarget.objects.get(code="workshops-2030-2050").min_value == 5
    assert PlanTarget.objects.count() == 8


def test_the_reports_run_a_bounded_number_of_queries(client_for, staff, world, django_assert_max_num_queries):
    target("firms", "firms_supported", 2, 3, "firms", "per_year")
    target("funding", "funding_approved", 1_000 * M, 1_500 * M, "vnd", "per_period")
    target("share", "needs_matched_share", 30, None, "percent", "per_period")
    target("later", "firms_supported", 3, 5, "firms", "per_year", start=2030, end=2050)
    client = client_for(staff)
    # The window (2024–2025) is shorter than the periods, so the period figures need their own series
    # (including the events app's workshops, meetings and outcomes).
    # + one query per kind of the plan's other records (grants/plan.py: trainings, tasks, appraisals, news,
    # publications, certificates), however many targets and years.
    with django_assert_max_num_queries(36):
        assert client.get(reverse("grants:dashboard") + "?from=2024&to=2025").status_code == 200
    # (16: the commune/ward filter reads its choices from the areas table.)
    with django_assert_max_num_queries(16):
        assert client.get(reverse("grants:year_report") + "?year=2024").status_code == 200


def test_workshops_and_the_funnel_come_from_the_events_app(db, staff):
    """Held workshops per year; meetings held → at least an MoU → a contract, each meeting once even
    when both sides report its outcome, and only at the workshops of the years shown."""
    from events import models as events_models
    from tests.events.factories import RegistrationFactory, WorkshopFactory

    Workshop, Meeting, MeetingRequest, Outcome = (
        events_models.Workshop,
        events_models.Meeting,
        events_models.MeetingRequest,
        events_models.Outcome,
    )
    ws_2024 = WorkshopFactory(status="held", starts_at=aware(2024, 10, 1), ends_at=aware(2024, 10, 1))
    ws_2025 = WorkshopFactory(status="held", starts_at=aware(2025, 3, 1), ends_at=aware(2025, 3, 1))
    WorkshopFactory(status="held", starts_at=aware(2025, 9, 1), ends_at=aware(2025, 9, 1))
    WorkshopFactory(status="open")  # not held: not counted

    def meeting(ws, table, status="held", results=()):
        a = RegistrationFactory(workshop=ws, organization=OrganizationFactory(), attendee=staff)
        b = RegistrationFactory(workshop=ws, organization=OrganizationFactory(), attendee=staff)
        request = MeetingRequest.objects.create(workshop=ws, from_registration=a, to_registration=b, status="accepted")
        m = Meeting.objects.create(workshop=ws, request=request, slot=ws.slots.first(), table=table, status=status)
        for side, (stage, result) in zip((a, b), results, strict=False):
            Outcome.objects.create(
                meeting=m,
                registration=side,
                stage=stage,
                result=result,
                contract_value=5 * M if result == "contract" else None,
            )
        return m

    meeting(ws_2025, 1, results=[("follow_up", "mou"), ("follow_up", "contract")])  # one meeting, a contract
    meeting(ws_2025, 2, results=[("follow_up", "mou"), ("follow_up", "mou")])  # both sides: one MoU
    meeting(ws_2025, 3, results=[("after", "cooperation")])
    meeting(ws_2025, 4, status="scheduled")  # did not happen
    meeting(ws_2024, 1, results=[("follow_up", "contract")])

    assert event_selectors.workshops_held_by_year() == {2024: 1, 2025: 2}
    assert event_selectors.meeting_funnel(years=[2025]) == (3, 2, 1)
    assert event_selectors.meeting_funnel(years=[2024, 2025]) == (4, 3, 2)
    s = selectors.plan_series(years=[2024, 2025])
    # Meetings held come from the workshops; MoUs and contracts from the connections (none were fed
    # here: the outcomes were written straight into the table, as old data was before the migration).
    assert s.workshops_held == {2024: 1, 2025: 2} and s.funnel == (4, 0, 0)
    assert Workshop.objects.count() == 4


def test_the_chain_numbers_count_connections_of_every_channel_and_drill_down_to_them(
    staff, enterprise, provider, outsider, client_for, program, propose, approve, django_assert_max_num_queries
):
    """A staff-introduced pair and an exchange pair: contracts, their value, transfers accepted and firms
    supported count from the connections, and each number links to the board filtered to them."""
    from marketplace import connections as c

    intro = c.connection_introduce(seeker=enterprise, provider=provider, by=staff)
    other = c.connection_introduce(seeker=outsider, provider=provider, by=staff)
    c.connection_move(
        connection=intro,
        to_stage="accepted",
        by=staff,
        contract_value=700 * M,
        contract_signed_on=date(2025, 4, 1),
        accepted_on=date(2025, 9, 1),
    )
    c.connection_move(
        connection=other, to_stage="contract", by=staff, contract_value=300 * M, contract_signed_on=date(2024, 6, 1)
    )
    grant = propose(enterprise, 20 * M)
    type(grant).objects.filter(pk=grant.pk).update(connection=intro)
    approve(grant)
    s = selectors.plan_series(years=[2025])
    assert s.chain == {
        "mous": 1,
        "contracts": 1,
        "contract_value": 700 * M,
        "transfers_accepted": 1,
        "firms_supported": 1,
    }
    assert selectors.plan_series(years=[2024, 2025]).chain["contracts"] == 2
    client = client_for(staff)
    html = client.get(reverse("grants:dashboard") + "?from=2024&to=2025").content.decode()
    board = reverse("marketplace:connection_board")
    for drill, expected in (
        ("reached=contract&year_from=2024&year_to=2025", {intro.pk, other.pk}),
        ("reached=contract&year_from=2025&year_to=2025", {intro.pk}),
        ("reached=accepted&year_from=2024&year_to=2025", {intro.pk}),
        ("supported=true&year_from=2024&year_to=2025", {intro.pk}),
        ("reached=mou&year_from=2024&year_to=2024", {other.pk}),
    ):
        if "2024&year_to=2025" in drill:
            assert f"{board}?{drill}" in html
        with django_assert_max_num_queries(14):
            shown = {x.pk for x in client.get(f"{board}?{drill}").context["page"]}
        assert shown == expected, drill
