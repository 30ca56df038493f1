"""The plan's records and indicators over HTTP, with the pages' permissions: staff read every record and
the indicators and enter values by hand; the public reads published news and non-draft trainings."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from events import training_selectors
from events.models import CertifiedExpert, TrainingAttendance, TrainingParticipant, TrainingSession
from events.services import trainings as training_services
from grants import announcements, plan, plan_services, selectors
from grants.models import (
    MAX_YEAR,
    MIN_YEAR,
    NewsItem,
    PlanActual,
    Publication,
    STTask,
    TaskUptake,
    TechnologyAppraisal,
)

from ..serializers import plan as s
from .base import ApiMixin, ApiViewSet, IsPlatformStaff

ID = r"[0-9]+"


class _ReadOnly(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    lookup_value_regex = ID


class _StaffWrites:
    """Anyone reads (the pages are public); only staff write (anonymous 401, others 403)."""

    def get_permissions(self):
        if self.action in ("list", "retrieve"):
            return [AllowAny()]
        return [IsPlatformStaff()]


def _write(serializer_class, request, instance=None, partial=False) -> dict:
    serializer = serializer_class(instance, data=request.data, partial=partial)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


@extend_schema_view(
    list=extend_schema(summary="Trainings (drafts for staff only)"),
    retrieve=extend_schema(summary="One training"),
    create=extend_schema(
        summary="Create a training (staff)", request=s.TrainingWriteSerializer, responses={201: s.TrainingSerializer}
    ),
    partial_update=extend_schema(
        summary="Edit a training (staff)", request=s.TrainingWriteSerializer, responses=s.TrainingSerializer
    ),
)
class TrainingViewSet(_StaffWrites, _ReadOnly):
    serializer_class = s.TrainingSerializer
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet:
        return training_selectors.training_list_visible_to(user=self.request.user).prefetch_related(
            "sessions", "sectors"
        )

    def _out(self, training, status_code=status.HTTP_200_OK):
        fresh = self.get_queryset().get(pk=training.pk)
        return Response(s.TrainingSerializer(fresh).data, status=status_code)

    def create(self, request):
        data = _write(s.TrainingWriteSerializer, request)
        return self._out(training_services.training_save(by=request.user, **data), status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        training = self.get_object()
        data = _write(s.TrainingWriteSerializer, request, training, partial=True)
        return self._out(training_services.training_save(by=request.user, training=training, **data))

    @extend_schema(
        summary="Add a session to a training (staff)",
        request=s.TrainingSessionWriteSerializer,
        responses={201: s.TrainingSessionSerializer},
    )
    @action(detail=True, methods=["post"])
    def sessions(self, request, pk=None):
        training = self.get_object()
        data = _write(s.TrainingSessionWriteSerializer, request)
        session = training_services.training_session_add(training=training, by=request.user, **data)
        return Response(s.TrainingSessionSerializer(session).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Enter a participant of a training (staff)",
        request=s.TrainingParticipantWriteSerializer,
        responses={201: s.TrainingParticipantSerializer},
    )
    @action(detail=True, methods=["post"])
    def participants(self, request, pk=None):
        training = self.get_object()
        data = _write(s.TrainingParticipantWriteSerializer, request)
        participant = training_services.participant_register(training=training, by=request.user, **data)
        participant = TrainingParticipant.objects.prefetch_related("attendances").get(pk=participant.pk)
        return Response(s.TrainingParticipantSerializer(participant).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Mark a participant present or absent at a session (staff)",
        request=s.AttendanceWriteSerializer,
        responses=s.AttendanceSerializer,
    )
    @action(detail=True, methods=["post"])
    def attendance(self, request, pk=None):
        training = self.get_object()
        data = _write(s.AttendanceWriteSerializer, request)
        session = get_object_or_404(TrainingSession, pk=data["session"], training=training)
        participant = get_object_or_404(TrainingParticipant, pk=data["participant"], training=training)
        training_services.attendance_mark(
            session=session, participant=participant, present=data["present"], by=request.user
        )
        present = TrainingAttendance.objects.filter(session=session, participant=participant).exists()
        return Response({"session": session.pk, "participant": participant.pk, "present": present})


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


class _StaffRecords(_ReadOnly):
    """Staff create and edit a plan record through plan_services.record_save, as on the staff pages."""

    permission_classes = [IsPlatformStaff]
    http_method_names = ["get", "post", "patch", "head", "options"]
    write_serializer: type = s.STTaskWriteSerializer
    documents: tuple = ()

    def _save(self, instance, partial):
        data = _write(self.write_serializer, self.request, instance if instance.pk else None, partial=partial)
        saved = plan_services.record_save(
            instance=instance, data=data, by=self.request.user, document_fields=self.documents
        )
        return Response(
            self.get_serializer(self.get_queryset().get(pk=saved.pk)).data,
            status=status.HTTP_200_OK if partial else status.HTTP_201_CREATED,
        )

    def create(self, request, *args, **kwargs):
        return self._save(self.get_queryset().model(), partial=False)

    def partial_update(self, request, *args, **kwargs):
        return self._save(self.get_object(), partial=True)


@extend_schema_view(
    list=extend_schema(summary="S&T tasks with their receiving firms (staff)"),
    create=extend_schema(
        summary="Record an S&T task (staff)", request=s.STTaskWriteSerializer, responses={201: s.STTaskSerializer}
    ),
    partial_update=extend_schema(
        summary="Edit an S&T task (staff)", request=s.STTaskWriteSerializer, responses=s.STTaskSerializer
    ),
)
class STTaskViewSet(_StaffRecords):
    serializer_class = s.STTaskSerializer
    write_serializer = s.STTaskWriteSerializer
    queryset = STTask.objects.select_related("host").prefetch_related("uptakes__firm").order_by("-end_year", "code")

    def _task_out(self, task, status_code=status.HTTP_200_OK):
        return Response(self.get_serializer(self.get_queryset().get(pk=task.pk)).data, status=status_code)

    @extend_schema(
        summary="Record a firm or cooperative receiving the task's results (staff)",
        request=s.TaskUptakeWriteSerializer,
        responses={201: s.STTaskSerializer},
    )
    @action(detail=True, methods=["post"])
    def uptakes(self, request, pk=None):
        task = self.get_object()
        data = _write(s.TaskUptakeWriteSerializer, request)
        plan_services.task_uptake_add(task=task, by=request.user, **data)
        return self._task_out(task, status.HTTP_201_CREATED)

    @extend_schema(
        summary="Give the proving document of a receiving firm (staff)",
        request=s.TaskUptakeProofSerializer,
        responses=s.STTaskSerializer,
    )
    @action(detail=True, methods=["post"], url_path=r"uptakes/(?P<uptake_id>[0-9]+)/proof")
    def uptake_proof(self, request, pk=None, uptake_id=None):
        task = self.get_object()
        uptake = get_object_or_404(TaskUptake, pk=uptake_id, task=task)
        data = _write(s.TaskUptakeProofSerializer, request)
        plan_services.task_uptake_set_proof(uptake=uptake, by=request.user, **data)
        return self._task_out(task)


@extend_schema_view(
    list=extend_schema(summary="Technology appraisals (staff)"),
    create=extend_schema(
        summary="Record a technology appraisal (staff)",
        request=s.AppraisalWriteSerializer,
        responses={201: s.AppraisalSerializer},
    ),
    partial_update=extend_schema(
        summary="Edit a technology appraisal (staff)",
        request=s.AppraisalWriteSerializer,
        responses=s.AppraisalSerializer,
    ),
)
class AppraisalViewSet(_StaffRecords):
    serializer_class = s.AppraisalSerializer
    write_serializer = s.AppraisalWriteSerializer
    documents = ("document",)
    queryset = TechnologyAppraisal.objects.select_related("firm").order_by("-appraised_on", "-id")


@extend_schema_view(
    list=extend_schema(summary="Published news (public)"),
    retrieve=extend_schema(summary="One news item"),
    create=extend_schema(
        summary="Write a news item (staff)", request=s.NewsWriteSerializer, responses={201: s.NewsStaffSerializer}
    ),
    partial_update=extend_schema(
        summary="Edit a news item, drafts included (staff)",
        request=s.NewsWriteSerializer,
        responses=s.NewsStaffSerializer,
    ),
)
class NewsViewSet(_StaffWrites, _ReadOnly):
    serializer_class = s.NewsSerializer
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet:
        qs = NewsItem.objects.select_related("category").order_by("-published_at", "-id")
        if self.action in ("list", "retrieve"):
            return qs.filter(status=NewsItem.Status.PUBLISHED)
        return qs  # staff edit drafts too

    def _save(self, instance, partial):
        data = _write(s.NewsWriteSerializer, self.request, instance if instance.pk else None, partial=partial)
        saved = plan_services.news_save(instance=instance, data=data, by=self.request.user)
        return Response(
            s.NewsStaffSerializer(saved).data, status=status.HTTP_200_OK if partial else status.HTTP_201_CREATED
        )

    def create(self, request):
        return self._save(NewsItem(), partial=False)

    def partial_update(self, request, pk=None):
        return self._save(self.get_object(), partial=True)


@extend_schema_view(
    list=extend_schema(summary="Publications and programmes (staff)"),
    create=extend_schema(summary="Record a publication or programme (staff)"),
    partial_update=extend_schema(summary="Edit a publication or programme (staff)"),
)
class PublicationViewSet(_StaffRecords):
    serializer_class = s.PublicationSerializer
    write_serializer = s.PublicationSerializer
    queryset = Publication.objects.order_by("-published_on", "-id")


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


class AnnouncementView(ApiMixin, APIView):
    """Announce a workshop or a training, as the staff action does: its news item (once) and a notification
    to each member of the opted-in organisations in its theme sectors (once per person)."""

    permission_classes = [IsPlatformStaff]
    pagination_class = None

    @extend_schema(
        summary="Announce a workshop or a training (staff)",
        request=s.AnnounceSerializer,
        responses=s.AnnouncementSerializer,
    )
    def post(self, request):
        serializer = s.AnnounceSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        news, told = announcements.event_announce(
            by=request.user, workshop=data.get("workshop"), training=data.get("training")
        )
        return Response(s.AnnouncementSerializer({"news": news, "told": told}).data)
