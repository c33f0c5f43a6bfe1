"""The Customer feedback page (AppTest) and its figures, checked against pandas computations on the stored rows."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from sla.metrics import feedback
from sla.outputs import charts
from tests.conftest import DEMO_MONTH, open_page

TWO = ("Acme Retail Ltd", "Gemeente Zuidhaven")


def page(db: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "en", customers: tuple[str, ...] = (),
         month: str = DEMO_MONTH) -> AppTest:
    """The feedback page for a month, language and customer selection (set through the shared filters' keys)."""
    return open_page("feedback", db, monkeypatch, lang=lang, month=month, customer=list(customers))


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def deltas(at: AppTest) -> dict[str, str]:
    return {m.label: m.proto.delta for m in at.metric}


def month_utc(month: str) -> tuple[datetime, datetime]:
    """The month's bounds in Amsterdam time (the demo's report time zone) as naive UTC."""
    start = pd.Timestamp(month + "-01", tz=ZoneInfo("Europe/Amsterdam"))
    end = start + pd.offsets.MonthBegin()
    return tuple(t.tz_convert("UTC").tz_localize(None).to_pydatetime() for t in (start, end))


def stored(db: Path, text: str) -> pd.DataFrame:
    with duckdb.connect(str(db), read_only=True) as con:
        con.execute("set TimeZone = 'UTC'")
        return con.sql(text).df()


def answers(db: Path, month: str, customers: tuple[str, ...] = ()) -> pd.DataFrame:
    """Answered surveys submitted in the month, with a 'good' flag for CSAT."""
    start, end = month_utc(month)
    frame = stored(db, "select * from stg_feedback where score is not null")
    frame = frame[(frame["submitted_at"] >= start) & (frame["submitted_at"] < end)]
    if customers:
        frame = frame[frame["customer"].isin(customers)]
    good = ((frame["scale_max"] == 1) & (frame["score"] == 1)) | ((frame["scale_max"] == 5) & (frame["score"] >= 4))
    return frame.assign(good=good)


def nps(frame: pd.DataFrame) -> float:
    scores = frame.loc[frame["kind"] == "nps", "score"]
    return 100 * ((scores >= 9).sum() - (scores <= 6).sum()) / len(scores)


def csat_by_sla(db: Path, month: str, customers: tuple[str, ...] = ()) -> dict[str, tuple[float, int]]:
    """CSAT % and responses per SLA outcome, judged here from fct_ticket_sla and the exclusions."""
    clocks = stored(db, "select customer, ticket_id, metric, source, stop_at, due_at from fct_ticket_sla "
                        "where due_at is not null")
    excluded = stored(db, "select source, ticket_id, metric from stg_exclusions").assign(excluded=True)
    now = datetime.now()  # the demo data ends in the past: every metric of an October ticket is decided
    met = clocks["stop_at"].notna() & (clocks["stop_at"] <= clocks["due_at"])
    breached = ~met & (clocks["stop_at"].notna() | (clocks["due_at"] < now))
    clocks = clocks.assign(met=met, breached=breached).merge(excluded, how="left",
                                                              on=["source", "ticket_id", "metric"])
    clocks["excluded"] = clocks["excluded"].eq(True) & clocks["breached"]
    clocks["counted_breach"] = clocks["breached"] & ~clocks["excluded"]
    tickets = clocks.groupby(["customer", "ticket_id"]).agg(
        counted_breach=("counted_breach", "any"), excluded=("excluded", "any"), met=("met", "any"))
    tickets["sla"] = None
    tickets.loc[tickets["met"] & ~tickets["excluded"], "sla"] = "met"
    tickets.loc[tickets["counted_breach"], "sla"] = "breached"
    csat = answers(db, month, customers).query("kind == 'csat'")
    linked = csat.merge(tickets.reset_index(), on=["customer", "ticket_id"]).dropna(subset=["sla"])
    return {sla: (100 * rows["good"].mean(), len(rows)) for sla, rows in linked.groupby("sla")}


def test_an_empty_store_says_what_to_upload_and_links_to_the_data_page(db, monkeypatch):
    at = page(db, monkeypatch)
    assert at.title[0].value == "Customer feedback"
    assert "No survey answers yet" in at.info[0].value
    assert [link.value for link in at.get("page_link")] == ["Go to the Data page"]
    assert not at.metric
    assert not at.get("plotly_chart")


def test_an_empty_store_in_dutch(db, monkeypatch):
    at = page(db, monkeypatch, lang="nl")
    assert at.title[0].value == "Klantfeedback"
    assert "Nog geen enquêteantwoorden" in at.info[0].value


def test_tiles_show_the_months_csat_nps_and_responses(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    month, before = answers(demo_db, DEMO_MONTH), answers(demo_db, "2026-09")
    csat = 100 * month.loc[month["kind"] == "csat", "good"].mean()
    csat_before = 100 * before.loc[before["kind"] == "csat", "good"].mean()
    shown = metrics(at)
    assert shown["CSAT"] == f"{csat:.1f} %"
    assert shown["NPS"] == f"{nps(month):.1f}"
    assert shown["Responses"] == f"{len(month):,}"
    assert float(deltas(at)["CSAT"].removesuffix(" pp")) == pytest.approx(csat - csat_before, abs=0.06)
    assert float(deltas(at)["NPS"]) == pytest.approx(nps(month) - nps(before), abs=0.06)


def test_csat_is_lower_after_a_breach_and_matches_a_computation_from_the_tables(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    expected = csat_by_sla(demo_db, DEMO_MONTH)
    shown = metrics(at)
    assert shown["CSAT, SLA met"] == f"{expected['met'][0]:.1f} %"
    assert shown["CSAT, SLA breached"] == f"{expected['breached'][0]:.1f} %"
    assert expected["breached"][0] < expected["met"][0] - 25  # the demo's designed gap (~0.45 vs ~0.90)
    gap = expected["breached"][0] - expected["met"][0]
    assert float(deltas(at)["CSAT, SLA breached"].removesuffix(" pp")) == pytest.approx(gap, abs=0.06)
    captions = [c.value for c in at.caption]
    assert f"{expected['met'][1]} responses" in captions
    assert f"{expected['breached'][1]} responses" in captions


def test_the_customer_filter_changes_every_figure(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, customers=TWO)
    month = answers(demo_db, DEMO_MONTH, TWO)
    expected = csat_by_sla(demo_db, DEMO_MONTH, TWO)
    shown = metrics(at)
    assert shown["Responses"] == str(len(month))
    assert shown["CSAT"] == f"{100 * month.loc[month['kind'] == 'csat', 'good'].mean():.1f} %"
    assert shown["NPS"] == f"{nps(month):.1f}"
    assert shown["CSAT, SLA met"] == f"{expected['met'][0]:.1f} %"
    assert shown["CSAT, SLA breached"] == f"{expected['breached'][0]:.1f} %"
    assert metrics(page(demo_db, monkeypatch))["Responses"] != shown["Responses"]


def test_several_customers_trend_equals_a_computation_over_their_answers(demo_db):
    view = feedback.summary(demo_db, DEMO_MONTH, TWO)
    assert view.trend["bucket"].nunique() == 12
    for bucket, rows in view.trend.groupby("bucket"):
        month = answers(demo_db, f"{bucket:%Y-%m}", TWO)
        csat = rows.set_index("metric").loc["csat"]
        assert csat["responses"] == (month["kind"] == "csat").sum()
        assert csat["csat_pct"] == pytest.approx(100 * month.loc[month["kind"] == "csat", "good"].mean(), abs=0.005)
        assert rows.set_index("metric").loc["nps", "nps"] == pytest.approx(nps(month), abs=0.005)


def test_the_score_distribution_counts_each_score(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    month = answers(demo_db, DEMO_MONTH)
    assert len(at.get("plotly_chart")) == 4  # two trends, two distributions
    view = feedback.summary(demo_db, DEMO_MONTH)
    counted = view.scores.set_index(["kind", "score"])["responses"]
    for score in range(11):
        assert counted["nps", score] == ((month["kind"] == "nps") & (month["score"] == score)).sum()
    assert counted["csat", 1] == month.loc[month["kind"] == "csat", "good"].sum()


def test_searching_the_comments_filters_the_list_in_any_case(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    month = answers(demo_db, DEMO_MONTH).dropna(subset=["comment"])
    month = month[month["comment"].str.strip() != ""]
    assert len(at.dataframe[0].value) == len(month)
    assert at.caption[-1].value == f"{len(month)} comments in Oct 2026"
    webshop = month["comment"].str.lower().str.contains("webshop", regex=False).sum()
    assert webshop > 0
    at.text_input(key="feedback_search").input("WebShop").run()
    table = at.dataframe[0].value
    assert len(table) == webshop
    assert table["comment"].str.lower().str.contains("webshop").all()
    assert at.caption[-1].value == f"{webshop} comments in Oct 2026 contain “WebShop”"
    assert list(table.columns) == ["submitted_at", "customer", "kind", "score", "comment"]
    assert set(table["kind"]) == {"NPS"} and table["score"].str.endswith("/ 10").all()


def test_search_text_is_data_not_sql(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    at.text_input(key="feedback_search").input("x') or true or ('").run()
    assert not at.exception
    assert not at.dataframe
    assert at.caption[-1].value.startswith("0 comments")


def test_dutch_labels_and_number_formats(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, lang="nl")
    month = answers(demo_db, DEMO_MONTH)
    shown = metrics(at)
    assert at.title[0].value == "Klantfeedback"
    csat = 100 * month.loc[month["kind"] == "csat", "good"].mean()
    assert shown["Klanttevredenheid (CSAT)"] == f"{csat:.1f} %".replace(".", ",")
    assert shown["Antwoorden"] == f"{len(month):,}".replace(",", ".")
    assert "CSAT, SLA overschreden" in shown
    assert [s.value for s in at.subheader][:2] == ["CSAT en NPS over 12 maanden",
                                                  "Klanttevredenheid bij overschreden en gehaalde SLA"]
    assert at.caption[-1].value.endswith("opmerkingen in okt 2026")
    assert at.text_input(key="feedback_search").label == "Zoek in de opmerkingen"


def test_nps_distribution_labels_its_bands_in_text_not_only_colour():
    frame = pd.DataFrame({"kind": "nps", "scale_max": 10.0, "score": range(11),
                          "band": ["detractor"] * 7 + ["passive"] * 2 + ["promoter"] * 2, "responses": range(11)})
    fig = charts.score_distribution(frame, "NPS", "nl")
    assert [t.name for t in fig.data] == ["Criticasters (0-6)", "Neutralen (7-8)", "Promotors (9-10)"]
    assert [a.text for a in fig.layout.annotations] == ["Criticasters", "Neutralen", "Promotors"]
    assert [(s.x0, s.x1) for s in fig.layout.shapes] == [(-0.5, 6.5), (6.5, 8.5), (8.5, 10.5)]
    assert list(fig.data[0].x) == [str(s) for s in range(7)]


def test_good_bad_csat_is_labelled_in_words():
    frame = pd.DataFrame({"kind": "csat", "scale_max": 1.0, "score": [0, 1], "band": ["dissatisfied", "satisfied"],
                          "responses": [3, 9]})
    fig = charts.score_distribution(frame, "CSAT", "nl")
    assert [list(t.x) for t in fig.data] == [["Slecht"], ["Goed"]]
    assert [list(t.y) for t in fig.data] == [[3], [9]]


def test_the_trend_labels_months_in_the_language_and_keeps_the_responses():
    frame = pd.DataFrame({"bucket": pd.to_datetime(["2026-09-01", "2026-10-01"]), "responses": [277, 311],
                          "nps": [34.3, 28.62]})
    fig = charts.feedback_trend(frame, "nps", "NPS", "NPS", "nl")
    bars, line = fig.data
    assert list(bars.x) == list(line.x) == ["sep 2026", "okt 2026"]
    assert list(bars.y) == [277, 311]
    assert list(line.text) == ["34,3", "28,6"]
    assert fig.layout.separators == ",."
