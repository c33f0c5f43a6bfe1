"""The benchmark runs end to end at a tiny size and writes sane figures (no timing assertions)."""

import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bench_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("bench")


@pytest.fixture(scope="module")
def results(bench_dir: Path) -> str:
    tmp = bench_dir
    out = tmp / "RESULTS.md"
    out.write_text("# Benchmark results\nold figures\n\n## Size L: measured earlier\n\n| kept |\n\n"
                   "<!-- notes: everything below this line is kept by bench/run.py -->\nmy notes\n")
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--quick", "--scratch", str(tmp / "scratch"), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out.read_text()


def figure(text: str, label: str) -> str:
    row = next(line for line in text.splitlines() if line.startswith(f"| {label}"))
    return row.split(" | ")[1]


def number(shown: str) -> float:
    return float(re.match(r"[\d,.]+", shown).group(0).replace(",", ""))


def test_results_name_the_machine_and_versions(results):
    assert "## Size tiny: 2,000 tickets, 20,000 checks, 500 feedback" in results
    assert "load average" in results
    assert re.search(r"Machine: \d+ cores, [\d.]+ GiB memory", results)
    assert re.search(r"Python 3\.\d+\.\d+, DuckDB \d+\.\d+\.\d+, pandas \d", results)


def test_every_row_of_the_exports_is_stored_and_counted(results):
    assert "Stored and read back: 2,000 tickets, 20,000 checks, 500 feedback;" in results
    assert "Problems seen" not in results


def test_figures_are_positive_and_ratios_finite(results):
    for label in ("import Zendesk CSV (`,`", "import checks CSV", "a month's KPIs", "13 months of trends",
                  "clocks of all 2,000 tickets", "overview page, first render", "overview page, cached rerun",
                  "trends page, first render", "one client's workbook", "workbooks of all clients",
                  "refresh after importing 2,000 changed tickets", "refresh after excluding one breach",
                  "import a 2,000-row tickets workbook read with calamine",
                  "the same as a process: `python -m sla kpis"):
        assert number(figure(results, label)) > 0, label
    for label in ("import ratio tickets (", "import ratio tickets_eu", "import ratio checks",
                  "clocks: our tickets/s"):
        value = number(figure(results, label))
        assert value > 0 and math.isfinite(value), label
    assert number(figure(results, "peak RSS of a dashboard process")) > 50  # MB: a real process was measured


def test_other_sizes_and_hand_written_notes_are_kept(results):
    assert results.endswith("my notes\n")
    assert "## Size L: measured earlier\n\n| kept |\n" in results
    assert results.index("## Size L") < results.index("## Size tiny")
    assert "old figures" not in results


def test_a_run_of_some_parts_on_a_store_replaces_their_rows_and_keeps_the_others(results, bench_dir):
    out = bench_dir / "RESULTS.md"
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--sizes", "tiny", "--db", str(bench_dir / "scratch" / "tiny" / "full.duckdb"),
         "--only", "report", "--repeats", "1", "--scratch", str(bench_dir / "again"), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    again = out.read_text()

    def tiny(text: str) -> str:
        return text.split("## Size tiny", 1)[1].split("<!-- notes", 1)[0]

    def labels(text: str) -> list[str]:
        return [line.split(" | ")[0] for line in tiny(text).splitlines() if line.startswith("| ")]

    assert labels(again) == labels(results)  # the same rows, in the same order
    assert figure(tiny(again), "import checks CSV") == figure(tiny(results), "import checks CSV")  # kept as it was
    assert "The rows of report re-measured on " in tiny(again)
    assert again.endswith("my notes\n")
