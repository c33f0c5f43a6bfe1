"""`python -m sla summary --pdf`: one A4 page whose tiles carry the figures of `kpis --format json` (worked out
again here from its rows), written the way the language writes them, and a client's page that names no other
customer. Read back with poppler (pdfinfo, pdftotext), as a reader's PDF viewer would."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from sla import cli, i18n
from tests.conftest import DEMO_MONTH

CLIENT = "Acme Retail Ltd"


def run(capsys: pytest.CaptureFixture, db: Path, *args: str) -> str:
    assert cli.main(["--db", str(db), *args]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return out


def kpi_rows(capsys: pytest.CaptureFixture, db: Path, *args: str) -> list[dict]:
    return json.loads(run(capsys, db, "kpis", "--period", DEMO_MONTH, "--format", "json", *args))["rows"]


def expected_tiles(rows: list[dict], lang: str, one_customer: bool) -> dict[str, str]:
    """The tile texts from the kpis rows: set-based sums, independent of the summary code."""
    def of(metric: str) -> list[dict]:
        return [r for r in rows if r["metric"] == metric and r.get("priority") is None]

    def pct(metric: str) -> str:
        met = sum(r["met"] for r in of(metric))
        return i18n.percent(100 * met / sum(r["met"] + r["breached"] for r in of(metric)), lang, 2)

    services = of("availability")
    # measured minutes per service from its error budget: budget = (100 - target) % of the measured time; a
    # service that several customers share (same measured time, same downtime) counts once, as it is one service
    units = {(r["service"], round(r["budget_minutes"] * 100 / (100 - r["target_pct"])), r["downtime_minutes"])
             for r in services}
    measured, down = sum(u[1] for u in units), sum(u[2] for u in units)
    tiles = {
        "first_response": pct("first_response"),
        "resolution": pct("resolution"),
        "availability": i18n.percent(100 * (1 - down / measured), lang, 3),
        "breaches": i18n.number(sum(r["breached"] for m in ("first_response", "resolution") for r in of(m)), lang),
        "credits": i18n.money(sum(r["credit_amount"] or 0 for r in services), "EUR", lang),
    }
    if one_customer:  # one customer's survey scores are its row as they are
        tiles["csat"] = i18n.percent(of("csat")[0]["csat_pct"], lang, 1)
        tiles["nps"] = i18n.number(of("nps")[0]["nps"], lang, 1)
    return tiles


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def assert_one_a4_page(path: Path) -> None:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    assert "(A4)" in info, info


def tile_values(text: str) -> str:
    """The tiles: the page's text above the trend chart's heading, where the tiles are drawn."""
    return re.split(r"Compliance over 12 months|Binnen SLA over 12 maanden", text)[0]


def test_all_customers_page_carries_the_kpis_figures(demo_db: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "summary.pdf"
    assert "Summary written" in run(capsys, demo_db, "summary", "--period", DEMO_MONTH, "--pdf", str(path))
    assert_one_a4_page(path)
    text = pdf_text(path)
    assert "SLA summary, Oct 2026" in text and "All customers" in text
    shown = tile_values(text)
    for key, figure in expected_tiles(kpi_rows(capsys, demo_db), "en", one_customer=False).items():
        assert figure.replace("\xa0", " ") in shown, (key, figure, shown)
    for heading in ("Compliance over 12 months", "Customers that missed a target", "Worst breaches"):
        assert heading in text


def test_client_page_in_dutch_holds_that_client_only(demo_db: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "client.pdf"
    run(capsys, demo_db, "summary", "--period", DEMO_MONTH, "--customer", CLIENT, "--lang", "nl", "--pdf", str(path))
    assert_one_a4_page(path)
    text = pdf_text(path)
    assert "SLA-samenvatting, okt 2026" in text
    shown = tile_values(text)
    for key, figure in expected_tiles(kpi_rows(capsys, demo_db, "--customer", CLIENT), "nl", True).items():
        assert figure.replace("\xa0", " ") in shown, (key, figure, shown)
    others = {r["customer"] for r in kpi_rows(capsys, demo_db)} - {CLIENT}
    assert len(others) > 5
    assert [name for name in others if name in text] == []
    assert CLIENT in text
    worst = text.split("Grootste overschrijdingen")[1]  # its priorities in Dutch, as on the Overview
    assert re.search(r"\b(spoed|hoog|normaal|laag)\b", worst) and not re.search(r"\b(urgent|high|normal|low)\b", worst)


def test_the_page_renders_to_an_image_as_make_docs_does(demo_db: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture) -> None:
    """`make docs` turns this page into docs/summary-page1.png; the same poppler call works on it."""
    path = tmp_path / "summary.pdf"
    run(capsys, demo_db, "summary", "--period", DEMO_MONTH, "--pdf", str(path))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(path),
                    str(tmp_path / "page1")], check=True)
    assert (tmp_path / "page1.png").stat().st_size > 10_000
