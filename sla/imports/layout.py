"""What an export is and where its table starts: the preset it fits (by evidence), a header of several rows, a
file without a header row, a date and a time in two columns. The importer and the upload preview both start here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from sla.imports import presets, readers
from sla.imports.readers import ImportProblem, SourceFile

DATE_ONLY = re.compile(r"\d{1,4}[-/.][\w]{1,9}\.?[-/.]\d{1,4}|\d{1,2} [^\W\d]{3,9}\.? \d{4}")
CLOCK = re.compile(r"\d{1,2}(:\d\d){1,2}(\.\d+)?(\s?[AaPp]\.?[Mm]\.?)?")
HOUR = re.compile(r"\d{1,2}")
# words for "time" or "hour" in a column title, in the languages of sla/imports/languages
TIME_WORDS = re.compile(r"\b(time|hour|tijd|uur|zeit|uhrzeit|stunde|heure|hora|tempo)\b")
DATE_WORDS = re.compile(r"\b(date|day|datum|dag|tag|jour|fecha|día|data)\b")
TIME_ZONE = re.compile(r'"timeZone"\s*:\s*"([^"]+)"')


@dataclass(frozen=True)
class Examined:
    """A file as the importer will read it, and the evidence for the preset it is read with."""

    src: SourceFile
    detection: presets.Detection | None  # the preset it is read with (None: no preset fits and none was named)
    nearest: presets.Detection | None  # the best preset, also when it does not fit (for "what is missing")
    ranking: tuple[presets.Detection, ...]


def examine(path: Path | str, name: str | None = None, kind: str | None = None, preset: str | None = None,
            sheet: str | None = None) -> Examined:
    """Read the start of a file and decide how to read it: preset (named, else the best that fits, else the
    kind's generic one), header rows, joined date and time columns. Raises ImportProblem for an unreadable file
    or a preset that is unknown or of another kind."""
    chosen = _named(preset, kind)
    src = readers.inspect(path, name, sheet)
    ranking = _rank(src, kind, chosen)
    best = ranking[0] if ranking else None
    if best is not None and not best.fits and chosen is None:
        headerless = _headerless(src, kind)
        if headerless:
            src, best = headerless
            ranking = (best, *ranking)
    nearest = best
    if chosen is None and (best is None or not best.fits):
        best = presets.score(presets.generic(kind), src.header, src.records) if kind else None
    if best is None:
        return Examined(src, None, nearest, ranking)
    moved = _continuation_rows(src, best.preset)
    if moved is not src:  # the values under the header's further rows are the evidence now
        best = replace(presets.score(best.preset, moved.header, moved.records), runner_up=best.runner_up)
    src, best = _join_date_and_time(moved, replace(best, confidence=_confidence(best, ranking, chosen)))
    return Examined(src, best, nearest, ranking)


def _named(preset: str | None, kind: str | None) -> presets.Preset | None:
    if not preset:
        return None
    if preset not in presets.BY_NAME:
        raise ImportProblem(f"unknown preset {preset!r}; known: {', '.join(presets.BY_NAME)}.")
    chosen = presets.BY_NAME[preset]
    if kind and chosen.kind != kind:
        raise ImportProblem(f"preset {preset} is for {chosen.kind}, not {kind}.")
    return chosen


def _rank(src: SourceFile, kind: str | None, chosen: presets.Preset | None) -> tuple[presets.Detection, ...]:
    if chosen is not None:
        return (presets.score(chosen, src.header, src.records),)
    return tuple(presets.rank(src.header, src.records, kind))


def _confidence(best: presets.Detection, ranking: tuple[presets.Detection, ...], chosen: presets.Preset | None
                ) -> str:
    if chosen is not None:
        return "chosen"
    if ranking and ranking[0].preset.name == best.preset.name and ranking[0].fits:
        return ranking[0].confidence
    return "low"  # nothing fits: the kind's generic preset, as the user said the kind


def _headerless(src: SourceFile, kind: str | None) -> tuple[SourceFile, presets.Detection] | None:
    """A file without a header row whose rows fit a preset's known column order (old UptimeRobot logs)."""
    rows = (src.header, *src.records)
    for preset in presets.PRESETS:
        if preset.positional and len(preset.positional) == src.width and kind in (None, preset.kind):
            found = presets.score(preset, preset.positional, rows)
            if found.fits and found.patterns:
                moved = replace(src, header=preset.positional, header_row=0, data_row=src.header_row,
                                records=rows)
                return moved, replace(found, confidence="medium")
    return None


def _continuation_rows(src: SourceFile, preset: presets.Preset) -> SourceFile:
    """Skip the header's further rows (Qualtrics: question texts and import ids; SurveyMonkey: answer labels):
    rows right under the header whose first moment column holds no date. An import-id row may name the zone."""
    if preset.header_rows < 2 or src.header_row == 0:
        return src
    found = preset.resolve(list(src.header))
    moments = [src.position[h] for f, h in found.items() if presets.FIELDS[preset.kind][f] == "timestamp"]
    if not moments:
        return src
    extra, zone = 0, src.timezone
    for row in src.records[:preset.header_rows - 1]:
        if re.search(r"\d", row[moments[0]] if moments[0] < len(row) else ""):
            break
        extra += 1
        zone = next((m.group(1) for c in row for m in [TIME_ZONE.search(c)] if m), zone)
    if zone == "Z":
        zone = "UTC"
    return replace(src, data_row=src.data_row + extra, records=src.records[extra:], timezone=zone)


def _join_date_and_time(src: SourceFile, found: presets.Detection) -> tuple[SourceFile, presets.Detection]:
    """A moment split over a date column and a time column (a report with "Created date" and "Created time", or
    Explore's "Ticket created - Date" and "- Hour") is read as one column, "<date> + <time>"."""
    mapping = dict(found.mapping)
    for field, header in found.mapping.items():
        if presets.FIELDS[found.preset.kind][field] != "timestamp":
            continue
        column = src.position[header]
        if not _all_fit(DATE_ONLY, _values(src, column)):
            continue
        clock = _time_column(src, column, set(mapping.values()))
        if clock is None:
            continue
        joined = f"{header} + {src.header[clock]}"
        src = replace(src, header=(*src.header, joined), joined=(*src.joined, (column, clock)), records=tuple(
            (*r, f"{r[column]} {r[clock]}".strip()) for r in src.records))
        mapping[field] = joined
    return src, replace(found, mapping=mapping)


def _time_column(src: SourceFile, date_column: int, taken: set[str]) -> int | None:
    """The column that holds the time of day of a date column: named like it with a time word, else the next."""
    date_name = presets.norm(src.header[date_column])
    stem = DATE_WORDS.sub("", date_name).strip(" -")
    candidates = []
    for i, name in enumerate(src.header[:src.width]):
        title = presets.norm(name)
        if i == date_column or name in taken or not TIME_WORDS.search(title):
            continue
        values = _values(src, i)
        if not (_all_fit(CLOCK, values) or _all_fit(HOUR, values)):
            continue
        same_stem = TIME_WORDS.sub("", title).strip(" -") == stem
        candidates.append((not same_stem, i != date_column + 1, i))
    return min(candidates)[2] if candidates else None


def _values(src: SourceFile, column: int) -> list[str]:
    return [r[column] for r in src.records if column < len(r) and r[column]]


def _all_fit(pattern: re.Pattern, values: list[str]) -> bool:
    return bool(values) and all(pattern.fullmatch(v) for v in values)
