"""Demo data of the matching app: the matches of the marketplace's demo posts. Idempotent."""

from django.conf import settings


def seed(stdout=None) -> str:
    from . import services

    # Demo matches should not flood the console with notification e-mails.
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
    count = services.match_recompute_all()
    return f"{count} matches computed for the published demo needs and offers."
