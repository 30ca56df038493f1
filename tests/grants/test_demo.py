import pytest
from django.db.models import Sum

from grants import demo, selectors
from grants.models import AnnualBudget, FirmYear, SupportGrant
from marketplace.demo_data import ORGANIZATIONS
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_the_demo_gives_the_dashboard_five_years_of_real_figures_and_keeps_every_rule(staff):
    # The demo enterprises as marketplace's seed makes them (its whole seed is not run here: it is slower).
    for key in {row[1] for row in demo.GRANTS}:
        name, kind, _type, size, _area, *_rest = ORGANIZATIONS[key]
        OrganizationFactory(name=name, kind=kind, size=size)
    assert demo.seed() == "3 programs, 15 budgets, 13 grants."
    assert demo.seed() == "already seeded"
    series = selectors.plan_series(years=list(range(2022, 2027)))
    assert series.firms_supported == {2022: 2, 2023: 3, 2024: 1, 2025: 3, 2026: 2}
    assert sum(series.funding_approved.values()) == 991_000_000
    for budget in AnnualBudget.objects.all():
        approved = SupportGrant.objects.filter(
            program=budget.program, year=budget.year, status__in=["approved", "disbursed"]
        ).aggregate(s=Sum("approved_amount"))
        assert budget.approved_total == (approved["s"] or 0) <= budget.amount
    for row in FirmYear.objects.all():
        assert row.approved_total <= row.cap
    assert set(SupportGrant.objects.values_list("status", flat=True)) == {
        "proposed",
        "approved",
        "disbursed",
        "cancelled",
    }
