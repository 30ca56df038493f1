"""The pages a user sees when something goes wrong: in their language, with the site's navigation and a
way back. Django's own technical pages are never shown (DEBUG is off outside development).

The 500 page renders without touching the database if it can help it; if even that fails, a plain page
in the reader's language is returned rather than nothing."""

import logging

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)


def _back_url(request) -> str:
    """The page the reader came from, if it is on this site and not the page that failed."""
    referer = request.META.get("HTTP_REFERER", "")
    try:
        host = request.get_host()
    except Exception:  # the Host header itself may be what was wrong (400)
        return ""
    if (
        referer
        and url_has_allowed_host_and_scheme(referer, allowed_hosts={host})
        and not referer.endswith(request.path)
    ):
        return referer
    return ""


def _render(request, template: str, status: int, **context) -> HttpResponse:
    context.setdefault("back_url", _back_url(request))
    try:
        return render(request, template, context, status=status)
    except Exception:
        logger.exception("the %s page could not be rendered", status)
        return _plain(status)


def _plain(status: int) -> HttpResponse:
    title = {
        400: _("The request could not be understood"),
        403: _("You do not have access to this page"),
        404: _("Page not found"),
    }.get(status, _("Something went wrong on our side"))
    home = _("Back to the home page")  # outside the f-string, where makemessages finds it
    body = (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto"><h1>{title}</h1>'
        f'<p><a href="/">{home}</a></p></body></html>'
    )
    return HttpResponse(body, status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    return _render(request, "errors/400.html", 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return _render(request, "errors/403.html", 403)


@requires_csrf_token
def page_not_found(request, exception=None):
    return _render(request, "errors/404.html", 404)


@requires_csrf_token
def server_error(request):
    return _render(request, "errors/500.html", 500)


def csrf_failure(request, reason=""):
    """A form sent without its security token: usually a page left open too long, or cookies blocked."""
    return _render(request, "errors/403_csrf.html", 403)
