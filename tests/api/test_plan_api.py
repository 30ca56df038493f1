"""The plan's records and indicators through the API, with the pages' permissions."""

from datetime import date

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from grants.models import NewsCategory, NewsItem, PlanActual, STTask

STAFF_ONLY = [
    "training-participant-list",
    "certified-expert-list",
    "st-task-list",
    "technology-appraisal-list",
    "publication-list",
    "plan-value-list",
]
PUBLIC = ["training-list", "news-list"]


@pytest.fixture
def api(enterprise_user, staff):
    def make(who):
        c = APIClient()
        if who == "enterprise":
            c.force_authenticate(enterprise_user)
        elif who == "staff":
            c.force_authenticate(staff)
        return c

    return make


@pytest.mark.parametrize("who, expected", [("visitor", (401, 403)), ("enterprise", (403,)), ("staff", (200,))])
@pytest.mark.parametrize("name", STAFF_ONLY)
def test_the_records_are_for_staff(api, db, who, expected, name):
    assert api(who).get(reverse(f"api:{name}")).status_code in expected


@pytest.mark.parametrize("who", ["visitor", "enterprise", "staff"])
@pytest.mark.parametrize("name", PUBLIC)
def test_news_and_trainings_are_public(api, db, who, name):
    assert api(who).get(reverse(f"api:{name}")).status_code == 200


def test_only_published_news_is_listed(api, db):
    category = NewsCategory.objects.first()
    NewsItem.objects.create(
        title="Đã đăng",
        category=category,
        summary="s",
        body="b",
        status="published",
        published_at="2025-01-01T08:00:00+07:00",
    )
    NewsItem.objects.create(title="Nháp", category=category, summary="s", body="b")
    titles = [n["title"] for n in api("visitor").get(reverse("api:news-list")).json()["results"]]
    assert titles == ["Đã đăng"]


def test_staff_enter_a_value_by_hand_and_it_shows_beside_the_computed_one(api, db, staff):
    response = api("staff").post(
        reverse("api:plan-value-list"),
        {"target": "qr-traceability-2021-2030", "year": 2025, "value": 12, "note": "Chi cục"},
        format="json",
    )
    assert response.status_code == 201 and response.json()["entered_by"] == "canbo"
    assert PlanActual.objects.get().entered_by == staff
    bad = api("staff").post(
        reverse("api:plan-value-list"),
        {"target": "qr-traceability-2021-2030", "year": 2040, "value": 1, "note": ""},
        format="json",
    )
    assert bad.status_code == 400
    assert (
        api("enterprise")
        .post(
            reverse("api:plan-value-list"),
            {"target": "qr-traceability-2021-2030", "year": 2025, "value": 1},
            format="json",
        )
        .status_code
        == 403
    )
    rows = {
        r["code"]: r for r in api("staff").get(reverse("api:plan_computed_indicators") + "?from=2025&to=2025").json()
    }
    year = rows["qr-traceability-2021-2030"]["years"][0]
    assert (year["computed"], year["entered_by_staff"]) == (None, 12.0) and year["reason"]
    assert [r["chosen"] for r in rows["funding-2021-2030"]["readings"]] == [False, True]


def test_the_indicators_refuse_bad_years_and_outsiders(api, db):
    assert api("staff").get(reverse("api:plan_computed_indicators") + "?from=abc").status_code == 400
    assert api("staff").get(reverse("api:plan_computed_indicators") + "?from=2026&to=2025").status_code == 400
    assert api("enterprise").get(reverse("api:plan_computed_indicators")).status_code == 403


def test_a_task_lists_its_receiving_firms(api, db, enterprise, provider):
    other_firm = provider
    task = STTask.objects.create(
        code="T1",
        title="T",
        field="agricultural",
        host_name="Viện",
        start_year=2024,
        end_year=2025,
        status="completed",
        completed_on=date(2025, 1, 1),
    )
    for firm in (enterprise, other_firm):
        task.uptakes.create(firm=firm, received_on=date(2025, 2, 1), document_reference="BB")
    body = api("staff").get(reverse("api:st-task-detail", args=[task.pk])).json()
    assert sorted(u["firm"]["id"] for u in body["uptakes"]) == sorted([enterprise.pk, other_firm.pk])


def test_staff_record_a_publication(api, db):
    response = api("staff").post(
        reverse("api:publication-list"),
        {"kind": "bulletin", "title": "Bản tin số 3", "published_on": "2025-03-01"},
        format="json",
    )
    assert response.status_code == 201 and response.json()["id"]
    assert (
        api("enterprise")
        .post(
            reverse("api:publication-list"),
            {"kind": "bulletin", "title": "X", "published_on": "2025-03-01"},
            format="json",
        )
        .status_code
        == 403
    )
