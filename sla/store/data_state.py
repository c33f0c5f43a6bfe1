"""Which data a figure was made from: the imports, configuration version and exclusion changes in the store, as a
short fingerprint that every report and export states, so two files can be told to rest on the same data."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import duckdb

from sla import i18n


@dataclass(frozen=True)
class DataState:
    """The imports, configuration version and exclusion changes the store holds, and their fingerprint."""

    imports: int
    last_import_at: datetime | None
    config_version: int | None
    exclusion_changes: int
    fingerprint: str

    def label(self, lang: str = "en", tz: str = "UTC") -> str:
        """'14 imports (last 2026-11-15 06:00), configuration version 3, 2 exclusion changes; fingerprint …'."""
        last = (self.last_import_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(tz)).replace(tzinfo=None)
                if self.last_import_at else None)
        return i18n.t("data_state.label", lang, imports=i18n.number(self.imports, lang),
                      last=i18n.moment(last, lang), config=self.config_version or "–",
                      exclusions=i18n.number(self.exclusion_changes, lang), fingerprint=self.fingerprint)


def read(con: duckdb.DuckDBPyConnection) -> DataState:
    """The store's data state: changes with every import, undo, configuration version and exclusion."""
    batches = con.execute("select batch_id, sha256, imported_at from batches order by batch_id").fetchall()
    config = con.execute("select max(version) from config_versions").fetchone()[0]
    exclusions = con.execute("select count(*) from breach_exclusions").fetchone()[0]
    text = "|".join([*(f"{b}:{sha}" for b, sha, _ in batches), f"config:{config}", f"exclusions:{exclusions}"])
    return DataState(len(batches), max((b[2] for b in batches), default=None), config, exclusions,
                     hashlib.sha256(text.encode()).hexdigest()[:10])
