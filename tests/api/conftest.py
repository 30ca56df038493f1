import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from marketplace.models import PostStatus
from tests.factories import InterestFactory, NeedFactory, OfferFactory


@pytest.fixture
def api_for(db):
    """api_for(user) -> an APIClient sending that user's API token (None: a visitor)."""

    def make(user):
        client = APIClient()
        if user is not None:
            token, _ = Token.objects.get_or_create(user=user)
            client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return make


@pytest.fixture
def need(enterprise, enterprise_user):
    return NeedFactory(
        organization=enterprise,
        confidential_details="Sản lượng 3 tấn/ngày",
        transfer_modes=["turnkey"],
        created_by=enterprise_user,
    )


@pytest.fixture
def offer(provider, provider_user):
    return OfferFactory(organization=provider, confidential_details="Bản vẽ chi tiết", created_by=provider_user)


@pytest.fixture
def draft_need(enterprise, enterprise_user):
    return NeedFactory(
        organization=enterprise, status=PostStatus.DRAFT, published_at=None, expires_at=None, created_by=enterprise_user
    )


@pytest.fixture
def interest(offer, enterprise, enterprise_user):
    """The enterprise's pending interest in the provider's offer."""
    return InterestFactory(offer=offer, from_organization=enterprise, created_by=enterprise_user)
