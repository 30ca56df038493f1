"""The three 500s found by fuzzing, each now a clear 4xx or form error; and hypothesis over the same parameters."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grants.models import PlanTarget

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ["abc", "1.5", " ", "1e3", "-", "0x10"])
def test_marking_a_notification_read_with_a_non_integer_id_is_a_400(client_for, enterprise_user, value):
    response = client_for(enterprise_user).post(reverse("core:notification_read"), {"id": value})
    assert response.status_code == 400


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=st.text(max_size=30))
def test_marking_a_notification_read_never_answers_500(client_for, enterprise_user, value):
    response = client_for(enterprise_user).post(reverse("core:notification_read"), {"id": value})
    assert response.status_code in (302, 400)


@pytest.mark.parametrize("query", ["from=2030&to=2025", "from=99999", "to=0", "from=-5&to=2025"])
def test_the_dashboard_with_impossible_years_is_a_400(client_for, staff, query):
    response = client_for(staff).get(reverse("grants:dashboard") + "?" + query)
    assert response.status_code == 400


TARGET = dict(
    label_vi="Doanh nghiệp được hỗ trợ",
    label_en="Firms supported",
    indicator="firms_supported",
    start_year=2021,
    end_year=2030,
    min_value=2,
    max_value=3,
    unit="firms",
    scope="per_year",
    source="QĐ 1090",
    position=1,
)


def test_a_second_plan_target_from_the_staff_page_gets_its_own_code(client_for, staff):
    client = client_for(staff)
    before = PlanTarget.objects.count()
    assert client.post(reverse("grants:target_create"), TARGET).status_code == 302
    assert client.post(reverse("grants:target_create"), TARGET).status_code == 302
    codes = list(PlanTarget.objects.order_by("-id").values_list("code", flat=True)[:2])
    assert PlanTarget.objects.count() == before + 2 and len(set(codes)) == 2 and all(codes)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(start=st.one_of(st.none(), st.text(max_size=8), st.integers()), end=st.one_of(st.none(), st.integers()))
def test_the_dashboard_never_answers_500(client_for, staff, start, end):
    params = {k: v for k, v in {"from": start, "to": end}.items() if v is not None}
    assert client_for(staff).get(reverse("grants:dashboard"), params).status_code in (200, 400)


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    label=st.text(max_size=40),
    start=st.integers(min_value=-10, max_value=3000),
    end=st.integers(min_value=-10, max_value=3000),
    low=st.integers(min_value=-5, max_value=10**16),
)
def test_the_plan_target_form_never_answers_500(client_for, staff, label, start, end, low):
    data = {**TARGET, "label_vi": label, "label_en": label, "start_year": start, "end_year": end, "min_value": low}
    assert client_for(staff).post(reverse("grants:target_create"), data).status_code in (302, 400)


@pytest.mark.parametrize("value", [str(2**63), str(-(2**63) - 1), "9" * 30])
def test_a_choice_id_beyond_the_databases_integers_is_a_form_error(client_for, enterprise_user, enterprise, value):
    """Found by fuzzing the page forms: Django looked such ids up with `__in`, which crashed on SQLite."""
    response = client_for(enterprise_user).post(reverse("marketplace:post_create", args=["need"]), {"sectors": value})
    assert response.status_code in (200, 400)
    assert "sectors" in response.context["form"].errors


@pytest.mark.parametrize("next_", ["0", "notifications", "core:account"])
def test_a_next_page_that_looks_like_a_view_name_is_a_plain_redirect(client_for, enterprise_user, next_):
    """Found by fuzzing: `next=0` was looked up as a view name and answered 500."""
    response = client_for(enterprise_user).post(reverse("core:notification_read"), {"next": next_})
    assert response.status_code == 302
