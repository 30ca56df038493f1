"""A token for scripts, from a username and password: the same token the token page shows."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.exceptions import Throttled
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from core.login_limits import login_wait, too_many_attempts_message
from core.throttling import AnonRateThrottle

from .. import services
from .base import ApiMixin


class PasswordGuessThrottle(AnonRateThrottle):
    """A burst limit per client address (from the trusted proxies, NUM_PROXIES), whatever the throttles configured
    for the rest of the API; the log-in limits shared with the web (core.login_limits) apply as well."""

    scope = "api-token"
    rate = "10/min"


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


class TokenObtainView(ApiMixin, APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []  # the credentials are in the body; no session, so no CSRF to check
    throttle_classes = [PasswordGuessThrottle]

    @extend_schema(
        summary="Your API token, from your username (or e-mail) and password",
        request=AuthTokenSerializer,
        responses=TokenSerializer,
        auth=[],
    )
    def post(self, request):
        # The same per-account and per-address limits as the web log-in (core.login_limits).
        login = str(request.data.get("username", "")) if hasattr(request.data, "get") else ""
        wait = login_wait(request=request, login=login)
        if wait:
            raise Throttled(wait=wait, detail=too_many_attempts_message(wait))
        serializer = AuthTokenSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        token = services.token_get_or_create(user=serializer.validated_data["user"])
        return Response({"token": token.key})
