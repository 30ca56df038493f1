from django.urls import path

from . import views

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
]
