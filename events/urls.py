from django.urls import path

from .views import invitations, participant, staff

app_name = "events"

urlpatterns = [
    path("", participant.workshop_list, name="workshop_list"),
    path("new/", staff.workshop_create, name="workshop_create"),
    path("stats/", staff.stats_overview, name="stats_overview"),
    path("<int:pk>/", participant.workshop_detail, name="workshop_detail"),
    path("<int:pk>/edit/", staff.workshop_edit, name="workshop_edit"),
    path("<int:pk>/do/<str:action>/", staff.workshop_action, name="workshop_action"),
    path("<int:pk>/register/", participant.registration_create, name="registration_create"),
    path("<int:pk>/participants/", participant.participant_list, name="participant_list"),
    path("<int:pk>/suggestions/", participant.suggestion_list, name="suggestion_list"),
    path("<int:pk>/request/<int:to_pk>/", participant.meeting_request_create, name="meeting_request_create"),
    path("<int:pk>/manage/registrations/", staff.staff_registrations, name="staff_registrations"),
    path("<int:pk>/manage/requests/", staff.staff_requests, name="staff_requests"),
    path("<int:pk>/manage/schedule/", staff.staff_schedule, name="staff_schedule"),
    path("<int:pk>/manage/schedule/run/", staff.schedule_run, name="schedule_run"),
    path("<int:pk>/manage/schedule/runs/<int:run_pk>/", staff.schedule_progress, name="schedule_progress"),
    path("<int:pk>/manage/schedule/runs/<int:run_pk>/cancel/", staff.schedule_cancel, name="schedule_cancel"),
    path("<int:pk>/manage/schedule/publish/", staff.schedule_publish, name="schedule_publish"),
    path("<int:pk>/manage/schedule/place/", staff.meeting_place, name="meeting_place"),
    path("<int:pk>/manage/checkin/", staff.staff_checkin, name="staff_checkin"),
    path("<int:pk>/manage/standby/", staff.staff_standby, name="staff_standby"),
    path("<int:pk>/manage/standby/pair/", staff.staff_standby_pair, name="staff_standby_pair"),
    path("<int:pk>/manage/stats/", staff.staff_stats, name="staff_stats"),
    path("<int:pk>/manage/invitations/", invitations.staff_invitations, name="staff_invitations"),
    path("invitations/<int:pk>/", invitations.invitation_accept, name="invitation_accept"),
    path("registrations/<int:pk>/", participant.registration_detail, name="registration_detail"),
    path("registrations/<int:pk>/edit/", participant.registration_edit, name="registration_edit"),
    path("registrations/<int:pk>/cancel/", participant.registration_cancel, name="registration_cancel"),
    path("registrations/<int:pk>/qr.svg", participant.registration_qr, name="registration_qr"),
    path("registrations/<int:pk>/availability/", participant.availability_set, name="availability_set"),
    path("registrations/<int:pk>/agenda/", participant.agenda, name="agenda"),
    path("registrations/<int:pk>/agenda.ics", participant.agenda_ics, name="agenda_ics"),
    path("requests/<int:pk>/<str:action>/", participant.meeting_request_action, name="meeting_request_action"),
    path("meetings/<int:pk>/", participant.meeting_detail, name="meeting_detail"),
    path("meetings/<int:pk>/outcome/", participant.meeting_outcome, name="meeting_outcome"),
    path("meetings/<int:pk>/mark/", participant.meeting_mark, name="meeting_mark"),
    path("meetings/<int:pk>/move/", staff.meeting_move, name="meeting_move"),
    path("meetings/<int:pk>/pin/", staff.meeting_pin, name="meeting_pin"),
    path("meetings/<int:pk>/unschedule/", staff.meeting_unschedule, name="meeting_unschedule"),
]

# Trainings (events/views/trainings.py).
from .views import trainings  # noqa: E402

urlpatterns += [
    path("trainings/", trainings.training_list, name="training_list"),
    path("trainings/new/", trainings.training_edit, name="training_create"),
    path("trainings/experts/", trainings.expert_list, name="expert_list"),
    path("trainings/experts/<int:pk>/", trainings.expert_list, name="expert_edit"),
    path("trainings/<int:pk>/", trainings.training_detail, name="training_detail"),
    path("trainings/<int:pk>/register/", trainings.training_register, name="training_register"),
    path("trainings/<int:pk>/edit/", trainings.training_edit, name="training_edit"),
    path("trainings/<int:pk>/manage/", trainings.training_manage, name="training_manage"),
    path("trainings/<int:pk>/manage/sessions/", trainings.training_session_add, name="training_session_add"),
    path(
        "trainings/<int:pk>/manage/participants/", trainings.training_participant_add, name="training_participant_add"
    ),
    path("trainings/<int:pk>/sessions/<int:session_pk>/checkin/", trainings.training_checkin, name="training_checkin"),
    path(
        "trainings/<int:pk>/sessions/<int:session_pk>/attendance/<int:participant_pk>/",
        trainings.training_attendance_mark,
        name="training_attendance_mark",
    ),
    path("trainings/participants/<int:pk>/", trainings.training_participant, name="training_participant"),
    path("trainings/participants/<int:pk>/qr.svg", trainings.training_participant_qr, name="training_participant_qr"),
    path(
        "trainings/participants/<int:pk>/cancel/",
        trainings.training_participant_cancel,
        name="training_participant_cancel",
    ),
]
