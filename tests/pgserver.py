"""A throw-away PostgreSQL server for tests and benchmarks: Debian's ``postgresql`` binaries
(installed with apt-get when missing and we are root), a cluster made by ``initdb`` in a
temporary folder, started by ``pg_ctl`` on a free local port, trust authentication, removed
when stopped. As root the server runs as the ``postgres`` user (or ``nobody``): PostgreSQL
refuses to run as root.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

USER = "chronica"
#: the superuser's password: TCP connections must give it (scram-sha-256), as on a real server
PASSWORD = "chronica-test"


class Unavailable(Exception):
    """No PostgreSQL binaries, and they cannot be installed here."""


def binaries() -> Path | None:
    """The newest ``/usr/lib/postgresql/N/bin`` holding initdb and pg_ctl (Debian's layout:
    they are not on PATH), else the folder of an ``initdb`` on PATH."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                   key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    for folder in reversed(found):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def install() -> Path:
    """The binaries' folder, installing Debian's ``postgresql`` with apt-get when missing."""
    folder = binaries()
    if folder is not None:
        return folder
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise Unavailable("PostgreSQL is not installed and cannot be installed here (needs root and "
                          "apt-get): apt-get install postgresql")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=600,
                       capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "postgresql"],
                       check=True, env=env, timeout=900, capture_output=True)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        raise Unavailable(f"could not install postgresql with apt-get: {exc}") from exc
    folder = binaries()
    if folder is None:
        raise Unavailable("apt-get install postgresql did not provide initdb and pg_ctl")
    return folder


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One running cluster; :meth:`url` of a database in it, :meth:`create_database`,
    :meth:`stop`."""

    def __init__(self) -> None:
        self.bin = install()
        self.root = Path(tempfile.mkdtemp(prefix="chronica-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:
            name = "postgres" if _user_exists("postgres") else "nobody"
            entry = pwd.getpwnam(name)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
            self._as = ["runuser", "-u", name, "--"]
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self._as:
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", USER, "--pwfile", str(pwfile),
                  "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                  "--locale=C.UTF-8" if _has_locale("C.UTF-8") else "--no-locale")
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "120", "-l", str(self.root / "log"),
                  "-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off",
                  "start")

    def _run(self, tool: str, *args: str) -> None:
        result = subprocess.run([*self._as, str(self.bin / tool), *args], capture_output=True,
                                text=True, timeout=300, cwd=self.root)
        if result.returncode:
            log = self.root / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed: {result.stderr.strip()} {tail}")

    def url(self, database: str = "postgres", password: str = PASSWORD) -> str:
        return f"postgresql://{USER}:{password}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _has_locale(name: str) -> bool:
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=10).stdout
    except OSError:
        return False
    return name.lower().replace("-", "") in {line.lower().replace("-", "") for line in out.split()}
