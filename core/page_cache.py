"""Whole public pages for visitors who are not signed in, cached under a version number.

Most of the public's requests are anonymous reads of the lists and the search; rendering the site's layout
around them costs more than the rows themselves. For an anonymous GET (no pending message, not an htmx
fragment) the rendered page is kept in the cache under the page's address, the language and a version
number that every change to what the page shows bumps (`bump`), so it is never stale. The only per-request
part of such a page is the CSRF token (the language switch is a form): it is stored as a slot and a fresh
token is put in on every hit. A page that shows the token anywhere else is not stored. Signed-in users are
never served from here (their pages carry their name, notifications and permissions)."""

import functools
import hashlib
import re
from collections.abc import Callable

from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

TOKEN_SLOT = "\x00csrf-token\x00"
TOKEN_IN_PAGE = re.compile(r'(name="csrfmiddlewaretoken" value="|"X-CSRFToken": ")([A-Za-z0-9]{64})(")')


def version(scope: str) -> int:
    return cache.get_or_set(f"page-version:{scope}", 1, timeout=None) or 1


def bump(*scopes: str, **_signal_kwargs) -> None:
    for scope in scopes:
        try:
            cache.incr(f"page-version:{scope}")
        except ValueError:  # not set yet (or evicted): any new value makes the old keys unreachable
            cache.set(f"page-version:{scope}", 2, timeout=None)


def bumper(*scopes: str) -> Callable:
    """A signal receiver that bumps these scopes (connect it with weak=False)."""
    return functools.partial(bump, *scopes)


def _cacheable(request) -> bool:
    if request.method != "GET" or request.headers.get("HX-Request"):
        return False
    if request.user.is_authenticated:
        return False
    # A pending message is shown by the next page: that page is this visitor's own.
    return not (request.COOKIES.get("messages") or request.session.get("_messages"))


def public_page_cache(*, scope: Callable[[], object], timeout: int = 600) -> Callable:
    """`scope()` returns the version the page's content depends on (e.g. the lists' version)."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if not _cacheable(request):
                return view(request, *args, **kwargs)
            path = hashlib.md5(request.get_full_path().encode(), usedforsecurity=False).hexdigest()
            key = f"page:{view.__module__}.{view.__name__}:{get_language()}:{scope()}:{path}"
            cached = cache.get(key)
            if cached is not None:
                content_type, html = cached
                return HttpResponse(html.replace(TOKEN_SLOT, get_token(request)), content_type=content_type)
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming and not response.cookies:
                html = response.content.decode(response.charset)
                tokens = {m.group(2) for m in TOKEN_IN_PAGE.finditer(html)}
                stored = TOKEN_IN_PAGE.sub(lambda m: m.group(1) + TOKEN_SLOT + m.group(3), html)
                if not any(token in stored for token in tokens):
                    cache.set(key, (response["Content-Type"], stored), timeout)
            return response

        return wrapper

    return decorate
