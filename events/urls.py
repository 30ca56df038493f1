from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("", views.workshop_list, name="workshop_list"),
    path("new/", views.workshop_create, name="workshop_create"),
    path("stats/", views.stats_overview, name="stats_overview"),
    path("<int:pk>/", views.workshop_detail, name="workshop_detail"),
    path("<int:pk>/edit/", views.workshop_edit, name="workshop_edit"),
    path("<int:pk>/do/<str:action>/", views.workshop_action, name="workshop_action"),
    path("<int:pk>/register/", views.registration_create, name="registration_create"),
    path("<int:pk>/participants/", views.participant_list, name="participant_list"),
    path("<int:pk>/suggestions/", views.suggestion_list, name="suggestion_list"),
    path("<int:pk>/request/<int:to_pk>/", views.meeting_request_create, name="meeting_request_create"),
    path("<int:pk>/manage/registrations/", views.staff_registrations, name="staff_registrations"),
    path("<int:pk>/manage/requests/", views.staff_requests, name="staff_requests"),
    path("<int:pk>/manage/schedule/", views.staff_schedule, name="staff_schedule"),
    path("<int:pk>/manage/schedule/run/", views.schedule_run, name="schedule_run"),
    path("<int:pk>/manage/schedule/runs/<int:run_pk>/", views.schedule_progress, name="schedule_progress"),
    path("<int:pk>/manage/schedule/publish/", views.schedule_publish, name="schedule_publish"),
    path("<int:pk>/manage/schedule/place/", views.meeting_place, name="meeting_place"),
    path("<int:pk>/manage/checkin/", views.staff_checkin, name="staff_checkin"),
    path("<int:pk>/manage/standby/", views.staff_standby, name="staff_standby"),
    path("<int:pk>/manage/standby/pair/", views.staff_standby_pair, name="staff_standby_pair"),
    path("<int:pk>/manage/stats/", views.staff_stats, name="staff_stats"),
    path("registrations/<int:pk>/", views.registration_detail, name="registration_detail"),
    path("registrations/<int:pk>/edit/", views.registration_edit, name="registration_edit"),
    path("registrations/<int:pk>/cancel/", views.registration_cancel, name="registration_cancel"),
    path("registrations/<int:pk>/qr.svg", views.registration_qr, name="registration_qr"),
    path("registrations/<int:pk>/availability/", views.availability_set, name="availability_set"),
    path("registrations/<int:pk>/agenda/", views.agenda, name="agenda"),
    path("registrations/<int:pk>/agenda.ics", views.agenda_ics, name="agenda_ics"),
    path("requests/<int:pk>/<str:action>/", views.meeting_request_action, name="meeting_request_action"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("meetings/<int:pk>/outcome/", views.meeting_outcome, name="meeting_outcome"),
    path("meetings/<int:pk>/mark/", views.meeting_mark, name="meeting_mark"),
    path("meetings/<int:pk>/move/", views.meeting_move, name="meeting_move"),
    path("meetings/<int:pk>/pin/", views.meeting_pin, name="meeting_pin"),
    path("meetings/<int:pk>/unschedule/", views.meeting_unschedule, name="meeting_unschedule"),
]
