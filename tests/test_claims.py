"""Claims on a small hand-built store (Q1 2025), every expected figure worked out by hand in the comments.

The store: customer Acme, services Webshop and API, all policies on the 24x7 calendar, so business time is wall
time. Times in the exports are UTC. Months are cut in Europe/Amsterdam (the default report time zone):
Q1 2025 runs from 2024-12-31 23:00 UTC to 2025-03-31 22:00 UTC (summer time from 30 March).
"""

from __future__ import annotations

import json
import re
import textwrap
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from sla import store
from sla.contract import calendars, config
from sla.imports import ingest
from sla.metrics import claims, kpis

AS_OF = datetime(2025, 4, 15, 12, 0)  # the last complete month is March 2025
Q1 = claims.Window("2025-01", "2025-03")

POLICIES = """\
customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to
*,*,urgent,first_response,30,95,24x7,,
*,*,urgent,resolution,240,90,24x7,,
*,*,low,first_response,480,95,24x7,,
*,*,low,resolution,2880,90,24x7,,
*,*,*,availability,,99.9,24x7,,
"""
CREDITS = "customer,below_pct,credit_pct\n*,99.9,10\n*,99,25\n"
CUSTOMERS = "customer,monthly_fee,currency,services\nAcme,1000,EUR,Webshop; API\n"

# Urgent tickets: 12 a month, created on the 10th from 09:00 UTC, one an hour, resolved two hours after creation
# (all resolutions met). First response after 10 min, except: U-01-12 after 60 min (January),
# U-03-11 and U-03-12 after 45 min (March): three breaches of the 30 min target.
#   urgent first response: met 33, breached 3 -> 33 / 36 = 91.666 % -> 91.67 % (the KPI's 2 decimals)
#   median: 21 x 10 min, 12 x 20 min (February answers after 20 min), 2 x 45, 1 x 60 -> 10 min
# Low tickets: 5 in February, first response after 60 min, resolved after 600 min (all met): too few to claim.
#   all priorities first response: met 38, breached 3 -> 38 / 41 = 92.68 %
# Monthly verdicts (urgent and low share the 95 % first-response target, so they are judged together):
#   January 11/12 = 91.7 % < 95 (missed), February 17/17 (met), March 10/12 = 83.3 % (missed)
BREACHES = {"U-01-12": 60, "U-03-11": 45, "U-03-12": 45}


def tickets_csv() -> str:
    lines = ["ticket_id,customer,priority,created_at,first_response_at,resolved_at"]
    for month in (1, 2, 3):
        for i in range(1, 13):
            tid = f"U-{month:02d}-{i:02d}"
            created = datetime(2025, month, 10, 9) + timedelta(hours=i - 1)
            answer = BREACHES.get(tid, 20 if month == 2 else 10)
            lines.append(f"{tid},Acme,urgent,{created:%Y-%m-%d %H:%M},"
                         f"{created + timedelta(minutes=answer):%Y-%m-%d %H:%M},"
                         f"{created + timedelta(hours=2):%Y-%m-%d %H:%M}")
    for i in range(1, 6):
        created = datetime(2025, 2, 17, 8) + timedelta(hours=i)
        lines.append(f"L-{i},Acme,low,{created:%Y-%m-%d %H:%M},{created + timedelta(minutes=60):%Y-%m-%d %H:%M},"
                     f"{created + timedelta(minutes=600):%Y-%m-%d %H:%M}")
    return "\n".join(lines) + "\n"


# Checks every 5 minutes from 2024-12-31 22:00 UTC to 2025-04-01 00:00 UTC on both services.
#   Webshop: down at 10 Feb 12:00, 12:05 and 12:10 -> 15 min down. Q1 has 90 days of 1440 min minus the hour
#   lost on 30 March: 129,540 min, all measured (coverage 100 %) -> (129,540 - 15) / 129,540 = 99.9884 % -> 99.988 %
#   API: no checks from 1 Feb 00:00 to 6 Feb 00:00 (the last check before is 31 Jan 23:55; its status holds for
#   one usual interval): 7,200 min without data -> eligible 122,340, coverage 122,340 / 129,540 = 94.44 % (< 95)
#   all services: (251,880 - 15) / 251,880 = 99.99404 % -> 99.994 %, coverage 251,880 / 259,080 = 97.22 %
# Every month of every service stays above 99.9 % (February Webshop: 1 - 15 / 40,320 = 99.963 %): no credits.
def checks_csv() -> str:
    lines, t = ["timestamp,monitor,status"], datetime(2024, 12, 31, 22)
    down = {datetime(2025, 2, 10, 12, m) for m in (0, 5, 10)}
    gap = (datetime(2025, 2, 1), datetime(2025, 2, 6))
    while t <= datetime(2025, 4, 1):
        lines.append(f"{t:%Y-%m-%d %H:%M:%S},Webshop,{'down' if t in down else 'up'}")
        if not gap[0] <= t < gap[1]:
            lines.append(f"{t:%Y-%m-%d %H:%M:%S},API,up")
        t += timedelta(minutes=5)
    return "\n".join(lines) + "\n"


# CSAT on 1-5: 40 answers (15 in January, 10 in February, 15 in March): 30 x 5, 4 x 4, 6 x 2.
#   CSAT = 34 / 40 = 85.0 %, mean score = (150 + 16 + 12) / 40 = 4.45 -> stated 4.4 / 5 (rounded down)
#   On tickets: the three breached tickets scored 2 (CSAT 0 %), ten met tickets scored 5 (CSAT 100 %).
# NPS: 10 answers (6 x 10, 2 x 8, 2 x 3) -> 60 % - 20 % = +40, too few to claim.
def feedback_csv() -> str:
    lines = ["response_id,submitted_at,customer,ticket_id,kind,score"]
    scores = [5] * 30 + [4] * 4 + [2] * 6
    months = [1] * 15 + [2] * 10 + [3] * 15
    tickets = {i: tid for i, tid in zip((34, 35, 36), BREACHES, strict=True)}  # three of the 2s
    tickets.update({i: f"U-0{1 + i % 3}-0{1 + i % 9}" for i in range(10)})  # ten 5s on met tickets
    for i, (score, month) in enumerate(zip(scores, months, strict=True)):
        lines.append(f"C-{i},2025-{month:02d}-20 10:{i:02d}:00,Acme,{tickets.get(i, '')},csat,{score}")
    for i, score in enumerate([10] * 6 + [8] * 2 + [3] * 2):
        lines.append(f"N-{i},2025-0{1 + i % 3}-21 10:00:00,Acme,,nps,{score}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def q1_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-built store; tests that write copy it first."""
    root = tmp_path_factory.mktemp("claims")
    db = root / "q1.duckdb"
    cfg = root / "config"
    cfg.mkdir()
    for name, text in (("policies", POLICIES), ("credits", CREDITS), ("customers", CUSTOMERS)):
        (cfg / f"{name}.csv").write_text(textwrap.dedent(text), encoding="utf-8")
    config.import_config(cfg, db=db)
    for kind, text in (("tickets", tickets_csv()), ("checks", checks_csv()), ("feedback", feedback_csv())):
        path = root / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        ingest.ingest_file(path, kind, db=db, timezone="UTC")
    return db


@pytest.fixture(scope="module")
def q1(q1_db: Path) -> claims.Scorecard:
    return claims.scorecard(q1_db, Q1, as_of=AS_OF)


def copy(db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.duckdb"
    target.write_bytes(db.read_bytes())
    return target


def exclude(db: Path, ticket_id: str) -> None:
    """Exclude a first-response breach straight in the audit table (as the Breaches page does)."""
    with store.connect(db) as con:
        source = con.execute("select any_value(source) from stg_tickets where ticket_id = ?", [ticket_id]).fetchone()
        con.execute("insert into breach_exclusions (source, ticket_id, metric, action, category, actor, acted_at) "
                    "values (?, ?, 'first_response', 'exclude', 'awaiting customer', 'test', ?)",
                    [source[0], ticket_id, AS_OF])


# --- windows ---

def test_windows_rolling_calendar_year_and_range():
    assert claims.parse_window("12m", AS_OF.date()) == claims.Window("2024-04", "2025-03")
    assert claims.parse_window("3m", AS_OF.date()).months == ["2025-01", "2025-02", "2025-03"]
    assert claims.parse_window("2024") == claims.Window("2024-01", "2024-12")
    assert claims.parse_window("2025-01..2025-03") == Q1
    assert Q1.start.isoformat() == "2025-01-01" and Q1.end.isoformat() == "2025-04-01"
    assert Q1.label("nl") == "jan 2025 – mrt 2025" and Q1.span("nl") == "01-01-2025 – 31-03-2025"
    for bad in ("12", "0m", "2025-03..2025-01", "2025-13..2025-14", "last year"):
        with pytest.raises(ValueError):
            claims.parse_window(bad)


def test_figures_are_rounded_in_our_disfavour():
    assert claims.stated(99.98842, 2) == 99.98
    assert claims.stated(99.98, 2) == 99.98  # no float noise turns 99.98 into 99.97
    assert claims.stated(91.6666, 1) == 91.6
    assert claims.stated(10.2, 0, lower_is_better=True) == 11
    assert claims.stated(None, 1) is None and claims.stated(float("inf"), 0, True) is None


def test_a_duration_names_its_clock_and_business_time_has_no_days_of_24_hours():
    office = calendars.Calendar("office", "Europe/Amsterdam", (((480, 1080),),) * 5 + ((), ()), None, ())
    assert claims.clock_text(240, office) == "4 business hours"
    assert claims.clock_text(3565, office) == "59 h 25 min of business time"  # not "2 d 11 h": a day here is 10 h
    assert claims.clock_text(3565, office, "nl") == "59 u 25 min werktijd"
    assert claims.clock_text(3565, calendars.TWENTY_FOUR_SEVEN) == "2 d 11 h around the clock"


# --- claims on the hand-built store ---

def test_uptime_per_service_and_across_services(q1):
    webshop, overall = q1.claim("uptime:Webshop"), q1.claim("uptime")
    assert webshop.value == pytest.approx(100 * (129_540 - 15) / 129_540, abs=1e-6)
    assert webshop.sample == 129_540 and webshop.verified
    assert webshop.facts["coverage_pct"] == pytest.approx(100.0, abs=0.01)
    assert overall.value == pytest.approx(100 * (251_880 - 15) / 251_880, abs=1e-6)
    assert overall.sample == 251_880 and overall.verified
    assert overall.facts["coverage_pct"] == pytest.approx(97.22, abs=0.01) and overall.facts["services"] == 2
    assert claims.text(webshop) == "99.988 % uptime for Webshop, Jan 2025 – Mar 2025"
    assert claims.text(overall, "nl") == "99,994 % uptime over al onze diensten, jan 2025 – mrt 2025"


def test_uptime_with_low_monitoring_coverage_is_not_verified(q1):
    api = q1.claim("uptime:API")
    assert api.value == 100.0 and api.sample == 122_340
    assert api.facts["coverage_pct"] == pytest.approx(94.44, abs=0.01)
    assert not api.verified
    assert claims.reason(api) == "monitoring covered 94.44 % of the time; at least 95 % is needed"
    assert claims.reason(api, "nl") == "de monitoring besloeg 94,44 % van de tijd; minstens 95 % is nodig"


def test_first_response_compliance_and_median_per_priority(q1):
    urgent = q1.claim("first_response:urgent")
    assert (urgent.value, urgent.sample, urgent.verified, urgent.excluded) == (pytest.approx(100 * 33 / 36), 36,
                                                                                True, 0)
    # the policies run on the 24x7 calendar: the duration says so
    assert claims.text(urgent) == ("Urgent tickets answered within 30 min around the clock, 91.67 % of the time, "
                                   "Jan 2025 – Mar 2025")
    # in Dutch the priority is the Dutch word, in the claim, its badge and the promise table
    assert claims.text(urgent, "nl") == ("Tickets met prioriteit spoed binnen 30 min (24/7) beantwoord, in 91,67 % "
                                         "van de gevallen, jan 2025 – mrt 2025")
    assert claims.badge_label(urgent, "nl") == "eerste reactie op tijd (spoed)"
    overall = q1.claim("first_response")
    assert (overall.value, overall.sample, overall.verified) == (pytest.approx(100 * 38 / 41), 41, True)
    median = q1.claim("median_first_response:urgent")
    assert (median.value, median.sample, median.verified) == (10, 36, True)
    assert claims.figure(median) == "10 min around the clock"
    resolution = q1.claim("resolution:urgent")
    assert (resolution.value, resolution.sample, resolution.verified) == (100.0, 36, True)


def test_claims_agree_with_the_kpi_engine(q1_db, q1):
    with store.connect(q1_db) as con:
        rows = kpis.compute(con, "2025-01", "2025-03", by_priority=True, as_of=AS_OF)["rows"]
    urgent = next(r for r in rows if r["metric"] == "first_response" and r["priority"] == "urgent")
    assert (urgent["met"], urgent["breached"], urgent["compliance_pct"]) == (33, 3, pytest.approx(100 * 33 / 36))
    assert urgent["compliance_pct"] == pytest.approx(q1.claim("first_response:urgent").value)
    webshop = next(r for r in rows if r["metric"] == "availability" and r["service"] == "Webshop")
    # the same figure, so the same text as every page shows for it: the KPI's 3 decimals
    assert webshop["availability_pct"] == pytest.approx(q1.claim("uptime:Webshop").value, abs=1e-6)
    assert claims.figure(q1.claim("uptime:Webshop")) == f"{webshop['availability_pct']:.3f} %" == "99.988 %"


def test_too_few_tickets_is_not_verified_with_the_reason(q1):
    low = q1.claim("first_response:low")
    assert (low.value, low.sample, low.verified) == (100.0, 5, False)
    assert claims.reason(low) == "only 5 tickets; at least 30 are needed"
    assert not q1.claim("median_first_response:low").verified
    assert q1.claim("median_first_response:low").value == 60


def test_csat_score_and_nps(q1):
    csat, score, nps = q1.claim("csat"), q1.claim("csat_score"), q1.claim("nps")
    assert (csat.value, csat.sample, csat.verified) == (85.0, 40, True)
    assert (score.value, score.sample, score.verified) == (4.4, 40, True)
    assert claims.figure(score, "nl") == "4,4 / 5"
    assert (nps.value, nps.sample, nps.verified) == (40.0, 10, False)
    assert claims.figure(nps) == "+40.0"
    assert claims.reason(nps) == "only 10 survey answers; at least 30 are needed"


def test_months_all_targets_met(q1):
    months = q1.claim("months_met")
    assert (months.value, months.sample, months.verified) == (1.0, 3, True)
    assert claims.text(months) == "Every SLA target met in 1 of 3 months, Jan 2025 – Mar 2025"
    assert q1.months["met"].tolist() == [False, True, False]
    assert q1.months["availability_ok"].tolist() == [True, True, True]
    assert claims.month_table(q1, "nl")["met"].tolist() == ["✗ nee", "✓ ja", "✗ nee"]


def test_a_month_without_data_and_a_window_past_the_last_complete_month(q1_db):
    card = claims.scorecard(q1_db, claims.Window("2024-12", "2025-03"), as_of=AS_OF)
    urgent = card.claim("first_response:urgent")
    assert not urgent.verified and claims.reason(urgent) == "no data for Dec 2024"
    card = claims.scorecard(q1_db, claims.Window("2025-01", "2025-04"), as_of=AS_OF)
    assert claims.reason(card.claim("csat")).startswith("the period runs past the last complete month (Mar 2025)")


def test_the_figures_for_the_boss(q1):
    boss = q1.boss
    assert (boss.customers, boss.customers_within) == (1, 0)
    assert (boss.customer_months, boss.customer_months_within) == (3, 1)
    assert boss.credits_owed == {"EUR": 0.0}  # every month of every service stayed above 99.9 %: none owed
    assert boss.csat_met == (100.0, 10) and boss.csat_breached == (0.0, 3)


def test_promise_vs_delivered_and_competitors(q1):
    table = claims.promise_table(q1, "en").set_index(["kpi", "scope"])
    assert table.loc[("First response compliance", "urgent"), "promise"] == \
        "within 30 min around the clock in 95 % of cases"  # the promise names its clock
    assert table.loc[("First response compliance", "urgent"), "delivered"] == "91.67 % on time"
    # a monthly promise is kept month by month: urgent was met in February only (11/12, 12/12, 10/12)
    assert table.loc[("First response compliance", "urgent"), "kept"] == "✗ met in 1 of 3 months"
    assert table.loc[("Availability", "all"), ["promise", "delivered", "kept"]].tolist() == \
        ["99.9 %", "99.994 %", "✓ every month (3)"]
    rivals = pd.DataFrame({"name": ["Rival B.V.", "Rival B.V."], "metric": ["availability", "first_response"],
                           "promised_value": [99.5, 60.0], "unit": ["pct", "minutes"]})
    side = claims.side_by_side(q1, rivals, "nl").set_index("kpi")
    assert side.loc["Beschikbaarheid"].tolist() == ["99,9 %", "99,994 %", "99,5 %"]
    assert side.loc["Eerste reactietijd", "Rival B.V."] == "1 u"
    assert side.loc["NPS", "promise"] == "geen belofte" and side.loc["NPS", "Rival B.V."] == "–"
    assert side.loc["Eerste reactietijd", "promise"].endswith("(spoed)")
    assert "spoed" in claims.promise_table(q1, "nl")["scope"].tolist()


def test_competitors_are_stored_replaced_and_removed(q1_db, tmp_path):
    db = copy(q1_db, tmp_path)
    claims.save_competitor(db, "  Rival   B.V. ", "availability", 99.5)
    claims.save_competitor(db, "Rival B.V.", "availability", 99.7)  # replaces the first
    claims.save_competitor(db, "Other", "nps", 20)
    stored = claims.competitors(db)
    assert stored[["name", "metric", "promised_value", "unit"]].values.tolist() == [
        ["Other", "nps", 20.0, "score"], ["Rival B.V.", "availability", 99.7, "pct"]]
    claims.remove_competitor(db, "Other", "nps")
    assert claims.competitors(db)["name"].tolist() == ["Rival B.V."]
    for name, metric, value, key in (("", "nps", 1, "name"), ("X", "speed", 1, "metric"),
                                     ("X", "availability", 101, "value"), ("X", "nps", -101, "value")):
        with pytest.raises(claims.CompetitorError) as problem:
            claims.save_competitor(db, name, metric, value)
        assert problem.value.key == key


# --- excluded breaches are disclosed ---

def test_an_exclusion_hiding_a_miss_is_disclosed_and_not_verified(q1_db, tmp_path):
    db = copy(q1_db, tmp_path)
    exclude(db, "U-01-12")
    card = claims.scorecard(db, Q1, as_of=AS_OF)
    urgent = card.claim("first_response:urgent")
    # 33 met, 2 breached, 1 excluded: 33 / 35 = 94.29 %; counted, 33 / 36 = 91.67 %
    assert (urgent.value, urgent.sample, urgent.excluded) == (pytest.approx(100 * 33 / 35), 35, 1)
    assert not urgent.verified
    assert claims.reason(urgent) == "with the 1 excluded breaches counted, the figure would be 91.67 %"
    note = claims.footnote(urgent)
    assert "1 breach(es) were excluded from this figure after review" in note
    assert "counted, the figure would be 91.67 %" in note
    # January is now met (11 / 11), but not with the exclusion counted: 2 months claimed, 1 without it
    months = card.claim("months_met")
    assert (months.value, months.excluded, months.verified) == (2.0, 1, False)
    assert "1 overschrijding(en) zijn na beoordeling uitgesloten" in claims.footnote(months, "nl")
    # the median is unchanged by it (10 min either way): disclosed, still verified
    median = card.claim("median_first_response:urgent")
    assert median.excluded == 1 and median.verified and "1 breach(es) were excluded" in claims.footnote(median)


def test_claims_without_exclusions_do_not_mention_them(q1):
    assert "excluded from this figure" not in claims.footnote(q1.claim("first_response:urgent"))


# --- exports ---

def test_footnote_states_period_sample_and_definition(q1):
    note = claims.footnote(q1.claim("first_response:urgent"))
    assert note.startswith("Period: 2025-01-01 – 2025-03-31. Customers: all. Sample: 36 tickets decided in the "
                           "period. Definition: Share of tickets whose first response came by the due moment")
    note = claims.footnote(q1.claim("uptime"), "nl")
    assert "Steekproef: 251.880 gemeten minuten op 2 dienst(en); dekking van de monitoring 97,22 %." in note


def test_copyable_text_numbers_every_claim_and_states_the_rules(q1):
    text = claims.export_text([q1.claim("uptime"), q1.claim("csat")], "en", q1.stamp("en"))
    lines = text.splitlines()
    assert lines[0] == "99.994 % uptime across all our services, Jan 2025 – Mar 2025.¹"
    # a share of survey answers, not of customers
    assert lines[1] == ("85.0 % of survey answers are satisfied with our support (CSAT), Jan 2025 – Mar 2025.²")
    assert lines[3].startswith("¹ Period: 2025-01-01 – 2025-03-31.") and lines[4].startswith("² Period:")
    assert "at least 30 tickets or 30 survey answers, monitoring coverage of at least 95 %" in lines[-2]
    assert lines[-1].startswith("Data version: 3 imports (last ") and "fingerprint" in lines[-1]


@pytest.mark.parametrize("lang, value", [("en", "99.988 %"), ("nl", "99,988 %")])
def test_the_svg_badge_is_valid_svg_with_the_number(q1, lang, value):
    svg = claims.claim_badge(q1.claim("uptime:Webshop"), lang)
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert value in texts and "uptime Webshop" in texts
    assert root.get("aria-label") == f"uptime Webshop: {value}"


def test_badge_and_card_escape_their_text():
    svg = claims.badge_svg('<b>"&', "1 < 2")
    root = ET.fromstring(svg)
    assert [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")][1:3] == ['<b>"&', "1 < 2"]
    card = claims.Claim("uptime", "<script>alert(1)</script>", 99.5, Q1, 100)
    html = claims.card_html([card], "en", company="A & <B>")
    assert "<script>" not in html and "&lt;script&gt;" in html and "A &amp; &lt;B&gt;" in html


def test_the_card_is_one_self_contained_page_in_dutch(q1):
    html = claims.card_html([q1.claim("uptime"), q1.claim("first_response:urgent")], "nl", company="Acme B.V.")
    assert html.startswith("<!doctype html>") and '<html lang="nl">' in html
    assert "<title>Acme B.V.: ons serviceniveau</title>" in html
    assert "99,994 %" in html and "91,67 %" in html and "Geverifieerde uitspraak" in html
    assert "<script" not in html and "http" not in html.replace('http://www.w3.org', '')
    assert "<style>" in html


def test_markdown_lists_claims_and_footnotes(q1):
    md = claims.markdown(q1.claims, "en")
    assert md.splitlines()[0] == "| Claim | Figure | Sample | Status | Why not verified |"
    assert "| 99.988 % uptime for Webshop, Jan 2025 – Mar 2025 [3] | 99.988 % | 129,540 min measured | ✓ verified |" \
        in md


# --- the claims command ---

def test_claims_command_json(q1_db, capsys, monkeypatch):
    from sla import cli

    monkeypatch.setattr(claims.settings, "now", lambda: AS_OF)
    assert cli.main(["--db", str(q1_db), "claims", "--window", "2025-01..2025-03", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    rows = {c["key"]: c for c in doc["claims"]}
    urgent = rows["first_response:urgent"]
    assert {k: urgent[k] for k in ("value", "unit", "period_start", "period_end", "sample", "verified", "reason")} \
        == {"value": pytest.approx(100 * 33 / 36), "unit": "%", "period_start": "2025-01-01",
            "period_end": "2025-04-01", "sample": 36, "verified": True, "reason": None}
    assert urgent["text"] == ("Urgent tickets answered within 30 min around the clock, 91.67 % of the time, "
                              "Jan 2025 – Mar 2025")
    assert len(doc["data_version"]) == 10
    assert rows["uptime:API"]["verified"] is False and rows["uptime:API"]["reason"].startswith("monitoring covered")


def test_claims_command_per_customer_dutch_markdown_and_bad_window(q1_db, capsys, monkeypatch):
    from sla import cli

    monkeypatch.setattr(claims.settings, "now", lambda: AS_OF)
    assert cli.main(["--db", str(q1_db), "claims", "--window", "3m", "--all", "--format", "md", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## Acme, jan 2025 – mrt 2025")
    # one customer's claims name the customer, never the company-wide "all our services"
    assert "| Acme: 99,988 % uptime voor Webshop, jan 2025 – mrt 2025 [3] | 99,988 % |" in out
    assert "Acme: 99,994 % uptime over de diensten die wij voor Acme leveren" not in out
    assert "99,994 % uptime over de diensten die wij voor Acme leveren, jan 2025 – mrt 2025" in out
    assert "al onze diensten" not in out and "Gegevensversie:" in out
    assert cli.main(["--db", str(q1_db), "claims", "--window", "soon"]) == 2
    assert "is not a window" in capsys.readouterr().err


def test_an_empty_store_has_no_verified_claims(db):
    card = claims.scorecard(db, Q1, as_of=AS_OF)
    assert not card.has_data
    assert not any(c.verified for c in card.claims)
    assert claims.reason(card.claim("csat")) == "no survey answers in the period"
    with duckdb.connect(str(db)) as con:
        assert con.execute("select count(*) from competitor_promises").fetchone() == (0,)


def test_every_duration_in_a_claim_names_the_clock_of_its_policy(demo_db):
    """On the demo's contracts (24x7 for urgent, office calendars elsewhere): a business-time target or median
    says 'business' and the calendar's hours, a 24x7 one 'around the clock'; never bare clock hours."""
    card = claims.scorecard(demo_db, claims.rolling("2026-10", 12))
    with store.connect(demo_db) as con:
        policies = con.execute("select p.metric, p.priority, p.calendar, c.mon from stg_policies as p "
                               "left join stg_calendars as c using (calendar)").fetchall()
    checked = 0
    for claim in card.claims:
        if claim.subject is None or claim.template not in ("first_response", "resolution", "median_first_response"):
            continue
        metric = "first_response" if claim.template == "median_first_response" else claim.template
        clocks = {(cal, mon) for m, p, cal, mon in policies if m == metric and p in (claim.subject, "*")}
        sentence = claims.text(claim)
        if len({cal for cal, _ in clocks}) == 1:
            (calendar, monday), = clocks
            if calendar == "24x7":
                assert "around the clock" in sentence and "business" not in sentence, sentence
            else:
                start, end = monday.split("-")
                assert "business" in sentence and f"{start}–{end}" in sentence, sentence
                assert not re.search(r"\d+ h\b(?! \d+ min of business time)", sentence), sentence
            checked += 1
    assert checked >= 8


def test_the_claims_table_reads_at_120_columns(q1_db, capsys, monkeypatch):
    from sla import cli

    monkeypatch.setattr(claims.settings, "now", lambda: AS_OF)
    assert cli.main(["--db", str(q1_db), "claims", "--window", "2025-01..2025-03"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 120
    assert any(line.startswith("✓ verified") and "99.994 %" in line for line in lines)
