"""What every API view shares: JSON errors from services, the documented error responses, pagination."""

from rest_framework import permissions as drf_permissions
from rest_framework import viewsets

from core import roles

from ..exceptions import exception_handler
from ..pagination import Pagination
from ..schema import ApiAutoSchema


class ApiMixin:
    schema = ApiAutoSchema()
    pagination_class = Pagination

    def get_exception_handler(self):
        return exception_handler


class ApiViewSet(ApiMixin, viewsets.GenericViewSet):
    pass


class IsPlatformStaff(drf_permissions.BasePermission):
    """Staff of the Department (the staff group), as marketplace.roles.is_staff says."""

    def has_permission(self, request, view):
        return roles.is_staff(request.user)


def organization_ids(request) -> set[int]:
    return roles.organization_ids(request.user)
