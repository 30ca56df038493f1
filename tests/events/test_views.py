"""Pages: who may see and do what (role × action), bad input answered with messages, downloads."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events import services
from events.models import Meeting, MeetingRequest, Registration, ScheduleRun, Workshop

from .factories import WorkshopFactory

ROLES = ["anonymous", "outsider", "participant", "staff"]


@pytest.fixture
def users(outsider_user, outsider, enterprise_user, seeker_reg, staff):
    return {"anonymous": None, "outsider": outsider_user, "participant": enterprise_user, "staff": staff}


def _expect(role, table):
    return table[ROLES.index(role)]


STAFF_ONLY = (302, 403, 403, 200)
PAGES = [
    ("events:workshop_list", False, (200, 200, 200, 200)),
    ("events:workshop_detail", True, (200, 200, 200, 200)),
    ("events:workshop_create", False, STAFF_ONLY),
    ("events:stats_overview", False, STAFF_ONLY),
    ("events:workshop_edit", True, STAFF_ONLY),
    ("events:staff_registrations", True, STAFF_ONLY),
    ("events:staff_requests", True, STAFF_ONLY),
    ("events:staff_schedule", True, STAFF_ONLY),
    ("events:staff_checkin", True, STAFF_ONLY),
    ("events:staff_standby", True, STAFF_ONLY),
    ("events:staff_stats", True, STAFF_ONLY),
    ("events:participant_list", True, (302, 403, 200, 200)),
    ("events:suggestion_list", True, (302, 403, 200, 403)),
    ("events:registration_create", True, (302, 200, 200, 302)),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name, with_pk, expected", PAGES)
def test_who_may_open_each_page(client_for, users, workshop, role, name, with_pk, expected):
    url = reverse(name, args=[workshop.pk] if with_pk else [])
    assert client_for(users[role]).get(url).status_code == _expect(role, expected)


REGISTRATION_PAGES = [
    ("events:registration_detail", (302, 404, 200, 200)),
    ("events:registration_qr", (302, 404, 200, 200)),
    ("events:registration_edit", (302, 404, 200, 403)),
    ("events:agenda", (302, 404, 302, 200)),  # the participant is sent back until the schedule is published
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name, expected", REGISTRATION_PAGES)
def test_who_may_open_a_registration(client_for, users, seeker_reg, role, name, expected):
    assert client_for(users[role]).get(reverse(name, args=[seeker_reg.pk])).status_code == _expect(role, expected)


STAFF_POSTS = ["events:schedule_run", "events:schedule_publish", "events:staff_standby_pair", "events:meeting_place"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", STAFF_POSTS)
def test_only_staff_run_publish_and_place(client_for, users, workshop, role, name):
    response = client_for(users[role]).post(reverse(name, args=[workshop.pk]))
    assert response.status_code == {"anonymous": 302, "outsider": 403, "participant": 403, "staff": 302}[role]


@pytest.mark.parametrize(
    "role, expected", [("anonymous", 302), ("outsider", 403), ("participant", 403), ("staff", 302)]
)
def test_only_staff_publish_a_workshop(client_for, users, role, expected):
    draft = WorkshopFactory(status=Workshop.Status.DRAFT)
    assert client_for(users[role]).get(reverse("events:workshop_detail", args=[draft.pk])).status_code == (
        200 if role == "staff" else 404
    )
    response = client_for(users[role]).post(reverse("events:workshop_action", args=[draft.pk, "publish"]))
    assert response.status_code == expected
    draft.refresh_from_db()
    assert draft.status == ("open" if role == "staff" else "draft")


def test_registering_through_the_page(client_for, workshop, provider_user, provider):
    response = client_for(provider_user).post(
        reverse("events:registration_create", args=[workshop.pk]),
        {"organization": provider.pk, "role": "provider", "note": "Máy sấy"},
    )
    registration = Registration.objects.get(organization=provider)
    assert response.status_code == 302 and response["Location"] == registration.get_absolute_url()


def test_a_late_registration_is_refused_with_a_message_and_nothing_saved(client_for, provider_user, provider):
    ws = WorkshopFactory(
        registration_opens_at=timezone.now() - timedelta(days=5),
        registration_closes_at=timezone.now() - timedelta(days=1),
    )
    response = client_for(provider_user).post(
        reverse("events:registration_create", args=[ws.pk]), {"organization": provider.pk, "role": "provider"}
    )
    assert response.status_code == 200
    assert "alert-danger" in response.content.decode()
    assert not Registration.objects.exists()


def test_registering_another_organisation_is_refused(client_for, workshop, provider_user, provider, enterprise):
    response = client_for(provider_user).post(
        reverse("events:registration_create", args=[workshop.pk]), {"organization": enterprise.pk, "role": "seeker"}
    )
    assert response.status_code == 200
    assert not Registration.objects.exists()


def test_a_bad_workshop_form_answers_next_to_the_fields(client_for, staff):
    response = client_for(staff).post(
        reverse("events:workshop_create"),
        {
            "title": "X",
            "venue": "Y",
            "starts_at": "2030-05-02T08:00",
            "ends_at": "2030-05-01T08:00",
            "registration_opens_at": "2030-04-01T08:00",
            "registration_closes_at": "2030-04-30T08:00",
            "capacity": "10",
            "slot_minutes": "20",
            "slot_count": "0",
            "slot_gap_minutes": "5",
            "tables": "5",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "invalid-feedback" in body or "alert-danger" in body
    assert not Workshop.objects.exists()
    # A slot plan that does not fit in the day is refused next to its field.
    response = client_for(staff).post(
        reverse("events:workshop_create"),
        {
            "title": "X",
            "venue": "Y",
            "starts_at": "2030-05-01T08:00",
            "ends_at": "2030-05-01T17:00",
            "registration_opens_at": "2030-04-01T08:00",
            "registration_closes_at": "2030-04-30T08:00",
            "capacity": "10",
            "first_slot_at": "2030-05-01T16:00",
            "slot_minutes": "20",
            "slot_count": "8",
            "slot_gap_minutes": "5",
            "tables": "5",
        },
    )
    assert response.status_code == 200 and "invalid-feedback" in response.content.decode()
    assert not Workshop.objects.exists()


def test_a_request_to_oneself_is_refused_on_the_page(client_for, workshop, seeker_reg, enterprise_user):
    response = client_for(enterprise_user).post(
        reverse("events:meeting_request_create", args=[workshop.pk, seeker_reg.pk]), {"message": "hi"}
    )
    assert response.status_code == 200
    assert not MeetingRequest.objects.exists()


def test_requesting_and_accepting_through_the_pages(
    client_for, workshop, seeker_reg, provider_reg, enterprise_user, provider_user
):
    response = client_for(enterprise_user).post(
        reverse("events:meeting_request_create", args=[workshop.pk, provider_reg.pk]), {"message": "Gặp nhé"}
    )
    assert response.status_code == 302
    request = MeetingRequest.objects.get()
    # The requester cannot accept its own request; the other side can.
    client_for(enterprise_user).post(reverse("events:meeting_request_action", args=[request.pk, "accept"]))
    request.refresh_from_db()
    assert request.status == "pending"
    client_for(provider_user).post(reverse("events:meeting_request_action", args=[request.pk, "accept"]))
    request.refresh_from_db()
    assert request.status == "accepted"


def test_an_outsider_cannot_answer_or_see_a_request(
    client_for, workshop, seeker_reg, provider_reg, enterprise_user, outsider_user, outsider
):
    request = services.meeting_request_create(
        workshop=workshop, from_registration=seeker_reg, to_registration=provider_reg, by=enterprise_user
    )
    response = client_for(outsider_user).post(reverse("events:meeting_request_action", args=[request.pk, "accept"]))
    assert response.status_code == 404
    request.refresh_from_db()
    assert request.status == "pending"


def test_the_checkin_page_refuses_a_forged_code_and_accepts_a_real_one(
    client_for, workshop, seeker_reg, staff, on_the_day
):
    client = client_for(staff)
    url = reverse("events:staff_checkin", args=[workshop.pk])
    response = client.post(url, {"code": services.checkin_code(seeker_reg)[:-1] + "Z"})
    assert response.status_code == 400
    seeker_reg.refresh_from_db()
    assert seeker_reg.checked_in_at is None
    response = client.post(url, {"code": services.checkin_token(seeker_reg)})
    assert response.status_code == 200
    assert seeker_reg.organization.name in response.content.decode()
    seeker_reg.refresh_from_db()
    assert seeker_reg.status == Registration.Status.ATTENDED


def test_the_agenda_can_be_downloaded_as_ics_once_published(
    client_for, workshop, accepted_request, seeker_reg, enterprise_user, staff, outsider_user, outsider
):
    services.meeting_place(meeting_request=accepted_request, slot=workshop.slots.first(), table=2, by=staff)
    url = reverse("events:agenda_ics", args=[seeker_reg.pk])
    assert client_for(enterprise_user).get(url).status_code == 404
    services.schedule_publish(workshop=workshop, by=staff)
    response = client_for(enterprise_user).get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert body.count("BEGIN:VEVENT") == 2 and "Viện Cơ điện" in body
    assert client_for(outsider_user).get(url).status_code == 404
    page = client_for(enterprise_user).get(reverse("events:agenda", args=[seeker_reg.pk]))
    assert page.status_code == 200 and "@media print" in page.content.decode()


def test_the_qr_code_is_an_svg_of_the_signed_token(client_for, seeker_reg, enterprise_user):
    response = client_for(enterprise_user).get(reverse("events:registration_qr", args=[seeker_reg.pk]))
    assert response["Content-Type"] == "image/svg+xml" and b"<svg" in response.content


def test_running_the_scheduler_from_the_page_shows_progress(
    client_for, workshop, accepted_request, staff, django_capture_on_commit_callbacks
):
    client = client_for(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("events:schedule_run", args=[workshop.pk]))
    assert response.status_code == 302
    run = ScheduleRun.objects.get()
    assert run.status == "done" and Meeting.objects.count() == 1
    partial = client.get(
        reverse("events:schedule_progress", args=[workshop.pk, run.pk]) + "?was=active", HTTP_HX_REQUEST="true"
    )
    assert partial.status_code == 200 and partial["HX-Refresh"] == "true"
    page = client.get(reverse("events:staff_schedule", args=[workshop.pk]))
    assert accepted_request.to_registration.organization.name[:20] in page.content.decode()


def test_an_outcome_from_someone_not_in_the_meeting_is_refused(
    client_for, workshop, accepted_request, staff, outsider_user, outsider
):
    meeting = services.meeting_place(meeting_request=accepted_request, slot=workshop.slots.first(), table=1, by=staff)
    response = client_for(outsider_user).post(
        reverse("events:meeting_outcome", args=[meeting.pk]), {"stage": "after", "result": "cooperation"}
    )
    assert response.status_code == 403
    assert not meeting.outcomes.exists()


def test_the_participant_list_filters_and_keeps_its_queries_few(
    client_for, workshop, seeker_reg, enterprise_user, make_participant, django_assert_max_num_queries
):
    for i in range(8):
        make_participant(f"Nhà cung cấp {i}", role=Registration.Role.PROVIDER)
    client = client_for(enterprise_user)
    url = reverse("events:participant_list", args=[workshop.pk])
    with django_assert_max_num_queries(16):
        response = client.get(url)
    assert response.content.decode().count("Nhà cung cấp") == 8
    response = client.get(url, {"role": "seeker"})
    assert "Nhà cung cấp" not in response.content.decode()


def test_pages_answer_in_vietnamese_and_english(client, workshop):
    client.cookies["django_language"] = "vi"
    vi = client.get(reverse("events:workshop_list")).content.decode()
    assert "Hội thảo kết nối cung – cầu công nghệ" in vi and "Sắp diễn ra" in vi
    client.cookies["django_language"] = "en"
    en = client.get(reverse("events:workshop_list")).content.decode()
    assert "Technology supply–demand connection workshops" in en and "Upcoming" in en
