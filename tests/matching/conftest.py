import pytest

from marketplace.models import Organization
from tests.factories import MembershipFactory, NeedFactory, OfferFactory, OrganizationFactory, UserFactory, sector


@pytest.fixture(autouse=True)
def _fresh_engine_cache():
    from matching import services

    services.clear_cache()
    yield
    services.clear_cache()


@pytest.fixture
def second_provider(db):
    user = UserFactory(username="congtyco")
    org = OrganizationFactory(name="Công ty Cơ khí Tân Thành", kind=Organization.Kind.PROVIDER)
    MembershipFactory(user=user, organization=org)
    return org


@pytest.fixture
def dryer_need(enterprise):
    return NeedFactory(
        organization=enterprise,
        title="Cần dây chuyền sấy cơm dừa 2 tấn/mẻ",
        problem="Lò sấy thủ công làm cơm dừa ám khói, độ ẩm không đều.",
        keywords="sấy dừa, cơm dừa",
        min_trl=6,
        budget_min=500_000_000,
        budget_max=900_000_000,
        transfer_modes=["turnkey", "equipment"],
        sectors=[sector("coconut")],
    )


@pytest.fixture
def typed_need(enterprise):
    """The dryer need as typed on a phone, without Vietnamese accents."""
    return NeedFactory(
        organization=enterprise,
        title="Can day chuyen say com dua 2 tan/me",
        summary="",
        problem="Lo say thu cong lam com dua am khoi, do am khong deu.",
        sectors=[sector("coconut")],
    )


@pytest.fixture
def dryer_offer(provider):
    return OfferFactory(
        organization=provider,
        title="Máy sấy cơm dừa bằng khí nóng gián tiếp 2 tấn/mẻ",
        summary="Sấy cơm dừa không ám khói, độ ẩm đồng đều dưới 3%.",
        keywords="máy sấy dừa, cơm dừa",
        trl=8,
        price_min=450_000_000,
        price_max=800_000_000,
        transfer_modes=["turnkey"],
        sectors=[sector("coconut"), sector("machinery")],
    )


@pytest.fixture
def unrelated_offer(second_provider):
    return OfferFactory(
        organization=second_provider,
        title="Phần mềm kế toán cho hợp tác xã",
        summary="Quản lý thu chi, công nợ.",
        keywords="kế toán",
        trl=9,
        price_min=10_000_000,
        price_max=30_000_000,
        transfer_modes=["licence"],
        sectors=[sector("digital")],
    )
