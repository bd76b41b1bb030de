"""Settings for the test suite: the real settings with fast password hashing and temporary files."""

import os
import tempfile

os.environ["DJANGO_TESTING"] = "true"
os.environ.setdefault("VAR_DIR", tempfile.mkdtemp(prefix="councillor-safety-test-"))

from config.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
