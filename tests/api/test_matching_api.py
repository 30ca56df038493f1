"""Matches of a post through the API: ranked, explained, for its owners and staff; feedback per side."""

import pytest

from marketplace.models import PostStatus, TechnologyOffer
from matching.models import Match
from tests.factories import NeedFactory, OfferFactory, sector

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_engine_cache():
    from matching import services

    services.clear_cache()
    yield
    services.clear_cache()


@pytest.fixture
def dryer_need(enterprise, enterprise_user):
    return NeedFactory(
        organization=enterprise,
        created_by=enterprise_user,
        title="Cần dây chuyền sấy cơm dừa 2 tấn/mẻ",
        problem="Lò sấy thủ công làm cơm dừa ám khói, độ ẩm không đều.",
        keywords="sấy dừa, cơm dừa",
        min_trl=6,
        budget_min=500_000_000,
        budget_max=900_000_000,
        transfer_modes=["turnkey", "equipment"],
        sectors=[sector("coconut")],
    )


def offer_payload():
    return {
        "title": "Máy sấy cơm dừa bằng khí nóng gián tiếp 2 tấn/mẻ",
        "summary": "Sấy cơm dừa không ám khói, độ ẩm đồng đều dưới 3%.",
        "keywords": "máy sấy dừa, cơm dừa",
        "trl": 8,
        "ip_status": "utility",
        "price_min": 450_000_000,
        "price_max": 800_000_000,
        "transfer_modes": ["turnkey"],
        "sectors": [sector("coconut").pk, sector("machinery").pk],
        "submit": True,
    }


def test_a_provider_posts_an_offer_and_reads_its_ranked_explained_matches(
    api_for, dryer_need, provider, provider_user, staff, django_capture_on_commit_callbacks
):
    OfferFactory(
        title="Phần mềm kế toán",
        summary="Thu chi",
        keywords="kế toán",
        sectors=[sector("digital")],
        transfer_modes=["licence"],
        trl=9,
    )
    owner = api_for(provider_user)
    pk = owner.post("/api/v1/offers/", offer_payload(), format="json").json()["id"]
    with django_capture_on_commit_callbacks(execute=True):  # publishing recomputes the matches after commit
        assert api_for(staff).post(f"/api/v1/offers/{pk}/approve/").json()["status"] == "published"
    response = owner.get(f"/api/v1/offers/{pk}/matches/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    rows = response.json()
    assert rows[0]["other"] == {
        "kind": "need",
        "id": dryer_need.pk,
        "title": dryer_need.title,
        "organization": {
            "id": dryer_need.organization_id,
            "name": dryer_need.organization.name,
            "kind": "enterprise",
            "verified": True,
        },
    }
    assert 0 < rows[0]["score"] <= 1 and rows[0]["percent"] == round(100 * rows[0]["score"])
    assert {s["name"] for s in rows[0]["signals"]} >= {"text", "sector"}
    assert rows[0]["terms"] and rows[0]["feedback"] == ""


def test_only_owners_and_staff_read_the_matches(api_for, dryer_need, enterprise_user, outsider_user, outsider, staff):
    assert api_for(enterprise_user).get(f"/api/v1/needs/{dryer_need.pk}/matches/").status_code == 200
    assert api_for(staff).get(f"/api/v1/needs/{dryer_need.pk}/matches/").status_code == 200
    assert api_for(outsider_user).get(f"/api/v1/needs/{dryer_need.pk}/matches/").status_code == 403
    assert api_for(None).get(f"/api/v1/needs/{dryer_need.pk}/matches/").status_code == 401


def test_not_relevant_feedback_hides_a_match_from_that_side_only(
    api_for, dryer_need, provider, provider_user, enterprise_user, outsider_user, outsider
):
    offer = OfferFactory(
        organization=provider,
        created_by=provider_user,
        **{k: v for k, v in offer_payload().items() if k in ("title", "summary", "keywords", "trl")},
    )
    offer.sectors.set([sector("coconut")])
    from matching import services

    services.match_recompute_for_need(need=dryer_need)
    match = Match.objects.get(need=dryer_need, offer=offer)
    assert (
        api_for(outsider_user)
        .post(f"/api/v1/matches/{match.pk}/feedback/", {"side": "need", "value": "not_relevant"}, format="json")
        .status_code
        == 404
    )
    assert (
        api_for(provider_user)
        .post(f"/api/v1/matches/{match.pk}/feedback/", {"side": "need", "value": "not_relevant"}, format="json")
        .status_code
        == 403
    )
    body = (
        api_for(enterprise_user)
        .post(f"/api/v1/matches/{match.pk}/feedback/", {"side": "need", "value": "not_relevant"}, format="json")
        .json()
    )
    assert body["feedback"] == "not_relevant"
    assert api_for(enterprise_user).get(f"/api/v1/needs/{dryer_need.pk}/matches/").json() == []
    kept = api_for(enterprise_user).get(f"/api/v1/needs/{dryer_need.pk}/matches/", {"include_dismissed": "true"}).json()
    assert [m["id"] for m in kept] == [match.pk]
    assert [m["id"] for m in api_for(provider_user).get(f"/api/v1/offers/{offer.pk}/matches/").json()] == [match.pk]


def test_a_limit_out_of_range_is_a_400(api_for, dryer_need, enterprise_user):
    for limit in ("0", "1000", "abc"):
        response = api_for(enterprise_user).get(f"/api/v1/needs/{dryer_need.pk}/matches/", {"limit": limit})
        assert response.status_code == 400 and "limit" in response.json()


def test_a_draft_has_no_published_counterpart_matches(api_for, provider_user, provider):
    draft = OfferFactory(organization=provider, status=PostStatus.DRAFT, created_by=provider_user)
    assert api_for(provider_user).get(f"/api/v1/offers/{draft.pk}/matches/").json() == []
    assert TechnologyOffer.objects.filter(pk=draft.pk, status=PostStatus.DRAFT).exists()
