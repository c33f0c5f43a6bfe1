"""Ticket KPIs, policy precedence and versioning, CSAT/NPS, and the defaults without configuration.

Every expected number is worked out by hand in the comments (times are Europe/Amsterdam local time, as in
the CSV files; October 2026 is CEST until Sunday 25 October, CET after). The engine is only ever asked for
its figures, never used to compute the expected ones.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from sla import store
from sla.contract import config
from sla.imports import ingest
from sla.metrics import kpis

TZ = "Europe/Amsterdam"
# Friday 20 November 2026, 14:00 local (13:00 UTC): the moment the KPIs are judged at.
AS_OF = datetime(2026, 11, 20, 13, 0)

OFFICE = "office,Europe/Amsterdam,09:00-17:00,09:00-17:00,09:00-17:00,09:00-17:00,09:00-17:00,,,NL,\n"
CALENDARS = "calendar,timezone,mon,tue,wed,thu,fri,sat,sun,holidays,closed_dates\n" + OFFICE
# Row numbers as the user sees them in the sheet (header = row 1):
#   2: everything: first response within 60 min, 24x7, 80 % of tickets
#   3: everything: resolution within 8 business hours (one office day), 80 %
#   4: urgent tickets: resolution within 4 h round the clock, 90 %      (more specific than row 3)
#   5: Beta's urgent tickets: resolution within 2 h, 95 %               (more specific than row 4)
POLICIES = """\
customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to
*,*,*,first_response,60,80,24x7,,
*,*,*,resolution,480,80,office,,
*,*,urgent,resolution,240,90,24x7,,
Beta,*,urgent,resolution,120,95,24x7,,
"""

# sla_resolution: the helpdesk's own verdict on resolution, imported with --map source_resolution_met=...
TICKETS = """\
ticket_id,customer,service,priority,created_at,first_response_at,resolved_at,sla_resolution
A1,Acme,Webshop,normal,2026-10-05 10:00,2026-10-05 10:30,2026-10-05 15:00,met
A2,Acme,Webshop,normal,2026-10-05 16:00,2026-10-05 17:30,2026-10-06 16:30,met
A3,Acme,Webshop,urgent,2026-10-07 09:00,2026-10-07 09:20,2026-10-07 12:00,met
A4,Acme,Webshop,urgent,2026-10-07 09:00,2026-10-07 10:40,2026-10-07 14:00,breached
A5,Acme,Webshop,normal,2026-10-30 16:00,2026-10-30 16:45,2026-11-02 10:00,met
A6,Acme,Webshop,normal,2026-10-31 23:30,2026-11-01 01:00,,
A7,Acme,Webshop,normal,2026-10-29 10:00,2026-10-29 10:15,2026-11-03 12:00,breached
A8,Acme,Webshop,normal,2026-11-20 09:00,2026-11-20 09:30,,
A9,Acme,Webshop,normal,2026-11-19 15:00,2026-11-19 15:10,,
A10,Acme,Webshop,normal,2026-11-20 13:30,,,
A11,Acme,Webshop,normal,2026-11-20 13:10,,,
A12,Acme,Webshop,normal,2026-11-20 12:00,,,
B1,Beta,Portal,urgent,2026-10-07 09:00,2026-10-07 09:30,2026-10-07 12:00,breached
B2,Beta,Portal,normal,2026-10-07 09:00,2026-10-07 09:30,2026-10-07 12:00,met
"""
# The clocks, by hand (FR = first response, 24x7, 60 min; RES = resolution on the policy that wins):
#   A1  FR 30 met                  RES office Mon 10:00-15:00 = 300 met
#   A2  FR 90 breached (due 17:00) RES office Mon 16-17 + Tue 9-16:30 = 510 breached, due Tue 6 Oct 16:00
#   A3  FR 20 met                  RES urgent 24x7 180 met
#   A4  FR 100 breached            RES urgent 24x7 300 breached, due 13:00
#   A5  FR 45 met                  RES office Fri 16-17 + Mon 2 Nov 9-10 = 120 met, decided Mon 2 Nov (November)
#   A6  created Sat 31 Oct 23:30: FR due Sun 1 Nov 00:30, answered 01:00 -> breached in November (90 min);
#       RES office: due Mon 2 Nov 17:00, still open on 20 Nov -> breached in November
#   A7  FR 15 met                  RES office due Fri 30 Oct 10:00 (Thu 10-17 + Fri 9-10), resolved Tue 3 Nov 12:00
#       -> breached in October (the due moment), elapsed Thu 7 h + Fri 8 h + Mon 8 h + Tue 3 h = 1560 min
#   A8  FR 30 met                  RES open: Fri 9-14 = 300 of 480 used (62.5 %)
#   A9  FR 10 met                  RES open: Thu 15-17 + Fri 9-14 = 420 of 480 used (87.5 %): at risk
#   A10 FR open, 30 of 60 used     RES open, 30 of 480 used
#   A11 FR open, 50 of 60 used (83 %): at risk          RES open, 50 of 480
#   A12 FR due 13:00, not answered by 14:00 -> breached on 20 Nov    RES open, 120 of 480
#   B1  FR 30 met                  RES Beta urgent 120 (not 240): 180 breached, due 11:00
#   B2  FR 30 met                  RES office 180 met


def write_config(folder: Path, **sheets: str) -> Path:
    """A configuration folder with one CSV per sheet."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in sheets.items():
        (folder / f"{name}.csv").write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def import_csv(db: Path, text: str, kind: str, name: str, **options) -> None:
    """Write an export file and import it with the real importer (local times in Europe/Amsterdam)."""
    path = db.parent / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    result = ingest.ingest_file(path, kind, db=db, timezone=TZ, **options)
    assert result.rows_rejected == 0, result.summary()


def kpi_doc(db: Path, period: str, **options) -> dict:
    with store.connect(db, read_only=True) as con:
        return kpis.compute(con, period, as_of=options.pop("as_of", AS_OF), **options)


def row(doc: dict, metric: str, customer: str | None, **match) -> dict:
    found = [r for r in doc["rows"] if r["metric"] == metric and r["customer"] == customer
             and all(r.get(k) == v for k, v in match.items())]
    assert len(found) == 1, (metric, customer, match, doc["rows"])
    return found[0]


def counts(r: dict) -> tuple:
    pct = None if r["compliance_pct"] is None else round(r["compliance_pct"], 2)  # unrounded in the engine
    return r["total"], r["met"], r["breached"], r["open"], pct, r["target_pct"], r["ok"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("engine")
    db = root / "sla.duckdb"
    config.import_config(write_config(root / "config", calendars=CALENDARS, policies=POLICIES), db=db)
    import_csv(db, TICKETS, "tickets", "tickets.csv", mapping={"source_resolution_met": "sla_resolution"})
    return db


def test_october_counts_compliance_and_percentiles(db: Path) -> None:
    doc = kpi_doc(db, "2026-10")
    assert (doc["period_start"], doc["period_end"]) == ("2026-10-01", "2026-11-01")
    fr = row(doc, "first_response", "Acme")
    # met A1 A3 A5 A7, breached A2 A4; A6 was answered in November: open at the end of October.
    assert counts(fr) == (7, 4, 2, 1, 66.67, 80.0, False)
    # decided elapsed minutes 30 90 20 100 45 15 -> sorted 15 20 30 45 90 100: p50 (30+45)/2, p90 90 + .5*10
    assert (fr["p50_minutes"], fr["p90_minutes"]) == (37.5, 95.0)
    res = row(doc, "resolution", "Acme")
    # met A1 A3, breached A2 A4 A7 (A7 by its due moment, 30 Oct, though resolved in November), open A5 A6.
    # Two policies (80 % and 90 %) apply, so there is no single target; ok needs each to be reached.
    assert counts(res) == (7, 2, 3, 2, 40.0, None, False)
    # 180 300 300 510 1560: p50 300, p90 510 + .6 * 1050
    assert (res["p50_minutes"], res["p90_minutes"]) == (300.0, 1140.0)
    # the helpdesk judged A1 A2 A3 met, A4 A7 breached: 3 / 5
    assert res["source_compliance_pct"] == 60.0
    assert fr["source_compliance_pct"] is None
    assert fr["priority"] is None and res["priority"] is None


def test_customer_specific_stricter_policy_wins(db: Path) -> None:
    doc = kpi_doc(db, "2026-10", customer="Beta")
    assert {r["customer"] for r in doc["rows"]} == {"Beta"}
    assert counts(row(doc, "first_response", "Beta")) == (2, 2, 0, 0, 100.0, 80.0, True)
    # B1 took 180 min: within the general urgent 240, but Beta's own urgent policy allows 120.
    assert counts(row(doc, "resolution", "Beta")) == (2, 1, 1, 0, 50.0, None, False)
    by = kpi_doc(db, "2026-10", customer="Beta", by_priority=True)
    assert counts(row(by, "resolution", "Beta", priority="urgent")) == (1, 0, 1, 0, 0.0, 95.0, False)
    assert counts(row(by, "resolution", "Beta", priority="normal")) == (1, 1, 0, 0, 100.0, 80.0, True)


def test_priority_split(db: Path) -> None:
    doc = kpi_doc(db, "2026-10", customer="Acme", by_priority=True)
    # normal: met A1, breached A2 A7, open A5 A6 on the office policy (80 %)
    assert counts(row(doc, "resolution", "Acme", priority="normal")) == (5, 1, 2, 2, 33.33, 80.0, False)
    # urgent: met A3, breached A4 on the urgent policy (90 %); p50 of 180 and 300
    urgent = row(doc, "resolution", "Acme", priority="urgent")
    assert counts(urgent) == (2, 1, 1, 0, 50.0, 90.0, False)
    assert urgent["p50_minutes"] == 240.0
    assert counts(row(doc, "first_response", "Acme", priority="urgent")) == (2, 1, 1, 0, 50.0, 80.0, False)
    assert len([r for r in doc["rows"] if r["metric"] == "resolution"]) == 2


def test_november_month_boundary_and_open_tickets(db: Path) -> None:
    doc = kpi_doc(db, "2026-11", customer="Acme")
    assert (doc["period_start"], doc["period_end"]) == ("2026-11-01", "2026-12-01")
    fr = row(doc, "first_response", "Acme")
    # A6 (created 31 Oct 23:30, due 1 Nov 00:30) and A12 breached, A8 A9 met, A10 A11 still running.
    assert counts(fr) == (6, 2, 2, 2, 50.0, 80.0, False)
    # stopped clocks decided in November: A6 90, A8 30, A9 10 (A12 is still running): p50 30, p90 30 + .8*60
    assert (fr["p50_minutes"], fr["p90_minutes"]) == (30.0, 78.0)
    res = row(doc, "resolution", "Acme")
    # met A5 (stopped 2 Nov), breached A6 (due 2 Nov); open A8-A12. A7 belongs to October.
    assert counts(res) == (7, 1, 1, 5, 50.0, 80.0, False)
    assert res["p50_minutes"] == 120.0
    assert res["source_compliance_pct"] == 100.0  # only A5 carries a verdict among those decided


def test_to_range_is_one_period(db: Path) -> None:
    doc = kpi_doc(db, "2026-10", to="2026-11", customer="Acme")
    assert (doc["period_start"], doc["period_end"]) == ("2026-10-01", "2026-12-01")
    assert len([r for r in doc["rows"] if r["metric"] == "first_response"]) == 1
    # October's 4 met / 2 breached plus November's 2 / 2; A6 is decided within the range; A10 A11 open
    assert counts(row(doc, "first_response", "Acme")) == (12, 6, 4, 2, 60.0, 80.0, False)
    # met A1 A3 A5, breached A2 A4 A7 A6, open A8-A12
    assert counts(row(doc, "resolution", "Acme")) == (12, 3, 4, 5, 42.86, None, False)


def test_at_risk_and_due_moments(db: Path) -> None:
    with store.connect(db, read_only=True) as con:
        kpis.prepare_outcomes(con, AS_OF)
        frame = con.execute("select ticket_id, metric, outcome, at_risk, due_at from ticket_outcomes "
                            "order by ticket_id, metric").df()
    open_ = frame[frame["outcome"] == "open"]
    assert sorted(open_["ticket_id"] + "/" + open_["metric"]) == [
        "A10/first_response", "A10/resolution", "A11/first_response", "A11/resolution", "A12/resolution",
        "A8/resolution", "A9/resolution",
    ]
    risky = frame[frame["at_risk"]]
    assert sorted(risky["ticket_id"] + "/" + risky["metric"]) == ["A11/first_response", "A9/resolution"]
    due = frame.set_index(["ticket_id", "metric"])["due_at"]
    # stored in UTC: A9 due Fri 20 Nov 15:00 CET; A6 resolution due Mon 2 Nov 17:00 CET; A7 Fri 30 Oct 10:00 CET
    assert str(due["A9", "resolution"]) == "2026-11-20 14:00:00"
    assert str(due["A6", "resolution"]) == "2026-11-02 16:00:00"
    assert str(due["A7", "resolution"]) == "2026-10-30 09:00:00"
    assert str(due["A6", "first_response"]) == "2026-10-31 23:30:00"


def test_breaches_of_a_month(db: Path) -> None:
    with store.connect(db, read_only=True) as con:
        frame = kpis.breaches(con, "2026-10", as_of=AS_OF)
    got = {(r.ticket_id, r.metric): r.minutes_over for r in frame.itertuples()}
    # business minutes past the target: A2 90-60 and 510-480, A4 100-60 and 300-240, B1 180-120. A7 was still
    # open when October ended (resolved 3 Nov): frozen at the month's end, Fri 30 Oct 10:00-17:00 = 420, not the
    # 1,080 it reached by its resolution, so October's figures stay as they were when October ended.
    assert got == {("A2", "first_response"): 30.0, ("A2", "resolution"): 30.0, ("A4", "first_response"): 40.0,
                   ("A4", "resolution"): 60.0, ("A7", "resolution"): 420.0, ("B1", "resolution"): 60.0}
    states = {(r.ticket_id, r.metric): r.state for r in frame.itertuples()}
    assert states[("A7", "resolution")] == "open_past_due" and states[("A2", "resolution")] == "resolved_late"
    with store.connect(db, read_only=True) as con:
        november = kpis.breaches(con, "2026-11", customer="Acme", as_of=AS_OF)
    got = {(r.ticket_id, r.metric): (r.minutes_over, r.stopped_at) for r in november.itertuples()}
    assert got[("A6", "first_response")][0] == 30.0
    # A12 has not been answered: an hour past its due moment (13:00) at 14:00
    assert got[("A12", "first_response")][0] == 60.0 and pd.isna(got[("A12", "first_response")][1])
    assert set(got) == {("A6", "first_response"), ("A6", "resolution"), ("A12", "first_response")}


def test_ok_compares_the_compliance_shown_with_the_target_shown(tmp_path: Path) -> None:
    db = tmp_path / "sla.duckdb"
    config.import_config(write_config(tmp_path / "config", policies="""\
        customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to
        *,*,*,resolution,60,80,24x7,,
        *,*,urgent,resolution,30,80,24x7,,
        """), db=db)
    # four normal tickets resolved in 10 min (met), one urgent one in 45 (breached): 4 / 5 = 80 %, target 80 %
    import_csv(db, """\
        ticket_id,customer,priority,created_at,resolved_at
        N1,Acme,normal,2026-10-05 10:00,2026-10-05 10:10
        N2,Acme,normal,2026-10-05 10:00,2026-10-05 10:10
        N3,Acme,normal,2026-10-05 10:00,2026-10-05 10:10
        N4,Acme,normal,2026-10-05 10:00,2026-10-05 10:10
        U1,Acme,urgent,2026-10-05 10:00,2026-10-05 10:45
        """, "tickets", "tickets.csv")
    assert counts(row(kpi_doc(db, "2026-10"), "resolution", "Acme")) == (5, 4, 1, 0, 80.0, 80.0, True)


def test_on_hold_time_pauses_the_resolution_clock(tmp_path: Path) -> None:
    db = tmp_path / "sla.duckdb"
    config.import_config(write_config(tmp_path / "config", policies="""\
        customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to
        *,*,*,resolution,480,80,24x7,,
        """), db=db)
    # both resolved after 510 min; P1 was on hold for 60 of them: 450 used, due 19:00 instead of 18:00
    import_csv(db, """\
        ticket_id,customer,created_at,resolved_at,paused_minutes
        P1,Acme,2026-10-05 10:00,2026-10-05 18:30,60
        P2,Acme,2026-10-05 10:00,2026-10-05 18:30,
        """, "tickets", "paused.csv")
    res = row(kpi_doc(db, "2026-10"), "resolution", "Acme")
    assert (res["met"], res["breached"], res["p50_minutes"]) == (1, 1, 480.0)  # (450 + 510) / 2
    with store.connect(db, read_only=True) as con:
        kpis.prepare_outcomes(con, AS_OF)
        due = dict(con.execute("select ticket_id, strftime(due_at, '%H:%M') from ticket_outcomes "
                               "where metric = 'resolution'").fetchall())
    assert due == {"P1": "17:00", "P2": "16:00"}  # UTC (CEST - 2 h)


VERSIONED = """\
customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to
*,*,*,first_response,60,90,24x7,,2026-10-15
*,*,*,first_response,30,90,24x7,2026-10-16,
Acme,*,*,first_response,20,90,24x7,2026-10-20,2026-10-20
"""


def test_policy_versions_by_local_creation_date(tmp_path: Path) -> None:
    db = tmp_path / "sla.duckdb"
    config.import_config(write_config(tmp_path / "config", policies=VERSIONED), db=db)
    # V1: 15 Oct 23:30, the last day of the old policy (effective_to is inclusive): 45 min is within 60.
    # V2: 16 Oct 01:00 local (still 15 Oct in UTC) falls under the new 30 min policy: 45 min is a breach.
    # V3: 20 Oct, the one day Acme's own 20 min row is in force: 25 min is a breach. V4, a day later: met.
    import_csv(db, """\
        ticket_id,customer,created_at,first_response_at
        V1,Acme,2026-10-15 23:30,2026-10-16 00:15
        V2,Acme,2026-10-16 01:00,2026-10-16 01:45
        V3,Acme,2026-10-20 10:00,2026-10-20 10:25
        V4,Acme,2026-10-21 10:00,2026-10-21 10:25
        """, "tickets", "versioned.csv")
    doc = kpi_doc(db, "2026-10")
    assert counts(row(doc, "first_response", "Acme"))[:3] == (4, 2, 2)
    with store.connect(db, read_only=True) as con:
        frame = kpis.breaches(con, "2026-10", as_of=AS_OF)
    assert list(frame["ticket_id"]) == ["V2", "V3"]
    assert list(frame["target_minutes"]) == [30.0, 20.0]
    assert list(frame["minutes_over"]) == [15.0, 5.0]


FEEDBACK = """\
response_id,submitted_at,customer,kind,score
F1,2026-10-02 10:00,Acme,csat,5
F2,2026-10-03 10:00,Acme,csat,4
F3,2026-10-04 10:00,Acme,csat,3
F4,2026-10-05 10:00,Acme,csat,1
F5,2026-10-06 10:00,Acme,csat,offered
F6,2026-10-31 23:30,Acme,csat,2
F7,2026-11-01 00:30,Acme,csat,5
N1,2026-10-10 10:00,Acme,nps,10
N2,2026-10-10 10:00,Acme,nps,9
N3,2026-10-10 10:00,Acme,nps,9
N4,2026-10-10 10:00,Acme,nps,8
N5,2026-10-10 10:00,Acme,nps,6
N6,2026-10-10 10:00,Acme,nps,0
N7,2026-10-10 10:00,Acme,nps,offered
N8,2026-11-10 10:00,Beta,nps,3
"""
# Zendesk-style good/bad satisfaction on tickets, without a date of its own: Z1 counts when solved (October),
# Z2 when solved (2 November), Z3 (never solved) when last updated (3 November), Z4 was offered only.
RATED_TICKETS = """\
ticket_id,customer,created_at,resolved_at,updated_at,satisfaction
Z1,Acme,2026-10-20 09:00,2026-10-20 10:00,2026-10-25 10:00,good
Z2,Acme,2026-10-28 09:00,2026-11-02 09:00,2026-11-02 09:00,bad
Z3,Acme,2026-10-30 09:00,,2026-11-03 10:00,good
Z4,Acme,2026-10-20 09:00,2026-10-20 10:00,2026-10-20 10:00,offered
"""


@pytest.fixture(scope="module")
def feedback_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("feedback") / "sla.duckdb"
    import_csv(db, FEEDBACK, "feedback", "feedback.csv")
    import_csv(db, RATED_TICKETS, "tickets", "rated.csv")
    return db


def test_csat_and_nps_by_hand(feedback_db: Path) -> None:
    doc = kpi_doc(feedback_db, "2026-10")
    csat = row(doc, "csat", "Acme")
    # answered in October: F1 5, F2 4, F3 3, F4 1, F6 2 (23:30 local on 31 Oct) and Z1 good; F5 and Z4 were
    # only offered. Positive: F1 F2 Z1 = 3 of 6. Mean of the 1-5 scores: (5+4+3+1+2)/5.
    assert (csat["responses"], csat["csat_pct"], csat["mean_score"]) == (6, 50.0, 3.0)
    nps = row(doc, "nps", "Acme")
    # 10 9 9 8 6 0 answered: promoters 3, detractors 2: (3 - 2) / 6
    assert (nps["responses"], nps["nps"]) == (6, pytest.approx(100 / 6))
    november = kpi_doc(feedback_db, "2026-11")
    csat = row(november, "csat", "Acme")
    # F7 (1 Nov 00:30 local, still October in UTC) 5, Z2 bad, Z3 good: 2 of 3
    assert (csat["responses"], csat["csat_pct"], csat["mean_score"]) == (3, pytest.approx(200 / 3), 5.0)
    assert (row(november, "nps", "Beta")["nps"], row(november, "nps", "Beta")["responses"]) == (-100.0, 1)


def test_without_configuration_durations_and_volumes_but_no_verdicts(tmp_path: Path) -> None:
    db = tmp_path / "sla.duckdb"
    import_csv(db, TICKETS, "tickets", "tickets.csv", mapping={"source_resolution_met": "sla_resolution"})
    doc = kpi_doc(db, "2026-10", customer="Acme")
    for metric in ("first_response", "resolution"):
        r = row(doc, metric, "Acme")
        assert (r["met"], r["breached"], r["compliance_pct"], r["target_pct"], r["ok"]) == (None,) * 5
    fr = row(doc, "first_response", "Acme")
    # No targets: a clock belongs to the month it stopped, on the 24x7 calendar. Answered in October:
    # A1 30, A2 90, A3 20, A4 100, A5 45, A7 15 (A6 was answered in November): open at the month's end 1.
    assert (fr["total"], fr["open"], fr["p50_minutes"]) == (7, 1, 37.5)
    res = row(doc, "resolution", "Acme")
    # resolved in October: A1 300, A2 1470 (24x7: Mon 16:00 to Tue 16:30), A3 180, A4 300; open A5 A6 A7.
    assert (res["total"], res["open"], res["p50_minutes"]) == (7, 3, 300.0)
    assert res["source_compliance_pct"] == 75.0  # the helpdesk's verdicts on A1-A4: met met met breached
    assert row(doc, "volume", "Acme") == {"customer": "Acme", "metric": "volume", "created": 7, "resolved": 4}


def test_servicenow_source_verdict_and_reopens_without_policies(tmp_path: Path) -> None:
    db = tmp_path / "sla.duckdb"
    fixture = Path(__file__).parent / "fixtures" / "exports" / "servicenow_incidents_labels.csv"
    ingest.ingest_file(fixture, "tickets", db=db, timezone=TZ)
    doc = kpi_doc(db, "2024-10")
    # Made SLA of the resolved incidents: Acme Retail true, true; Borealis Bank false; Cobalt Logistics true
    # (reopened once). The three still open (one per company) are not decided, so their verdicts wait.
    got = {r["customer"]: r["source_compliance_pct"] for r in doc["rows"] if r["metric"] == "resolution"}
    assert got == {"Acme Retail": 100.0, "Borealis Bank": 0.0, "Cobalt Logistics": 100.0}
    acme = row(doc, "resolution", "Acme Retail")
    # 1 Oct 09:12-14:05 = 293 min and 7 Oct 10:40 - 8 Oct 09:15 = 1,355 min, one open; no targets, no verdicts
    assert (acme["total"], acme["open"], acme["p50_minutes"], acme["met"], acme["ok"]) == (3, 1, 824.0, None, None)
    quality = row(doc, "quality", "Cobalt Logistics")
    assert (quality["resolved"], quality["reopened"], quality["reopen_pct"]) == (1, 1, 100.0)
    assert row(doc, "quality", "Acme Retail")["reopen_pct"] == 0.0
