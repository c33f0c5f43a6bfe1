"""Shared test fixtures: a fresh database file per test, ways to look into it, and ways to run the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from sla import cli
from tests.e2e_support import browser  # noqa: F401 (the browser tests' fixture, shared)

REPO = Path(__file__).resolve().parents[1]
EXPORTS = REPO / "tests" / "fixtures" / "exports"
# The public data sets live in shared/ beside the checkout (also on CI, where the repo is cloned elsewhere).
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass
class Outcome:
    """What a CLI run showed the user."""

    code: int
    out: str
    err: str


def query(db: Path, text: str, params: list | dict | None = None) -> list[tuple]:
    """Rows of a query on the store, opened read-only and closed again (so it holds no lock)."""
    with duckdb.connect(str(db), read_only=True) as con:
        con.execute("set TimeZone = 'UTC'")
        return con.execute(text, params or []).fetchall()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """The full contents of every table of the store; {} when there is no database file."""
    if not db.exists():
        return {}
    tables = query(db, "select table_name from information_schema.tables "
                       "where table_schema = 'main' and table_type = 'BASE TABLE' order by 1")
    return {t: query(db, f'select * from "{t}" order by all') for (t,) in tables}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database file that does not exist yet."""
    return tmp_path / "t.duckdb"


@pytest.fixture
def write(tmp_path: Path):
    """write(name, text_or_bytes, encoding="utf-8") -> path of a file under tmp_path, written byte-exact."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return _write


@pytest.fixture
def sla(db: Path, capsys: pytest.CaptureFixture):
    """sla(*args) runs `python -m sla --db <db> *args` in this process; returns code, stdout, stderr."""

    def _run(*args: str | Path) -> Outcome:
        try:
            code = cli.main(["--db", str(db), *map(str, args)])
        except SystemExit as exc:  # argparse errors
            code = exc.code
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Outcome(code, out, err)

    return _run


def sla_command(db: Path, *args: str | Path) -> list[str]:
    """The command line of `python -m sla --db <db> *args`, run from the repository root."""
    return [sys.executable, "-m", "sla", "--db", str(db), *map(str, args)]


@pytest.fixture
def sla_process(db: Path):
    """sla_process(*args, env=None) runs `python -m sla` as a real process; returns code, stdout, stderr."""

    def _run(*args: str | Path, env: dict[str, str] | None = None, timeout: float = 60) -> Outcome:
        done = subprocess.run(sla_command(db, *args), cwd=REPO, capture_output=True, text=True,
                              env={**os.environ, **(env or {})}, timeout=timeout)
        assert "Traceback" not in done.stderr, done.stderr
        return Outcome(done.returncode, done.stdout, done.stderr)

    return _run


DEMO_END = date(2026, 11, 15)  # fixed, so the demo data (and every figure tested on it) never moves
DEMO_MONTH = "2026-10"  # the last complete month of the demo data


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the full demo data set, built once per test session (about 20 s); do not write to it."""
    from sla import demo

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    demo.load(db, end=DEMO_END, say=lambda line: None)
    return db


def open_page(page: str | None, db: Path, monkeypatch: pytest.MonkeyPatch, timeout: int = 60,
              **state: object) -> AppTest:
    """The dashboard on `db` at `page` (e.g. "breaches"; None: the first page), after its first run, with the
    demo month, English and any other session state (shared filters and page widgets, by key) set beforehand."""
    monkeypatch.setenv("SLA_DB", str(db))
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=timeout)
    for key, value in {"month": DEMO_MONTH, "lang": "en", **state}.items():
        at.session_state[key] = value
    at.run()
    if page:
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception
    return at
