"""Settings for the test suite: the real settings with fast password hashing and temporary files."""

import os
import tempfile

os.environ["DJANGO_TESTING"] = "true"
os.environ.setdefault("VAR_DIR", tempfile.mkdtemp(prefix="councillor-safety-test-"))

from config.settings import *  # noqa: F403
from config.settings import DATABASES, VAR_DIR

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, as in production: an in-memory shared-cache database ignores the busy timeout, so
    # concurrent writers fail at once instead of waiting their turn.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
