"""A preview of how an export would be imported: its kind, preset, column mapping and first rows.

The Data page shows it before an import, so the user can check (and change) which column feeds which canonical
field. Nothing is stored: the file is inspected the way the importer inspects it (sla.imports.readers) and only its
first rows are read.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from zoneinfo import available_timezones

import pandas as pd

from sla import store
from sla.imports import ingest, layout, presets, readers
from sla.store import settings

SAMPLE_ROWS = 5
EXAMPLES = 3  # example values shown per mapped field
TIMEZONES: tuple[str, ...] = tuple(sorted(available_timezones()))
# The fields a value for every row can stand in for (ingest_file's customer= and service=), per kind.
DEFAULTS: dict[str, tuple[str, ...]] = {
    "tickets": ("customer", "service"), "checks": ("service",), "outages": ("service",),
    "feedback": ("customer",), "maintenance": ("service",),
}


@dataclass(frozen=True)
class MappingPreview:
    """What the importer would make of a file, before anything is stored."""

    file_name: str
    kind: str | None  # None: not recognised from the columns and not chosen
    preset: str | None  # the preset's name (presets.BY_NAME)
    detected: str | None  # the preset recognised from the header alone, if any
    mapping: dict[str, str]  # canonical field -> column in the file, as the preset finds it
    fields: tuple[str, ...]  # every canonical field of the kind, required ones first
    required: tuple[str, ...]
    columns: tuple[str, ...]  # the file's header
    rows: pd.DataFrame  # the first rows as text, one column per header (made unique for display)
    detection: presets.Detection | None = None  # the evidence for the preset shown: score, columns, how sure
    nearest: presets.Detection | None = None  # the best preset of any kind, also when it does not fit
    sheet: str | None = None  # the workbook sheet read
    sheets: tuple[str, ...] = ()
    header_row: int = 1  # 0: no header row
    timezone: str | None = None  # the zone the file or its system always uses (Qualtrics' import ids, Uptime Kuma)

    def missing(self, mapping: Mapping[str, str] | None = None, defaults: Collection[str] = ()) -> list[str]:
        """Required fields that no column feeds (with `mapping` instead of the preset's, if given)."""
        if self.kind is None:
            return []
        return ingest.missing_fields(self.kind, self.mapping if mapping is None else mapping, defaults)

    def table(self, mapping: Mapping[str, str] | None = None) -> pd.DataFrame:
        """One row per canonical field: field, required, column (None when not mapped), examples from the file."""
        mapping = self.mapping if mapping is None else mapping
        return pd.DataFrame({
            "field": list(self.fields),
            "required": [f in self.required for f in self.fields],
            "column": pd.Series([mapping.get(f) for f in self.fields], dtype=object),
            "examples": [self.examples(mapping.get(f)) for f in self.fields],
        })

    def examples(self, column: str | None) -> str:
        """The first few distinct values of a column in the sample rows, '' for no column."""
        if column not in self.columns:
            return ""
        values = self.rows.iloc[:, self.columns.index(column)]
        return " · ".join(values[values != ""].drop_duplicates().head(EXAMPLES))


def preview(
    path: Path | str, kind: str | None = None, preset: str | None = None, file_name: str | None = None,
    sheet: str | None = None,
) -> MappingPreview:
    """How `path` would be imported as `kind` with `preset` (both detected when not given).

    Raises ImportProblem when the file cannot be read at all (empty, binary, damaged workbook).
    """
    auto = layout.examine(path, file_name, sheet=sheet)
    found = auto if not (kind or preset) else layout.examine(path, file_name, kind, preset, sheet)
    src, chosen = found.src, found.detection
    detected = auto.detection.preset.name if auto.detection else None
    if chosen is None:
        return MappingPreview(src.name, None, None, None, {}, (), (), src.header, _head(src), None, auto.nearest,
                              src.sheet, src.sheets, src.header_row)
    if auto.detection and chosen.preset.name == auto.detection.preset.name:  # chosen as it was detected
        chosen = replace(chosen, confidence=auto.detection.confidence, runner_up=auto.detection.runner_up)
    required = presets.REQUIRED[chosen.preset.kind]
    fields = (*required, *(f for f in presets.FIELDS[chosen.preset.kind] if f not in required))
    return MappingPreview(src.name, chosen.preset.kind, chosen.preset.name, detected, dict(chosen.mapping), fields,
                          required, src.header, _head(src), chosen, auto.nearest, src.sheet, src.sheets,
                          src.header_row, src.timezone or chosen.preset.timezone)


def presets_of(kind: str) -> list[str]:
    """The names of the presets for a kind, most specific first (the generic one last)."""
    return [p.name for p in presets.PRESETS if p.kind == kind]


def default_timezone(db: Path | str | None = None) -> str:
    """The time zone of naive local times in exports, as set in the store (Europe/Amsterdam by default)."""
    with store.connect(db, read_only=True) as con:
        return settings.get(con, "timezone")


def _head(src: readers.SourceFile, n: int = SAMPLE_ROWS) -> pd.DataFrame:
    """The first n data rows as text, as the importer reads them (after the header, joined columns last)."""
    rows = [list((*r, *[""] * len(src.header))[:len(src.header)]) for r in src.records[:n]]
    return pd.DataFrame(rows, columns=_unique([h or f"({i + 1})" for i, h in enumerate(src.header)]), dtype=object)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out
