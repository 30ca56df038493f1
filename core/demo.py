"""The rules and help pages, and the demo users' acceptance of the terms (they are demo accounts)."""

from django.contrib.auth import get_user_model

from .pages import acceptances_record, pages_load, required_versions


def seed(stdout=None) -> str:
    result = pages_load()
    versions = required_versions()
    accepted = 0
    for user in get_user_model().objects.exclude(acceptances__version__in=versions).distinct():
        accepted += acceptances_record(user=user, versions=versions) > 0
    return f"{result['pages']} rules and help pages ({result['versions_created']} new), {accepted} users accepted"
