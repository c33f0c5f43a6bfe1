"""Workbooks are read with python-calamine (much quicker than openpyxl): it must give every cell as openpyxl gave
it, the reader before it, for the cells exports hold: numbers as numbers and as text, dates, times, Excel serials,
booleans, text with spaces and line breaks, formulas, empty rows (which keep their row numbers) and a last row
with one cell."""

from __future__ import annotations

import datetime as dt
import warnings

import openpyxl
import pandas as pd

from sla.imports import readers


def test_calamine_reads_every_cell_as_openpyxl_did(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "text", "created", "when", "number", "flag"])
    for row in (
        [101, "Café", 45657.9652777778, dt.datetime(2025, 1, 2, 10, 0), 4.5, True],
        ["007", " spaced ", dt.date(2024, 2, 29), dt.time(13, 45), 0.1 + 0.2, False],
        [None] * 6,
        [1234567890123456, "=HYPERLINK(\"x\")", dt.datetime(2024, 3, 31, 2, 30, 15, 500000), -3, 1e-7, "TRUE"],
        [12.0, "line\nbreak", "2024-01-01", 1 / 3, 123456789.125, None],
        [None, "x", None, "=1+1", None, None],
        [None] * 6,
        [None, None, None, None, None, "last"],
    ):
        sheet.append(row)
    sheet["E3"].number_format = "0.00%"
    path = tmp_path / "export.xlsx"
    book.save(path)

    options = {"header": None, "skiprows": 1, "dtype": str}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        before = pd.read_excel(path, engine="openpyxl", **options)
    read = readers.read_excel(path, **options)

    pd.testing.assert_frame_equal(read, before)
    assert read.shape == (8, 6) and read.iloc[0, 3] == "2025-01-02 10:00:00" and read.iloc[7, 5] == "last"
