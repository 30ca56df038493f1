import pytest
from django.db.models import Sum

from grants import demo, selectors
from grants.models import AnnualBudget, FirmYear, SupportGrant
from marketplace import demo as marketplace_demo

pytestmark = pytest.mark.django_db


def test_the_demo_gives_the_dashboard_five_years_of_real_figures_and_keeps_every_rule(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
    marketplace_demo.seed()
    assert demo.seed() == "3 programs, 15 budgets, 13 grants."
    assert demo.seed() == "already seeded"
    series = selectors.plan_series(years=list(range(2022, 2027)))
    assert series.firms_supported == {2022: 2, 2023: 3, 2024: 1, 2025: 3, 2026: 2}
    assert sum(series.funding_approved.values()) == 991_000_000
    for budget in AnnualBudget.objects.all():
        approved = SupportGrant.objects.filter(program=budget.program, year=budget.year,
                                               status__in=["approved", "disbursed"]).aggregate(s=Sum("approved_amount"))
        assert budget.approved_total == (approved["s"] or 0) <= budget.amount
    for row in FirmYear.objects.all():
        assert row.approved_total <= row.cap
    assert set(SupportGrant.objects.values_list("status", flat=True)) == {"proposed", "approved", "disbursed",
                                                                          "cancelled"}
