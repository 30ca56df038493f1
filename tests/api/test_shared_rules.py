"""The post rules written once in marketplace.rules: the page and the API refuse the same input with the
same message, next to the same field."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.translation import override

from marketplace import rules
from tests.factories import NeedFactory, sector
from tests.marketplace.test_bad_input import need_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(settings):
    settings.LANGUAGE_CODE = "en"


PAST = (timezone.localdate() - timedelta(days=3)).isoformat()


def api_need(**changes):
    data = {"title": "Cần máy sấy dừa", "summary": "s", "problem": "p", "sectors": [sector("coconut").pk]}
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"deadline": PAST}, "deadline", "The deadline cannot be in the past."),
        ({"budget_min": 900, "budget_max": 100}, "budget_min", "The minimum budget is above the maximum."),
    ],
)
def test_page_and_api_refuse_the_same_need_with_the_same_message(
    client_for, api_for, enterprise, enterprise_user, changes, field, message
):
    page = client_for(enterprise_user).post(
        "/need/new/", need_data(organization=str(enterprise.pk), **{k: str(v) for k, v in changes.items()})
    )
    assert page.status_code == 200
    assert page.context["form"].errors[field] == [message]
    api = api_for(enterprise_user).post("/api/v1/needs/", api_need(**changes), format="json", HTTP_ACCEPT_LANGUAGE="en")
    assert api.status_code == 400
    assert api.json()[field] == [message]


def test_an_old_deadline_left_unchanged_is_accepted_where_a_new_past_one_is_not():
    old = timezone.localdate() - timedelta(days=10)
    rules.check_deadline(old, previous=old)
    with override("en"):
        with pytest.raises(rules.ValidationError) as refused:
            rules.check_deadline(old, previous=None)
        assert refused.value.message_dict == {"deadline": ["The deadline cannot be in the past."]}


def test_a_patch_checks_the_range_against_the_stored_other_end(api_for, enterprise, enterprise_user):
    need = NeedFactory(organization=enterprise, budget_min=100, budget_max=200)
    response = api_for(enterprise_user).patch(
        f"/api/v1/needs/{need.pk}/", {"budget_min": 500}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert response.json()["budget_min"] == ["The minimum budget is above the maximum."]
