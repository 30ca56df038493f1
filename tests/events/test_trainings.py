"""Trainings: registration within capacity, staff entry, attendance per session by the same QR check-in
as workshops (a second scan changes nothing), by hand, and the pages' permissions."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from events.models import ParticipantCategory, Training, TrainingAttendance
from events.services import trainings as services


@pytest.fixture
def course(db, staff):
    # A session from an hour ago to two hours ahead, in a training of two local days that holds it (from just after
    # midnight local time, an hour ago is yesterday).
    now = timezone.now()
    first_day = timezone.localdate(now - timedelta(hours=1))
    t = services.training_save(
        by=staff,
        title="Năng suất chất lượng cơ bản",
        topic="NSCL",
        venue="Sở KH&CN",
        trainer="VNPI",
        starts_on=first_day,
        ends_on=first_day + timedelta(days=1),
        capacity=2,
        status=Training.Status.OPEN,
    )
    services.training_session_add(
        training=t, title="Sáng", starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=2), by=staff
    )
    return t


def register(course, by, name="Nguyễn Văn A", **kwargs):
    return services.participant_register(
        training=course,
        by=by,
        full_name=name,
        category=kwargs.pop("category", ParticipantCategory.ENTERPRISE_STAFF),
        **kwargs,
    )


class TestRegistration:
    def test_a_member_registers_for_their_organisation_and_staff_enter_anyone(
        self, course, enterprise, enterprise_user, staff
    ):
        mine = register(course, enterprise_user, organization=enterprise)
        entered = register(
            course, staff, "Cán bộ Sở", category=ParticipantCategory.CIVIL_SERVANT, organization_name="Sở Tài chính"
        )
        assert mine.user == enterprise_user and entered.user is None and entered.created_by == staff

    def test_it_never_goes_above_capacity(self, course, staff):
        register(course, staff, "A")
        register(course, staff, "B")
        with pytest.raises(ValidationError, match="full"):
            register(course, staff, "C")

    def test_a_person_cannot_register_for_an_organisation_they_do_not_belong_to(
        self, course, outsider_user, enterprise
    ):
        with pytest.raises(PermissionDenied):
            register(course, outsider_user, organization=enterprise)

    def test_a_person_registers_once(self, course, enterprise_user):
        register(course, enterprise_user)
        with pytest.raises(ValidationError):
            register(course, enterprise_user)

    def test_a_session_outside_the_training_dates_is_refused(self, course, staff):
        later = timezone.now() + timedelta(days=10)
        with pytest.raises(ValidationError):
            services.training_session_add(
                training=course, title="Muộn", starts_at=later, ends_at=later + timedelta(hours=1), by=staff
            )


class TestCheckin:
    def test_the_qr_token_and_the_short_code_check_in_once_per_session(self, course, staff):
        p = register(course, staff)
        session = course.sessions.get()
        attendance, new = services.training_checkin(session=session, code=services.training_checkin_token(p), by=staff)
        assert new and attendance.participant == p
        again, new_again = services.training_checkin(session=session, code=services.training_checkin_code(p), by=staff)
        assert (again.pk, new_again) == (attendance.pk, False)
        assert TrainingAttendance.objects.count() == 1

    def test_a_code_of_another_training_or_a_forged_code_is_refused(self, course, staff):
        other = services.training_save(
            by=staff,
            title="Khác",
            topic="X",
            venue="X",
            trainer="X",
            starts_on=course.starts_on,
            ends_on=course.ends_on,
            capacity=5,
            status=Training.Status.OPEN,
        )
        stranger = register(other, staff)
        session = course.sessions.get()
        for code in (
            services.training_checkin_token(stranger),
            services.training_checkin_code(stranger),
            "1-DEADBEEF",
            "x",
        ):
            with pytest.raises(ValidationError):
                services.training_checkin(session=session, code=code, by=staff)

    def test_only_staff_check_people_in(self, course, staff, enterprise_user):
        p = register(course, staff)
        with pytest.raises(PermissionDenied):
            services.training_checkin(
                session=course.sessions.get(), code=services.training_checkin_code(p), by=enterprise_user
            )

    def test_staff_mark_attendance_by_hand_and_undo_it(self, course, staff):
        p = register(course, staff)
        session = course.sessions.get()
        services.attendance_mark(session=session, participant=p, present=True, by=staff)
        services.attendance_mark(session=session, participant=p, present=True, by=staff)
        assert TrainingAttendance.objects.count() == 1
        services.attendance_mark(session=session, participant=p, present=False, by=staff)
        assert TrainingAttendance.objects.count() == 0

    def test_someone_who_attended_cannot_cancel(self, course, enterprise_user, staff):
        p = register(course, enterprise_user)
        services.attendance_mark(session=course.sessions.get(), participant=p, present=True, by=staff)
        with pytest.raises(ValidationError):
            services.participant_cancel(participant=p, by=enterprise_user)


class TestPages:
    def test_the_check_in_page_records_a_scan(self, course, staff, client_for):
        p = register(course, staff)
        session = course.sessions.get()
        url = reverse("events:training_checkin", args=[course.pk, session.pk])
        response = client_for(staff).post(url, {"code": services.training_checkin_code(p)})
        assert response.status_code == 200 and session.attendances.filter(participant=p).exists()
        assert client_for(staff).post(url, {"code": "rubbish"}).status_code == 400

    def test_a_participant_sees_their_own_qr_and_nobody_else_does(
        self, course, enterprise_user, outsider_user, client_for
    ):
        p = register(course, enterprise_user)
        assert (
            client_for(enterprise_user).get(reverse("events:training_participant_qr", args=[p.pk])).status_code == 200
        )
        assert client_for(outsider_user).get(reverse("events:training_participant", args=[p.pk])).status_code == 404

    def test_self_registration_through_the_page(self, course, enterprise, enterprise_user, client_for):
        response = client_for(enterprise_user).post(
            reverse("events:training_register", args=[course.pk]),
            {"full_name": "Trần B", "category": "enterprise_staff", "organization": enterprise.pk},
        )
        assert response.status_code == 302 and course.participants.get().organization == enterprise

    def test_a_draft_training_is_hidden_from_the_public(self, course, client_for):
        Training.objects.filter(pk=course.pk).update(status=Training.Status.DRAFT)
        assert client_for(None).get(reverse("events:training_detail", args=[course.pk])).status_code == 404

    @pytest.mark.parametrize(
        "who, expected",
        [(None, 302), ("enterprise_user", 403), ("outsider_user", 403), ("staff", 200)],
    )
    @pytest.mark.parametrize("page", ["training_manage", "training_edit", "training_create", "expert_list"])
    def test_staff_pages_are_for_staff(self, request, course, client_for, who, expected, page):
        user = request.getfixturevalue(who) if who else None
        args = [] if page in ("training_create", "expert_list") else [course.pk]
        assert client_for(user).get(reverse(f"events:{page}", args=args)).status_code == expected

    def test_the_public_list_and_detail_are_open(self, course, client_for):
        assert client_for(None).get(reverse("events:training_list")).status_code == 200
        assert client_for(None).get(reverse("events:training_detail", args=[course.pk])).status_code == 200

    def test_staff_create_a_training_and_bad_dates_come_back_next_to_the_field(self, staff, client_for):
        data = {
            "title": "T",
            "topic": "NSCL",
            "venue": "V",
            "trainer": "X",
            "starts_on": "2026-05-02",
            "ends_on": "2026-05-01",
            "capacity": 10,
            "status": "open",
        }
        response = client_for(staff).post(reverse("events:training_create"), data)
        assert response.status_code == 400 and not Training.objects.exists()
        data["ends_on"] = "2026-05-03"
        assert client_for(staff).post(reverse("events:training_create"), data).status_code == 302
        assert Training.objects.get().starts_on == date(2026, 5, 2)


def test_a_person_with_one_organisation_has_it_chosen_on_the_training_form(
    course, enterprise, enterprise_user, client_for
):
    page = client_for(enterprise_user).get(reverse("events:training_detail", args=[course.pk])).content.decode()
    assert f'<option value="{enterprise.pk}" selected>' in page
