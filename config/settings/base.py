"""Settings shared by every environment; everything deployment-specific comes from the environment."""

from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from api.schema_settings import SCHEMA_SETTINGS as API_SCHEMA_SETTINGS

from .env import env, envbool, envint, envlist

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = envbool("DEBUG", True)
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "core.errors.csrf_failure"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "django_htmx",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "csp",
    "allauth",
    "allauth.account",
    "core",
    "marketplace",
    "matching",
    "events",
    "grants",
    "api",
]

MIDDLEWARE = [
    "core.middleware.RequestBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.AccountLanguageMiddleware",
    "core.middleware.AcceptanceMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "core.context_processors.platform",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Concurrent writers (runserver + eager tasks) wait instead of failing at once.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20}
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "core.login_limits.LoginLimitBackend",  # first: refuses attempts that must wait (core/login_limits.py)
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Client addresses: how many reverse proxies in front of gunicorn append to X-Forwarded-For (docker-compose: 1).
# 0 means REMOTE_ADDR is the client. Used by the log-in limits, allauth and the API's throttles alike.
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
LOGIN_LIMITS = {
    "ADDRESS_FAILURES": envint("LOGIN_ADDRESS_FAILURES", 10),
    "ADDRESS_WINDOW": envint("LOGIN_ADDRESS_WINDOW", 15 * 60),
    "ACCOUNT_FAILURES": envint("LOGIN_ACCOUNT_FAILURES", 5),
    "ACCOUNT_WINDOW": envint("LOGIN_ACCOUNT_WINDOW", 15 * 60),
    "ACCOUNT_DELAY": envint("LOGIN_ACCOUNT_DELAY", 60),
}

# Content-Security-Policy (django-csp): scripts only from our own static files, nothing inline; styles allow
# inline style attributes (progress bars, htmx's indicator style), which cannot run code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The camera is used by the check-in page's QR scanner; nothing else is.
PERMISSIONS_POLICY = (
    "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
    "accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()"
)
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True

# Internationalisation: Vietnamese first, English second.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
# locale_vendor: Vietnamese for third-party apps that ship none (allauth); not touched by makemessages.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_vendor"]
FORMAT_MODULE_PATH = ["config.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", "Asia/Ho_Chi_Minh")
USE_THOUSAND_SEPARATOR = False

# WhiteNoise serves static files from the app folders too, so `make run` works with DEBUG off.
WHITENOISE_USE_FINDERS = envbool("WHITENOISE_USE_FINDERS", True)
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads. The proxy refuses bodies above REQUEST_BODY_MAX_BYTES too (client_max_body_size in deploy/nginx.conf);
# core.middleware.RequestBodyLimitMiddleware answers 413 from the Content-Length before anything is read.
REQUEST_BODY_MAX_BYTES = envint("REQUEST_BODY_MAX_BYTES", 25 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger files go to a temporary file, not memory
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # the non-file part of a request
DATA_UPLOAD_MAX_NUMBER_FILES = 10
ATTACHMENT_MAX_BYTES = envint("ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)
ATTACHMENTS_PER_REQUEST = envint("ATTACHMENTS_PER_REQUEST", 5)
ATTACHMENTS_PER_POST = envint("ATTACHMENTS_PER_POST", 10)
ATTACHMENT_POST_MAX_BYTES = envint("ATTACHMENT_POST_MAX_BYTES", 30 * 1024 * 1024)
ATTACHMENT_ORGANIZATION_MAX_BYTES = envint("ATTACHMENT_ORGANIZATION_MAX_BYTES", 200 * 1024 * 1024)
# DOCX/XLSX are zips: bounds on what they would inflate to.
ZIP_MAX_UNCOMPRESSED_BYTES = envint("ZIP_MAX_UNCOMPRESSED_BYTES", 50 * 1024 * 1024)
ZIP_MAX_RATIO = envint("ZIP_MAX_RATIO", 100)
ZIP_MAX_ENTRIES = envint("ZIP_MAX_ENTRIES", 2000)

# Cache: Redis when configured (production, CI), in-process memory otherwise. Sessions live in the database with
# the cache in front (cached_db), so a Redis outage logs nobody out; the cache then behaves as empty (core.cache).
REDIS_URL = env("REDIS_URL")
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": env("CACHE_REDIS_URL", REDIS_URL),
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "tsx"),
            "OPTIONS": {
                "socket_connect_timeout": float(env("CACHE_CONNECT_TIMEOUT", "0.5")),
                "socket_timeout": float(env("CACHE_SOCKET_TIMEOUT", "1")),
                "RETRY_AFTER": envint("CACHE_RETRY_AFTER", 5),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Celery: a real Redis broker when REDIS_URL is set, otherwise tasks run in-process.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", REDIS_URL or "memory://localhost/")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", REDIS_URL or "cache+memory://")
CELERY_TASK_ALWAYS_EAGER = not bool(REDIS_URL) and not envbool("CELERY_FORCE_BROKER", False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_TIME_LIMIT = envint("CELERY_TASK_TIME_LIMIT", 30 * 60)
CELERY_TASK_SOFT_TIME_LIMIT = envint("CELERY_TASK_SOFT_TIME_LIMIT", 25 * 60)
# Above the longest task, so Redis does not hand an unacknowledged task to a second worker. Short socket
# timeouts: a broker that is down must cost a request milliseconds, not the 19 s of Celery's default retries;
# follow-up work waits in core.outbox meanwhile.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 3600,
    "socket_connect_timeout": envint("CELERY_BROKER_CONNECT_TIMEOUT", 2),
    "socket_timeout": envint("CELERY_BROKER_SOCKET_TIMEOUT", 5),
    "max_retries": 0,  # publishing gives up at once (the outbox keeps the work); workers reconnect on their own
}
CELERY_BROKER_CONNECTION_TIMEOUT = envint("CELERY_BROKER_CONNECT_TIMEOUT", 2)
# Nothing reads task results (the outbox records completion), and a result store that is down would otherwise
# block every publish while Celery reconnects to it.
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
    "retry_policy": {"max_retries": 1},
}
# The outbox relay (core.outbox): how long the commit hook has before the relay steps in, when a message
# published but never done is sent again, how many attempts before a message is left for a person to look at.
OUTBOX_GRACE_SECONDS = envint("OUTBOX_GRACE_SECONDS", 30)
OUTBOX_RESEND_AFTER_SECONDS = envint("OUTBOX_RESEND_AFTER_SECONDS", 2 * 3600)
OUTBOX_MAX_ATTEMPTS = envint("OUTBOX_MAX_ATTEMPTS", 20)
OUTBOX_KEEP_DONE_DAYS = envint("OUTBOX_KEEP_DONE_DAYS", 7)
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "matching.tasks.*": {"queue": "matching"},
    "events.tasks.schedule_*": {"queue": "scheduling"},
}
CELERY_BEAT_SCHEDULE = {
    "outbox-relay": {"task": "core.tasks.outbox_relay", "schedule": 60.0},
    "posts-expire": {"task": "marketplace.tasks.posts_expire", "schedule": crontab(hour=1, minute=0)},
    "posts-remind-expiry": {"task": "marketplace.tasks.posts_remind_expiry", "schedule": crontab(hour=7, minute=0)},
    "workshop-outcomes-follow-up": {
        "task": "events.tasks.outcomes_ask_follow_up",
        "schedule": crontab(hour=8, minute=0),
    },
    "schedule-runs-recover": {"task": "events.tasks.schedule_runs_recover", "schedule": 60.0},
    "export-jobs-sweep": {"task": "core.tasks.export_jobs_sweep", "schedule": 60.0},
    "matching-recompute-all": {"task": "matching.tasks.match_recompute_all", "schedule": crontab(hour=2, minute=30)},
    "notifications-daily-digest": {
        "task": "core.tasks.notifications_send_digests",
        "schedule": crontab(hour=7, minute=30),
    },
    "connections-remind-stalled": {
        "task": "marketplace.tasks.connections_remind_stalled",
        "schedule": crontab(hour=7, minute=30),
    },
}

# Fault-injection tests only (core.faults): pause the first process that reaches this point.
FAULT_PAUSE_AT = env("FAULT_PAUSE_AT")
FAULT_PAUSE_FILE = env("FAULT_PAUSE_FILE", "/tmp/tsx-fault-paused")
FAULT_PAUSE_SECONDS = envint("FAULT_PAUSE_SECONDS", 30)
# A scheduler run whose worker has not reported for this long is taken over (a dead worker on the same host is
# seen at once through its process id). Above the solver's time limit, the longest step between two reports.
SCHEDULE_HEARTBEAT_TIMEOUT = envint("SCHEDULE_HEARTBEAT_TIMEOUT", 60)
# Exports built by a worker (core.export_jobs): when a silent builder counts as dead, how long a request waits for
# a small export before showing its progress page instead, how long finished files are kept.
EXPORT_HEARTBEAT_TIMEOUT = envint("EXPORT_HEARTBEAT_TIMEOUT", 60)
EXPORT_WAIT_SECONDS = float(env("EXPORT_WAIT_SECONDS", "2"))
EXPORT_KEEP_HOURS = envint("EXPORT_KEEP_HOURS", 24)

# E-mail: console in development; SMTP settings from the environment in production.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH") or None  # for the file-based backend (a mail drop, fault tests)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 20)
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Sàn giao dịch công nghệ <no-reply@localhost>")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")

# allauth: username or e-mail log-in, built-in rate limits (they use the cache above).
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "marketplace:dashboard"
ACCOUNT_LOGOUT_REDIRECT_URL = "marketplace:home"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", "optional")
ACCOUNT_LOGOUT_ON_GET = False
# Sign-up records acceptance of the current terms of use and privacy policy (core.pages).
ACCOUNT_SIGNUP_FORM_CLASS = "core.forms.SignupForm"
ACCOUNT_ADAPTER = "core.account_adapter.AccountAdapter"  # e-mails in the platform's layout, links from SITE_URL

# The province running this platform: change these (and the seeded data), not code.
# A merged province (e.g. Vĩnh Long) sets its own names and AREAS_FILE, then runs `manage.py load_areas`.
PLATFORM = {
    "PROVINCE_NAME": env("PROVINCE_NAME", "Trà Vinh"),
    "REGION_NAME": env("REGION_NAME", "Đồng bằng sông Cửu Long"),
    "AUTHORITY_NAME": env("AUTHORITY_NAME", "Sở Khoa học và Công nghệ tỉnh Trà Vinh"),
    "SITE_NAME": env("SITE_NAME", "Sàn giao dịch công nghệ"),
    # Communes and wards (two-level local government since 1 July 2025), one JSON file per deployment.
    "AREAS_FILE": env("AREAS_FILE", str(BASE_DIR / "marketplace" / "data" / "areas" / "tra_vinh.json")),
}
# Actions an organisation may take only once staff have verified it (core.verification.ACTIONS).
VERIFIED_ORGANIZATION_REQUIRED = set(
    envlist("VERIFIED_ORGANIZATION_REQUIRED", "workshop_registration,interest,meeting_request")
)
NEED_LIFETIME_DAYS = envint("NEED_LIFETIME_DAYS", 183)
OFFER_LIFETIME_DAYS = envint("OFFER_LIFETIME_DAYS", 365)
EXPIRY_REMINDER_DAYS = envint("EXPIRY_REMINDER_DAYS", 14)

REST_FRAMEWORK = {
    # Token first: its WWW-Authenticate header makes an anonymous call a 401, not a 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,  # throttles key on the real client, not a client-supplied header
    "DEFAULT_THROTTLE_CLASSES": [
        # DRF's, keeping their counters in this process's memory while Redis is down (core.throttling).
        "core.throttling.AnonRateThrottle",
        "core.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_THROTTLE_ANON", "120/min"),
        "user": env("API_THROTTLE_USER", "1200/min"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Technology supply-demand exchange API",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    **API_SCHEMA_SETTINGS,  # enum names, split request components, path prefix, description
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    # One line per task at INFO drowns everything else when tasks run in-process.
    "loggers": {"celery.app.trace": {"level": env("CELERY_TRACE_LOG_LEVEL", "WARNING")}},
}

# Matching: embed posts for the reranker's meaning feature (matching/conf.py, docs/matching.md "Results, round 9").
MATCHING_MEANING = envbool("MATCHING_MEANING", True)
# More place names kept out of matching, comma-separated, besides the areas file's and PROVINCE_NAME (matching/conf.py).
MATCHING_PLACE_NAMES = envlist("MATCHING_PLACE_NAMES", "")
