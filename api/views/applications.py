"""Firms' applications for support over HTTP: the same selectors, permissions and services as the pages."""

from django.core.exceptions import PermissionDenied
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from core.roles import is_staff
from grants import applications as svc
from grants.models import GrantApplication
from marketplace.connections import can_see_connection

from ..serializers import applications as s
from .base import ApiViewSet

ID = r"[0-9]+"


def _items(data) -> list[tuple[str, int]]:
    return [(i["item"], i["amount"]) for i in data.pop("cost_breakdown")]


class GrantApplicationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Your organisations' applications (staff: all, waiting for review first). Others answer 404."""

    serializer_class = s.GrantApplicationSerializer
    permission_classes = [IsAuthenticated]
    lookup_value_regex = ID

    def get_queryset(self):
        return svc.application_list_for(user=self.request.user)

    def get_object(self):
        try:
            return svc.application_get_for(user=self.request.user, pk=int(self.kwargs["pk"]))
        except GrantApplication.DoesNotExist:
            raise NotFound from None

    def _out(self, application, code=status.HTTP_200_OK):
        return Response(s.GrantApplicationSerializer(application).data, status=code)

    def _data(self, serializer_class) -> dict:
        serializer = serializer_class(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)

    @extend_schema(summary="A firm applies for support from its connection", request=s.GrantApplicationCreateSerializer)
    def create(self, request):
        data = self._data(s.GrantApplicationCreateSerializer)
        if not can_see_connection(request.user, data["connection"]):
            raise NotFound
        items = _items(data)
        return self._out(svc.application_submit(by=request.user, cost_items=items, **data), status.HTTP_201_CREATED)

    @extend_schema(
        summary="The firm completes the application it was asked about", request=s.GrantApplicationResubmitSerializer
    )
    @action(detail=True, methods=["post"])
    def resubmit(self, request, pk=None):
        application = self.get_object()
        data = self._data(s.GrantApplicationResubmitSerializer)
        items = _items(data)
        return self._out(svc.application_resubmit(application=application, by=request.user, cost_items=items, **data))

    def _staff(self):
        application = self.get_object()
        if not is_staff(self.request.user):
            raise PermissionDenied
        return application

    @extend_schema(summary="Staff ask the firm for more information", request=s.GrantApplicationMessageSerializer)
    @action(detail=True, methods=["post"], url_path="request-info")
    def request_info(self, request, pk=None):
        application = self._staff()
        data = self._data(s.GrantApplicationMessageSerializer)
        return self._out(svc.application_request_info(application=application, by=request.user, **data))

    @extend_schema(summary="Staff refuse the application with a reason", request=s.GrantApplicationRefuseSerializer)
    @action(detail=True, methods=["post"])
    def refuse(self, request, pk=None):
        application = self._staff()
        data = self._data(s.GrantApplicationRefuseSerializer)
        return self._out(svc.application_refuse(application=application, by=request.user, **data))

    @extend_schema(summary="Staff propose a grant from the application", request=s.GrantApplicationProposeSerializer)
    @action(detail=True, methods=["post"])
    def propose(self, request, pk=None):
        application = self._staff()
        data = self._data(s.GrantApplicationProposeSerializer)
        return self._out(svc.application_propose(application=application, by=request.user, **data))
