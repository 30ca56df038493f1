"""Limits on password guessing, shared by every way to log in (web pages, admin, the API's token endpoint):
they sit in an authentication backend in front of the others, and failures are counted from Django's
`user_login_failed` signal, which every one of them sends.

- Per client address: after LOGIN_LIMITS["ADDRESS_FAILURES"] failures in the window, that address waits until
  the window has passed. The address comes from the configured number of trusted proxies (TRUSTED_PROXY_COUNT),
  never from whatever X-Forwarded-For a client sends.
- Per account: after LOGIN_LIMITS["ACCOUNT_FAILURES"] failures in the window, from any addresses, each further
  attempt must wait ACCOUNT_DELAY seconds after the last failure. This slows a distributed guesser to one guess
  per delay, while the real user is only ever asked to wait that long: never locked out, and a refused attempt
  is not counted, so an attacker cannot extend the wait. The password reset by e-mail is never limited here.
"""

import math
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import LoginFailure


def client_address(request) -> str:
    """The client's address: REMOTE_ADDR, or the entry of X-Forwarded-For that the last trusted proxy wrote."""
    if request is None:
        return ""
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if count > 0 and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return _clean(hops[-min(count, len(hops))])[:64]
    return _clean(request.META.get("REMOTE_ADDR", ""))[:64]


def _clean(text: str) -> str:
    """What a database column can hold: no NUL, no lone surrogates (a fuzzer sends both)."""
    return str(text).replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def account_key(login: str) -> str:
    """One key per account whether the user typed the username or the e-mail address."""
    login = _clean(login or "").strip()[:150]
    if not login:
        return ""
    user = (
        get_user_model()
        .objects.filter(Q(username__iexact=login) | Q(email__iexact=login))
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    return f"user:{user}" if user else f"login:{login.lower()[:180]}"


def _login_of(credentials: dict) -> str:
    return credentials.get("username") or credentials.get("email") or credentials.get("login") or ""


def login_wait(*, request, login: str) -> int:
    """Seconds this attempt must wait (0: go ahead)."""
    limits = settings.LOGIN_LIMITS
    now = timezone.now()
    waits = [0.0]
    address = client_address(request)
    if address:
        since = now - timedelta(seconds=limits["ADDRESS_WINDOW"])
        recent = LoginFailure.objects.filter(address=address, at__gte=since).order_by("-at")
        failures = list(recent.values_list("at", flat=True)[: limits["ADDRESS_FAILURES"]])
        if len(failures) >= limits["ADDRESS_FAILURES"]:
            waits.append((failures[-1] + timedelta(seconds=limits["ADDRESS_WINDOW"]) - now).total_seconds())
    key = account_key(login)
    if key:
        since = now - timedelta(seconds=limits["ACCOUNT_WINDOW"])
        recent = LoginFailure.objects.filter(account=key, at__gte=since).order_by("-at")
        failures = list(recent.values_list("at", flat=True)[: limits["ACCOUNT_FAILURES"]])
        if len(failures) >= limits["ACCOUNT_FAILURES"]:
            waits.append((failures[0] + timedelta(seconds=limits["ACCOUNT_DELAY"]) - now).total_seconds())
    return max(0, math.ceil(max(waits)))


def too_many_attempts_message(wait: int) -> str:
    return _("Too many failed log-in attempts. Try again in %(seconds)s seconds, or reset your password.") % {
        "seconds": wait
    }


class LoginLimitBackend:
    """First in AUTHENTICATION_BACKENDS: refuses an attempt that must wait, before any password is checked;
    otherwise lets the next backends decide."""

    def authenticate(self, request, **credentials):
        wait = login_wait(request=request, login=_login_of(credentials))
        if wait:
            raise ValidationError(too_many_attempts_message(wait), code="throttled")
        return None

    # No get_user(): this backend never logs anyone in, so Django never records it as a session's backend.


def record_failure(sender, credentials, request=None, **kwargs):
    LoginFailure.objects.create(
        account=account_key(_login_of(credentials)) or "-", address=client_address(request) or "-", at=timezone.now()
    )


def clear_account_failures(sender, request, user, **kwargs):
    LoginFailure.objects.filter(account=f"user:{user.pk}").delete()


def login_failures_prune() -> int:
    return LoginFailure.objects.filter(at__lt=timezone.now() - timedelta(days=1)).delete()[0]
