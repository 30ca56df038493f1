"""Announcing a workshop or a training publishes its news item once and tells the members of the
organisations that opted in and work in its theme sectors (or a sector above or below them) — each
person once, however often it is announced."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from core.models import Notification
from events.models import Training
from grants.announcements import event_announce
from grants.models import NewsItem
from tests.events.factories import WorkshopFactory
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory, sector


def member_of(name, *codes, opted_in=True, active=True):
    org = OrganizationFactory(name=name, kind="enterprise", announcements_opt_in=opted_in)
    org.sectors.set([sector(c) for c in codes])
    user = UserFactory(username=name.lower().replace(" ", ""), is_active=active)
    MembershipFactory(user=user, organization=org)
    return user


@pytest.fixture
def people(db):
    return {
        "coconut": member_of("Dua A", "coconut"),  # the theme sector itself
        "agriculture": member_of("Nong B", "agriculture"),  # the parent of coconut
        "rice": member_of("Lua C", "rice"),  # a sibling: not related
        "not_opted": member_of("Dua D", "coconut", opted_in=False),
        "inactive": member_of("Dua E", "coconut", active=False),
        "none": member_of("Khong F"),  # no sectors
    }


@pytest.fixture
def workshop(db):
    w = WorkshopFactory(status="open")
    w.sectors.set([sector("coconut")])
    return w


@pytest.fixture
def training(db):
    t = Training.objects.create(
        title="Lớp năng suất chất lượng",
        topic="Kaizen",
        venue="Sở KH&CN",
        trainer="ThS. Lê B",
        starts_on=date(2026, 5, 4),
        ends_on=date(2026, 5, 6),
        capacity=40,
        status="open",
    )
    t.sectors.set([sector("agriculture")])  # a parent: its children match too
    return t


def told(kind):
    return set(Notification.objects.filter(kind=kind).values_list("user__username", flat=True))


def test_a_workshop_tells_opted_in_members_of_its_sectors_and_their_parents(staff, workshop, people):
    news, n = event_announce(by=staff, workshop=workshop)
    assert told("workshop_announced") == {people["coconut"].username, people["agriculture"].username}
    assert n == 2
    assert (news.workshop, news.status, news.announcement) == (workshop, "published", True)
    assert news.category.slug == "hoi-thao"
    assert news.announced_at is not None


def test_a_training_in_a_parent_sector_reaches_its_children(staff, training, people):
    event_announce(by=staff, training=training)
    assert told("training_announced") == {
        people["coconut"].username,
        people["agriculture"].username,
        people["rice"].username,
    }
    assert NewsItem.objects.get().category.slug == "dao-tao"


def test_announcing_twice_neither_notifies_twice_nor_publishes_twice(staff, workshop, people):
    first, n1 = event_announce(by=staff, workshop=workshop)
    again, n2 = event_announce(by=staff, workshop=workshop)
    assert (again.pk, n2) == (first.pk, 0)
    assert NewsItem.objects.count() == 1
    assert Notification.objects.filter(kind="workshop_announced").count() == 2
    late = member_of("Dua G", "coconut")  # opted in since: told the next time, alone
    _news, n3 = event_announce(by=staff, workshop=workshop)
    assert n3 == 1 and late.username in told("workshop_announced")


def test_an_event_without_theme_sectors_is_published_but_tells_nobody(staff, workshop, people):
    workshop.sectors.clear()
    news, n = event_announce(by=staff, workshop=workshop)
    assert n == 0 and news.pk


def test_only_staff_announce_and_only_an_open_event(staff, workshop, people, enterprise_user):
    with pytest.raises(PermissionDenied):
        event_announce(by=enterprise_user, workshop=workshop)
    workshop.status = "draft"
    workshop.save()
    with pytest.raises(ValidationError):
        event_announce(by=staff, workshop=workshop)
    assert not NewsItem.objects.exists() and not Notification.objects.exists()


def test_the_announce_page(client_for, staff, enterprise_user, training, people):
    url = reverse("grants:event_announce", args=["training", training.pk])
    page = client_for(staff).get(url)
    assert page.status_code == 200
    assert "Dua A" in page.content.decode() and "Dua D" not in page.content.decode()
    assert client_for(enterprise_user).get(url).status_code in (302, 403)
    assert client_for(enterprise_user).post(url).status_code in (302, 403)
    assert not NewsItem.objects.exists()
    assert client_for(staff).post(url).status_code == 302
    assert NewsItem.objects.filter(training=training, announcement=True).count() == 1
    assert client_for(staff).get(reverse("grants:event_announce", args=["nothing", 1])).status_code == 404


def test_organisations_opt_in_on_their_form(client_for, enterprise, enterprise_user):
    assert enterprise.announcements_opt_in is False  # off unless chosen
    form = client_for(enterprise_user).get(reverse("marketplace:organization_edit", args=[enterprise.pk]))
    assert "announcements_opt_in" in form.context["form"].fields
