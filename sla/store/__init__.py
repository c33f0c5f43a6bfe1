"""The DuckDB store: where the file lives, opening it safely beside a running dashboard, schema, versions."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from sla.store import sql

DEFAULT_DB = Path(__file__).resolve().parents[2] / "data" / "sla.duckdb"
MIGRATIONS = [
    "store/0001_schema",
    "store/0002_config",
    "store/0003_exclusions",
    "store/0004_volume_unit",
    "store/0005_competitors",
    "store/0006_marts_state",
    "store/0007_exclusion_client_text",
    "store/0008_delivery",
    "store/0009_marts_touched",
    "store/0010_source_business_minutes",
    "store/0011_ticket_agent",
    "store/0012_config_links",
    "store/0013_source_calendar",
    "store/0014_config_users",
    "store/0015_actors",
    "store/0016_config_adoptions",
]
LOCK_WAIT_SECONDS = 60.0


def default_path() -> Path:
    """The database file: $SLA_DB, else data/sla.duckdb."""
    return Path(os.environ.get("SLA_DB") or DEFAULT_DB)


def _is_lock_error(exc: Exception) -> bool:
    return "lock" in str(exc).lower()


@contextmanager
def connect(
    path: Path | str | None = None,
    read_only: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the store for a short piece of work; wait (bounded) while another process holds the file.

    The file is always opened read-write: DuckDB refuses, within one process, a second connection to the same
    file with another access mode, and a dashboard process both reads (pages) and writes (uploads). A read-only
    open would not help other processes either: any open holds the file lock. `read_only` documents intent.
    """
    path = Path(path or default_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    said = False
    while True:
        try:
            con = duckdb.connect(str(path))
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or time.monotonic() > deadline:
                raise
            if on_wait and not said:
                on_wait(f"The database {path.name} is in use by another program; waiting for it ...")
                said = True
            time.sleep(0.2)
    try:
        con.execute("set TimeZone = 'UTC'; set enable_progress_bar = false")
        migrate(con)
        yield con
    finally:
        con.close()


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring the schema up to date (idempotent)."""
    con.execute("create table if not exists schema_migrations (name varchar primary key, applied_at timestamp)")
    done = {r[0] for r in con.execute("select name from schema_migrations").fetchall()}
    for name in MIGRATIONS:
        if name in done:
            continue
        con.execute("begin")
        con.execute(sql.text(name))
        con.execute("insert into schema_migrations values (?, now())", [name])
        con.execute("commit")
    views = _views_signature()
    if (views,) not in con.execute("select name from schema_migrations").fetchall():
        con.execute("begin")
        create_views(con)
        con.execute("delete from schema_migrations where name like 'views:%'")
        con.execute("insert into schema_migrations values (?, now())", [views])
        con.execute("commit")


def _views_signature() -> str:
    texts = "".join(p.read_text() for p in sorted((sql.QUERIES / "staging").glob("*.sql")))
    return "views:" + hashlib.sha256(texts.encode()).hexdigest()[:16]


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the staging views (stg_*) and the macros they share from queries/staging, so the database always
    matches the code."""
    for path in sorted((sql.QUERIES / "staging").glob("*.sql"), key=lambda p: (p.stem.startswith("stg_"), p.stem)):
        text = sql.text("staging/" + path.stem)
        con.execute(f"create or replace view {path.stem} as {text}" if path.stem.startswith("stg_") else text)


def _version_file(path: Path | str | None) -> Path:
    path = Path(path or default_path())
    return path.with_name(path.name + ".version")


def data_version(path: Path | str | None = None) -> str:
    """A token that changes whenever data or configuration changes; readable without opening the database."""
    f = _version_file(path)
    return f.read_text() if f.exists() else "0"


def bump_version(path: Path | str | None = None) -> None:
    """Mark the data as changed so cached query results are recomputed."""
    _version_file(path).write_text(str(time.time_ns()))


def is_empty(con: duckdb.DuckDBPyConnection) -> bool:
    """True when no import has ever been stored."""
    return con.execute("select count(*) from batches").fetchone()[0] == 0
