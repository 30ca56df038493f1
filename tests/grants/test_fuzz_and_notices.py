from datetime import date

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.models import Notification
from grants.models import GrantEvent, SupportGrant

from .factories import M

pytestmark = pytest.mark.django_db

junk = st.one_of(
    st.text(max_size=30),
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=True).map(str),
    st.just(""),
    st.just("1e9"),
    st.just("٣٤"),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(firm_id=junk, year=junk, cost=junk, amount=junk)
def test_the_proposal_form_never_fails_with_a_500(
    client_for, staff, firm, program, budget, firm_id, year, cost, amount
):
    client = client_for(staff)
    data = {
        "firm": firm_id,
        "program": program.pk,
        "year": year,
        "eligible_cost": cost,
        "requested_amount": amount,
        "purpose": "x",
    }
    for url in (reverse("grants:grant_propose"), reverse("grants:grant_preview")):
        assert client.post(url, data).status_code in (200, 302, 400)
    # Whatever got through obeys the rules.
    for grant in SupportGrant.objects.all():
        assert 0 < grant.requested_amount * 100 <= grant.eligible_cost * grant.share_percent
        assert grant.requested_amount <= 50 * M


def test_the_firm_is_told_once_about_each_decision(
    staff, enterprise_user, firm, propose, approve, django_capture_on_commit_callbacks
):
    from grants import services

    with django_capture_on_commit_callbacks(execute=True):
        grant = approve(propose(firm, 10 * M))
    with django_capture_on_commit_callbacks(execute=True):
        services.grant_disburse(
            grant=grant,
            by=staff,
            amount=4 * M,
            milestone="Nghiệm thu 1",
            accepted_on=date(2025, 5, 1),
            paid_on=date(2025, 5, 2),
        )
    kinds = list(Notification.objects.filter(user=enterprise_user).values_list("kind", flat=True).order_by("id"))
    assert kinds == ["grant_approved", "grant_disbursed"]
    assert (
        "10,000,000" in Notification.objects.get(kind="grant_approved").text
        or "10.000.000" in Notification.objects.get(kind="grant_approved").text
    )
    assert GrantEvent.objects.filter(grant=grant).count() == 3
