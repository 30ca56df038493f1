from datetime import timedelta
from unittest import mock

import pytest
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from events import services
from events.models import Registration

from .factories import WorkshopFactory

pytestmark = pytest.mark.usefixtures("on_the_day")


def test_the_qr_token_checks_a_participant_in_once(workshop, seeker_reg, staff):
    token = services.checkin_token(seeker_reg)
    registration, new = services.checkin(workshop=workshop, code=token, by=staff)
    assert new and registration.status == Registration.Status.ATTENDED and registration.checked_in_at
    first = registration.checked_in_at
    registration, new = services.checkin(workshop=workshop, code=token, by=staff)
    assert not new and registration.checked_in_at == first


def test_the_typed_code_works_too(workshop, seeker_reg, staff):
    code = services.checkin_code(seeker_reg)
    assert services.checkin(workshop=workshop, code=f"  {code.lower()} ", by=staff)[1]


@pytest.mark.parametrize(
    "forge",
    [
        lambda reg: services.checkin_code(reg)[:-1] + ("0" if services.checkin_code(reg)[-1] != "0" else "1"),
        lambda reg: f"{reg.pk + 1}-{services.checkin_code(reg).split('-')[1]}",
        lambda reg: services.checkin_token(reg)[:-2] + "xx",
        lambda reg: signing.dumps({"r": reg.pk, "w": reg.workshop_id}, salt="another-salt"),
        lambda reg: str(reg.pk),
        lambda reg: "",
    ],
)
def test_it_refuses_forged_codes(workshop, seeker_reg, staff, forge):
    with pytest.raises(ValidationError):
        services.checkin(workshop=workshop, code=forge(seeker_reg), by=staff)
    seeker_reg.refresh_from_db()
    assert seeker_reg.checked_in_at is None


def test_a_code_for_another_workshop_is_refused(workshop, seeker_reg, staff):
    other = WorkshopFactory()
    for code in (services.checkin_token(seeker_reg), services.checkin_code(seeker_reg)):
        with pytest.raises(ValidationError, match="not valid for this workshop"):
            services.checkin(workshop=other, code=code, by=staff)


def test_it_refuses_an_expired_token(workshop, seeker_reg, staff):
    # A token signed long before this workshop's registration opened is too old to be one of its codes.
    long_ago = (workshop.registration_opens_at - timedelta(days=400)).timestamp()
    with mock.patch("django.core.signing.time.time", return_value=long_ago):
        token = services.checkin_token(seeker_reg)
    with pytest.raises(ValidationError, match="expired"):
        services.checkin(workshop=workshop, code=token, by=staff)


def test_codes_expire_after_the_workshop(workshop, seeker_reg, staff):
    code = services.checkin_code(seeker_reg)
    type(workshop).objects.filter(pk=workshop.pk).update(
        starts_at=timezone.now() - timedelta(days=3),
        ends_at=timezone.now() - timedelta(days=2),
        registration_opens_at=timezone.now() - timedelta(days=9),
        registration_closes_at=timezone.now() - timedelta(days=4),
    )
    workshop.refresh_from_db()
    with pytest.raises(ValidationError, match="expired"):
        services.checkin(workshop=workshop, code=code, by=staff)


def test_waitlisted_and_cancelled_registrations_cannot_check_in(staff, make_participant):
    ws = WorkshopFactory(capacity=1)
    make_participant("A", ws=ws)
    user_b, waiting = make_participant("B", ws=ws)
    with pytest.raises(ValidationError, match="waiting list"):
        services.checkin(workshop=ws, code=services.checkin_code(waiting), by=staff)
    services.registration_cancel(registration=waiting, by=user_b)
    with pytest.raises(ValidationError, match="cancelled"):
        services.checkin(workshop=ws, code=services.checkin_code(waiting), by=staff)


def test_only_staff_check_people_in(workshop, seeker_reg, enterprise_user):
    with pytest.raises(PermissionDenied):
        services.checkin(workshop=workshop, code=services.checkin_code(seeker_reg), by=enterprise_user)


def test_a_check_in_before_the_workshops_day_is_refused(workshop, seeker_reg, staff, monkeypatch):
    from events.services import registrations

    monkeypatch.setattr(
        registrations, "_today", lambda: timezone.localtime(workshop.starts_at).date() - timedelta(days=1)
    )
    with pytest.raises(ValidationError, match="opens on the day of the workshop"):
        services.checkin(workshop=workshop, code=services.checkin_code(seeker_reg), by=staff)
    seeker_reg.refresh_from_db()
    assert seeker_reg.checked_in_at is None
