"""Search from the header finds needs, offers, organisations and workshops at once, grouped by kind,
accent-insensitive like the lists, one capped query per kind, and only what the reader may see."""

import pytest
from django.urls import reverse

from marketplace.models import PostStatus
from tests.events.factories import WorkshopFactory
from tests.factories import NeedFactory, OfferFactory, OrganizationFactory

pytestmark = pytest.mark.django_db
SEARCH = reverse("core:search")


@pytest.fixture
def world(enterprise, provider):
    return {
        "need": NeedFactory(organization=enterprise, title="Cần máy sấy dừa 2 tấn/mẻ"),
        "offer": OfferFactory(organization=provider, title="Máy sấy dừa bơm nhiệt"),
        "draft": NeedFactory(organization=enterprise, title="Sấy dừa bản nháp", status=PostStatus.DRAFT),
        "org": OrganizationFactory(name="Hợp tác xã Dừa sáp Cầu Kè"),
        "unverified": OrganizationFactory(name="Công ty Dừa chưa xác minh", verified_at=None),
        "workshop": WorkshopFactory(title="Kết nối công nghệ ngành dừa"),
        "draft_workshop": WorkshopFactory(title="Hội thảo dừa chưa công bố", status="draft"),
    }


def _groups(response):
    return {g.kind: [h.title for h in g.hits] for g in response.context["groups"]}


def test_an_accent_free_query_finds_every_kind_grouped(client, world):
    response = client.get(SEARCH, {"q": "SAY DUA"})
    assert response.status_code == 200
    groups = _groups(response)
    assert groups["need"] == ["Cần máy sấy dừa 2 tấn/mẻ"]
    assert groups["offer"] == ["Máy sấy dừa bơm nhiệt"]
    groups = _groups(client.get(SEARCH, {"q": "dua"}))
    assert "Hợp tác xã Dừa sáp Cầu Kè" in groups["organization"]
    assert groups["workshop"] == ["Kết nối công nghệ ngành dừa"]


def test_visitors_never_find_drafts_unverified_organisations_or_draft_workshops(client, world):
    groups = _groups(client.get(SEARCH, {"q": "dừa"}))
    found = [title for titles in groups.values() for title in titles]
    assert "Sấy dừa bản nháp" not in found
    assert "Công ty Dừa chưa xác minh" not in found
    assert "Hội thảo dừa chưa công bố" not in found


def test_staff_find_unverified_organisations_and_draft_workshops(client_for, staff, world):
    groups = _groups(client_for(staff).get(SEARCH, {"q": "dừa"}))
    assert "Công ty Dừa chưa xác minh" in groups["organization"]
    assert "Hội thảo dừa chưa công bố" in groups["workshop"]
    assert "Sấy dừa bản nháp" not in groups["need"]  # posts: the public lists' rules


def test_a_search_runs_one_query_per_kind(client, world, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        client.get(SEARCH, {"q": "sấy dừa"})


def test_each_kind_shows_five_and_links_to_the_full_list_when_there_are_more(client, enterprise):
    for i in range(7):
        NeedFactory(organization=enterprise, title=f"Cần lò sấy dừa số {i}")
    response = client.get(SEARCH, {"q": "lo say"})
    group = response.context["groups"][0]
    assert group.kind == "need" and len(group.hits) == 5 and group.more
    assert 'href="/needs/?q=lo+say"' in response.content.decode()


def test_an_empty_query_searches_nothing_and_says_so(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(0):
        response = client.get(SEARCH, {"q": "  ,. "})
    assert response.status_code == 200
    assert response.context["groups"] == []


def test_nothing_found_says_so_in_plain_words(client, world):
    page = client.get(SEARCH, {"q": "xyzxyz"}).content.decode()
    assert "Không tìm thấy kết quả nào cho “xyzxyz”" in page


def test_every_page_has_the_search_form_in_its_header(client, world):
    for url in ("/", "/needs/", "/organizations/", "/khong-co/"):
        assert 'id="header-search"' in client.get(url).content.decode()


def test_the_organisation_list_search_is_accent_insensitive(client, world):
    response = client.get(reverse("marketplace:organization_list"), {"q": "dua sap cau ke"})
    names = [o.name for o in response.context["page"]]
    assert names == ["Hợp tác xã Dừa sáp Cầu Kè"]
