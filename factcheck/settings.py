"""Settings for Factcheck, read only from the environment (12-factor).

Every variable has a default that works on a laptop (the embedded mode of DESIGN.md
section 2); `.env.example` lists them all. Malformed values fail at start-up.
"""

from __future__ import annotations

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A local `.env` (written by `make run`) is read when present; real environment wins.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)


def _env_or_fail(reader, name, **kwargs):
    try:
        return reader(name, **kwargs)
    except (ValueError, environ.ImproperlyConfigured) as exc:
        raise ImproperlyConfigured(f"Environment variable {name} is malformed: {exc}") from exc


DEBUG = _env_or_fail(env.bool, "DEBUG", default=False)

DEVELOPMENT_SECRET_KEY = "django-insecure-factcheck-development-key-do-not-deploy"
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY and DEBUG:
    SECRET_KEY = DEVELOPMENT_SECRET_KEY
if SECRET_KEY == DEVELOPMENT_SECRET_KEY and not DEBUG:
    raise ImproperlyConfigured(
        "The development SECRET_KEY is refused when DEBUG is off: set SECRET_KEY to a secret value."
    )
# An unset SECRET_KEY with DEBUG off is allowed for commands that sign nothing
# (migrate, ingest, extract_claims); Django refuses it as soon as anything needs signing.

ALLOWED_HOSTS = _env_or_fail(env.list, "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = _env_or_fail(env.list, "CSRF_TRUSTED_ORIGINS", default=[])

# HTTPS hardening (`manage.py check --deploy` reports nothing with DEBUG off, a real key and
# ALLOWED_HOSTS). FACTCHECK_HTTPS says the site is served over HTTPS, usually by a TLS proxy in
# front of gunicorn that sets X-Forwarded-Proto; it defaults to on unless DEBUG is, and sets the
# defaults below, each of which its own variable overrides. `make run` (the demo over plain http
# on 127.0.0.1) turns it off.
FACTCHECK_HTTPS = _env_or_fail(env.bool, "FACTCHECK_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = _env_or_fail(env.bool, "SECURE_SSL_REDIRECT", default=FACTCHECK_HTTPS)
SESSION_COOKIE_SECURE = _env_or_fail(env.bool, "SESSION_COOKIE_SECURE", default=FACTCHECK_HTTPS)
CSRF_COOKIE_SECURE = _env_or_fail(env.bool, "CSRF_COOKIE_SECURE", default=FACTCHECK_HTTPS)
SECURE_HSTS_SECONDS = _env_or_fail(env.int, "SECURE_HSTS_SECONDS", default=31_536_000 if FACTCHECK_HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_or_fail(env.bool, "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=FACTCHECK_HTTPS)
SECURE_HSTS_PRELOAD = _env_or_fail(env.bool, "SECURE_HSTS_PRELOAD", default=FACTCHECK_HTTPS)
# Trust X-Forwarded-Proto from the proxy: only right when a proxy always sets (or strips) it.
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https")
    if _env_or_fail(env.bool, "SECURE_PROXY_SSL_HEADER", default=FACTCHECK_HTTPS)
    else None
)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI served from here, not a CDN
    "django_celery_beat",
    "simple_history",
    "corsheaders",
    "sources",
    "claims",
    "partners",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Every error under /api/ is JSON ({"code", "message"}): unknown paths, 500s.
    "factcheck.middleware.ApiJsonErrorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "factcheck.urls"

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
            ],
        },
    },
]

WSGI_APPLICATION = "factcheck.wsgi.application"

# No DATABASE_URL means the embedded SQLite file in the project folder.
DATABASES = {
    "default": _env_or_fail(env.db, "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers wait for each other instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 30
else:
    # Persistent connections, checked before reuse so a restarted PostgreSQL is survived.
    DATABASES["default"]["CONN_MAX_AGE"] = _env_or_fail(env.int, "CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# The claim list prepares its queries on the connection (claims.selectors.lean_reads);
# turn off behind a connection pooler in transaction mode, which cannot keep them.
DATABASE_PREPARED_STATEMENTS = _env_or_fail(env.bool, "DATABASE_PREPARED_STATEMENTS", default=True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# No CACHE_URL means per-process memory; set it (redis://...) when several web processes
# must share API throttle counts.
CACHES = {"default": _env_or_fail(env.cache_url, "CACHE_URL", default="locmemcache://")}
if "redis" in CACHES["default"]["BACKEND"].lower():
    # A stopped Redis must fail fast: the throttle then serves the request (fails open) and logs.
    CACHES["default"].setdefault("OPTIONS", {}).update({"socket_connect_timeout": 1, "socket_timeout": 1})

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env.str("LANGUAGE_CODE", default="en")
LANGUAGES = [("en", "English"), ("id", "Bahasa Indonesia")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

# The API's views set these through one base class (factcheck/api/views.py); the defaults here
# match it, for any view that does not use that base (authentication is set here only).
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "factcheck.api.schema.FactcheckAutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "partners.authentication.PartnerTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["factcheck.api.access.ApiPermission"],
    "DEFAULT_THROTTLE_CLASSES": ["factcheck.api.access.ApiThrottle"],
    # Per partner token, per signed-in user, per address for anonymous callers.
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("FACTCHECK_THROTTLE_ANON", default="60/minute"),
        "partner": env.str("FACTCHECK_THROTTLE_PARTNER", default="600/minute"),
        "user": env.str("FACTCHECK_THROTTLE_USER", default="600/minute"),
    },
    "DEFAULT_PARSER_CLASSES": ["factcheck.api.common.LimitedJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "factcheck.api.common.ApiCursorPagination",
    "PAGE_SIZE": _env_or_fail(env.int, "FACTCHECK_API_PAGE_SIZE", default=50),
    "EXCEPTION_HANDLER": "factcheck.api.common.exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Factcheck API",
    "DESCRIPTION": "Numeric claims in news articles, cross-referenced across sources.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Request strings that may not be blank say so (minLength 1), as the serializers enforce.
    "ENFORCE_NON_BLANK_FIELDS": True,
}

CORS_ALLOWED_ORIGINS = _env_or_fail(env.list, "CORS_ALLOWED_ORIGINS", default=[])

# Celery: no broker URL means tasks run eagerly in-process, exceptions propagated.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
# A task whose worker died is redelivered instead of being acknowledged as lost.
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = _env_or_fail(env.int, "CELERY_TASK_SOFT_TIME_LIMIT", default=120)
CELERY_TASK_TIME_LIMIT = _env_or_fail(env.int, "CELERY_TASK_TIME_LIMIT", default=180)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="celery")
# Publishing gives up quickly when Redis is down: the row stays pending and a sweep picks it up.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
    # An unacknowledged task (its worker was killed) is delivered again after this long.
    "visibility_timeout": _env_or_fail(env.int, "CELERY_VISIBILITY_TIMEOUT", default=3600),
}
# Celery's Django fixup closes the database connection before and after every task unless
# this is set, so each task opened a new PostgreSQL connection (a backend to start, its caches
# cold): about as many connections as tasks in bench/bench_ingest.py. Kept instead for this
# many tasks, and checked before each one as Django does per request (factcheck/celery.py).
CELERY_DB_REUSE_MAX = _env_or_fail(env.int, "CELERY_DB_REUSE_MAX", default=1000)
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = TIME_ZONE

# Verification (DESIGN.md section 5).
FACTCHECK_CREDIBILITY_THRESHOLD = _env_or_fail(env.float, "FACTCHECK_CREDIBILITY_THRESHOLD", default=0.5)
FACTCHECK_WINDOW_DAYS = _env_or_fail(env.int, "FACTCHECK_WINDOW_DAYS", default=1)
# Event discovery (docs/architecture.md): an article joins an event whose dates, widened by
# this many days, hold its date; the index assumes no story lasts longer than the max span;
# places in the home country are told apart by province, places abroad by country.
FACTCHECK_DISCOVERY_WINDOW_DAYS = _env_or_fail(env.int, "FACTCHECK_DISCOVERY_WINDOW_DAYS", default=10)
FACTCHECK_DISCOVERY_MAX_SPAN_DAYS = _env_or_fail(env.int, "FACTCHECK_DISCOVERY_MAX_SPAN_DAYS", default=120)
FACTCHECK_HOME_COUNTRY = env.str("FACTCHECK_HOME_COUNTRY", default="indonesia").strip().lower()
FACTCHECK_RECHECK_AFTER_HOURS = _env_or_fail(env.float, "FACTCHECK_RECHECK_AFTER_HOURS", default=6.0)
FACTCHECK_RECHECK_BATCH_SIZE = _env_or_fail(env.int, "FACTCHECK_RECHECK_BATCH_SIZE", default=500)
# Claims per verification task: a task reads each (event, measure) group of its batch once,
# and takes along up to as many other owed claims of its groups. Extraction no longer waits on
# a batch's locks (owed checks, docs/performance.md), so larger batches cost it nothing: 100
# took the CPU of the ingest benchmark's checks from ~1.5 s to ~1.2 s against 50 (250: ~1.0 s).
FACTCHECK_VERIFY_BATCH_SIZE = _env_or_fail(env.int, "FACTCHECK_VERIFY_BATCH_SIZE", default=100)
if FACTCHECK_VERIFY_BATCH_SIZE < 1:
    raise ImproperlyConfigured("FACTCHECK_VERIFY_BATCH_SIZE must be at least 1.")
# Articles longer than this are refused with a clear error instead of stalling a worker.
FACTCHECK_MAX_ARTICLE_CHARS = _env_or_fail(env.int, "FACTCHECK_MAX_ARTICLE_CHARS", default=2_000_000)
# An article with more claims than this is marked failed with the reason (a table of figures
# or hostile input, not a news story); each claim's sentence is cut to 1,000 characters (claims/bounds.py).
FACTCHECK_MAX_CLAIMS_PER_ARTICLE = _env_or_fail(env.int, "FACTCHECK_MAX_CLAIMS_PER_ARTICLE", default=2000)
# POST extract/ answers within the request, so it has its own budget: a longer text answers 413,
# more claims than the limit or a run past the time budget (seconds) answer 422.
FACTCHECK_EXTRACT_MAX_CHARS = _env_or_fail(env.int, "FACTCHECK_EXTRACT_MAX_CHARS", default=100_000)
FACTCHECK_EXTRACT_MAX_CLAIMS = _env_or_fail(env.int, "FACTCHECK_EXTRACT_MAX_CLAIMS", default=5000)
FACTCHECK_EXTRACT_TIME_BUDGET = _env_or_fail(env.float, "FACTCHECK_EXTRACT_TIME_BUDGET", default=10.0)
FACTCHECK_ORGANISATION_NAME = env.str("FACTCHECK_ORGANISATION_NAME", default="Factcheck")
FACTCHECK_ORGANISATION_URL = env.str("FACTCHECK_ORGANISATION_URL", default="https://factcheck.example.org")
# Where the public fact-check pages live (ClaimReview's url): the configured site, never the
# host a request came in by. Unset: the organisation's site.
FACTCHECK_SITE_URL = env.str("FACTCHECK_SITE_URL", default="") or FACTCHECK_ORGANISATION_URL
if not FACTCHECK_SITE_URL.lower().startswith(("http://", "https://")):
    raise ImproperlyConfigured(f"FACTCHECK_SITE_URL must be an http(s) URL, got {FACTCHECK_SITE_URL!r}.")

# API request bodies past this answer 413 (admin forms share the limit).
FACTCHECK_MAX_REQUEST_BYTES = _env_or_fail(env.int, "FACTCHECK_MAX_REQUEST_BYTES", default=4 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = FACTCHECK_MAX_REQUEST_BYTES
# Fetching articles submitted by URL (sources/fetching.py). Loopback is refused unless
# allowed (tests serve pages from 127.0.0.1); private and link-local addresses always are.
FACTCHECK_FETCH_TIMEOUT = _env_or_fail(env.float, "FACTCHECK_FETCH_TIMEOUT", default=15.0)
FACTCHECK_FETCH_MAX_BYTES = _env_or_fail(env.int, "FACTCHECK_FETCH_MAX_BYTES", default=5 * 1024 * 1024)
FACTCHECK_FETCH_MAX_REDIRECTS = _env_or_fail(env.int, "FACTCHECK_FETCH_MAX_REDIRECTS", default=5)
FACTCHECK_FETCH_ALLOW_LOOPBACK = _env_or_fail(env.bool, "FACTCHECK_FETCH_ALLOW_LOOPBACK", default=False)
# Webhooks (partners/tasks.py): backoff doubles from BASE seconds up to MAX per attempt.
FACTCHECK_WEBHOOK_TIMEOUT = _env_or_fail(env.float, "FACTCHECK_WEBHOOK_TIMEOUT", default=10.0)
FACTCHECK_WEBHOOK_MAX_ATTEMPTS = _env_or_fail(env.int, "FACTCHECK_WEBHOOK_MAX_ATTEMPTS", default=8)
FACTCHECK_WEBHOOK_BACKOFF_BASE = _env_or_fail(env.int, "FACTCHECK_WEBHOOK_BACKOFF_BASE", default=10)
FACTCHECK_WEBHOOK_BACKOFF_MAX = _env_or_fail(env.int, "FACTCHECK_WEBHOOK_BACKOFF_MAX", default=3600)
# Without a broker (the embedded mode) deliveries are POSTed by a background thread after the
# response; True POSTs them (with every retry) within the request instead, for tests only.
FACTCHECK_WEBHOOK_SEND_IN_REQUEST = _env_or_fail(env.bool, "FACTCHECK_WEBHOOK_SEND_IN_REQUEST", default=False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}
