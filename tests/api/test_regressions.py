"""What the schemathesis run found, each kept as a plain test so it stays fixed."""

import pytest

from marketplace.models import Interest
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v1/needs/", "/api/v1/offers/", "/api/v1/needs/mine/"])
def test_an_organisation_id_beyond_the_integer_range_is_a_400_not_a_500(api_for, enterprise_user, path):
    response = api_for(enterprise_user).get(path, {"organization": 10**20})
    assert response.status_code == 400
    assert "organization" in response.json()


def test_an_organisation_filter_within_range_still_filters(api_for, need, offer):
    body = api_for(None).get("/api/v1/needs/", {"organization": need.organization_id}).json()
    assert [n["id"] for n in body["results"]] == [need.pk]
    assert api_for(None).get("/api/v1/needs/", {"organization": offer.organization_id}).json()["results"] == []


@pytest.mark.parametrize("method", ["get", "post", "patch"])
def test_a_malformed_id_under_v1_is_a_json_404_not_an_html_page(api_for, enterprise_user, method):
    response = getattr(api_for(enterprise_user), method)("/api/v1/needs/%C2%84/submit/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Not found."} or "detail" in response.json()


def test_a_post_to_a_wrong_url_with_a_session_is_a_404_not_a_csrf_failure(client_for, enterprise_user):
    client = client_for(enterprise_user)
    client.handler.enforce_csrf_checks = True
    response = client.post("/api/v1/needs/%C2%84/approve/")
    assert response.status_code == 404 and response["Content-Type"] == "application/json"


def test_an_undeclined_interest_sends_an_empty_decline_reason_the_schema_allows(api_for, interest, enterprise_user):
    body = api_for(enterprise_user).get("/api/v1/interests/").json()["results"][0]
    assert body["decline_reason"] == "" and interest.status == Interest.Status.PENDING


def test_the_schema_allows_an_empty_decline_reason_and_an_empty_website(client):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    props = schema["components"]["schemas"]["Interest"]["properties"]["decline_reason"]
    assert "BlankEnum" in str(props)
    assert schema["components"]["schemas"]["Organization"]["properties"]["website"].get("format") != "uri"


def test_my_organisations_are_documented_as_a_paginated_list(client):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    ok = schema["paths"]["/api/v1/organizations/mine/"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["$ref"].endswith("PaginatedOrganizationList")


def test_an_organisation_without_a_website_lists_fine(api_for):
    owner = UserFactory()
    MembershipFactory(user=owner, organization=OrganizationFactory(website=""))
    assert api_for(owner).get("/api/v1/organizations/mine/").json()["results"][0]["website"] == ""


def test_a_body_in_a_media_type_the_api_does_not_parse_is_a_documented_415(api_for, staff, client):
    response = api_for(staff).generic("POST", "/api/v1/needs/1/return/", b"<reason/>", content_type="application/xml")
    assert response.status_code == 415
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert "415" in schema["paths"]["/api/v1/needs/{id}/return/"]["post"]["responses"]


def test_plan_indicators_are_documented_as_the_plain_list_they_are(client):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    ok = schema["paths"]["/api/v1/plan-indicators/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok["type"] == "array" and ok["items"]["$ref"].endswith("/PlanIndicator")


def test_an_options_request_on_every_operation_answers_without_a_server_error(api_for, staff, client):
    """OPTIONS on a viewset without a serializer class raised an AssertionError (a 500): the coverage phase
    of the schemathesis run found it on matches/{id}/feedback/ and meetings/{id}/outcome/."""
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    api = api_for(staff)
    for path in schema["paths"]:
        response = api.options(path.replace("{id}", "1"))
        assert response.status_code < 500, path


def test_an_agenda_meeting_about_no_particular_post_is_documented_as_nullable(client):
    """The agenda sent need/offer null for a meeting about no particular post while the schema said integer:
    found by the coverage phase (FUZZ_THOROUGH=1) on registrations/{id}/agenda/."""
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    props = schema["components"]["schemas"]["AgendaMeeting"]["properties"]
    assert props["need"].get("nullable") is True and props["offer"].get("nullable") is True
