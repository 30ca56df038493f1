"""Support grants through the API: staff run them, a firm reads its own, nobody else sees any."""

from datetime import date

import pytest

from grants import services
from grants.models import GrantStatus, PlanTarget, SupportGrant
from tests.grants.factories import BudgetFactory, M, ProgramFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def program(db):
    return ProgramFactory()  # 50% of the eligible cost; cap 50M for a small firm


@pytest.fixture
def budget(program):
    return BudgetFactory(program=program, year=2025, amount=200 * M)


@pytest.fixture
def grant(staff, enterprise, program, budget):
    return services.grant_propose(
        by=staff,
        firm=enterprise,
        program=program,
        year=2025,
        eligible_cost=80 * M,
        requested_amount=30 * M,
        purpose="Nhận chuyển giao máy sấy dừa",
    )


def propose_payload(enterprise, program, **extra):
    return {
        "firm": enterprise.pk,
        "program": program.pk,
        "year": 2025,
        "eligible_cost": 80 * M,
        "requested_amount": 30 * M,
        "purpose": "Máy sấy dừa",
        **extra,
    }


def test_staff_propose_approve_disburse_a_grant(api_for, staff, enterprise, program, budget):
    client = api_for(staff)
    response = client.post("/api/v1/grants/", propose_payload(enterprise, program, status="disbursed"), format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "proposed" and body["approved_amount"] is None and body["requested_amount"] == 30 * M
    pk = body["id"]
    approved = client.post(
        f"/api/v1/grants/{pk}/approve/",
        {"decision_number": "12/QĐ-SKHCN", "decision_date": "2025-03-01", "exception_reason": "Hồ sơ cũ"},
        format="json",
    ).json()
    assert approved["status"] == "approved" and approved["approved_amount"] == 30 * M
    paid = client.post(
        f"/api/v1/grants/{pk}/disburse/",
        {
            "amount": 30 * M,
            "milestone": "Nghiệm thu",
            "accepted_on": "2025-06-01",
            "paid_on": "2025-06-10",
            "exception_reason": "Hồ sơ cũ",
        },
        format="json",
    ).json()
    assert paid["status"] == "disbursed" and paid["disbursed_amount"] == 30 * M
    assert paid["disbursements"][0]["amount"] == 30 * M


def test_a_grant_above_the_share_of_the_cost_is_a_400_with_the_rule_in_words(
    api_for, staff, enterprise, program, budget
):
    response = api_for(staff).post(
        "/api/v1/grants/", propose_payload(enterprise, program, eligible_cost=20 * M), format="json"
    )
    assert response.status_code == 400
    assert "50%" in response.json()["requested_amount"][0]
    assert not SupportGrant.objects.exists()


def test_an_approval_above_the_firms_cap_is_refused(api_for, staff, grant, enterprise, program):
    second = services.grant_propose(
        by=staff,
        firm=enterprise,
        program=program,
        year=2025,
        eligible_cost=80 * M,
        requested_amount=30 * M,
        purpose="Lần hai",
    )
    first = api_for(staff).post(
        f"/api/v1/grants/{grant.pk}/approve/",
        {"decision_number": "1/QĐ", "decision_date": "2025-03-01", "exception_reason": "Hồ sơ cũ"},
        format="json",
    )
    assert first.status_code == 200
    response = api_for(staff).post(
        f"/api/v1/grants/{second.pk}/approve/",
        {"decision_number": "2/QĐ", "decision_date": "2025-03-02", "exception_reason": "Hồ sơ cũ"},
        format="json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert "cap" in response.json()["non_field_errors"][0]
    assert SupportGrant.objects.get(pk=second.pk).status == GrantStatus.PROPOSED


def test_a_firm_sees_its_own_grants_and_nobody_elses(
    api_for, grant, enterprise_user, provider_user, outsider_user, outsider
):
    mine = api_for(enterprise_user).get("/api/v1/grants/").json()
    assert [g["id"] for g in mine["results"]] == [grant.pk]
    assert api_for(enterprise_user).get(f"/api/v1/grants/{grant.pk}/").status_code == 200
    # a firm of kind "both" is a seeker: it may list, but sees none of another firm's grants
    assert api_for(outsider_user).get("/api/v1/grants/").json()["results"] == []
    assert api_for(outsider_user).get(f"/api/v1/grants/{grant.pk}/").status_code == 404
    assert api_for(provider_user).get("/api/v1/grants/").status_code == 403
    assert api_for(None).get("/api/v1/grants/").status_code == 401


def test_only_staff_change_grants(api_for, grant, enterprise_user):
    client = api_for(enterprise_user)
    assert client.post(f"/api/v1/grants/{grant.pk}/cancel/", {"reason": "x"}, format="json").status_code == 403
    assert client.post(f"/api/v1/grants/{grant.pk}/approve/", {}, format="json").status_code == 403
    assert SupportGrant.objects.get(pk=grant.pk).status == GrantStatus.PROPOSED


def test_grants_are_filtered_with_the_pages_filterset(api_for, staff, grant):
    client = api_for(staff)
    assert client.get("/api/v1/grants/", {"year": 2025, "status": "proposed"}).json()["count"] == 1
    assert client.get("/api/v1/grants/", {"status": "approved"}).json()["count"] == 0
    assert client.get("/api/v1/grants/", {"status": "granted"}).status_code == 400


def test_staff_read_programs_with_caps_and_budgets(api_for, staff, budget, enterprise_user):
    body = api_for(staff).get("/api/v1/grant-programs/").json()["results"][0]
    assert {c["size"]: c["amount"] for c in body["caps"]}["small"] == 50 * M
    assert body["budgets"] == [{"year": 2025, "amount": 200 * M, "approved_total": 0, "left": 200 * M}]
    assert api_for(enterprise_user).get("/api/v1/grant-programs/").status_code == 403


def test_plan_indicators_report_each_target_against_its_actuals(api_for, staff, grant, enterprise_user):
    PlanTarget.objects.create(
        code="api-firms-2021-2030",
        indicator="firms_supported",
        label_vi="Doanh nghiệp được hỗ trợ",
        label_en="Enterprises supported",
        start_year=2021,
        end_year=2030,
        min_value=2,
        max_value=3,
        unit="firms",
        scope="per_year",
    )
    services.grant_approve(
        grant=grant, by=staff, decision_number="9/QĐ", decision_date=date(2025, 3, 1), exception_reason="Hồ sơ cũ"
    )
    response = api_for(staff).get("/api/v1/plan-indicators/", {"from": 2024, "to": 2025}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    row = next(r for r in response.json() if r["code"] == "api-firms-2021-2030")
    assert row["min_value"] == 2 and row["max_value"] == 3
    assert {y["year"]: y["actual"] for y in row["per_year"]} == {2024: 0, 2025: 1}
    assert api_for(enterprise_user).get("/api/v1/plan-indicators/").status_code == 403
    assert api_for(staff).get("/api/v1/plan-indicators/", {"from": "abc"}).status_code == 400
    assert api_for(staff).get("/api/v1/plan-indicators/", {"from": 2026, "to": 2024}).status_code == 400
