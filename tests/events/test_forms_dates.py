"""The workshop form takes dates as dd/mm/yyyy hh:mm and shows them back that way."""

from datetime import datetime

from django.utils import timezone

from events.forms import RegistrationForm, WorkshopForm
from events.models import Workshop


def test_the_workshop_form_reads_and_shows_day_first_dates(db):
    form = WorkshopForm(
        {
            "title": "Hội thảo dừa",
            "venue": "Trà Vinh",
            "starts_at": "25/12/2026 08:00",
            "ends_at": "25/12/2026 17:00",
            "registration_opens_at": "01/12/2026 08:00",
            "registration_closes_at": "23/12/2026 17:00",
            "capacity": 40,
            "slot_minutes": 20,
            "slot_count": 0,
            "slot_gap_minutes": 5,
            "tables": 5,
        }
    )
    assert form.is_valid(), form.errors
    assert timezone.localtime(form.cleaned_data["starts_at"]).replace(tzinfo=None) == datetime(2026, 12, 25, 8, 0)
    workshop: Workshop = form.save()
    shown = str(WorkshopForm(instance=workshop)["starts_at"])
    assert 'value="25/12/2026 08:00"' in shown and "datetime-local" not in shown


def test_a_member_of_one_organisation_has_it_chosen_for_the_registration(enterprise):
    form = RegistrationForm(organizations=[enterprise])
    assert form["organization"].value() == enterprise.pk
