import pytest
from django.template import Context, Template
from django.utils import translation

from core.services import notification_mark_read
from marketplace import services
from tests.factories import InterestFactory, NeedFactory, OfferFactory, OrganizationFactory, sector

pytestmark = pytest.mark.django_db


def test_money_is_shown_the_vietnamese_way():
    with translation.override("vi"):
        assert Template("{% load exchange %}{{ v|vnd }}").render(Context({"v": 1_500_000_000})) == "1.500.000.000 ₫"
    with translation.override("en"):
        assert Template("{% load exchange %}{{ v|vnd }}").render(Context({"v": 1_500_000_000})) == "1,500,000,000 ₫"


def test_dates_are_day_month_year_in_vietnamese():
    import datetime

    with translation.override("vi"):
        out = Template('{{ d|date:"SHORT_DATE_FORMAT" }}').render(Context({"d": datetime.date(2026, 3, 9)}))
    assert out == "09/03/2026"


def test_the_browse_page_is_vietnamese_by_default_and_english_on_request(client):
    OfferFactory(title="Máy sấy dừa", price_min=1_500_000_000, price_max=2_000_000_000)
    page = client.get("/offers/", HTTP_ACCEPT_LANGUAGE="en-US,en").content.decode()
    assert 'lang="vi"' in page and "1.500.000.000 ₫" in page
    client.post("/i18n/setlang/", {"language": "en", "next": "/offers/"})
    page = client.get("/offers/").content.decode()
    assert 'lang="en"' in page and "Technology offers" in page and "1,500,000,000 ₫" in page


def test_the_browse_page_filters_by_sector_mode_and_readiness(client):
    OfferFactory(title="Máy sấy dừa", trl=8, transfer_modes=["turnkey"], sectors=[sector("coconut")])
    OfferFactory(title="Chế phẩm vi sinh", trl=5, transfer_modes=["licence"], sectors=[sector("shrimp")])
    aquaculture = sector("aquaculture")
    assert "Chế phẩm vi sinh" in client.get(f"/offers/?sector={aquaculture.pk}").content.decode()
    assert "Máy sấy dừa" not in client.get(f"/offers/?sector={aquaculture.pk}").content.decode()
    assert "Máy sấy dừa" not in client.get("/offers/?transfer_mode=licence").content.decode()
    body = client.get("/offers/?min_trl=7").content.decode()
    assert "Máy sấy dừa" in body and "Chế phẩm vi sinh" not in body


def test_htmx_gets_only_the_results_fragment(client):
    OfferFactory(title="Máy sấy dừa")
    response = client.get("/offers/?q=say+dua", HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "Máy sấy dừa" in body and "<nav" not in body


def test_an_empty_list_says_so(client):
    response = client.get("/needs/?q=khongcogi")
    assert response.context["page"].paginator.count == 0
    assert "bi-inbox" in response.content.decode()


def test_browse_queries_stay_bounded_whatever_the_number_of_posts(client, django_assert_max_num_queries):
    orgs = [OrganizationFactory() for _ in range(5)]
    for i in range(60):
        OfferFactory(organization=orgs[i % 5], sectors=[sector("coconut"), sector("fruit")])
    with django_assert_max_num_queries(6):
        assert client.get("/offers/").status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get("/offers/?q=may+say&page=2").status_code == 200


def test_every_page_renders_for_its_users(
    enterprise, enterprise_user, provider, provider_user, staff, client_for, client
):
    need = NeedFactory(organization=enterprise)
    offer = OfferFactory(organization=provider)
    interest = InterestFactory(offer=offer, from_organization=enterprise)
    notification_mark_read(user=enterprise_user)
    pages = {
        None: [
            "/",
            "/needs/",
            "/offers/",
            f"/needs/{need.pk}/",
            f"/offers/{offer.pk}/",
            "/organizations/",
            f"/organizations/{enterprise.pk}/",
            "/accounts/login/",
            "/accounts/signup/",
        ],
        enterprise_user: [
            "/dashboard/",
            "/need/new/",
            f"/need/{need.pk}/edit/",
            f"/offer/{offer.pk}/interest/",
            "/interests/",
            f"/interests/{interest.pk}/",
            "/notifications/",
            "/organizations/register/",
            f"/organizations/{enterprise.pk}/edit/",
        ],
        provider_user: ["/dashboard/", "/offer/new/", f"/offer/{offer.pk}/edit/", f"/need/{need.pk}/interest/"],
        staff: [
            "/dashboard/",
            "/staff/moderation/",
            "/staff/organizations/",
            f"/staff/review/need/{need.pk}/",
            "/need/new/",
            "/offer/new/",
        ],
    }
    for user, urls in pages.items():
        c = client_for(user)
        for url in urls:
            response = c.get(url)
            assert response.status_code == 200, (user, url, response.status_code)


def test_the_dashboard_shows_an_enterprise_its_needs_and_the_interest_they_drew(
    enterprise, enterprise_user, provider, provider_user, client_for
):
    need = NeedFactory(organization=enterprise, title="Cần kho lạnh")
    services.interest_create(post=need, organization=provider, by=provider_user, cooperation="supply", message="x")
    body = client_for(enterprise_user).get("/dashboard/").content.decode()
    assert "Cần kho lạnh" in body and provider.name in body


def test_the_staff_dashboard_shows_the_queue_and_organisations_to_verify(staff, client_for, provider_user):
    org = OrganizationFactory(name="HTX Chờ Xác Minh", verified_at=None)
    draft = OfferFactory(status="draft", title="Máy chờ duyệt")
    draft.organization.memberships.create(user=provider_user, role="owner")
    services.post_submit(post=draft, by=provider_user)
    body = client_for(staff).get("/dashboard/").content.decode()
    assert org.name in body and "Máy chờ duyệt" in body


def test_staff_moderate_through_the_review_page_with_the_checklist(staff, client_for, provider_user):
    offer = OfferFactory(status="submitted")
    offer.organization.memberships.create(user=provider_user, role="owner")
    c = client_for(staff)
    page = c.get(f"/staff/review/offer/{offer.pk}/").content.decode()
    assert 'name="problem_clear"' in page and 'name="readiness_stated"' in page and 'name="economic_case"' in page
    response = c.post(f"/staff/review/offer/{offer.pk}/", {"decision": "return", "reason": ""})
    assert response.status_code == 200 and response.context["form"].errors["reason"]
    response = c.post(
        f"/staff/review/offer/{offer.pk}/", {"decision": "return", "reason": "Nêu giá", "problem_clear": "on"}
    )
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == "draft" and offer.review_remarks == "Nêu giá"
    assert "Nêu giá" in client_for(provider_user).get(f"/offers/{offer.pk}/").content.decode()


def test_the_browse_page_stops_counting_past_a_thousand(client, monkeypatch):
    from core.pagination import CappedPaginator

    monkeypatch.setattr(CappedPaginator, "cap", 5)
    for _ in range(7):
        OfferFactory()
    response = client.get("/offers/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.context["page"].paginator.is_capped
    assert response.context["page"].paginator.num_pages == 1  # 6 counted, 20 a page
    client.cookies["django_language"] = "en"
    assert "More than 5 results" in client.get("/offers/").content.decode()


def test_the_cached_results_change_as_soon_as_a_post_does(client, provider_user, staff):
    offer = OfferFactory(title="Máy ép viên nén")
    offer.organization.memberships.create(user=provider_user, role="owner")
    assert "Máy ép viên nén" in client.get("/offers/").content.decode()
    services.post_pause(post=offer, by=provider_user)
    assert "Máy ép viên nén" not in client.get("/offers/").content.decode()
    services.post_resume(post=type(offer).objects.get(pk=offer.pk), by=provider_user)
    services.post_update(post=type(offer).objects.get(pk=offer.pk), by=provider_user, price_max=990_000_000)
    assert "990.000.000 ₫" in client.get("/offers/").content.decode()


def test_a_cached_results_page_costs_no_query_for_the_rows(client, django_assert_max_num_queries):
    for _ in range(5):
        OfferFactory()
    client.get("/offers/")
    with django_assert_max_num_queries(1):  # the session/cache bookkeeping only, no post rows
        assert client.get("/offers/").status_code == 200
