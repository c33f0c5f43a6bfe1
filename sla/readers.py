"""Reading export files as they come: sniff format, encoding and delimiter, load raw text rows into DuckDB.

Every cell is loaded as text; typing and validation happen afterwards in SQL (sla.ingest), so that one bad
cell becomes a reported reject instead of a failed import.
"""

from __future__ import annotations

import codecs
import hashlib
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

DELIMITERS = (",", ";", "\t", "|")
SNIFF_BYTES = 1 << 20
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls are OLE2 containers


class ImportProblem(Exception):
    """A fatal problem with a whole file: one clear sentence for the user, nothing is stored."""


@dataclass(frozen=True)
class SourceFile:
    """What we learned about an export before reading it."""

    path: Path
    name: str
    format: str  # csv | xlsx
    encoding: str  # the file's encoding (csv); utf-8 after transcoding
    delimiter: str
    sha256: str
    header: tuple[str, ...]


def sha256(path: Path) -> str:
    """Content hash of a file, so the very same export is recognised on re-upload."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # a multi-byte character cut by the sniff window
            return "utf-8"
        return "cp1252"  # what Excel on Windows writes for "CSV"


def _split_header(line: str, delimiter: str) -> list[str]:
    import csv

    return next(csv.reader([line], delimiter=delimiter))


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def inspect(path: Path | str, name: str | None = None) -> SourceFile:
    """Sniff an export: CSV or XLSX, encoding, delimiter, header. Raises ImportProblem with a clear reason."""
    path = Path(path)
    name = name or path.name
    if not path.exists():
        raise ImportProblem(f"{name}: file not found.")
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    if not head.strip():
        raise ImportProblem(f"{name}: the file is empty.")
    if head.startswith(OLE2_MAGIC):
        raise ImportProblem(
            f"{name}: this workbook is password-protected (encrypted) or an old .xls file; "
            "save it in Excel as .xlsx without a password, or as CSV, and upload it again."
        )
    if head.startswith(b"PK"):
        return _inspect_xlsx(path, name)
    encoding = _encoding(head)
    text = head.decode(encoding, errors="replace")
    if "\x00" in text:
        raise ImportProblem(f"{name}: this is not a CSV or XLSX file (it contains binary data).")
    first_line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    delimiter = _delimiter(first_line)
    header = tuple(h.strip() for h in _split_header(first_line, delimiter))
    if len(header) < 2 and delimiter == ",":
        raise ImportProblem(
            f"{name}: could not find columns in the first line; expected a header row separated by "
            "comma, semicolon, tab or |."
        )
    return SourceFile(path, name, "csv", encoding, delimiter, sha256(path), header)


def _inspect_xlsx(path: Path, name: str) -> SourceFile:
    try:
        with zipfile.ZipFile(path) as z:
            if "xl/workbook.xml" not in z.namelist():
                raise ImportProblem(f"{name}: this is a zip file, not an Excel .xlsx workbook or CSV file.")
        header_frame = pd.read_excel(path, header=None, nrows=1, dtype=str, engine="openpyxl")
    except zipfile.BadZipFile as exc:
        raise ImportProblem(f"{name}: this is not a CSV or XLSX file (damaged zip/xlsx).") from exc
    except ImportProblem:
        raise
    except Exception as exc:  # openpyxl raises many types for damaged workbooks
        raise ImportProblem(f"{name}: the workbook could not be read ({exc}).") from exc
    if header_frame.empty:
        raise ImportProblem(f"{name}: the first sheet of the workbook is empty.")
    header = tuple("" if pd.isna(h) else str(h).strip() for h in header_frame.iloc[0])
    return SourceFile(path, name, "xlsx", "utf-8", "", sha256(path), header)


def _utf8_copy(src: SourceFile, folder: Path) -> Path:
    """Transcode a non-UTF-8 CSV once, streaming, so DuckDB reads it natively."""
    target = folder / "utf8.csv"
    with open(src.path, encoding=src.encoding, newline="") as fin, open(
        target, "w", encoding="utf-8", newline=""
    ) as fout:
        for block in iter(lambda: fin.read(1 << 22), ""):
            fout.write(block)
    return target


def load_raw(con: duckdb.DuckDBPyConnection, src: SourceFile, table: str = "raw") -> pd.DataFrame:
    """Load the file's rows as text into temp table `table` (c0..cN, line); return malformed-row rejects."""
    if src.format == "xlsx":
        return _load_xlsx(con, src, table)
    with tempfile.TemporaryDirectory() as tmp:
        path = src.path if src.encoding in ("utf-8", "utf-8-sig") else _utf8_copy(src, Path(tmp))
        return _load_csv(con, src, path, table)


def _load_csv(con: duckdb.DuckDBPyConnection, src: SourceFile, path: Path, table: str) -> pd.DataFrame:
    columns = {f"c{i}": "VARCHAR" for i in range(len(src.header))}
    con.execute(
        f"""create or replace temp table {table}_records as
            select row_number() over () as rec, *
            from read_csv($path, header = false, skip = 1, delim = $delim, quote = '"', escape = '"',
                          columns = $columns, store_rejects = true, rejects_table = 'csv_rejects',
                          rejects_scan = 'csv_reject_scans')""",
        {"path": str(path), "delim": src.delimiter, "columns": columns},
    )
    # Physical line of each record: records shift down one line after each malformed line we skipped.
    con.execute(
        f"""create or replace temp table {table} as
            with bad as (
                select line, row_number() over (order by line) as k from csv_rejects group by line
            ), shift as (select line - k as before, k from bad)
            select r.* exclude (rec), r.rec + 1 + coalesce(s.k, 0) as line
            from {table}_records r asof left join shift s on r.rec >= s.before"""
    )
    rejects = con.execute(
        """select min(line) as line, null as "column", any_value(csv_line) as value,
                  'malformed row: ' || any_value(error_message) as reason
           from csv_rejects group by line order by line"""
    ).df()
    con.execute(f"drop table {table}_records; drop table csv_rejects; drop table csv_reject_scans")
    return rejects


def _load_xlsx(con: duckdb.DuckDBPyConnection, src: SourceFile, table: str) -> pd.DataFrame:
    frame = pd.read_excel(src.path, header=None, skiprows=1, dtype=str, engine="openpyxl")
    frame = frame.reindex(columns=range(len(src.header)))
    frame.columns = [f"c{i}" for i in range(len(src.header))]
    frame = frame.astype("object").where(frame.notna(), None)
    frame["line"] = range(2, len(frame) + 2)
    con.register("xlsx_frame", frame)
    con.execute(f"create or replace temp table {table} as select * from xlsx_frame")
    con.unregister("xlsx_frame")
    return pd.DataFrame(columns=["line", "column", "value", "reason"])
