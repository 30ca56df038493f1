import os

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media" / os.environ.get("PYTEST_XDIST_WORKER", "main")  # noqa: F405
DEBUG = False
STATIC_ROOT = None  # static files come from the finders; nothing is collected for tests
WHITENOISE_USE_FINDERS = True
# Connections close at the end of each request: the live server of the browser tests starts a thread per
# request, and persistent connections left by those threads, next to a 50-thread race test on the other
# xdist worker, went past PostgreSQL's 100 connections. (tests/faults keeps one connection open on purpose.)
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}  # noqa: F405
ACCOUNT_RATE_LIMITS = False
# Tasks run in-process in the suite; tests marked `worker` switch to the broker and a real worker.
CELERY_TASK_ALWAYS_EAGER = True
if REDIS_URL:  # noqa: F405
    # Each xdist worker gets a Redis database of its own for the cache (and so the sessions), so that one
    # worker emptying its cache between tests never logs out the other's users. The broker stays on REDIS_URL.
    from urllib.parse import urlsplit, urlunsplit

    _worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    # TEST_CACHE_REDIS_DB: the first database number (sessions sharing one Redis pick their own range).
    _db = int(os.environ.get("TEST_CACHE_REDIS_DB", "11")) + (int(_worker[2:]) if _worker[2:].isdigit() else 0)
    CACHES["default"]["LOCATION"] = urlunsplit(urlsplit(REDIS_URL)._replace(path=f"/{_db}"))  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = f"test-{_worker}"  # noqa: F405
MATCHING_MEANING = False  # (embedding every post the suite makes costs minutes; tests that need it turn it on)
