"""API throttles that degrade safely when the shared cache is down.

DRF keeps each client's request history in the cache. With Redis unreachable, core.cache.ResilientRedisCache
answers as an empty cache, so every history would read as empty and every limit would let everything through.
These throttles then keep the history in this process's memory instead: the limits still hold per process
(with N processes a client gets at most N times the rate), and the shared counters take over again when Redis
is back. The log-in limits do not depend on this: they live in the database (core.login_limits)."""

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from rest_framework import throttling

from .faults import HOOKS


class FallbackCache:
    """The shared cache while it answers; this process's memory while it is down."""

    def __init__(self):
        self.local = LocMemCache("throttle-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})

    def _use_local(self, shared) -> bool:
        return HOOKS.throttle_fallback and getattr(shared, "is_down", False)

    def get(self, key, default=None):
        shared = caches["default"]
        if not self._use_local(shared):
            value = shared.get(key, default)
            if not self._use_local(shared):  # this very call may have found Redis down
                return value
        return self.local.get(key, default)

    def set(self, key, value, timeout=None):
        shared = caches["default"]
        if not self._use_local(shared):
            shared.set(key, value, timeout)
            if not self._use_local(shared):
                return
        self.local.set(key, value, timeout)


FALLBACK = FallbackCache()


class AnonRateThrottle(throttling.AnonRateThrottle):
    cache = FALLBACK


class UserRateThrottle(throttling.UserRateThrottle):
    cache = FALLBACK
