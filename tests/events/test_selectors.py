from events import selectors, services
from events.models import Registration
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory, sector


def _participant(workshop, name, role, codes):
    user = UserFactory()
    org = OrganizationFactory(name=name)
    org.sectors.set([sector(c) for c in codes])
    MembershipFactory(user=user, organization=org)
    return services.registration_create(workshop=workshop, organization=org, attendee=user, role=role, by=user)


def test_suggestions_put_providers_of_the_same_field_first_and_skip_the_unrelated(workshop):
    me = _participant(workshop, "HTX Dừa", Registration.Role.SEEKER, ["coconut"])
    provider = _participant(workshop, "Viện máy dừa", Registration.Role.PROVIDER, ["coconut", "machinery"])
    peer = _participant(workshop, "HTX Dừa khác", Registration.Role.SEEKER, ["coconut"])
    _participant(workshop, "Phần mềm", Registration.Role.PROVIDER, ["digital"])
    found = [s["registration"] for s in selectors.suggestions_for(registration=me)]
    assert found[:2] == [provider, peer]
    assert all(r.organization.name != "Phần mềm" for r in found)


def test_suggestions_leave_out_those_already_asked(workshop, staff):
    me = _participant(workshop, "HTX Dừa", Registration.Role.SEEKER, ["coconut"])
    provider = _participant(workshop, "Viện máy dừa", Registration.Role.PROVIDER, ["coconut"])
    services.meeting_request_create(workshop=workshop, from_registration=me, to_registration=provider, by=staff)
    assert selectors.suggestions_for(registration=me) == []


def test_attendance_counts_seats_check_ins_and_the_waiting_list(make_participant, staff, monkeypatch):
    from django.utils import timezone

    from events.services import registrations

    from .factories import WorkshopFactory

    ws = WorkshopFactory(capacity=2)
    monkeypatch.setattr(registrations, "_today", lambda: timezone.localtime(ws.starts_at).date())
    regs = [make_participant(f"Đơn vị {i}", ws=ws)[1] for i in range(3)]
    services.checkin(workshop=ws, code=services.checkin_code(regs[0]), by=staff)
    assert selectors.attendance(workshop=ws) == {
        "capacity": 2,
        "seated": 2,
        "attended": 1,
        "waitlisted": 1,
        "cancelled": 0,
        "rate": 50,
    }


def test_suggestions_come_from_matching_when_it_has_matches(workshop):
    from django.utils import timezone

    from matching.models import Match
    from tests.factories import NeedFactory, OfferFactory

    me = _participant(workshop, "HTX Dừa", Registration.Role.SEEKER, ["coconut"])
    far = _participant(workshop, "Công ty phần mềm", Registration.Role.PROVIDER, ["digital"])
    near = _participant(workshop, "Viện máy dừa", Registration.Role.PROVIDER, ["coconut"])
    need = NeedFactory(organization=me.organization)
    good = Match.objects.create(
        need=need,
        offer=OfferFactory(organization=far.organization),
        score=0.9,
        engine_version="t",
        computed_at=timezone.now(),
    )
    Match.objects.create(
        need=need,
        offer=OfferFactory(organization=near.organization),
        score=0.8,
        engine_version="t",
        computed_at=timezone.now(),
        need_feedback="not_relevant",
    )
    found = selectors.suggestions_for(registration=me)
    assert [(s["registration"], s["match_id"], s["why"]) for s in found] == [(far, good.pk, "matching")]
