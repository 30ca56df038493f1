from datetime import timedelta

import factory
from django.utils import timezone

from events.models import MeetingSlot, Registration, Workshop


def _soon(days=14, hour=8):
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(timezone.datetime.combine(day, timezone.datetime.min.time())) + timedelta(hours=hour)


class WorkshopFactory(factory.django.DjangoModelFactory):
    """An open workshop two weeks ahead, registration open now, 4 slots × 3 tables from 13:30."""

    class Meta:
        model = Workshop
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Hội thảo kết nối số {n}")
    venue = "Trung tâm Hội nghị tỉnh"
    starts_at = factory.LazyFunction(lambda: _soon(14, 8))
    ends_at = factory.LazyFunction(lambda: _soon(14, 17))
    registration_opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    registration_closes_at = factory.LazyFunction(lambda: _soon(12, 17))
    capacity = 20
    status = Workshop.Status.OPEN
    first_slot_at = factory.LazyFunction(lambda: _soon(14, 13) + timedelta(minutes=30))
    slot_minutes = 20
    slot_count = 4
    slot_gap_minutes = 5
    tables = 3

    @factory.post_generation
    def slots(self, create, extracted, **kwargs):
        if create and self.slot_count:
            step = timedelta(minutes=self.slot_minutes + self.slot_gap_minutes)
            MeetingSlot.objects.bulk_create(
                [
                    MeetingSlot(workshop=self, starts_at=self.first_slot_at + i * step, minutes=self.slot_minutes)
                    for i in range(self.slot_count)
                ]
            )


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    workshop = factory.SubFactory(WorkshopFactory)
    role = Registration.Role.BOTH
    status = Registration.Status.CONFIRMED
