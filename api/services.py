"""Writes of the API app: a user's own API token."""

from django.db import transaction
from rest_framework.authtoken.models import Token


@transaction.atomic
def token_create(*, user) -> Token:
    """A new token for the user; the old one, if any, stops working at once."""
    Token.objects.filter(user=user).delete()
    return Token.objects.create(user=user)


def token_revoke(*, user) -> bool:
    deleted, _ = Token.objects.filter(user=user).delete()
    return bool(deleted)


def token_get_or_create(*, user) -> Token:
    return Token.objects.get_or_create(user=user)[0]
