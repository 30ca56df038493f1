"""A firm that declares itself larger after a proposal gets no higher cap: the grant keeps the size staff had
confirmed when it was proposed."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from grants import services
from grants.models import SupportGrant
from marketplace.models import Organization
from tests.grants.factories import BudgetFactory, M, ProgramFactory

pytestmark = pytest.mark.django_db


def test_the_cap_follows_the_size_recorded_on_the_grant_at_proposal(staff, enterprise):
    program = ProgramFactory()  # 50M for a small firm, 100M for a large one
    BudgetFactory(program=program, year=2025, amount=500 * M)
    assert enterprise.size == Organization.Size.SMALL

    def propose(amount):
        return services.grant_propose(
            by=staff,
            firm=enterprise,
            program=program,
            year=2025,
            eligible_cost=4 * amount,
            requested_amount=amount,
            purpose="Nhận chuyển giao máy sấy",
        )

    first, second = propose(50 * M), propose(40 * M)
    assert first.firm_size == second.firm_size == Organization.Size.SMALL

    # The firm now says it is large (the self-declared edit the audit found).
    Organization.objects.filter(pk=enterprise.pk).update(size=Organization.Size.LARGE)
    services.grant_approve(
        grant=first, by=staff, decision_number="1/QĐ", decision_date=date(2025, 3, 1), exception_reason="Thử"
    )
    with pytest.raises(ValidationError, match="50.000.000"):
        services.grant_approve(
            grant=second, by=staff, decision_number="2/QĐ", decision_date=date(2025, 3, 2), exception_reason="Thử"
        )
    assert SupportGrant.objects.get(pk=second.pk).status == "proposed"
