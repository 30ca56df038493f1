"""Connections over HTTP: the same selectors, FilterSet, permissions and services as the pages."""

from django.core.exceptions import PermissionDenied
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from core.roles import is_staff
from marketplace import connections as svc
from marketplace.filters import ConnectionFilter
from marketplace.models import Connection

from ..serializers import connections as s
from .base import ApiViewSet

ID = r"[0-9]+"


class ConnectionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Your organisations' connections (staff: all). Another organisation's connection answers 404."""

    serializer_class = s.ConnectionSerializer
    filterset_class = ConnectionFilter
    permission_classes = [IsAuthenticated]
    lookup_value_regex = ID
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def get_queryset(self):
        return (
            svc.connection_list_for_user(user=self.request.user)
            .prefetch_related("history")
            .order_by("-stage_changed_at", "-id")
        )

    def get_object(self):
        try:
            return svc.connection_get_for_user(user=self.request.user, pk=int(self.kwargs["pk"]))
        except Connection.DoesNotExist:
            raise NotFound from None

    def _out(self, connection, code=status.HTTP_200_OK):
        return Response(s.ConnectionSerializer(connection).data, status=code)

    @extend_schema(summary="Staff introduce two organisations", request=s.ConnectionIntroduceSerializer)
    def create(self, request):
        if not is_staff(request.user):
            raise PermissionDenied
        serializer = s.ConnectionIntroduceSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._out(
            svc.connection_introduce(by=request.user, **serializer.validated_data), status.HTTP_201_CREATED
        )

    @extend_schema(summary="Move the connection forward", request=s.ConnectionMoveSerializer)
    @action(detail=True, methods=["post"])
    def move(self, request, pk=None):
        serializer = s.ConnectionMoveSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        return self._out(
            svc.connection_move(
                connection=self.get_object(),
                to_stage=data.pop("to_stage"),
                note=data.pop("note"),
                by=request.user,
                **data,
            )
        )

    @extend_schema(summary="Close the connection (won, or lost with a reason)", request=s.ConnectionCloseSerializer)
    @action(detail=True, methods=["post"])
    def close(self, request, pk=None):
        serializer = s.ConnectionCloseSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._out(
            svc.connection_close(connection=self.get_object(), by=request.user, **serializer.validated_data)
        )

    @extend_schema(summary="Staff set any stage, saying why", request=s.ConnectionCorrectSerializer)
    @action(detail=True, methods=["post"])
    def correct(self, request, pk=None):
        connection = self.get_object()
        if not is_staff(request.user):
            raise PermissionDenied
        serializer = s.ConnectionCorrectSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._out(svc.connection_correct(connection=connection, by=request.user, **serializer.validated_data))

    @extend_schema(
        summary="The messages of a connection (GET), or write one (POST, multipart for attachments)",
        request=s.ConnectionMessageCreateSerializer,
        responses=s.ConnectionMessageSerializer(many=True),
    )
    @action(detail=True, methods=["get", "post"])
    def messages(self, request, pk=None):
        connection = self.get_object()
        if request.method == "POST":
            serializer = s.ConnectionMessageCreateSerializer(data=request.data)
            serializer.is_valid(raise_exception=True)
            message = svc.message_post(
                connection=connection,
                by=request.user,
                body=serializer.validated_data["body"],
                attachments=serializer.validated_data["attachments"],
            )
            return Response(s.ConnectionMessageSerializer(message).data, status=status.HTTP_201_CREATED)
        svc.connection_mark_read(connection=connection, user=request.user)
        return Response(
            s.ConnectionMessageSerializer(connection.messages.prefetch_related("attachments"), many=True).data
        )
