import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from marketplace.models import (
    Interest,
    Membership,
    Organization,
    PostStatus,
    Sector,
    TechnologyNeed,
    TechnologyOffer,
)


def valid_tax_code(n: int) -> str:
    from stdnum.vn import mst

    base = 300000000 + n * 7
    while True:
        digits = f"{base:09d}"
        for check in range(10):
            candidate = f"{digits}{check}"
            if mst.is_valid(candidate):
                return candidate
        base += 1


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.vn")
    password = factory.django.Password("pass-word-123")


class StaffFactory(UserFactory):
    username = factory.Sequence(lambda n: f"staff{n}")

    @factory.post_generation
    def staff_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get_or_create(name="staff")[0])


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Công ty TNHH Số {n}")
    kind = Organization.Kind.BOTH
    tax_code = factory.Sequence(valid_tax_code)
    org_type = Organization.OrgType.SME
    size = Organization.Size.SMALL
    province = "Trà Vinh"
    contact_name = "Nguyễn Văn A"
    contact_phone = "0275 3822 123"
    contact_email = factory.Sequence(lambda n: f"lienhe{n}@example.vn")
    verified_at = factory.LazyFunction(timezone.now)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = Membership.Role.OWNER


def sector(code: str = "coconut") -> Sector:
    """A seeded sector. Transactional tests flush the rows the data migration made, so re-seed then."""
    found = Sector.objects.filter(code=code).first()
    if found is None:
        from marketplace.sector_data import seed_sectors

        seed_sectors(Sector)
        found = Sector.objects.get(code=code)
    return found


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    summary = "Tóm tắt công khai"
    status = PostStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    expires_at = factory.LazyFunction(lambda: timezone.now() + timezone.timedelta(days=180))

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create:
            self.sectors.set(extracted if extracted is not None else [sector("coconut")])

    @factory.post_generation
    def approved_text(self, create, extracted, **kwargs):
        """A post made public by the factory counts as approved with the text it has."""
        if create and extracted is None and self.status in ("published", "paused", "expired", "closed"):
            self.approved_text = {name: getattr(self, name) for name in self.TEXT_FIELDS}
            type(self).objects.filter(pk=self.pk).update(approved_text=self.approved_text)


class NeedFactory(PostFactory):
    class Meta:
        model = TechnologyNeed
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Cần dây chuyền sấy dừa số {n}")
    problem = "Sấy cơm dừa bằng lò thủ công, chất lượng không đều."
    budget_min = 500_000_000
    budget_max = 800_000_000
    min_trl = 6


class OfferFactory(PostFactory):
    class Meta:
        model = TechnologyOffer
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Máy sấy dừa công suất {n} tấn/giờ")
    trl = 7
    ip_status = TechnologyOffer.IPStatus.UTILITY
    price_min = 300_000_000
    price_max = 700_000_000
    transfer_modes = ["turnkey", "equipment"]


class InterestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interest

    offer = factory.SubFactory(OfferFactory)
    from_organization = factory.SubFactory(OrganizationFactory)
    cooperation = Interest.Cooperation.BUY
    message = "Chúng tôi quan tâm."
