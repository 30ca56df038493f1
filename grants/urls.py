from django.urls import path

from . import views, views_applications

app_name = "grants"

urlpatterns = [
    path("", views.grant_list, name="grant_list"),
    path("propose/", views.grant_propose, name="grant_propose"),
    path("propose/preview/", views.grant_preview, name="grant_preview"),
    path("<int:pk>/", views.grant_detail, name="grant_detail"),
    path("<int:pk>/<str:action>/", views.grant_action, name="grant_action"),
    path("programs/", views.program_list, name="program_list"),
    path("programs/budget/", views.budget_set, name="budget_set"),
    path("firms/<int:pk>/", views.firm_grants, name="firm_grants"),
    path("reports/year/", views.year_report, name="year_report"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("targets/new/", views.target_edit, name="target_create"),
    path("targets/<int:pk>/edit/", views.target_edit, name="target_edit"),
    path("export/<slug:name>.<str:fmt>", views.export, name="export"),
    path("applications/", views_applications.application_list, name="application_list"),
    path("applications/new/<int:connection_pk>/", views_applications.application_create, name="application_create"),
    path("applications/<int:pk>/", views_applications.application_detail, name="application_detail"),
    path("applications/<int:pk>/do/<str:action>/", views_applications.application_action, name="application_action"),
    path("applications/documents/<int:pk>/", views_applications.application_document, name="application_document"),
    path("programs/new/", views_applications.program_edit, name="program_create"),
    path("programs/<int:pk>/edit/", views_applications.program_edit, name="program_edit"),
]
