from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from grants import services
from grants.models import MAX_AMOUNT, AnnualBudget, Disbursement, FirmYear, GrantEvent, GrantStatus, SupportGrant
from tests.factories import OrganizationFactory

from .factories import BudgetFactory, M, ProgramFactory

pytestmark = pytest.mark.django_db


def nothing_saved():
    return not SupportGrant.objects.exists() and not GrantEvent.objects.exists()


def propose_kwargs(staff, firm, program, **kw):
    return {
        "by": staff,
        "firm": firm,
        "program": program,
        "year": 2025,
        "eligible_cost": 100 * M,
        "requested_amount": 40 * M,
        "purpose": "Máy sấy",
        **kw,
    }


# Proposing ------------------------------------------------------------------------------------------


def test_it_proposes_a_grant_and_keeps_who_when_what(staff, firm, program, budget):
    grant = services.grant_propose(**propose_kwargs(staff, firm, program))
    assert grant.status == GrantStatus.PROPOSED and grant.share_percent == 50
    event = grant.history.get()
    assert (event.action, event.by, event.amount, event.to_status) == ("proposed", staff, 40 * M, "proposed")
    assert event.details["maximum_allowed"] == 50 * M


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("requested_amount", -5, "more than 0"),
        ("requested_amount", 0, "more than 0"),
        ("requested_amount", 1.5, "whole number"),
        ("requested_amount", "40000000", "whole number"),
        ("requested_amount", MAX_AMOUNT + 1, "not plausible"),
        ("eligible_cost", 0, "more than 0"),
        ("eligible_cost", 10**15, "not plausible"),
    ],
)
def test_it_refuses_bad_amounts_and_saves_nothing(staff, firm, program, budget, field, value, message):
    with pytest.raises(ValidationError) as exc:
        services.grant_propose(**propose_kwargs(staff, firm, program, **{field: value}))
    assert message in " ".join(exc.value.message_dict[field])
    assert nothing_saved()


def test_it_refuses_an_unknown_firm(staff, program, budget):
    with pytest.raises(ValidationError) as exc:
        services.grant_propose(**propose_kwargs(staff, None, program))
    assert exc.value.message_dict["firm"] == ["Unknown firm."]
    assert nothing_saved()


def test_it_refuses_an_unverified_firm(staff, program, budget):
    firm = OrganizationFactory(kind="enterprise", verified_at=None, name="Cơ sở Chưa Xác Minh")
    with pytest.raises(ValidationError) as exc:
        services.grant_propose(**propose_kwargs(staff, firm, program))
    assert "not verified" in exc.value.message_dict["firm"][0]
    assert nothing_saved()


def test_it_refuses_a_provider_and_a_firm_without_a_size(staff, provider, program, budget):
    with pytest.raises(ValidationError, match="provider only"):
        services.grant_propose(**propose_kwargs(staff, provider, program))
    sizeless = OrganizationFactory(kind="enterprise", size="")
    with pytest.raises(ValidationError, match="size"):
        services.grant_propose(**propose_kwargs(staff, sizeless, program))
    assert nothing_saved()


@pytest.mark.parametrize("year", [2020, 2031, 1999])
def test_it_refuses_a_year_outside_the_program(staff, firm, program, budget, year):
    with pytest.raises(ValidationError) as exc:
        services.grant_propose(**propose_kwargs(staff, firm, program, year=year))
    assert "runs from 2021 to 2030" in exc.value.message_dict["year"][0]
    assert nothing_saved()


def test_it_refuses_more_than_the_share_of_the_eligible_cost(staff, firm, program, budget):
    with pytest.raises(ValidationError) as exc:
        services.grant_propose(
            **propose_kwargs(staff, firm, program, eligible_cost=60 * M, requested_amount=30 * M + 1)
        )
    assert "50% of the eligible cost" in exc.value.message_dict["requested_amount"][0]
    assert nothing_saved()


def test_it_refuses_a_grant_over_the_cap_for_the_firm_size(staff, firm, program, budget, propose, approve):
    approve(propose(firm, 40 * M))
    with pytest.raises(ValidationError) as exc:
        propose(firm, 10 * M + 1)
    assert "above its cap" in exc.value.message_dict["requested_amount"][0]
    assert propose(firm, 10 * M).status == "proposed"  # exactly up to the cap is fine


def test_a_medium_firm_has_the_higher_cap(staff, other_firm, program, budget, propose):
    assert propose(other_firm, 100 * M).requested_amount == 100 * M
    with pytest.raises(ValidationError):
        propose(other_firm, 100 * M + 1)


def test_it_refuses_a_grant_over_the_budget_left(staff, budget, propose, approve):
    AnnualBudget.objects.filter(pk=budget.pk).update(amount=120 * M)
    firms = [OrganizationFactory(kind="enterprise", size="medium") for _ in range(3)]
    approve(propose(firms[0], 100 * M))
    with pytest.raises(ValidationError) as exc:
        propose(firms[1], 20 * M + 1)
    assert "left of the 2025 budget" in exc.value.message_dict["requested_amount"][0]


def test_it_refuses_a_year_without_budget(staff, firm, program):
    with pytest.raises(ValidationError, match="no budget"):
        services.grant_propose(**propose_kwargs(staff, firm, program))


def test_only_staff_propose(enterprise_user, firm, program, budget):
    with pytest.raises(PermissionDenied):
        services.grant_propose(**propose_kwargs(enterprise_user, firm, program))


# Approving ------------------------------------------------------------------------------------------


def test_approving_sets_the_decision_and_the_counters(staff, firm, program, budget, propose, approve):
    grant = approve(propose(firm, 40 * M), amount=35 * M, number="7/QĐ-SKHCN")
    grant.refresh_from_db()
    assert (grant.status, grant.approved_amount, grant.decision_number) == ("approved", 35 * M, "7/QĐ-SKHCN")
    assert AnnualBudget.objects.get(pk=budget.pk).approved_total == 35 * M
    assert FirmYear.objects.get(firm=firm, program=program, year=2025).approved_total == 35 * M
    assert list(grant.history.values_list("action", flat=True)) == ["approved", "proposed"]


def test_approval_rechecks_the_cap_against_grants_approved_since_the_proposal(firm, propose, approve):
    first, second = propose(firm, 30 * M), propose(firm, 30 * M)  # each fits alone; together 60M > 50M
    approve(first)
    with pytest.raises(ValidationError, match="above its cap"):
        approve(second)
    second.refresh_from_db()
    assert second.status == "proposed" and second.approved_amount is None


def test_it_refuses_a_decision_number_used_twice(firm, other_firm, propose, approve):
    approve(propose(firm, 10 * M), number="99/QĐ")
    grant = propose(other_firm, 10 * M)
    with pytest.raises(ValidationError) as exc:
        approve(grant, number="99/QĐ")
    assert "already used" in exc.value.message_dict["decision_number"][0]
    grant.refresh_from_db()
    assert grant.status == "proposed" and grant.decision_number is None


def test_it_refuses_approving_more_than_requested_or_twice(firm, propose, approve):
    grant = propose(firm, 10 * M)
    with pytest.raises(ValidationError, match="more than requested"):
        approve(grant, amount=10 * M + 1)
    approve(grant)
    with pytest.raises(ValidationError, match="cannot be approved"):
        approve(grant)
    assert AnnualBudget.objects.get().approved_total == 10 * M


# Cancelling -----------------------------------------------------------------------------------------


def test_cancelling_an_approved_grant_frees_its_amount(staff, firm, budget, propose, approve):
    grant = approve(propose(firm, 50 * M))
    with pytest.raises(ValidationError):
        propose(firm, 1 * M)  # the cap is used up
    services.grant_cancel(grant=grant, by=staff, reason="Doanh nghiệp rút hồ sơ")
    grant.refresh_from_db()
    assert grant.status == "cancelled" and grant.cancel_reason == "Doanh nghiệp rút hồ sơ"
    assert AnnualBudget.objects.get(pk=budget.pk).approved_total == 0
    assert FirmYear.objects.get(firm=firm).approved_total == 0
    approve(propose(firm, 50 * M))  # the freed amount can be granted again
    assert grant.history.first().action == "cancelled" and grant.history.first().amount == 50 * M


def test_cancelling_needs_a_reason_and_a_live_grant(staff, firm, propose, approve):
    grant = propose(firm, 10 * M)
    with pytest.raises(ValidationError, match="reason"):
        services.grant_cancel(grant=grant, by=staff, reason="  ")
    services.grant_cancel(grant=grant, by=staff, reason="Trùng hồ sơ")
    with pytest.raises(ValidationError, match="cannot be cancelled"):
        services.grant_cancel(grant=grant, by=staff, reason="again")
    with pytest.raises(ValidationError, match="cannot be approved"):
        approve(grant)


def test_a_grant_with_money_paid_out_cannot_be_cancelled(staff, firm, propose, approve):
    grant = approve(propose(firm, 10 * M))
    services.grant_disburse(
        grant=grant,
        by=staff,
        amount=4 * M,
        milestone="Nghiệm thu 1",
        accepted_on=date(2025, 5, 1),
        paid_on=date(2025, 5, 3),
    )
    with pytest.raises(ValidationError, match="already been disbursed"):
        services.grant_cancel(grant=grant, by=staff, reason="x")


# Disbursing -----------------------------------------------------------------------------------------


def disburse(staff, grant, amount, **kw):
    return services.grant_disburse(
        grant=grant,
        by=staff,
        amount=amount,
        milestone=kw.get("milestone", "Nghiệm thu"),
        accepted_on=kw.get("accepted_on", date(2025, 6, 1)),
        paid_on=kw.get("paid_on", date(2025, 6, 10)),
        exception_reason=kw.get("exception_reason", "Hồ sơ lập trước khi có sổ kết nối"),
    )


def test_tranches_add_up_to_the_approved_amount_and_then_the_grant_is_disbursed(staff, firm, propose, approve):
    grant = approve(propose(firm, 30 * M))
    first = disburse(staff, grant, 10 * M)
    second = disburse(staff, grant, 20 * M)
    grant.refresh_from_db()
    assert (first.tranche, second.tranche) == (1, 2)
    assert grant.disbursed_amount == 30 * M and grant.status == "disbursed"
    with pytest.raises(ValidationError, match="cannot be disbursed"):
        disburse(staff, grant, 1)


def test_a_tranche_never_takes_the_total_above_the_approved_amount(staff, firm, propose, approve):
    grant = approve(propose(firm, 30 * M))
    disburse(staff, grant, 25 * M)
    with pytest.raises(ValidationError) as exc:
        disburse(staff, grant, 5 * M + 1)
    assert "above the approved amount" in exc.value.message_dict["amount"][0]
    assert Disbursement.objects.count() == 1 and SupportGrant.objects.get().disbursed_amount == 25 * M


def test_it_refuses_disbursing_a_proposed_grant_or_paying_before_acceptance(staff, firm, propose, approve):
    grant = propose(firm, 30 * M)
    with pytest.raises(ValidationError, match="cannot be disbursed"):
        disburse(staff, grant, 1 * M)
    approve(grant)
    with pytest.raises(ValidationError, match="after its milestone"):
        disburse(staff, grant, 1 * M, accepted_on=date(2025, 6, 10), paid_on=date(2025, 6, 1))
    for bad in (0, -1, 2.5):
        with pytest.raises(ValidationError):
            disburse(staff, grant, bad)
    assert not Disbursement.objects.exists()


# The database's own guards ---------------------------------------------------------------------------


def test_the_database_refuses_a_budget_counter_above_the_budget(budget):
    with pytest.raises(IntegrityError), transaction.atomic():
        AnnualBudget.objects.filter(pk=budget.pk).update(approved_total=budget.amount + 1)


def test_the_database_refuses_amounts_that_break_the_share_or_the_approval(firm, propose, approve):
    grant = propose(firm, 10 * M, eligible=20 * M)
    with pytest.raises(IntegrityError), transaction.atomic():
        SupportGrant.objects.filter(pk=grant.pk).update(requested_amount=10 * M + 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        SupportGrant.objects.filter(pk=grant.pk).update(status="approved")  # no decision, no amount
    approve(grant)
    with pytest.raises(IntegrityError), transaction.atomic():
        SupportGrant.objects.filter(pk=grant.pk).update(disbursed_amount=10 * M + 1)


def test_a_budget_cannot_be_lowered_below_what_is_approved(firm, budget, propose, approve):
    approve(propose(firm, 40 * M))
    budget.refresh_from_db()
    budget.amount = 30 * M
    with pytest.raises(ValidationError, match="already approved"):
        budget.full_clean()


def test_programs_of_another_size_table_refuse_unsupported_sizes(staff, program):
    innovation = ProgramFactory(caps={"medium": 200 * M})
    BudgetFactory(program=innovation, year=2025)
    micro = OrganizationFactory(kind="enterprise", size="micro")
    with pytest.raises(ValidationError, match="does not support firms of size"):
        services.grant_propose(**propose_kwargs(staff, micro, innovation))
