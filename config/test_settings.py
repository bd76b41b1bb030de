"""Settings for the test suite: the real settings with fast password hashing and temporary files."""

import atexit
import os
import shutil
import tempfile

os.environ["DJANGO_TESTING"] = "true"
if "VAR_DIR" not in os.environ:
    # Test workers and the subprocesses tests start inherit this directory through the
    # environment, so only the process that made it removes it, once everything else is done.
    _var_dir = tempfile.mkdtemp(prefix="councillor-safety-test-")
    os.environ["VAR_DIR"] = _var_dir
    atexit.register(shutil.rmtree, _var_dir, ignore_errors=True)

from config.settings import *  # noqa: F403
from config.settings import DATABASES, VAR_DIR

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, as in production: an in-memory shared-cache database ignores the busy timeout, so
    # concurrent writers fail at once instead of waiting their turn.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
