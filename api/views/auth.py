"""A token for scripts, from a username and password: the same token the token page shows."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from .. import services
from .base import ApiMixin


class PasswordGuessThrottle(AnonRateThrottle):
    """allauth's login rate limits do not cover this endpoint, so it has its own, per client address,
    whatever the throttles configured for the rest of the API."""

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
        serializer = AuthTokenSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        token = services.token_get_or_create(user=serializer.validated_data["user"])
        return Response({"token": token.key})
