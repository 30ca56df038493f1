from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from marketplace import services
from marketplace.models import PostStatus
from tests.factories import NeedFactory, OfferFactory

pytestmark = pytest.mark.django_db


def test_an_offer_lives_twelve_months_and_a_need_six_or_until_its_deadline(staff, settings):
    start = timezone.now()
    offer = OfferFactory.build()
    assert services.post_expiry(offer, start=start) == start + timedelta(days=settings.OFFER_LIFETIME_DAYS)
    need = NeedFactory.build(deadline=None)
    assert services.post_expiry(need, start=start) == start + timedelta(days=settings.NEED_LIFETIME_DAYS)
    need.deadline = (start + timedelta(days=30)).date()
    assert services.post_expiry(need, start=start).date() == need.deadline


def test_expired_posts_leave_the_public_lists_but_are_kept(client):
    offer = OfferFactory(title="Máy ép viên", expires_at=timezone.now() - timedelta(minutes=1))
    assert services.posts_expire() == 1
    offer.refresh_from_db()
    assert offer.status == PostStatus.EXPIRED
    assert offer.history.first().to_status == PostStatus.EXPIRED
    assert "Máy ép viên" not in client.get("/offers/").content.decode()
    assert services.posts_expire() == 0


def test_owners_are_reminded_once_before_expiry(provider_user):
    offer = OfferFactory(expires_at=timezone.now() + timedelta(days=5))
    offer.organization.memberships.create(user=provider_user, role="owner")
    OfferFactory(expires_at=timezone.now() + timedelta(days=90))
    assert services.posts_remind_expiry() == 1
    assert services.posts_remind_expiry() == 0
    assert provider_user.notifications.filter(kind="post_expiring").count() == 1


def test_renewing_extends_the_post_and_brings_an_expired_one_back(provider_user):
    offer = OfferFactory(expires_at=timezone.now() - timedelta(minutes=1))
    offer.organization.memberships.create(user=provider_user, role="owner")
    services.posts_expire()
    offer = services.post_renew(post=type(offer).objects.get(pk=offer.pk), by=provider_user)
    assert offer.status == PostStatus.PUBLISHED
    assert offer.expires_at > timezone.now() + timedelta(days=300)
    assert offer.expiry_reminded_at is None


def test_a_need_past_its_deadline_asks_for_a_new_deadline_before_renewal(enterprise_user):
    need = NeedFactory(deadline=timezone.localdate() - timedelta(days=1))
    need.organization.memberships.create(user=enterprise_user, role="owner")
    with pytest.raises(ValidationError):
        services.post_renew(post=need, by=enterprise_user)
