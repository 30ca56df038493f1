from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import SimpleRouter

from .schema_settings import SCHEMA_SETTINGS
from .views import applications, connections, events, grants, marketplace, matching, plan
from .views.auth import TokenObtainView
from .views.docs import SwaggerView, not_found
from .views.tokens import token_page

app_name = "api"

router = SimpleRouter()
router.register("sectors", marketplace.SectorViewSet, basename="sector")
router.register("organizations", marketplace.OrganizationViewSet, basename="organization")
router.register("needs", marketplace.NeedViewSet, basename="need")
router.register("offers", marketplace.OfferViewSet, basename="offer")
router.register("interests", marketplace.InterestViewSet, basename="interest")
router.register("connections", connections.ConnectionViewSet, basename="connection")
router.register("notifications", marketplace.NotificationViewSet, basename="notification")
router.register("matches", matching.MatchViewSet, basename="match")
router.register("workshops", events.WorkshopViewSet, basename="workshop")
router.register("registrations", events.RegistrationViewSet, basename="registration")
router.register("meeting-requests", events.MeetingRequestViewSet, basename="meeting-request")
router.register("meetings", events.MeetingViewSet, basename="meeting")
router.register("grants", grants.GrantViewSet, basename="grant")
router.register("grant-applications", applications.GrantApplicationViewSet, basename="grant-application")
router.register("grant-programs", grants.GrantProgramViewSet, basename="grant-program")
# The plan's records (api/views/plan.py).
router.register("trainings", plan.TrainingViewSet, basename="training")
router.register("training-participants", plan.TrainingParticipantViewSet, basename="training-participant")
router.register("certified-experts", plan.CertifiedExpertViewSet, basename="certified-expert")
router.register("st-tasks", plan.STTaskViewSet, basename="st-task")
router.register("technology-appraisals", plan.AppraisalViewSet, basename="technology-appraisal")
router.register("news", plan.NewsViewSet, basename="news")
router.register("publications", plan.PublicationViewSet, basename="publication")
router.register("plan-values", plan.PlanValueViewSet, basename="plan-value")

urlpatterns = [
    path("token/", token_page, name="token"),
    path("v1/schema/", SpectacularAPIView.as_view(custom_settings=SCHEMA_SETTINGS), name="schema"),
    path("v1/docs/", SwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("v1/auth/token/", TokenObtainView.as_view(), name="token_obtain"),
    path("v1/plan-indicators/", grants.PlanIndicatorView.as_view(), name="plan_indicators"),
    path("v1/plan/indicators/", plan.PlanIndicatorsView.as_view(), name="plan_computed_indicators"),
    path("v1/announcements/", plan.AnnouncementView.as_view(), name="announcements"),
    path("v1/", include(router.urls)),
    # Anything else under v1/ (an id that is not a number, a typo) answers JSON, like the rest of the API.
    re_path(r"^v1/", not_found, name="not_found"),
]
