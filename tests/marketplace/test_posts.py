import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from marketplace import services
from marketplace.models import Organization, PostStatus, TechnologyNeed, TechnologyOffer
from tests.factories import NeedFactory, OfferFactory, OrganizationFactory, sector

pytestmark = pytest.mark.django_db


def new_offer(provider, by, **extra):
    fields = dict(title="Máy sấy dừa", summary="Sấy cơm dừa", trl=7, ip_status="utility", transfer_modes=["turnkey"])
    fields.update(extra)
    return services.post_create(
        model=TechnologyOffer, organization=provider, by=by, sectors=[sector("coconut")], **fields
    )


def statuses(post):
    return [(h.from_status, h.to_status) for h in post.history.order_by("at", "id")]


def test_a_member_saves_a_draft_submits_and_staff_publish_it(provider, provider_user, staff):
    offer = new_offer(provider, provider_user)
    assert offer.status == PostStatus.DRAFT and not offer.entered_by_staff
    offer = services.post_submit(post=offer, by=provider_user)
    offer = services.post_approve(post=offer, by=staff)
    assert offer.status == PostStatus.PUBLISHED
    assert offer.published_at and offer.expires_at
    assert statuses(offer) == [("", "draft"), ("draft", "submitted"), ("submitted", "published")]
    assert offer.history.first().by == staff


def test_it_refuses_to_publish_for_an_unverified_organisation(provider_user, staff):
    org = OrganizationFactory(kind=Organization.Kind.PROVIDER, verified_at=None)
    org.memberships.create(user=provider_user, role="owner")
    offer = services.post_submit(post=new_offer(org, provider_user), by=provider_user)
    with pytest.raises(ValidationError):
        services.post_approve(post=offer, by=staff)


def test_a_rejection_keeps_the_reason_for_the_owner(provider, provider_user, staff):
    offer = services.post_submit(post=new_offer(provider, provider_user), by=provider_user)
    offer = services.post_reject(post=offer, by=staff, reason="Thiếu TRL")
    assert offer.status == PostStatus.REJECTED and offer.review_remarks == "Thiếu TRL"
    assert offer.history.first().reason == "Thiếu TRL"
    assert provider_user.notifications.filter(kind="post_rejected").count() == 1


def test_it_refuses_a_rejection_without_a_reason(provider, provider_user, staff):
    offer = services.post_submit(post=new_offer(provider, provider_user), by=provider_user)
    with pytest.raises(ValidationError):
        services.post_reject(post=offer, by=staff, reason="  ")
    offer.refresh_from_db()
    assert offer.status == PostStatus.SUBMITTED


def test_staff_send_a_post_back_with_remarks_and_the_owner_resubmits(provider, provider_user, staff):
    offer = services.post_submit(post=new_offer(provider, provider_user), by=provider_user)
    offer = services.post_return(post=offer, by=staff, remarks="Nêu rõ hiệu quả kinh tế")
    assert offer.status == PostStatus.DRAFT and offer.review_remarks == "Nêu rõ hiệu quả kinh tế"
    offer = services.post_submit(post=offer, by=provider_user)
    assert offer.status == PostStatus.SUBMITTED


def test_owners_pause_resume_and_close(provider_user):
    offer = OfferFactory(organization__kind="provider")
    offer.organization.memberships.create(user=provider_user, role="owner")
    offer = services.post_pause(post=offer, by=provider_user)
    assert offer.status == PostStatus.PAUSED
    offer = services.post_resume(post=offer, by=provider_user)
    assert offer.status == PostStatus.PUBLISHED
    offer = services.post_close(post=offer, by=provider_user, reason="Đã chuyển giao")
    assert offer.status == PostStatus.CLOSED
    with pytest.raises(ValidationError):
        services.post_resume(post=offer, by=provider_user)


def test_it_refuses_an_illegal_transition(provider_user):
    offer = OfferFactory(status=PostStatus.DRAFT)
    offer.organization.memberships.create(user=provider_user, role="owner")
    with pytest.raises(ValidationError):
        services.post_pause(post=offer, by=provider_user)


def test_editing_the_text_of_a_published_post_sends_it_back_to_review(provider_user):
    offer = OfferFactory()
    offer.organization.memberships.create(user=provider_user, role="owner")
    offer = services.post_update(post=offer, by=provider_user, title="Máy sấy dừa thế hệ mới")
    assert offer.status == PostStatus.SUBMITTED
    assert offer.history.first().from_status == PostStatus.PUBLISHED


def test_editing_only_structured_fields_keeps_the_post_published(provider_user):
    offer = OfferFactory()
    offer.organization.memberships.create(user=provider_user, role="owner")
    offer = services.post_update(post=offer, by=provider_user, price_max=900_000_000, trl=8)
    assert offer.status == PostStatus.PUBLISHED and offer.trl == 8


def test_members_cannot_edit_another_organisations_post(outsider_user):
    offer = OfferFactory()
    with pytest.raises(PermissionDenied):
        services.post_update(post=offer, by=outsider_user, title="Hijack")


def test_staff_post_on_behalf_of_an_organisation_and_the_post_says_so(enterprise, staff):
    need = services.post_create(
        model=TechnologyNeed,
        organization=enterprise,
        by=staff,
        sectors=[sector("coconut")],
        title="Cần máy sấy",
        summary="Tóm tắt",
        problem="Sấy thủ công",
    )
    assert need.entered_by_staff and need.created_by == staff
    assert need.history.first().reason


def test_outsiders_cannot_post_for_an_organisation(enterprise, outsider_user):
    with pytest.raises(PermissionDenied):
        services.post_create(
            model=TechnologyNeed, organization=enterprise, by=outsider_user, title="x", summary="y", problem="z"
        )


def test_a_provider_only_organisation_cannot_post_a_need(provider, provider_user):
    with pytest.raises(ValidationError):
        services.post_create(
            model=TechnologyNeed, organization=provider, by=provider_user, title="x", summary="y", problem="z"
        )


def test_the_database_refuses_a_budget_minimum_above_the_maximum():
    from django.db import IntegrityError, transaction

    need = NeedFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        TechnologyNeed.objects.filter(pk=need.pk).update(budget_min=10, budget_max=5)


def test_a_published_post_announces_its_change(provider, provider_user, staff, django_capture_on_commit_callbacks):
    from marketplace.signals import post_changed

    seen = []

    def receiver(sender, post_id, status, **kwargs):
        seen.append((sender, post_id, status))

    post_changed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            offer = services.post_submit(post=new_offer(provider, provider_user), by=provider_user)
            offer = services.post_approve(post=offer, by=staff)
    finally:
        post_changed.disconnect(receiver)
    assert (TechnologyOffer, offer.pk, "published") in seen
