"""Ranked matches of a post (for its owners and staff) and their feedback."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from core import roles
from matching import conf, selectors, services
from matching.models import Match

from ..serializers.matching import FeedbackSerializer, MatchSerializer
from .base import ApiViewSet

MATCH_PARAMS = [
    OpenApiParameter("limit", int, description="How many (1 to the number kept per post; default as on the page)."),
    OpenApiParameter("include_dismissed", bool, description="Also those this side marked not relevant."),
]


class MatchesActionMixin:
    """`GET needs/{id}/matches/` and `offers/{id}/matches/`, mixed into the post viewsets."""

    @extend_schema(
        summary="Ranked matches of this post with their explanations (its owners and staff)",
        parameters=MATCH_PARAMS,
        responses=MatchSerializer(many=True),
    )
    @action(
        detail=True, methods=["get"], permission_classes=[IsAuthenticated], pagination_class=None, filter_backends=[]
    )
    def matches(self, request, pk=None):
        post = self.get_object()
        if not (roles.is_member(request.user, post.organization_id) or roles.is_staff(request.user)):
            raise PermissionDenied
        top = conf.get("TOP_K")
        try:
            limit = int(request.query_params.get("limit") or conf.get("SHOWN"))
        except ValueError:
            limit = 0
        if not 1 <= limit <= top:
            raise ValidationError({"limit": [_("Between 1 and %(top)s.") % {"top": top}]})
        dismissed = request.query_params.get("include_dismissed", "").lower() in ("1", "true")
        side = post.kind
        rows = selectors.match_list_for_post(post=post, side=side, limit=limit, include_dismissed=dismissed)
        return Response(MatchSerializer(rows, many=True, context={"side": side}).data)


class MatchViewSet(ApiViewSet):
    permission_classes = [IsAuthenticated]
    lookup_value_regex = r"[0-9]+"
    queryset = Match.objects.none()
    serializer_class = FeedbackSerializer  # what an OPTIONS request describes

    @extend_schema(
        summary="Say whether a suggestion interests your side; not_relevant hides it for good",
        request=FeedbackSerializer,
        responses=MatchSerializer,
    )
    @action(detail=True, methods=["post"])
    def feedback(self, request, pk=None):
        match = Match.objects.select_related("need__organization", "offer__organization").filter(pk=pk).first()
        if match is None or not (
            services.can_give_feedback(request.user, match, "need")
            or services.can_give_feedback(request.user, match, "offer")
        ):
            raise NotFound
        serializer = FeedbackSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        side, value = serializer.validated_data["side"], serializer.validated_data["value"]
        match = services.match_feedback(match=match, side=side, value=value, by=request.user)
        return Response(MatchSerializer(match, context={"side": side}).data)
