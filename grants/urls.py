from django.urls import path

from .views import applications as views_applications
from .views import grants as views
from .views import plan as plan_views

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

# The plan's records, indicators and yearly report (staff), and the public news pages (grants/views/plan.py).

urlpatterns += [
    path("plan/", plan_views.indicators, name="plan_indicators"),
    path("plan/values/", plan_views.plan_values, name="plan_values"),
    path("plan/values/<int:pk>/delete/", plan_views.plan_value_delete, name="plan_value_delete"),
    path("plan/report/", plan_views.yearly_report, name="plan_report"),
    path("plan/certificates/", plan_views.certificates, name="certificates"),
    path("plan/tasks/<int:pk>/", plan_views.task_detail, name="task_detail"),
    path("plan/tasks/<int:pk>/uptakes/", plan_views.task_uptake_add, name="task_uptake_add"),
    path(
        "plan/tasks/<int:pk>/uptakes/from-interest/<int:interest_pk>/",
        plan_views.task_uptake_from_interest,
        name="task_uptake_from_interest",
    ),
    path("plan/tasks/<int:pk>/uptakes/<int:uptake_pk>/proof/", plan_views.task_uptake_proof, name="task_uptake_proof"),
    path(
        "plan/tasks/<int:pk>/uptakes/<int:uptake_pk>/remove/", plan_views.task_uptake_remove, name="task_uptake_remove"
    ),
    path("plan/tasks/<int:pk>/publish/", plan_views.task_publish, name="task_publish"),
    path("plan/announce/<slug:kind>/<int:pk>/", plan_views.event_announce, name="event_announce"),
    path("plan/documents/<slug:kind>/<int:pk>/", plan_views.document, name="plan_document"),
    path("plan/<slug:kind>/", plan_views.record_list, name="plan_records"),
    path("plan/<slug:kind>/new/", plan_views.record_edit, name="plan_record_create"),
    path("plan/<slug:kind>/<int:pk>/edit/", plan_views.record_edit, name="plan_record_edit"),
    path("news/", plan_views.news_list, name="news_list"),
    path("news/<int:pk>/", plan_views.news_detail, name="news_detail"),
    path("news/<int:pk>/cover/", plan_views.news_cover, name="news_cover"),
]
