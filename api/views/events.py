"""Workshops over HTTP: registration, the participants, meeting requests, the caller's agenda, staff check-in
at the door, and the outcomes each side records."""

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated, IsAuthenticatedOrReadOnly
from rest_framework.response import Response

from core import roles
from events import permissions as event_permissions
from events import selectors, services
from events.models import Meeting, MeetingRequest, Registration, Workshop

from ..filters import ApiParticipantFilter
from ..serializers import events as s
from .base import ApiViewSet, IsPlatformStaff, organization_ids
from .marketplace import _own_organization

ID = r"[0-9]+"


@extend_schema_view(
    list=extend_schema(summary="Connection workshops (drafts only for staff)"),
    retrieve=extend_schema(summary="One workshop"),
    register=extend_schema(
        summary="Register your organisation: a confirmed seat, or the waiting list when full",
        request=s.RegisterSerializer,
        responses={201: s.RegistrationSerializer},
    ),
    participants=extend_schema(
        summary="The other participants with a seat (participants and staff)",
        responses=s.ParticipantSerializer(many=True),
    ),
    checkin=extend_schema(
        summary="Check a participant in by QR content or typed code (staff); a second scan is harmless",
        request=s.CheckinSerializer,
        responses=s.CheckinResultSerializer,
    ),
)
class WorkshopViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = s.WorkshopSerializer
    permission_classes = [IsAuthenticatedOrReadOnly]
    lookup_value_regex = ID

    @property
    def filterset_class(self):
        return ApiParticipantFilter if self.action == "participants" else None

    def get_queryset(self) -> QuerySet:
        if self.action == "participants":  # its rows are registrations (the schema reads the model from here)
            return Registration.objects.none()
        return selectors.workshop_list_visible(user=self.request.user).order_by("-starts_at", "-id")

    def get_object(self) -> Workshop:
        workshop = Workshop.objects.filter(pk=self.kwargs["pk"]).first()
        if workshop is None or not event_permissions.can_view_workshop(self.request.user, workshop):
            raise NotFound
        return workshop

    def retrieve(self, request, pk=None):
        workshop = selectors.workshop_list_visible(user=request.user).filter(pk=self.get_object().pk).first()
        return Response(self.get_serializer(workshop).data)

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def register(self, request, pk=None):
        workshop = self.get_object()
        serializer = s.RegisterSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        organization = _own_organization(request, data.pop("organization", None))
        registration = services.registration_create(
            workshop=workshop, organization=organization, attendee=request.user, by=request.user, **data
        )
        return Response(
            s.RegistrationSerializer(registration, context=self.get_serializer_context()).data,
            status=status.HTTP_201_CREATED,
        )

    @action(detail=True, methods=["get"], permission_classes=[IsAuthenticated])
    def participants(self, request, pk=None):
        workshop = self.get_object()
        exclude = []
        if not roles.is_staff(request.user):
            mine = event_permissions.seated_registration(request.user, workshop)
            exclude = [mine.organization_id]
        queryset = self.filter_queryset(selectors.participant_list(workshop=workshop, exclude_org_ids=exclude))
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(s.ParticipantSerializer(page, many=True).data)

    @action(detail=True, methods=["post"], permission_classes=[IsPlatformStaff])
    def checkin(self, request, pk=None):
        workshop = self.get_object()
        serializer = s.CheckinSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        registration, new = services.checkin(workshop=workshop, code=serializer.validated_data["code"], by=request.user)
        return Response(
            s.CheckinResultSerializer(
                {"registration": registration, "newly_checked_in": new}, context=self.get_serializer_context()
            ).data
        )


@extend_schema_view(
    list=extend_schema(summary="Your organisations' workshop registrations"),
    retrieve=extend_schema(summary="One registration (its organisation and staff)"),
    cancel=extend_schema(
        summary="Cancel; the seat goes to the first on the waiting list",
        request=None,
        responses=s.RegistrationSerializer,
    ),
    agenda=extend_schema(
        summary="The caller's agenda at the workshop: published meetings in slot order",
        responses=s.AgendaMeetingSerializer(many=True),
    ),
)
class RegistrationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = s.RegistrationSerializer
    permission_classes = [IsAuthenticated]
    lookup_value_regex = ID

    def get_queryset(self) -> QuerySet:
        return selectors.my_workshop_registrations(user=self.request.user).prefetch_related("needs", "offers")

    def get_object(self) -> Registration:
        registration = selectors.registration_get(pk=self.kwargs["pk"])
        if registration is None or not event_permissions.can_see_registration(self.request.user, registration):
            raise NotFound
        return registration

    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        registration = services.registration_cancel(registration=self.get_object(), by=request.user)
        return Response(self.get_serializer(self.get_object() if registration else None).data)

    @action(detail=True, methods=["get"], pagination_class=None)
    def agenda(self, request, pk=None):
        registration = self.get_object()
        meetings = selectors.agenda_for(registration=registration, published_only=not roles.is_staff(request.user))
        return Response(s.AgendaMeetingSerializer(meetings, many=True).data)


@extend_schema_view(
    list=extend_schema(summary="Meeting requests you sent or received"),
    retrieve=extend_schema(summary="One meeting request (its two sides and staff)"),
    create=extend_schema(
        summary="Ask a participant for a B2B meeting (participants with a seat)",
        request=s.MeetingRequestCreateSerializer,
        responses={201: s.MeetingRequestSerializer},
    ),
    accept=extend_schema(summary="Accept (the side asked)", request=None, responses=s.MeetingRequestSerializer),
    decline=extend_schema(summary="Decline (the side asked)", request=None, responses=s.MeetingRequestSerializer),
    cancel=extend_schema(
        summary="Withdraw (the side asking, or staff)", request=None, responses=s.MeetingRequestSerializer
    ),
)
class MeetingRequestViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = s.MeetingRequestSerializer
    permission_classes = [IsAuthenticated]
    lookup_value_regex = ID

    def get_queryset(self) -> QuerySet:
        return selectors.meeting_request_list_for_organizations(organization_ids=organization_ids(self.request))

    def get_object(self) -> MeetingRequest:
        request = selectors.meeting_request_get(pk=self.kwargs["pk"])
        if request is None or not event_permissions.can_see_request(self.request.user, request):
            raise NotFound
        return request

    def _out(self, meeting_request, status_code=status.HTTP_200_OK):
        self.kwargs["pk"] = meeting_request.pk
        return Response(self.get_serializer(self.get_object()).data, status=status_code)

    def create(self, request):
        serializer = s.MeetingRequestCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        other = data.pop("to_registration")
        workshop = other.workshop
        mine = data.pop("from_registration", None) or event_permissions.seated_registration(request.user, workshop)
        meeting_request = services.meeting_request_create(
            workshop=workshop, from_registration=mine, to_registration=other, by=request.user, **data
        )
        return self._out(meeting_request, status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        return self._out(
            services.meeting_request_answer(meeting_request=self.get_object(), accept=True, by=request.user)
        )

    @action(detail=True, methods=["post"])
    def decline(self, request, pk=None):
        return self._out(
            services.meeting_request_answer(meeting_request=self.get_object(), accept=False, by=request.user)
        )

    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        return self._out(services.meeting_request_cancel(meeting_request=self.get_object(), by=request.user))


class MeetingViewSet(ApiViewSet):
    permission_classes = [IsAuthenticated]
    lookup_value_regex = ID
    queryset = Meeting.objects.none()
    serializer_class = s.OutcomeRecordSerializer  # what an OPTIONS request describes

    @extend_schema(
        summary="Record your side's outcome of a meeting (after it took place); again replaces it",
        request=s.OutcomeRecordSerializer,
        responses=s.OutcomeSerializer,
    )
    @action(detail=True, methods=["post"])
    def outcome(self, request, pk=None):
        meeting = selectors.meeting_get(pk=pk)
        if meeting is None or not event_permissions.can_see_meeting(request.user, meeting):
            raise NotFound
        serializer = s.OutcomeRecordSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        outcome = services.outcome_record(meeting=meeting, by=request.user, **serializer.validated_data)
        return Response(s.OutcomeSerializer(outcome).data)
