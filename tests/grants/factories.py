import factory

from grants.models import AnnualBudget, GrantCap, GrantProgram

M = 1_000_000


class ProgramFactory(factory.django.DjangoModelFactory):
    """A program paying up to 50% of the eligible cost; caps 30M micro, 50M small, 100M medium and large."""

    class Meta:
        model = GrantProgram
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"program-{n}")
    name_vi = factory.Sequence(lambda n: f"Hỗ trợ chuyển giao công nghệ {n}")
    name_en = factory.Sequence(lambda n: f"Technology transfer support {n}")
    kind = GrantProgram.Kind.TRANSFER
    share_percent = 50
    first_year = 2021
    last_year = 2030

    @factory.post_generation
    def caps(self, create, extracted, **kwargs):
        if not create:
            return
        caps = (
            extracted
            if extracted is not None
            else {"micro": 30 * M, "small": 50 * M, "medium": 100 * M, "large": 100 * M}
        )
        for size, amount in caps.items():
            GrantCap.objects.create(program=self, size=size, amount=amount)


class BudgetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AnnualBudget

    program = factory.SubFactory(ProgramFactory)
    year = 2025
    amount = 200 * M
