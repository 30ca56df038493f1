from django.conf import settings
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import gettext as _


class ChosenLanguageMiddleware(LocaleMiddleware):
    """Vietnamese unless the reader chose otherwise with the language switch (a cookie).

    Browsers here are often set to English even for Vietnamese readers, so the pages do not follow
    Accept-Language; the API does, since other systems say what they want that way."""

    def process_request(self, request):
        if request.path.startswith("/api/"):
            return super().process_request(request)
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class AccountLanguageMiddleware:
    """After logging in, a person reads in the language saved on their account (core.signals sets
    `request.account_language` at log-in; the cookie then remembers it in this browser)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = getattr(request, "account_language", None)
        if language in dict(settings.LANGUAGES):
            response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, max_age=365 * 24 * 3600, samesite="Lax")
        return response


class AcceptanceMiddleware:
    """A signed-in user who has not accepted the current terms of use or privacy policy is asked to, before
    anything else (the pages themselves, log-out and the API stay reachable)."""

    EXEMPT = ("/legal/", "/pages/", "/accounts/", "/static/", "/media/", "/i18n/", "/api/", "/admin/")
    SESSION_KEY = "accepted_versions"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and not request.path.startswith(self.EXEMPT) and user.is_authenticated:
            from django.shortcuts import redirect
            from django.urls import reverse
            from django.utils.http import urlencode

            from .pages import missing_acceptances, required_version_ids

            required = ",".join(str(i) for i in required_version_ids())
            if required and request.session.get(self.SESSION_KEY) != required:
                if missing_acceptances(user):
                    return redirect(reverse("core:accept") + "?" + urlencode({"next": request.get_full_path()}))
                request.session[self.SESSION_KEY] = required
        return self.get_response(request)


class RequestBodyLimitMiddleware:
    """413 for a request whose body is larger than REQUEST_BODY_MAX_BYTES, decided from Content-Length before
    a byte of the body is read (Django's own limits apply only to the non-file part)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse(_("Invalid Content-Length."), status=400, content_type="text/plain; charset=utf-8")
        if length > settings.REQUEST_BODY_MAX_BYTES:
            response = HttpResponse(
                _("The request is too large (the limit is %(mb)s MB).")
                % {"mb": settings.REQUEST_BODY_MAX_BYTES // (1024 * 1024)},
                status=413,
                content_type="text/plain; charset=utf-8",
            )
            response["Connection"] = "close"
            return response
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; `Cache-Control: private, no-store` on everything a signed-in user
    sees (confidential pages, downloads) and on every API response, unless the view chose its own caching.
    Public pages for visitors stay cacheable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        confidential = (user is not None and user.is_authenticated) or request.path.startswith("/api/")
        if confidential and not request.path.startswith(settings.STATIC_URL):
            response["Cache-Control"] = "private, no-store"
        return response
