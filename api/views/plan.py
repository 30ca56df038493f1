"""The plan's records and indicators over HTTP, with the pages' permissions: staff read every record and
the indicators and enter values by hand; the public reads published news and non-draft trainings."""

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from events import training_selectors
from events.models import CertifiedExpert, TrainingParticipant
from grants import plan, plan_services, selectors
from grants.models import MAX_YEAR, MIN_YEAR, NewsItem, PlanActual, Publication, STTask, TechnologyAppraisal

from ..serializers import plan as s
from .base import ApiMixin, ApiViewSet, IsPlatformStaff

ID = r"[0-9]+"


class _ReadOnly(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    lookup_value_regex = ID


@extend_schema_view(
    list=extend_schema(summary="Trainings (drafts for staff only)"), retrieve=extend_schema(summary="One training")
)
class TrainingViewSet(_ReadOnly):
    serializer_class = s.TrainingSerializer
    permission_classes = [AllowAny]

    def get_queryset(self) -> QuerySet:
        return training_selectors.training_list_visible_to(user=self.request.user).prefetch_related("sessions")


@extend_schema_view(list=extend_schema(summary="Training participants and the sessions they attended (staff)"))
class TrainingParticipantViewSet(_ReadOnly):
    serializer_class = s.TrainingParticipantSerializer
    permission_classes = [IsPlatformStaff]

    def get_queryset(self) -> QuerySet:
        qs = TrainingParticipant.objects.select_related("organization").prefetch_related("attendances").order_by("id")
        training = self.request.query_params.get("training")
        if training:
            if not training.isdigit() or len(training) > 18:
                raise ValidationError({"training": ["Enter a training id."]})
            qs = qs.filter(training_id=int(training))
        return qs


@extend_schema_view(list=extend_schema(summary="Certified experts (staff)"))
class CertifiedExpertViewSet(_ReadOnly):
    serializer_class = s.CertifiedExpertSerializer
    permission_classes = [IsPlatformStaff]
    queryset = CertifiedExpert.objects.order_by("-issued_on", "id")


@extend_schema_view(list=extend_schema(summary="S&T tasks with their receiving firms (staff)"))
class STTaskViewSet(_ReadOnly):
    serializer_class = s.STTaskSerializer
    permission_classes = [IsPlatformStaff]
    queryset = STTask.objects.select_related("host").prefetch_related("uptakes__firm").order_by("-end_year", "code")


@extend_schema_view(list=extend_schema(summary="Technology appraisals (staff)"))
class AppraisalViewSet(_ReadOnly):
    serializer_class = s.AppraisalSerializer
    permission_classes = [IsPlatformStaff]
    queryset = TechnologyAppraisal.objects.select_related("firm").order_by("-appraised_on", "-id")


@extend_schema_view(
    list=extend_schema(summary="Published news (public)"), retrieve=extend_schema(summary="One news item")
)
class NewsViewSet(_ReadOnly):
    serializer_class = s.NewsSerializer
    permission_classes = [AllowAny]
    queryset = (
        NewsItem.objects.filter(status=NewsItem.Status.PUBLISHED)
        .select_related("category")
        .order_by("-published_at", "-id")
    )


@extend_schema_view(
    list=extend_schema(summary="Publications and programmes (staff)"),
    create=extend_schema(summary="Record a publication or programme (staff)"),
)
class PublicationViewSet(mixins.CreateModelMixin, _ReadOnly):
    serializer_class = s.PublicationSerializer
    permission_classes = [IsPlatformStaff]
    queryset = Publication.objects.order_by("-published_on", "-id")

    def perform_create(self, serializer):
        serializer.instance = plan_services.record_save(
            instance=Publication(), data=dict(serializer.validated_data), by=self.request.user, document_fields=()
        )


@extend_schema_view(
    list=extend_schema(summary="Values entered by hand, with who and when (staff)"),
    create=extend_schema(summary="Enter a value by hand for a target and year (staff); replaces that year's value"),
)
class PlanValueViewSet(mixins.CreateModelMixin, _ReadOnly):
    serializer_class = s.PlanValueSerializer
    permission_classes = [IsPlatformStaff]
    queryset = PlanActual.objects.select_related("target", "entered_by").order_by(
        "target__position", "target_id", "year"
    )

    def create(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        actual = plan_services.plan_value_set(by=request.user, **serializer.validated_data)
        return Response(self.get_serializer(actual).data, status=status.HTTP_201_CREATED)


def _year(request, name):
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return None
    if not raw.isdigit() or not MIN_YEAR <= int(raw) <= MAX_YEAR:
        raise ValidationError({name: [f"Enter a year between {MIN_YEAR} and {MAX_YEAR}."]})
    return int(raw)


class PlanIndicatorsView(ApiMixin, APIView):
    """Every target computed from the records (or why not), both readings where the plan is ambiguous,
    and the values entered by hand beside them — as the dashboard and the yearly report show."""

    permission_classes = [IsPlatformStaff]
    pagination_class = None

    @extend_schema(
        summary="Plan indicators computed from records (staff)",
        operation_id="plan_computed_indicators",
        parameters=[OpenApiParameter("from", int), OpenApiParameter("to", int)],
        responses=s.IndicatorSerializer(many=True),
    )
    def get(self, request):
        start, end = _year(request, "from"), _year(request, "to")
        if start is not None and end is not None and start > end:
            raise ValidationError({"from": ["The first year is after the last."]})
        years = selectors.dashboard_years(start=start, end=end)
        return Response(s.IndicatorSerializer(plan.evaluate(years=years), many=True).data)
