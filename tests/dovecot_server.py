"""A throw-away Dovecot IMAP server on loopback, for tests and benchmarks.

Started from Debian's `dovecot-imapd` binaries with its own configuration in a temporary folder
and its own port; nothing of the machine's own mail set-up is used or touched.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:~/Maildir
default_login_user = {login_user}
default_internal_user = {internal_user}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_group} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


ACCOUNTS = 1000
PASSWORD = "imap-secret"


@dataclass
class Dovecot:
    """The server, with a pool of empty accounts created at start-up.

    Dovecot re-reads its users file only when the file's modification time changes, which can
    miss changes made within the same second; a pool made once avoids that.
    """

    root: Path
    port: int
    process: subprocess.Popen[bytes]
    host: str = "127.0.0.1"
    password: str = PASSWORD
    _next: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def new_account(self) -> str:
        number = next(self._next)
        if number > ACCOUNTS:
            raise RuntimeError("The test IMAP server has run out of accounts")
        return f"account{number}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.root, ignore_errors=True)


def start() -> Dovecot:
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not Path(binary).exists():
        raise RuntimeError("Dovecot is not installed: run `make system-packages`")
    root = Path(tempfile.mkdtemp(prefix="councillor-safety-imap-"))
    root.chmod(0o755)  # Dovecot's auth process runs as its own user and must read the users file
    for sub in ("run", "state", "home"):
        (root / sub).mkdir()
    if os.geteuid() == 0:
        mail_user = mail_group = "mail"
        login_user, internal_user = "dovenull", "dovecot"
        uid, gid = pwd.getpwnam("mail").pw_uid, pwd.getpwnam("mail").pw_gid
        os.chown(root / "home", uid, gid)
    else:
        me = pwd.getpwuid(os.geteuid()).pw_name
        mail_user = mail_group = str(os.geteuid())
        login_user = internal_user = me
    port = free_port()
    (root / "users").write_text(
        "".join(f"account{n}:{{PLAIN}}{PASSWORD}::::\n" for n in range(1, ACCOUNTS + 1))
    )
    (root / "dovecot.conf").write_text(
        CONFIG.format(
            root=root,
            port=port,
            mail_user=mail_user,
            mail_group=mail_group,
            login_user=login_user,
            internal_user=internal_user,
        )
    )
    process = subprocess.Popen(  # noqa: S603 - a fixed binary with a config file this function wrote
        [binary, "-F", "-c", str(root / "dovecot.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return Dovecot(root=root, port=port, process=process)
        except OSError:
            time.sleep(0.1)
    process.kill()
    log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
    raise RuntimeError(f"Dovecot did not start: {log[-2000:]}")
