from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils import translation


@receiver(user_logged_in, dispatch_uid="core-account-language")
def use_account_language(sender, request, user, **kwargs):
    """The language saved on the account applies from the log-in on (AccountLanguageMiddleware sets the cookie)."""
    from .models import Profile

    if request is None:
        return
    language = Profile.objects.filter(user=user).values_list("language", flat=True).first()
    if language in dict(settings.LANGUAGES):
        translation.activate(language)
        request.account_language = language
