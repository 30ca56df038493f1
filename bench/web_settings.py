"""Production settings plus one bare page, for bench/web.py only (never deployed)."""

import os
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-that-is-long-enough-for-the-checks-123456")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.web_urls"
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "bench" / "templates"]  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
STATIC_ROOT = Path(os.environ.get("BENCH_STATIC_ROOT", "/tmp/tsx-bench-static"))
