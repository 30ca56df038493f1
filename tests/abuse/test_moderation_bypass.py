"""An owner never publishes text staff have not approved: not by pausing, editing and resuming, not by renewing
an expired post, not through the API, and `reference_deployments` counts as public text."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from marketplace import services
from marketplace.models import PostStatus, StatusChange, TechnologyOffer
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer(provider):
    return OfferFactory(organization=provider, title="Máy sấy dừa", reference_deployments="HTX Dừa Xanh, 2023")


def _last_change(offer) -> StatusChange:
    return StatusChange.objects.filter(offer=offer).first()


def test_pause_edit_resume_sends_the_post_to_review_and_records_the_change(offer, provider_user, client_for):
    client = client_for(provider_user)
    client.post(f"/offer/{offer.pk}/do/pause/")
    assert TechnologyOffer.objects.get(pk=offer.pk).status == PostStatus.PAUSED
    services.post_update(post=offer, by=provider_user, title="Mua ngay: lừa đảo", summary="Liên hệ 0900…")
    assert TechnologyOffer.objects.get(pk=offer.pk).status == PostStatus.PAUSED  # still not public
    client.post(f"/offer/{offer.pk}/do/resume/")
    assert TechnologyOffer.objects.get(pk=offer.pk).status == PostStatus.SUBMITTED
    change = _last_change(offer)
    assert (change.from_status, change.to_status) == ("paused", "submitted")
    assert change.changes["title"] == {"before": "Máy sấy dừa", "after": "Mua ngay: lừa đảo"}
    assert set(change.changes) == {"title", "summary"}


def test_an_unchanged_paused_post_resumes_straight_away(offer, provider_user):
    services.post_pause(post=offer, by=provider_user)
    assert services.post_resume(post=offer, by=provider_user).status == PostStatus.PUBLISHED


def test_editing_back_to_the_approved_text_needs_no_review(offer, provider_user):
    services.post_pause(post=offer, by=provider_user)
    services.post_update(post=offer, by=provider_user, title="Tạm")
    services.post_update(post=offer, by=provider_user, title="Máy sấy dừa")
    assert services.post_resume(post=offer, by=provider_user).status == PostStatus.PUBLISHED


def test_renewing_an_expired_post_with_new_text_sends_it_to_review(provider, provider_user):
    offer = OfferFactory(organization=provider, expires_at=timezone.now() - timedelta(days=1))
    services.posts_expire()
    offer.refresh_from_db()
    assert offer.status == PostStatus.EXPIRED
    services.post_update(post=offer, by=provider_user, description="Nội dung mới chưa kiểm duyệt")
    renewed = services.post_renew(post=offer, by=provider_user)
    assert renewed.status == PostStatus.SUBMITTED
    assert "description" in _last_change(offer).changes


def test_reference_deployments_are_public_text(offer, provider_user):
    services.post_update(post=offer, by=provider_user, reference_deployments="<b>Khách hàng giả</b>")
    assert TechnologyOffer.objects.get(pk=offer.pk).status == PostStatus.SUBMITTED
    assert _last_change(offer).changes["reference_deployments"]["after"] == "<b>Khách hàng giả</b>"


def test_the_api_path_is_held_to_the_same_rule(offer, provider_user):
    api = APIClient()
    api.force_authenticate(provider_user)
    assert api.post(f"/api/v1/offers/{offer.pk}/pause/").status_code == 200
    assert api.patch(f"/api/v1/offers/{offer.pk}/", {"title": "Tiêu đề chưa duyệt"}, format="json").status_code == 200
    response = api.post(f"/api/v1/offers/{offer.pk}/resume/")
    assert response.status_code == 200 and response.json()["status"] == "submitted"
    assert api.get("/api/v1/offers/", {"search": "chưa duyệt"}).json()["count"] == 0


def test_approval_takes_a_new_snapshot(offer, provider_user, staff):
    services.post_update(post=offer, by=provider_user, title="Máy sấy dừa thế hệ 2")
    services.post_approve(post=TechnologyOffer.objects.get(pk=offer.pk), by=staff)
    services.post_pause(post=offer, by=provider_user)
    assert services.post_resume(post=offer, by=provider_user).status == PostStatus.PUBLISHED
