from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


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
    """A signed-in person who has not chosen a language in this browser reads in the language saved on
    their account (which the cookie then remembers)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = None
        user = getattr(request, "user", None)
        if (
            settings.LANGUAGE_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith("/api/")
            and user is not None
            and user.is_authenticated
        ):
            from .models import Profile

            language = Profile.objects.filter(user=user).values_list("language", flat=True).first()
            if language in dict(settings.LANGUAGES):
                translation.activate(language)
                request.LANGUAGE_CODE = chosen = language
        response = self.get_response(request)
        if chosen:
            response.set_cookie(settings.LANGUAGE_COOKIE_NAME, chosen, max_age=365 * 24 * 3600, samesite="Lax")
        return response
