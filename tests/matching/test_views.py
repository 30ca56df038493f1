import pytest
from django.urls import reverse

from matching import services
from matching.models import Feedback, Match

pytestmark = pytest.mark.django_db


@pytest.fixture
def match(dryer_need, dryer_offer, unrelated_offer):
    services.match_recompute_for_need(need=dryer_need)
    return Match.objects.get(offer=dryer_offer)


def need_page(client, need):
    return client.get(reverse("marketplace:need_detail", args=[need.pk]))


def test_the_need_owner_sees_ranked_offers_with_the_why(client_for, enterprise_user, dryer_need, match):
    response = need_page(client_for(enterprise_user), dryer_need)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="matches"' in html and match.offer.title in html
    assert f"{round(match.score * 100)}%" in html
    assert "cơm dừa" in html  # a shared key term
    assert reverse("matching:feedback", args=[match.pk]) in html
    assert reverse("marketplace:interest_create", args=["offer", match.offer_id]) in html


def test_the_offer_owner_sees_the_needs(client_for, provider_user, dryer_offer, match):
    html = client_for(provider_user).get(reverse("marketplace:offer_detail", args=[dryer_offer.pk])).content.decode()
    assert 'id="matches"' in html and match.need.title in html


def test_visitors_and_other_organisations_see_no_matches(client_for, outsider_user, dryer_need, match):
    assert 'id="matches"' not in need_page(client_for(outsider_user), dryer_need).content.decode()
    assert 'id="matches"' not in need_page(client_for(None), dryer_need).content.decode()


def test_staff_see_the_matches_of_any_post(client_for, staff, dryer_need, match):
    assert 'id="matches"' in need_page(client_for(staff), dryer_need).content.decode()


def test_the_post_page_loads_its_matches_in_a_bounded_number_of_queries(
    client_for, enterprise_user, dryer_need, match, provider, django_assert_max_num_queries
):
    from tests.factories import OfferFactory, sector

    for i in range(8):
        OfferFactory(organization=provider, title=f"Máy sấy cơm dừa kiểu {i}", sectors=[sector("coconut")])
    services.match_recompute_for_need(need=dryer_need)
    client = client_for(enterprise_user)
    need_page(client, dryer_need)
    with django_assert_max_num_queries(20):
        assert need_page(client, dryer_need).status_code == 200


def test_not_relevant_through_htmx_hides_the_row_and_undo_brings_it_back(client_for, enterprise_user, match):
    client = client_for(enterprise_user)
    url = reverse("matching:feedback", args=[match.pk])
    response = client.post(url, {"side": "need", "value": "not_relevant"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert 'name="value" value=""' in response.content.decode()  # the row became "hidden" with an undo button
    match.refresh_from_db()
    assert match.need_feedback == Feedback.NOT_RELEVANT
    assert match.offer.title not in need_page(client, match.need).content.decode()
    response = client.post(url, {"side": "need", "value": ""}, HTTP_HX_REQUEST="true")
    match.refresh_from_db()
    assert match.need_feedback == "" and f'id="match-{match.pk}"' in response.content.decode()


def test_interested_records_the_feedback_and_opens_the_interest_form(client_for, enterprise_user, match):
    response = client_for(enterprise_user).post(
        reverse("matching:feedback", args=[match.pk]), {"side": "need", "value": "interested"}
    )
    assert response.status_code == 302
    assert response.url == reverse("marketplace:interest_create", args=["offer", match.offer_id])
    match.refresh_from_db()
    assert match.need_feedback == Feedback.INTERESTED


def test_feedback_is_refused_to_others_and_for_bad_input(client_for, outsider_user, enterprise_user, match):
    url = reverse("matching:feedback", args=[match.pk])
    assert client_for(outsider_user).post(url, {"side": "need", "value": "interested"}).status_code == 403
    assert client_for(enterprise_user).post(url, {"side": "offer", "value": "interested"}).status_code == 403
    assert client_for(enterprise_user).post(url, {"side": "need", "value": "love"}).status_code == 400
    assert client_for(enterprise_user).post(url, {"side": "both", "value": ""}).status_code == 400
    assert client_for(enterprise_user).get(url).status_code == 405
    anonymous = client_for(None).post(url, {"side": "need", "value": "interested"})
    assert anonymous.status_code == 302 and "login" in anonymous.url
    assert (
        client_for(enterprise_user)
        .post(reverse("matching:feedback", args=[999999]), {"side": "need", "value": ""})
        .status_code
        == 404
    )
    match.refresh_from_db()
    assert match.need_feedback == "" and match.offer_feedback == ""


def test_staff_see_the_strongest_new_pairs(client_for, staff, match):
    response = client_for(staff).get(reverse("matching:staff_pairs"))
    html = response.content.decode()
    assert response.status_code == 200 and match.need.title in html and match.offer.title in html
    for query in ("?days=7&min=0", "?days=abc&min=xyz", "?days=0&min=101"):
        assert client_for(staff).get(reverse("matching:staff_pairs") + query).status_code == 200


def test_the_pairs_page_is_for_staff_only(client_for, enterprise_user, match):
    assert client_for(enterprise_user).get(reverse("matching:staff_pairs")).status_code == 403
    assert client_for(None).get(reverse("matching:staff_pairs")).status_code == 302


def test_a_dismissed_pair_leaves_the_staff_page(client_for, staff, enterprise_user, match):
    services.match_feedback(match=match, side="need", value=Feedback.NOT_RELEVANT, by=enterprise_user)
    assert match.offer.title not in client_for(staff).get(reverse("matching:staff_pairs")).content.decode()


def test_my_matches_lists_the_suggestions_of_my_posts(client_for, enterprise_user, outsider_user, match):
    html = client_for(enterprise_user).get(reverse("matching:my_matches")).content.decode()
    assert match.offer.title in html
    assert match.offer.title not in client_for(outsider_user).get(reverse("matching:my_matches")).content.decode()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_pages_render_in_both_languages(client_for, staff, enterprise_user, dryer_need, match, language):
    for user, url in (
        (staff, reverse("matching:staff_pairs")),
        (enterprise_user, reverse("matching:my_matches")),
        (enterprise_user, reverse("marketplace:need_detail", args=[dryer_need.pk])),
    ):
        client = client_for(user)
        client.cookies["django_language"] = language
        assert client.get(url).status_code == 200


def test_the_owner_of_a_post_typed_without_accents_sees_how_the_engine_read_it(
    client_for, enterprise_user, typed_need, dryer_need, match
):
    typed = typed_need
    html = need_page(client_for(enterprise_user), typed).content.decode()
    assert 'id="read-as"' in html
    assert "Cần dây chuyền sấy cơm dừa 2 tấn/mẻ" in html  # the title as the engine read it
    assert "Lò sấy thủ công" in html or "lò sấy thủ công" in html
    # A post written with its accents, or one of another organisation, shows no such note.
    assert 'id="read-as"' not in need_page(client_for(enterprise_user), dryer_need).content.decode()
    assert 'id="read-as"' not in need_page(client_for(None), typed).content.decode()
