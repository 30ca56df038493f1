"""The marketplace over HTTP: each endpoint is a selector + FilterSet, or a serializer + one service call."""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import IsAuthenticated, IsAuthenticatedOrReadOnly
from rest_framework.response import Response

from core.models import Notification
from core.services import notification_mark_read
from marketplace import permissions, selectors, services
from marketplace.filters import NeedFilter, OfferFilter
from marketplace.models import Interest, Organization, Sector, TechnologyNeed, TechnologyOffer

from ..filters import (
    ApiOrganizationFilter,
    InterestFilter,
    MyNeedFilter,
    MyOfferFilter,
    NotificationFilter,
)
from ..serializers import marketplace as s
from .base import ApiViewSet, IsPlatformStaff, organization_ids
from .matching import MatchesActionMixin

ID = r"[0-9]+"


def _own_organization(request, given: Organization | None, *, allowed=lambda org: True, field="organization"):
    """The organisation a caller acts for: the one given, or their only suitable one."""
    if given is not None:
        return given
    mine = [org for org in Organization.objects.filter(pk__in=organization_ids(request)) if allowed(org)]
    if len(mine) == 1:
        return mine[0]
    if not mine:
        raise ValidationError({field: [_("You do not belong to an organisation that can do this.")]})
    raise ValidationError({field: [_("You belong to several organisations: say which one.")]})


# Sectors ---------------------------------------------------------------------------------------


@extend_schema_view(list=extend_schema(summary="The sector tree, flat (parent gives the tree)"))
class SectorViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    queryset = Sector.objects.all()
    serializer_class = s.SectorSerializer
    filterset_fields = ["parent"]
    lookup_value_regex = ID


# Organisations ---------------------------------------------------------------------------------


class OrganizationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Verified organisations for everyone; your own (and, for staff, all) besides."""

    serializer_class = s.OrganizationSerializer
    filterset_class = ApiOrganizationFilter
    permission_classes = [IsAuthenticatedOrReadOnly]
    lookup_value_regex = ID

    def get_queryset(self) -> QuerySet:
        user = self.request.user
        if self.action == "mine":
            return Organization.objects.filter(pk__in=organization_ids(self.request)).prefetch_related("sectors")
        return (selectors.organization_list_public() | selectors.organization_list_for_user(user)).prefetch_related(
            "sectors"
        )

    @extend_schema(
        summary="Register an organisation (you become its owner; staff verify it)",
        request=s.OrganizationWriteSerializer,
        responses={201: s.OrganizationSerializer},
    )
    def create(self, request):
        data = self._validated(s.OrganizationWriteSerializer(data=request.data))
        sectors = data.pop("sectors", [])
        organization = services.organization_register(user=request.user, sectors=sectors, **data)
        return Response(self._out(organization), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Edit an organisation (its owner, or staff)",
        request=s.OrganizationWriteSerializer,
        responses=s.OrganizationSerializer,
    )
    def partial_update(self, request, pk=None):
        organization = self.get_object()
        data = self._validated(s.OrganizationWriteSerializer(organization, data=request.data, partial=True))
        sectors = data.pop("sectors", None)
        organization = services.organization_update(
            organization=Organization.objects.get(pk=organization.pk), by=request.user, sectors=sectors, **data
        )
        return Response(self._out(organization))

    @extend_schema(summary="Verify an organisation (staff)", request=None, responses=s.OrganizationSerializer)
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def verify(self, request, pk=None):
        organization = services.organization_verify(organization=self.get_object(), by=request.user)
        return Response(self._out(organization))

    @extend_schema(summary="The organisations you belong to", responses=s.OrganizationSerializer(many=True))
    @action(detail=False, methods=["get"], permission_classes=[IsAuthenticated])
    def mine(self, request):
        return self.list(request)

    def _validated(self, serializer) -> dict:
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)

    def _out(self, organization):
        return s.OrganizationSerializer(organization, context=self.get_serializer_context()).data


# Needs and offers ------------------------------------------------------------------------------


class PostViewSet(MatchesActionMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Published posts for everyone (filtered with the pages' FilterSet); the owner's and staff's actions."""

    model: type
    public_filter: type
    mine_filter: type
    list_serializer: type
    detail_serializer: type
    write_serializer: type
    permission_classes = [IsAuthenticatedOrReadOnly]
    lookup_value_regex = ID
    http_method_names = ["get", "post", "patch", "head", "options"]

    @property
    def filterset_class(self):
        return self.mine_filter if self.action == "mine" else self.public_filter

    def get_queryset(self) -> QuerySet:
        # The list serializer shows each post's sectors: prefetched, not one query per row.
        if self.action == "mine":
            return selectors.post_list_for_organizations(
                model=self.model, organization_ids=organization_ids(self.request)
            ).prefetch_related("sectors")
        if self.action == "review_queue":
            return selectors.moderation_queue()["needs" if self.model is TechnologyNeed else "offers"].prefetch_related(
                "sectors"
            )
        return selectors.post_list_public(model=self.model)

    def get_serializer_class(self):
        if self.action in ("list", "mine", "review_queue"):
            return self.list_serializer
        return self.detail_serializer

    def get_object(self):
        try:
            post = selectors.post_get_visible(model=self.model, pk=self.kwargs["pk"], user=self.request.user)
        except self.model.DoesNotExist:
            raise NotFound from None
        self.check_object_permissions(self.request, post)
        return post

    def _out(self, post, *, status_code=status.HTTP_200_OK):
        fresh = selectors.post_get_visible(model=self.model, pk=post.pk, user=self.request.user)
        return Response(self.detail_serializer(fresh, context=self.get_serializer_context()).data, status=status_code)

    def _allowed_to_post(self, org: Organization) -> bool:
        return org.is_seeker if self.model is TechnologyNeed else org.is_provider

    def create(self, request):
        serializer = self.write_serializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        organization = _own_organization(request, data.pop("organization", None), allowed=self._allowed_to_post)
        post = services.post_create(
            model=self.model,
            organization=organization,
            by=request.user,
            sectors=data.pop("sectors"),
            submit=data.pop("submit", False),
            **data,
        )
        return self._out(post, status_code=status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        post = self.get_object()
        if not permissions.can_edit_post(request.user, post):
            # Before validating, so that a caller who may not edit learns nothing from field errors.
            raise PermissionDenied
        serializer = self.write_serializer(post, data=request.data, partial=True, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        data.pop("organization", None)
        data.pop("submit", None)
        post = services.post_update(post=post, by=request.user, sectors=data.pop("sectors", None), **data)
        return self._out(post)

    def _act(self, service, **kwargs):
        return self._out(service(post=self.get_object(), by=self.request.user, **kwargs))

    def _reason(self, serializer_class) -> str:
        serializer = serializer_class(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data["reason"]

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def submit(self, request, pk=None):
        return self._act(services.post_submit)

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def pause(self, request, pk=None):
        return self._act(services.post_pause)

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def resume(self, request, pk=None):
        return self._act(services.post_resume)

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def renew(self, request, pk=None):
        return self._act(services.post_renew)

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def close(self, request, pk=None):
        return self._act(services.post_close, reason=self._reason(s.CloseSerializer))

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def approve(self, request, pk=None):
        return self._act(services.post_approve)

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def reject(self, request, pk=None):
        return self._act(services.post_reject, reason=self._reason(s.ReasonSerializer))

    @action(detail=True, methods=["post"], url_path="return", permission_classes=[IsAuthenticated])
    def return_to_owner(self, request, pk=None):
        return self._act(services.post_return, remarks=self._reason(s.ReasonSerializer))

    @action(detail=False, methods=["get"], permission_classes=[IsAuthenticated])
    def mine(self, request):
        return self.list(request)

    @action(detail=False, methods=["get"], url_path="review-queue", permission_classes=[IsPlatformStaff])
    def review_queue(self, request):
        return self.list(request)


def _post_schema(name: str, plural: str, detail, write, list_):
    no_body = {"request": None, "responses": detail}
    return extend_schema_view(
        list=extend_schema(summary=f"Published {plural}: search (q), filter and sort as on the public page"),
        retrieve=extend_schema(summary=f"One {name} (published, or yours, or any for staff)"),
        create=extend_schema(
            summary=f"Post a {name} (a draft, or submitted at once with submit=true)",
            request=write,
            responses={201: detail},
        ),
        partial_update=extend_schema(
            summary=f"Edit a {name}; a text change on a published one sends it back to review",
            request=write,
            responses=detail,
        ),
        submit=extend_schema(summary="Send for review", **no_body),
        pause=extend_schema(summary="Pause (leaves the public lists)", **no_body),
        resume=extend_schema(summary="Publish again after a pause", **no_body),
        renew=extend_schema(summary="Extend by a full lifetime from today", **no_body),
        close=extend_schema(summary="Close for good", request=s.CloseSerializer, responses=detail),
        approve=extend_schema(summary="Approve and publish (staff)", **no_body),
        reject=extend_schema(summary="Reject with a reason (staff)", request=s.ReasonSerializer, responses=detail),
        return_to_owner=extend_schema(
            summary="Send back to the owner as a draft with remarks (staff)",
            request=s.ReasonSerializer,
            responses=detail,
        ),
        mine=extend_schema(summary=f"Your organisations' {plural}, in every status", responses=list_(many=True)),
        review_queue=extend_schema(
            summary=f"{plural.capitalize()} waiting for review (staff)", responses=list_(many=True)
        ),
    )


@_post_schema("need", "needs", s.NeedSerializer, s.NeedWriteSerializer, s.NeedListSerializer)
class NeedViewSet(PostViewSet):
    model = TechnologyNeed
    public_filter, mine_filter = NeedFilter, MyNeedFilter
    list_serializer, detail_serializer, write_serializer = s.NeedListSerializer, s.NeedSerializer, s.NeedWriteSerializer


@_post_schema("offer", "offers", s.OfferSerializer, s.OfferWriteSerializer, s.OfferListSerializer)
class OfferViewSet(PostViewSet):
    model = TechnologyOffer
    public_filter, mine_filter = OfferFilter, MyOfferFilter
    list_serializer, detail_serializer, write_serializer = (
        s.OfferListSerializer,
        s.OfferSerializer,
        s.OfferWriteSerializer,
    )


# Interests -------------------------------------------------------------------------------------

BOX = OpenApiParameter(
    "box",
    str,
    enum=["sent", "received"],
    description="sent: from your organisations; received: about your organisations' posts; absent: both.",
)


@extend_schema_view(
    list=extend_schema(summary="Expressions of interest you sent or received", parameters=[BOX]),
    retrieve=extend_schema(summary="One expression of interest (its two sides and staff)"),
    create=extend_schema(
        summary="Express interest in a published need or offer",
        request=s.InterestCreateSerializer,
        responses={201: s.InterestSerializer},
    ),
    accept=extend_schema(
        summary="Accept (the post's owner): both sides then see each other's contacts",
        request=None,
        responses=s.InterestSerializer,
    ),
    decline=extend_schema(
        summary="Decline with a reason (the post's owner)", request=s.DeclineSerializer, responses=s.InterestSerializer
    ),
    withdraw=extend_schema(summary="Withdraw (the sender)", request=None, responses=s.InterestSerializer),
)
class InterestViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = s.InterestSerializer
    filterset_class = InterestFilter
    permission_classes = [IsAuthenticated]
    lookup_value_regex = ID

    def get_queryset(self) -> QuerySet:
        org_ids = organization_ids(self.request)
        box = self.request.query_params.get("box") if self.action == "list" else None
        received = selectors.interest_list_received(organization_ids=org_ids)
        sent = selectors.interest_list_sent(organization_ids=org_ids)
        if box == "sent":
            queryset = sent
        elif box == "received":
            queryset = received
        elif box in (None, ""):
            queryset = received | sent
        else:
            raise ValidationError({"box": [_("Use “sent” or “received”.")]})
        return queryset.select_related("need__organization", "offer__organization", "from_organization").order_by(
            "-created_at", "-id"
        )

    def get_object(self):
        interest = (
            Interest.objects.select_related("need__organization", "offer__organization", "from_organization")
            .filter(pk=self.kwargs["pk"])
            .first()
        )
        if interest is None or not permissions.can_see_interest(self.request.user, interest):
            raise NotFound
        return interest

    def _out(self, interest, status_code=status.HTTP_200_OK):
        self.kwargs["pk"] = interest.pk
        return Response(
            s.InterestSerializer(self.get_object(), context=self.get_serializer_context()).data, status=status_code
        )

    def create(self, request):
        serializer = s.InterestCreateSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        post = data.pop("need", None) or data.pop("offer", None)
        data.pop("offer", None)
        organization = _own_organization(
            request, data.pop("organization", None), allowed=lambda org: org.pk != post.organization_id
        )
        interest = services.interest_create(post=post, organization=organization, by=request.user, **data)
        return self._out(interest, status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        return self._out(services.interest_accept(interest=self.get_object(), by=request.user))

    @action(detail=True, methods=["post"])
    def decline(self, request, pk=None):
        serializer = s.DeclineSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._out(
            services.interest_decline(interest=self.get_object(), by=request.user, **serializer.validated_data)
        )

    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        return self._out(services.interest_withdraw(interest=self.get_object(), by=request.user))


# Notifications ---------------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="Your notifications, newest first"),
    read=extend_schema(summary="Mark one notification read", request=None, responses=s.NotificationSerializer),
    read_all=extend_schema(summary="Mark all your notifications read", request=None, responses=s.CountSerializer),
)
class NotificationViewSet(mixins.ListModelMixin, ApiViewSet):
    serializer_class = s.NotificationSerializer
    filterset_class = NotificationFilter
    permission_classes = [IsAuthenticated]
    lookup_value_regex = ID

    def get_queryset(self) -> QuerySet:
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return Notification.objects.none()
        return self.request.user.notifications.all()

    @action(detail=True, methods=["post"])
    def read(self, request, pk=None):
        notification = self.get_object()
        notification_mark_read(user=request.user, notification_id=notification.pk)
        notification.refresh_from_db()
        return Response(self.get_serializer(notification).data)

    @action(detail=False, methods=["post"], url_path="read-all")
    def read_all(self, request):
        return Response({"count": notification_mark_read(user=request.user)})
