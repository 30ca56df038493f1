"""Support grants over HTTP: staff propose, approve, disburse and cancel; a firm reads its own grants;
the plan's indicators as the dashboard computes them."""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from core import roles
from grants import selectors, services
from grants.filters import GrantFilter
from grants.models import MAX_YEAR, MIN_YEAR, GrantProgram, SupportGrant

from ..serializers import grants as s
from .base import ApiMixin, ApiViewSet, IsPlatformStaff


class CanSeeGrants(IsAuthenticated):
    """As the grant pages: staff, and members of an enterprise (who see their own firm's grants)."""

    def has_permission(self, request, view):
        return super().has_permission(request, view) and (
            roles.is_staff(request.user) or selectors.seeker_organizations_of(request.user).exists()
        )


@extend_schema_view(
    list=extend_schema(summary="Support grants: all for staff, your firm's own for an enterprise"),
    retrieve=extend_schema(summary="One grant with its disbursements"),
    create=extend_schema(
        summary="Propose a grant (staff); checked against the share, the cap and the budget",
        request=s.GrantProposeSerializer,
        responses={201: s.SupportGrantSerializer},
    ),
    approve=extend_schema(
        summary="Approve with the decision (staff); never above the firm's cap or the budget",
        request=s.GrantApproveSerializer,
        responses=s.SupportGrantSerializer,
    ),
    disburse=extend_schema(
        summary="Record a paid tranche (staff); never above the approved amount",
        request=s.GrantDisburseSerializer,
        responses=s.SupportGrantSerializer,
    ),
    cancel=extend_schema(
        summary="Cancel (staff), freeing the amount for the cap and the budget",
        request=s.GrantCancelSerializer,
        responses=s.SupportGrantSerializer,
    ),
)
class GrantViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = s.SupportGrantSerializer
    filterset_class = GrantFilter
    permission_classes = [CanSeeGrants]
    lookup_value_regex = r"[0-9]+"

    def get_queryset(self) -> QuerySet:
        return selectors.grant_list_visible_to(user=self.request.user).prefetch_related("disbursements")

    def get_object(self) -> SupportGrant:
        grant = self.get_queryset().filter(pk=self.kwargs["pk"]).first()
        if grant is None or not selectors.can_view_grant(self.request.user, grant):
            raise NotFound
        return grant

    def _out(self, grant, status_code=status.HTTP_200_OK):
        self.kwargs["pk"] = grant.pk
        return Response(self.get_serializer(self.get_object()).data, status=status_code)

    def _data(self, serializer_class) -> dict:
        if not roles.is_staff(self.request.user):
            raise PermissionDenied  # before validating: a firm learns nothing from field errors
        serializer = serializer_class(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)

    def create(self, request):
        grant = services.grant_propose(by=request.user, **self._data(s.GrantProposeSerializer))
        return self._out(grant, status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        data = self._data(s.GrantApproveSerializer)
        return self._out(services.grant_approve(grant=self.get_object(), by=request.user, **data))

    @action(detail=True, methods=["post"])
    def disburse(self, request, pk=None):
        data = self._data(s.GrantDisburseSerializer)
        grant = self.get_object()
        services.grant_disburse(grant=grant, by=request.user, **data)
        return self._out(grant)

    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        data = self._data(s.GrantCancelSerializer)
        return self._out(services.grant_cancel(grant=self.get_object(), by=request.user, reason=data["reason"]))


@extend_schema_view(
    list=extend_schema(summary="Grant programs with their caps per firm size and annual budgets (staff)"),
    retrieve=extend_schema(summary="One grant program (staff)"),
)
class GrantProgramViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    queryset = GrantProgram.objects.prefetch_related("caps", "budgets")
    serializer_class = s.GrantProgramSerializer
    permission_classes = [IsPlatformStaff]
    lookup_value_regex = r"[0-9]+"


YEAR_PARAMS = [
    OpenApiParameter("from", int, description="First year (default: start of the current plan period)."),
    OpenApiParameter("to", int, description="Last year (default: this year); at most 15 years are shown."),
]


class PlanIndicatorView(ApiMixin, APIView):
    """The plan's targets against what the platform measured, as on the staff dashboard."""

    permission_classes = [IsPlatformStaff]
    pagination_class = None  # a handful of targets, one JSON list

    def _year(self, name: str) -> int | None:
        raw = self.request.query_params.get(name)
        if raw in (None, ""):
            return None
        try:
            year = int(raw)
        except ValueError:
            year = None
        if year is None or not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError(
                {name: [_("Enter a year between %(min)s and %(max)s.") % {"min": MIN_YEAR, "max": MAX_YEAR}]}
            )
        return year

    @extend_schema(
        summary="Plan indicators: each target against its actuals (staff)",
        parameters=YEAR_PARAMS,
        responses=s.PlanIndicatorSerializer(many=True),
    )
    def get(self, request):
        start, end = self._year("from"), self._year("to")
        if start is not None and end is not None and start > end:
            raise ValidationError({"from": [_("The first year is after the last.")]})
        years = selectors.dashboard_years(start=start, end=end, today=timezone.localdate())
        rows = selectors.evaluate_targets(years=years, series=selectors.plan_series(years=years))
        return Response(s.PlanIndicatorSerializer(rows, many=True).data)
