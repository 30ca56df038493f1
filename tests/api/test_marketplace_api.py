"""The marketplace through the API: the same rules as the pages, as JSON."""

import pytest
from django.core import mail  # noqa: F401  (notifications send e-mail; locmem in tests)

from core.models import Notification
from marketplace.models import Interest, Organization, PostStatus, TechnologyNeed, TechnologyOffer
from tests.factories import MembershipFactory, NeedFactory, OfferFactory, OrganizationFactory, UserFactory, sector

pytestmark = pytest.mark.django_db


def offer_payload(**extra):
    return {
        "title": "Lò sấy cơm dừa bằng khí nóng",
        "summary": "Sấy đều, tiết kiệm củi",
        "trl": 7,
        "ip_status": "utility",
        "sectors": [sector("coconut").pk],
        "transfer_modes": ["turnkey", "equipment"],
        "price_min": 300_000_000,
        "price_max": 700_000_000,
        **extra,
    }


# Lists, filters, search ------------------------------------------------------------------------


def test_a_visitor_lists_published_needs_filtered_by_sector_and_search(api_for, need, enterprise):
    NeedFactory(organization=enterprise, title="Xử lý nước thải ao tôm", sectors=[sector("shrimp")])
    NeedFactory(organization=enterprise, status=PostStatus.DRAFT, title="Bản nháp sấy dừa")
    response = api_for(None).get("/api/v1/needs/", {"sector": sector("coconut").pk})
    assert response.status_code == 200
    assert [n["id"] for n in response.json()["results"]] == [need.pk]
    found = api_for(None).get("/api/v1/needs/", {"q": "nuoc thai"}).json()
    assert [n["title"] for n in found["results"]] == ["Xử lý nước thải ao tôm"]


def test_it_lists_with_the_pages_filterset_so_a_bad_filter_value_is_a_400(api_for, need):
    response = api_for(None).get("/api/v1/needs/", {"region": "mars"})
    assert response.status_code == 400
    assert "region" in response.json()


def test_amounts_are_integers_and_dates_iso(api_for, offer):
    item = api_for(None).get("/api/v1/offers/").json()["results"][0]
    assert item["price_min"] == 300_000_000 and isinstance(item["price_min"], int)
    assert "T" in item["published_at"]
    assert item["transfer_modes"] == ["turnkey", "equipment"]


def test_a_list_stays_within_a_fixed_number_of_queries(api_for, enterprise, django_assert_max_num_queries):
    for _ in range(15):
        NeedFactory(organization=enterprise)
    client = api_for(None)
    with django_assert_max_num_queries(4):
        assert len(client.get("/api/v1/needs/").json()["results"]) == 15


# Confidential parts and contacts ----------------------------------------------------------------


def test_a_visitor_sees_a_published_need_without_its_confidential_details(api_for, need):
    body = api_for(None).get(f"/api/v1/needs/{need.pk}/").json()
    assert body["title"] == need.title
    assert body["confidential_details"] is None and body["review_remarks"] is None


def test_the_owner_and_staff_see_the_confidential_details(api_for, need, enterprise_user, staff):
    for user in (enterprise_user, staff):
        assert api_for(user).get(f"/api/v1/needs/{need.pk}/").json()["confidential_details"] == "Sản lượng 3 tấn/ngày"


def test_an_organisation_whose_interest_was_accepted_sees_the_confidential_details(
    api_for, offer, interest, enterprise_user, provider_user
):
    client = api_for(enterprise_user)
    assert client.get(f"/api/v1/offers/{offer.pk}/").json()["confidential_details"] is None
    assert api_for(provider_user).post(f"/api/v1/interests/{interest.pk}/accept/").status_code == 200
    assert client.get(f"/api/v1/offers/{offer.pk}/").json()["confidential_details"] == "Bản vẽ chi tiết"


def test_a_draft_is_invisible_to_others(api_for, draft_need, outsider_user, enterprise_user):
    assert api_for(None).get(f"/api/v1/needs/{draft_need.pk}/").status_code == 404
    assert api_for(outsider_user).get(f"/api/v1/needs/{draft_need.pk}/").status_code == 404
    assert api_for(enterprise_user).get(f"/api/v1/needs/{draft_need.pk}/").status_code == 200


def test_outsiders_get_an_organisations_public_fields_only(api_for, provider, outsider_user, provider_user, staff):
    public = api_for(outsider_user).get(f"/api/v1/organizations/{provider.pk}/").json()
    assert public["name"] == provider.name and public["verified"] is True
    assert public["contact_email"] is None and public["tax_code"] is None and public["contact_phone"] is None
    for user in (provider_user, staff):
        private = api_for(user).get(f"/api/v1/organizations/{provider.pk}/").json()
        assert private["contact_email"] == provider.contact_email and private["tax_code"] == provider.tax_code


def test_an_unverified_organisation_is_hidden_from_outsiders(api_for, outsider_user):
    owner = UserFactory()
    org = OrganizationFactory(verified_at=None)
    MembershipFactory(user=owner, organization=org)
    assert api_for(outsider_user).get(f"/api/v1/organizations/{org.pk}/").status_code == 404
    assert org.pk not in [o["id"] for o in api_for(None).get("/api/v1/organizations/").json()["results"]]
    assert api_for(owner).get(f"/api/v1/organizations/{org.pk}/").status_code == 200


# Posting and the lifecycle -----------------------------------------------------------------------


def test_a_provider_posts_an_offer_whose_owner_and_status_the_server_sets(api_for, provider, provider_user, outsider):
    response = api_for(provider_user).post(
        "/api/v1/offers/", offer_payload(status="published", published_at="2020-01-01T00:00:00Z"), format="json"
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "draft" and body["published_at"] is None
    assert body["organization"]["id"] == provider.pk
    offer = TechnologyOffer.objects.get(pk=body["id"])
    assert offer.created_by == provider_user and offer.history.count() == 1


def test_posting_for_another_organisation_is_refused(api_for, provider_user, outsider):
    response = api_for(provider_user).post("/api/v1/offers/", offer_payload(organization=outsider.pk), format="json")
    assert response.status_code == 403
    assert not TechnologyOffer.objects.exists()


def test_an_enterprise_cannot_post_an_offer(api_for, enterprise, enterprise_user):
    response = api_for(enterprise_user).post("/api/v1/offers/", offer_payload(), format="json")
    assert response.status_code == 400
    assert "organization" in response.json()


def test_staff_may_post_on_behalf_of_an_organisation(api_for, staff, provider):
    response = api_for(staff).post("/api/v1/offers/", offer_payload(organization=provider.pk), format="json")
    assert response.status_code == 201
    assert TechnologyOffer.objects.get().entered_by_staff


def test_bad_input_gets_field_messages_and_saves_nothing(api_for, provider, provider_user):
    response = api_for(provider_user).post(
        "/api/v1/offers/",
        offer_payload(trl=12, price_min=900, price_max=100, transfer_modes=["teleport"], sectors=[]),
        format="json",
    )
    assert response.status_code == 400
    errors = response.json()
    assert {"trl", "transfer_modes", "sectors"} <= set(errors)
    assert not TechnologyOffer.objects.exists()
    response = api_for(provider_user).post(
        "/api/v1/offers/", offer_payload(price_min=900, price_max=100), format="json"
    )
    assert response.status_code == 400 and "price_min" in response.json()


def test_a_need_with_a_deadline_in_the_past_is_refused(api_for, enterprise, enterprise_user):
    payload = {
        "title": "Cần máy",
        "summary": "Tóm tắt",
        "problem": "Vấn đề",
        "sectors": [sector("coconut").pk],
        "deadline": "2001-01-01",
    }
    response = api_for(enterprise_user).post("/api/v1/needs/", payload, format="json")
    assert response.status_code == 400 and "deadline" in response.json()


def test_the_whole_lifecycle_of_an_offer(api_for, provider, provider_user, staff):
    owner, reviewer = api_for(provider_user), api_for(staff)
    pk = owner.post("/api/v1/offers/", offer_payload(submit=True), format="json").json()["id"]
    assert TechnologyOffer.objects.get(pk=pk).status == PostStatus.SUBMITTED
    assert [o["id"] for o in reviewer.get("/api/v1/offers/review-queue/").json()["results"]] == [pk]
    returned = reviewer.post(f"/api/v1/offers/{pk}/return/", {"reason": "Ghi rõ công suất"}, format="json").json()
    assert returned["status"] == "draft" and returned["review_remarks"] == "Ghi rõ công suất"
    assert owner.patch(f"/api/v1/offers/{pk}/", {"summary": "Công suất 2 tấn/giờ"}, format="json").status_code == 200
    assert owner.post(f"/api/v1/offers/{pk}/submit/").json()["status"] == "submitted"
    assert reviewer.post(f"/api/v1/offers/{pk}/approve/").json()["status"] == "published"
    assert owner.post(f"/api/v1/offers/{pk}/pause/").json()["status"] == "paused"
    assert owner.post(f"/api/v1/offers/{pk}/resume/").json()["status"] == "published"
    assert owner.post(f"/api/v1/offers/{pk}/renew/").json()["status"] == "published"
    closed = owner.post(f"/api/v1/offers/{pk}/close/", {"reason": "Đã chuyển giao"}, format="json").json()
    assert closed["status"] == "closed"
    history = list(TechnologyOffer.objects.get(pk=pk).history.values_list("to_status", flat=True))
    assert history[0] == "closed" and "published" in history


def test_a_text_edit_of_a_published_post_sends_it_back_to_review(api_for, offer, provider_user):
    body = api_for(provider_user).patch(f"/api/v1/offers/{offer.pk}/", {"title": "Tên mới"}, format="json").json()
    assert body["status"] == "submitted"


def test_an_invalid_transition_is_a_400_with_the_services_message(api_for, offer, provider_user):
    response = api_for(provider_user).post(f"/api/v1/offers/{offer.pk}/resume/")
    assert response.status_code == 400
    assert response.json()["non_field_errors"]


def test_rejecting_needs_a_reason_as_a_field_message(api_for, staff, enterprise):
    need = NeedFactory(organization=enterprise, status=PostStatus.SUBMITTED)
    response = api_for(staff).post(f"/api/v1/needs/{need.pk}/reject/", {"reason": "  "}, format="json")
    assert response.status_code == 400 and "reason" in response.json()
    ok = api_for(staff).post(f"/api/v1/needs/{need.pk}/reject/", {"reason": "Thiếu ngân sách"}, format="json")
    assert ok.json()["status"] == "rejected"


def test_approving_a_post_of_an_unverified_organisation_is_refused_with_a_message(api_for, staff):
    org = OrganizationFactory(verified_at=None, kind=Organization.Kind.ENTERPRISE)
    need = NeedFactory(organization=org, status=PostStatus.SUBMITTED)
    response = api_for(staff).post(f"/api/v1/needs/{need.pk}/approve/")
    assert response.status_code == 400
    assert "Verify" in response.json()["non_field_errors"][0] or response.json()["non_field_errors"]
    assert TechnologyNeed.objects.get(pk=need.pk).status == PostStatus.SUBMITTED


def test_mine_lists_my_posts_in_every_status(api_for, need, draft_need, enterprise_user, offer):
    body = api_for(enterprise_user).get("/api/v1/needs/mine/").json()
    assert {n["id"] for n in body["results"]} == {need.pk, draft_need.pk}
    drafts = api_for(enterprise_user).get("/api/v1/needs/mine/", {"status": "draft"}).json()
    assert [n["id"] for n in drafts["results"]] == [draft_need.pk]


# Organisations ----------------------------------------------------------------------------------


def test_a_user_registers_an_organisation_and_staff_verify_it(api_for, staff):
    user = UserFactory()
    payload = {
        "name": "HTX Bưởi Da Xanh",
        "kind": "enterprise",
        "tax_code": "0100109106",
        "org_type": "cooperative",
        "contact_name": "Lê Thị B",
        "contact_phone": "0909 000 111",
        "contact_email": "htx@example.vn",
        "sectors": [sector("fruit").pk],
    }
    response = api_for(user).post("/api/v1/organizations/", payload, format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["verified"] is False and body["contact_email"] == "htx@example.vn"
    assert api_for(user).post(f"/api/v1/organizations/{body['id']}/verify/").status_code == 403
    verified = api_for(staff).post(f"/api/v1/organizations/{body['id']}/verify/").json()
    assert verified["verified"] is True


def test_an_invalid_tax_code_is_a_field_message(api_for):
    payload = {
        "name": "X",
        "kind": "enterprise",
        "tax_code": "0100109107",
        "org_type": "sme",
        "contact_name": "A",
        "contact_phone": "1",
        "contact_email": "a@example.vn",
    }
    response = api_for(UserFactory()).post("/api/v1/organizations/", payload, format="json")
    assert response.status_code == 400 and "tax_code" in response.json()
    assert not Organization.objects.filter(name="X").exists()


def test_only_the_owner_or_staff_edit_an_organisation(api_for, provider, provider_user, outsider_user):
    assert (
        api_for(outsider_user)
        .patch(f"/api/v1/organizations/{provider.pk}/", {"website": "https://x.vn"}, format="json")
        .status_code
        == 403
    )
    response = api_for(provider_user).patch(
        f"/api/v1/organizations/{provider.pk}/", {"website": "https://vien.vn"}, format="json"
    )
    assert response.status_code == 200 and response.json()["website"] == "https://vien.vn"


# Interests and notifications --------------------------------------------------------------------


def test_an_enterprise_expresses_interest_and_the_provider_accepts(
    api_for, offer, enterprise, enterprise_user, provider_user
):
    response = api_for(enterprise_user).post(
        "/api/v1/interests/", {"offer": offer.pk, "cooperation": "buy", "message": "Chúng tôi muốn mua."}, format="json"
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "pending" and body["contacts"] is None
    assert body["post"] == {
        "kind": "offer",
        "id": offer.pk,
        "title": offer.title,
        "organization": {
            "id": offer.organization_id,
            "name": offer.organization.name,
            "kind": "provider",
            "verified": True,
        },
    }
    received = api_for(provider_user).get("/api/v1/interests/", {"box": "received"}).json()["results"]
    assert [i["id"] for i in received] == [body["id"]]
    assert api_for(provider_user).get("/api/v1/interests/", {"box": "sent"}).json()["results"] == []
    accepted = api_for(provider_user).post(f"/api/v1/interests/{body['id']}/accept/").json()
    assert accepted["status"] == "accepted"
    assert accepted["contacts"]["sender"]["contact_email"] == enterprise.contact_email
    mine = api_for(enterprise_user).get(f"/api/v1/interests/{body['id']}/").json()
    assert mine["contacts"]["post_owner"]["contact_email"] == offer.organization.contact_email


def test_a_second_open_interest_is_a_400(api_for, offer, interest, enterprise_user):
    response = api_for(enterprise_user).post(
        "/api/v1/interests/", {"offer": offer.pk, "cooperation": "buy", "message": "Lần hai"}, format="json"
    )
    assert response.status_code == 400 and response.json()["non_field_errors"]


def test_interest_needs_exactly_one_published_post(api_for, enterprise_user, enterprise, offer, need):
    client = api_for(enterprise_user)
    both = client.post(
        "/api/v1/interests/", {"offer": offer.pk, "need": need.pk, "cooperation": "buy", "message": "x"}, format="json"
    )
    assert both.status_code == 400
    draft = OfferFactory(status=PostStatus.DRAFT)
    response = client.post(
        "/api/v1/interests/", {"offer": draft.pk, "cooperation": "buy", "message": "x"}, format="json"
    )
    assert response.status_code == 400 and "offer" in response.json()


def test_declining_needs_a_listed_reason(api_for, interest, provider_user):
    client = api_for(provider_user)
    assert client.post(f"/api/v1/interests/{interest.pk}/decline/", {"reason": "meh"}, format="json").status_code == 400
    body = client.post(
        f"/api/v1/interests/{interest.pk}/decline/", {"reason": "price", "note": "Quá cao"}, format="json"
    ).json()
    assert body["status"] == "declined" and body["decline_reason"] == "price"


def test_only_the_sender_withdraws_and_only_the_owner_answers(
    api_for, interest, enterprise_user, provider_user, outsider_user
):
    assert api_for(enterprise_user).post(f"/api/v1/interests/{interest.pk}/accept/").status_code == 403
    assert api_for(provider_user).post(f"/api/v1/interests/{interest.pk}/withdraw/").status_code == 403
    assert api_for(outsider_user).post(f"/api/v1/interests/{interest.pk}/withdraw/").status_code == 404
    assert api_for(enterprise_user).post(f"/api/v1/interests/{interest.pk}/withdraw/").json()["status"] == "withdrawn"
    assert Interest.objects.get(pk=interest.pk).status == Interest.Status.WITHDRAWN


def test_a_user_reads_and_marks_their_notifications(api_for, offer, enterprise, enterprise_user, provider_user):
    sent = api_for(enterprise_user).post(
        "/api/v1/interests/", {"offer": offer.pk, "cooperation": "buy", "message": "x"}, format="json"
    )
    assert sent.status_code == 201
    client = api_for(provider_user)
    notes = client.get("/api/v1/notifications/", {"unread": "true"}).json()["results"]
    assert [n["kind"] for n in notes] == ["interest_received"]
    assert offer.title in notes[0]["text"]
    assert api_for(enterprise_user).post(f"/api/v1/notifications/{notes[0]['id']}/read/").status_code == 404
    assert client.post(f"/api/v1/notifications/{notes[0]['id']}/read/").json()["read_at"]
    assert client.get("/api/v1/notifications/", {"unread": "true"}).json()["results"] == []
    assert client.post("/api/v1/notifications/read-all/").json() == {"count": 0}
    assert Notification.objects.filter(user=provider_user, read_at=None).count() == 0


def test_sectors_are_listed_with_names_in_the_request_language(api_for):
    body = api_for(None).get("/api/v1/sectors/", {"page_size": 100}, HTTP_ACCEPT_LANGUAGE="en").json()
    coconut = next(s for s in body["results"] if s["code"] == "coconut")
    assert coconut["name"] == coconut["name_en"]
