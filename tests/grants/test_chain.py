"""Grants tied to the chain: a grant supports a connection; it is approved once the connection's contract
exists and its last tranche is paid once the transfer is accepted — unless staff record why not."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from grants import services
from marketplace import connections as connection_services
from tests.factories import OrganizationFactory

from .factories import BudgetFactory, M

TODAY = timezone.localdate()


@pytest.fixture
def budget_now(program):
    return BudgetFactory(program=program, year=TODAY.year, amount=200 * M)


@pytest.fixture
def connection(staff, firm, provider):
    return connection_services.connection_introduce(seeker=firm, provider=provider, by=staff)


@pytest.fixture
def grant(staff, firm, program, budget_now, connection):
    return services.grant_propose(
        by=staff,
        firm=firm,
        program=program,
        year=TODAY.year,
        eligible_cost=60 * M,
        requested_amount=30 * M,
        purpose="Nhận chuyển giao máy sấy dừa",
        connection=connection,
    )


def approve(grant, staff, **kw):
    return services.grant_approve(
        grant=grant, by=staff, decision_number=kw.pop("number", "1/QĐ"), decision_date=TODAY - timedelta(days=5), **kw
    )


def sign(connection, staff, accepted=False):
    connection_services.connection_move(
        connection=connection,
        to_stage="accepted" if accepted else "contract",
        by=staff,
        contract_value=600 * M,
        contract_signed_on=TODAY - timedelta(days=20),
        accepted_on=TODAY - timedelta(days=1) if accepted else None,
    )


def pay(grant, staff, amount, **kw):
    return services.grant_disburse(
        grant=grant,
        by=staff,
        amount=amount,
        milestone="Nghiệm thu",
        accepted_on=kw.pop("accepted_on", TODAY),
        paid_on=kw.pop("paid_on", TODAY),
        **kw,
    )


def test_a_grant_takes_its_need_and_offer_from_its_connection(grant, connection):
    assert grant.connection == connection


def test_the_firm_must_be_the_connections_seeker(staff, program, budget_now, connection):
    other = OrganizationFactory(kind="enterprise")
    with pytest.raises(ValidationError) as exc:
        services.grant_propose(
            by=staff,
            firm=other,
            program=program,
            year=TODAY.year,
            eligible_cost=60 * M,
            requested_amount=10 * M,
            purpose="x",
            connection=connection,
        )
    assert "connection" in exc.value.message_dict


def test_approval_is_refused_before_the_contract_exists(grant, staff):
    with pytest.raises(ValidationError) as exc:
        approve(grant, staff)
    assert "exception_reason" in exc.value.message_dict
    grant.refresh_from_db()
    assert grant.status == "proposed"


def test_approval_passes_once_the_contract_is_signed(grant, staff, connection):
    sign(connection, staff)
    assert approve(grant, staff).approval_exception == ""


def test_staff_may_approve_before_the_contract_saying_why(grant, staff):
    approved = approve(grant, staff, exception_reason="Hợp đồng đang chờ ký, Quyết định của UBND tỉnh")
    assert approved.status == "approved"
    assert approved.approval_exception.startswith("Hợp đồng đang chờ ký")
    assert approved.history.first().details["without_contract_because"]


def test_the_last_tranche_waits_for_the_transfer_to_be_accepted(grant, staff, connection):
    sign(connection, staff)
    approve(grant, staff)
    pay(grant, staff, 10 * M)  # not the last one: allowed
    with pytest.raises(ValidationError) as exc:
        pay(grant, staff, 20 * M)
    assert "exception_reason" in exc.value.message_dict
    connection_services.connection_move(
        connection=connection, to_stage="accepted", by=staff, accepted_on=TODAY - timedelta(days=1)
    )
    last = pay(grant, staff, 20 * M)
    assert last.exception_reason == ""
    grant.refresh_from_db()
    assert grant.status == "disbursed"


def test_staff_may_pay_the_last_tranche_before_acceptance_saying_why(grant, staff, connection):
    sign(connection, staff)
    approve(grant, staff)
    tranche = pay(grant, staff, 30 * M, exception_reason="Nghiệm thu từng phần theo hợp đồng")
    assert tranche.exception_reason == "Nghiệm thu từng phần theo hợp đồng"


def test_a_tranche_dated_before_the_decision_is_refused(grant, staff, connection):
    sign(connection, staff, accepted=True)
    approve(grant, staff)
    early = TODAY - timedelta(days=10)
    with pytest.raises(ValidationError) as exc:
        pay(grant, staff, 10 * M, accepted_on=early, paid_on=early)
    assert "before the grant's decision" in exc.value.message_dict["paid_on"][0]


def test_a_grant_cannot_support_a_connection_closed_as_lost(
    staff, firm, program, budget_now, connection, enterprise_user
):
    connection_services.connection_close(connection=connection, by=enterprise_user, result="lost", lost_reason="price")
    with pytest.raises(ValidationError):
        services.grant_propose(
            by=staff,
            firm=firm,
            program=program,
            year=TODAY.year,
            eligible_cost=60 * M,
            requested_amount=10 * M,
            purpose="x",
            connection=connection,
        )


def test_the_grant_page_shows_its_connection_and_what_is_missing(grant, staff, client_for):
    html = client_for(staff).get(grant.get_absolute_url()).content.decode()
    assert 'id="grant-connection"' in html and "not signed yet" in html


class TestProposalPreview:
    """The preview must never overwrite what the user already picked."""

    def post(self, client, data, trigger):
        from django.urls import reverse

        return client.post(
            reverse("grants:grant_preview"), data, HTTP_HX_REQUEST="true", HTTP_HX_TRIGGER_NAME=trigger
        ).content.decode()

    def test_typing_an_amount_leaves_the_need_and_offer_choices_alone(self, staff, firm, program, client_for):
        data = {"firm": firm.pk, "program": program.pk, "year": TODAY.year, "eligible_cost": 10 * M}
        html = self.post(client_for(staff), data, trigger="eligible_cost")
        assert 'id="links"' not in html and "limit-maximum" in html

    def test_choosing_the_firm_refreshes_the_choices_keeping_a_pick_that_still_fits(
        self, staff, firm, program, client_for, connection
    ):
        data = {"firm": firm.pk, "program": program.pk, "year": TODAY.year, "connection": connection.pk}
        html = self.post(client_for(staff), data, trigger="firm")
        assert 'id="links" hx-swap-oob="true"' in html
        assert f'<option value="{connection.pk}" selected>' in html

    def test_the_form_cancels_an_older_preview_when_a_newer_one_starts(self, staff, client_for):
        from django.urls import reverse

        html = client_for(staff).get(reverse("grants:grant_propose")).content.decode()
        assert 'hx-sync="this:replace"' in html


def test_the_connection_page_shows_its_support_to_the_firm_and_staff_not_to_the_provider(
    grant, staff, connection, client_for, enterprise_user, provider_user
):
    url = connection.get_absolute_url()
    assert 'id="connection-support"' in client_for(enterprise_user).get(url).content.decode()
    assert 'id="connection-support"' in client_for(staff).get(url).content.decode()
    assert 'id="connection-support"' not in client_for(provider_user).get(url).content.decode()


def test_the_last_tranche_form_starts_from_the_connections_acceptance(grant, staff, connection, client_for):
    sign(connection, staff, accepted=True)
    approve(grant, staff)
    form = client_for(staff).get(grant.get_absolute_url()).context["disburse_form"]
    assert form.initial["accepted_on"] == TODAY - timedelta(days=1)
