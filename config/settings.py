"""Settings for Councillor Safety, read from the environment.

With nothing set, the service runs on the embedded default: SQLite and local evidence storage
under ``var/``. Production sets ``DJANGO_DEBUG=false``, ``SECRET_KEY``, ``ALLOWED_HOSTS`` and
``DATABASE_URL`` at least; see ``.env.example`` and the README.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from councillor_safety.core.env import (
    ConfigurationError,
    env_bool,
    env_int,
    env_list,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DJANGO_DEBUG", default=False)
TESTING = env_bool("DJANGO_TESTING", default=False)

if DEBUG or TESTING:
    SECRET_KEY = env_str(
        "SECRET_KEY", "insecure-development-key-never-use-in-production-0123456789"
    )
else:
    SECRET_KEY = env_str("SECRET_KEY")
    if len(SECRET_KEY) < 50:
        raise ConfigurationError("SECRET_KEY must be at least 50 characters long")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG or TESTING else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
SERVICE_NAME = "Councillor Safety"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_forms_gds",
    "govuk_frontend_django",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "councillor_safety.core",
    "councillor_safety.accounts",
    "councillor_safety.incidents",
    "councillor_safety.triage",
    "councillor_safety.screening",
    "councillor_safety.cases",
    "councillor_safety.subjects",
    "councillor_safety.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "councillor_safety.core.request_context.RequestContextMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "councillor_safety.accounts.middleware.SessionTimeoutMiddleware",
    "councillor_safety.accounts.middleware.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "councillor_safety.core.middleware.NoStoreForAuthenticatedMiddleware",
    "axes.middleware.AxesMiddleware",
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
                "csp.context_processors.nonce",
                "councillor_safety.core.context_processors.service",
                "councillor_safety.core.navigation.navigation",
            ],
            "string_if_invalid": "",
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'councillor_safety.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets the worker and the web process write without "database is locked" errors.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts and sessions ------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "councillor_safety.accounts.backends.CouncilUserBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_NAME = "cs_session"
SESSION_COOKIE_AGE = env_int("SESSION_ABSOLUTE_TIMEOUT_MINUTES", 12 * 60, minimum=5) * 60
SESSION_IDLE_TIMEOUT = env_int("SESSION_IDLE_TIMEOUT_MINUTES", 30, minimum=1) * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "councillor_safety.core.views.csrf_failure"

AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15, minimum=1))
# Lock the account name and, separately, an address that sprays many account names.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0) or None

OTP_TOTP_ISSUER = SERVICE_NAME
OTP_TOTP_THROTTLE_FACTOR = 1

# --- Security headers -----------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = not TESTING
    CSRF_COOKIE_SECURE = not TESTING
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not TESTING)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if env_bool("BEHIND_TLS_PROXY", default=False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# --- Files ----------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
if DEBUG or TESTING:
    # Served from the finders by WhiteNoise; production runs collectstatic into this folder.
    WHITENOISE_USE_FINDERS = True
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "frontend" / "dist"]
EVIDENCE_ROOT = Path(env_str("EVIDENCE_ROOT", str(VAR_DIR / "evidence")))
EVIDENCE_MAX_BYTES = env_int("EVIDENCE_MAX_MB", 20, minimum=1) * 1024 * 1024
EVIDENCE_MAX_FILES = env_int("EVIDENCE_MAX_FILES", 10, minimum=1)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700

_evidence_bucket = env_str("EVIDENCE_S3_BUCKET", "-")
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(VAR_DIR / "files")},
    },
    "evidence": (
        {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(EVIDENCE_ROOT), "base_url": None},
        }
        if _evidence_bucket == "-"
        else {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": _evidence_bucket,
                "endpoint_url": env_str("EVIDENCE_S3_ENDPOINT_URL", "") or None,
                "region_name": env_str("EVIDENCE_S3_REGION", "") or None,
                "default_acl": "private",
                "querystring_auth": True,
                "file_overwrite": False,
                "object_parameters": {"ServerSideEncryption": "AES256"},
            },
        }
    ),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        ),
    },
}

# --- Mail -----------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Councillor Safety <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = env_str("EMAIL_HOST", "-")
if EMAIL_HOST == "-":
    # No mail server configured: keep messages as files so nothing is silently dropped.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = str(VAR_DIR / "mail")
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
    EMAIL_TIMEOUT = 30

# GOV.UK Notify for text messages to the on-call officer (optional: e-mail is always sent).
NOTIFY_API_KEY = env_str("NOTIFY_API_KEY", "")
NOTIFY_SMS_TEMPLATE_ID = env_str("NOTIFY_SMS_TEMPLATE_ID", "")
NOTIFY_BASE_URL = env_str("NOTIFY_BASE_URL", "https://api.notifications.service.gov.uk")
if NOTIFY_API_KEY and not NOTIFY_SMS_TEMPLATE_ID:
    raise ConfigurationError("NOTIFY_SMS_TEMPLATE_ID must be set when NOTIFY_API_KEY is")

# Key for stored credentials such as mailbox passwords (a Fernet key); derived from SECRET_KEY if unset.
CREDENTIALS_KEY = env_str("CREDENTIALS_KEY", "")

# --- Background tasks -----------------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if TESTING
            else "django_tasks_db.DatabaseBackend"
        ),
        "QUEUES": ["default"],
    }
}

# Queued every minute by `manage.py run_scheduler`; each is safe to run twice.
SCHEDULED_TASKS = [
    "councillor_safety.triage.tasks.tick",
    "councillor_safety.screening.tasks.sync_due_mailboxes",
    "councillor_safety.screening.tasks.read_unread_evidence",
    "councillor_safety.subjects.tasks.tick",
]

# --- Forms and pages ------------------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"
CRISPY_FAIL_SILENTLY = False

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Logging: events and ids only; never report text, names or secrets ----------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING" if TESTING else "INFO"},
        "axes": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
