"""Whole public pages for visitors: served again from the cache with a fresh CSRF token, fresh after any
change to what they show, never for signed-in users, never with a pending message."""

import re

import pytest
from django.test import Client

from marketplace.models import PostStatus
from tests.events.factories import WorkshopFactory
from tests.factories import OfferFactory

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


@pytest.fixture
def offer(db):
    return OfferFactory(title="Máy sấy dừa bơm nhiệt", status=PostStatus.PUBLISHED)


def test_a_visitor_is_served_the_same_page_again_without_a_query_with_a_token_of_their_own(
    offer, django_assert_num_queries
):
    first = Client().get("/offers/?q=say+dua")
    assert "Máy sấy dừa bơm nhiệt" in first.content.decode()
    with django_assert_num_queries(0):
        second = Client().get("/offers/?q=say+dua")
    page = second.content.decode()
    assert "Máy sấy dừa bơm nhiệt" in page and "\x00" not in page
    tokens = TOKEN.findall(page)
    assert tokens and tokens != TOKEN.findall(first.content.decode())
    assert second.cookies.get("csrftoken")


def test_the_token_of_a_cached_page_is_accepted(offer):
    visitor = Client(enforce_csrf_checks=True)
    Client().get("/offers/")
    page = visitor.get("/offers/").content.decode()
    token = TOKEN.search(page).group(1)
    response = visitor.post("/i18n/setlang/", {"language": "en", "next": "/offers/", "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_a_change_to_the_lists_shows_at_once(offer):
    assert "Máy sấy dừa bơm nhiệt" in Client().get("/offers/").content.decode()
    OfferFactory(title="Lò hơi đốt sinh khối", status=PostStatus.PUBLISHED)
    assert "Lò hơi đốt sinh khối" in Client().get("/offers/").content.decode()
    offer.status = PostStatus.CLOSED
    offer.save()
    assert "Máy sấy dừa bơm nhiệt" not in Client().get("/offers/").content.decode()


def test_the_header_search_and_the_workshop_list_follow_their_changes(db):
    workshop = WorkshopFactory(title="Hội thảo sấy dừa")
    assert "Hội thảo sấy dừa" in Client().get("/search/?q=say+dua").content.decode()
    assert "Hội thảo sấy dừa" in Client().get("/workshops/").content.decode()
    workshop.title = "Hội thảo nước sạch"
    workshop.save()
    assert "Hội thảo sấy dừa" not in Client().get("/search/?q=say+dua").content.decode()
    assert "Hội thảo nước sạch" in Client().get("/workshops/").content.decode()


def test_signed_in_users_are_never_served_a_cached_page(
    offer, client_for, enterprise_user, django_assert_max_num_queries
):
    Client().get("/offers/")
    page = client_for(enterprise_user).get("/offers/").content.decode()
    assert enterprise_user.username in page
    assert "/accounts/login/" not in page.split("<main")[0]


def test_a_visitor_with_a_pending_message_gets_their_own_page(offer, client_for, enterprise_user):
    Client().get("/offers/")
    leaving = client_for(enterprise_user)
    leaving.post("/accounts/logout/")
    page = leaving.get("/offers/").content.decode()
    assert 'role="alert"' in page


def test_the_home_page_shows_a_new_post_at_once(offer):
    Client().get("/")
    OfferFactory(title="Lò hơi đốt sinh khối", status=PostStatus.PUBLISHED)
    assert "Lò hơi đốt sinh khối" in Client().get("/").content.decode()
