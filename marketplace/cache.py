"""A version number of everything a public list shows. Cached fragments of the lists carry it in their
key, so any change to a post or an organisation makes them stale at once, on every web replica
(the version lives in the shared cache: Redis in production)."""

from django.core.cache import cache

from core import page_cache

KEY = "marketplace:lists-version"


def lists_version() -> int:
    return cache.get_or_set(KEY, 1, timeout=None)


def bump_lists_version(**_kwargs) -> None:
    page_cache.bump("search")  # the header search shows posts and organisations too
    try:
        cache.incr(KEY)
    except ValueError:  # not set yet (or evicted): any new value invalidates the old keys
        cache.set(KEY, 2, timeout=None)
