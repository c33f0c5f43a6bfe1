"""The KPI trends page through AppTest: one chart per chosen KPI with its target, weeks or months, splits,
the sidebar filters, the hover's count and sample size, Dutch, and the empty state."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from sla.metrics import summary
from sla.metrics.kpis import REGISTRY
from tests.conftest import DEMO_MONTH, REPO, open_page
from tests.plotly_support import figures

MONTHS = ["Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026",
          "Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026"]


def open_trends(db: Path, monkeypatch: pytest.MonkeyPatch, **state: object) -> AppTest:
    """The KPI trends page on `db` with the demo month chosen (and any other session state)."""
    return open_page("trends", db, monkeypatch, **state)


def charts(at: AppTest) -> dict[str, dict]:
    """The page's figures by the subheader (KPI label) above them."""
    return dict(zip([h.value for h in at.subheader if at.get("plotly_chart")], figures(at), strict=False))


def test_empty_store_says_what_to_upload_and_draws_nothing(db, monkeypatch):
    at = open_trends(db, monkeypatch)
    assert "No data yet" in at.info[0].value
    assert [link.proto.page for link in at.get("page_link")] == ["data"]
    assert not at.get("plotly_chart")


def test_every_kpi_has_a_monthly_chart_over_twelve_months_with_its_target(demo_db, monkeypatch):
    at = open_trends(demo_db, monkeypatch)
    assert [h.value for h in at.subheader] == [REGISTRY[k].label["en"] for k in summary.TREND_KPIS]
    assert [h.proto.help for h in at.subheader] == [REGISTRY[k].definition["en"] for k in summary.TREND_KPIS]
    drawn = figures(at)
    assert len(drawn) == 5
    for figure in drawn:
        assert figure["data"][0]["x"] == MONTHS
    targets = [[a["text"] for a in figure["layout"].get("annotations", [])] for figure in drawn]
    assert targets == [["Target 95–97 %"], ["Target 90 %"], ["Target 99.9–99.95 %"], [], []]
    # first response: targets differ between contracts (95-97 %), a band; resolution: one target, a dashed line
    assert [s["type"] for s in drawn[0]["layout"]["shapes"]] == ["rect"]
    assert [(s["type"], s["line"]["dash"]) for s in drawn[1]["layout"]["shapes"]] == [("line", "dash")]


def test_the_hover_shows_count_and_sample_size(demo_db, monkeypatch):
    first, _, availability, csat, nps = figures(open_trends(demo_db, monkeypatch))
    october = first["data"][0]
    # 3,991 first responses met of 4,161 decided in October (the CLI's rows summed over customers)
    assert october["customdata"][-1] == [3991, 4161, "2026-10-01", None]  # count, sample, bucket, split
    assert round(october["y"][-1], 2) == round(100 * 3991 / 4161, 2)
    assert "Met" in october["hovertemplate"] and "Decided (met + breached)" in october["hovertemplate"]
    assert "Responses" in csat["data"][0]["hovertemplate"]
    assert "Measured time (min)" in availability["data"][0]["hovertemplate"]
    satisfied, responses = csat["data"][0]["customdata"][-1][:2]
    assert round(csat["data"][0]["y"][-1], 6) == round(100 * satisfied / responses, 6)


def test_weekly_gives_more_points_than_monthly(demo_db, monkeypatch):
    at = open_trends(demo_db, monkeypatch)
    monthly = [len(f["data"][0]["x"]) for f in figures(at)]
    at.segmented_control(key="trend_grain").set_value("week").run()
    assert not at.exception
    weekly = [len(f["data"][0]["x"]) for f in figures(at)]
    assert monthly == [12] * 5
    assert all(w > m for w, m in zip(weekly, monthly, strict=True))
    assert weekly[0] == 53  # Monday 27 Oct 2025 (cut at 1 Nov) up to Monday 26 Oct 2026 (cut at 1 Nov)
    assert figures(at)[0]["data"][0]["x"][:2] == ["2025-10-27", "2025-11-03"]


def test_split_by_priority_draws_one_line_per_priority(demo_db, monkeypatch):
    at = open_trends(demo_db, monkeypatch, trend_kpis=["first_response", "nps"])
    at.selectbox(key="trend_split").set_value("priority").run()
    assert not at.exception
    first, nps = figures(at)
    assert [trace["name"] for trace in first["data"]] == ["high", "low", "normal", "urgent"]
    assert len({trace["marker"]["symbol"] for trace in first["data"]}) == 4  # not told apart by colour alone
    assert [trace["name"] for trace in nps["data"]] == ["NPS"]
    assert "NPS cannot be split by priority: shown for the whole selection." in [c.value for c in at.caption]


def test_the_sidebar_filters_narrow_the_figures(demo_db, monkeypatch):
    at = open_trends(demo_db, monkeypatch, trend_kpis=["first_response", "nps"])
    unfiltered = figures(at)[0]["data"][0]["customdata"][-1][:2]
    at.session_state["customer"] = ["Acme Retail Ltd"]  # AppTest keeps no sidebar after switch_page: set state
    at.run()
    first, _ = figures(at)
    assert first["data"][0]["customdata"][-1][:2] == [594, 603] != unfiltered  # Acme's October row of `sla kpis`
    at.session_state["priority"] = ["urgent"]
    at.run()
    first, nps = figures(at)
    met, decided = first["data"][0]["customdata"][-1][:2]
    assert decided < 603
    assert "The priority filter does not apply to NPS." in [c.value for c in at.caption]


def test_the_range_of_months_can_be_narrowed(demo_db, monkeypatch):
    at = open_trends(demo_db, monkeypatch, trend_kpis=["resolution"])
    at.select_slider(key=f"trend_range_{DEMO_MONTH}").set_range("2026-08", "2026-10").run()
    assert figures(at)[0]["data"][0]["x"] == ["Aug 2026", "Sep 2026", "Oct 2026"]


def test_dutch_labels_and_number_format(demo_db, monkeypatch):
    at = open_trends(demo_db, monkeypatch, lang="nl", trend_kpis=["first_response"])
    assert at.title[0].value == "KPI-trends"
    assert [h.value for h in at.subheader] == ["Eerste reactie binnen SLA"]
    figure = figures(at)[0]
    assert figure["data"][0]["x"][-1] == "okt 2026"
    assert figure["layout"]["separators"] == ",."
    assert figure["layout"]["annotations"][0]["text"] == "Norm 95–97 %"
    assert "Gehaald" in figure["data"][0]["hovertemplate"]


def test_no_kpi_chosen_asks_for_one(demo_db, monkeypatch):
    at = open_trends(demo_db, monkeypatch, trend_kpis=[])
    assert at.info[0].value == "Pick at least one KPI."
    assert not at.get("plotly_chart")


def test_split_by_agent_and_a_click_on_a_point_links_to_the_breaches_behind_it(demo_db, monkeypatch):
    monkeypatch.setenv("SLA_DB", str(demo_db))
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    at.query_params.update({"trend_split": "agent", "trend_kpis": ["resolution"], "trend_grain": "week"})
    at.session_state["month"], at.session_state["lang"] = DEMO_MONTH, "nl"
    at.run()
    at.switch_page("pages/trends.py").run()
    assert not at.exception
    assert at.selectbox(key="trend_split").value == "agent"  # chosen by the address, by its code
    (figure,) = figures(at)
    agents = [trace["name"] for trace in figure["data"]]
    assert len(agents) == len(set(agents)) == 10  # the demo's ten agents, each its own line
    trace = figure["data"][agents.index("Eva Mulder")]
    count, sample, bucket, agent = trace["customdata"][-1]
    assert (bucket, agent) == ("2026-10-26", "Eva Mulder")
    at.session_state["trend_chart_resolution"] = {"selection": {"points": [{"customdata": trace["customdata"][-1]}],
                                                                "point_indices": [0], "box": [], "lasso": []}}
    at.run()
    link = next(m.value for m in at.markdown if "Eva Mulder" in m.value)
    assert link == ('<a href="breaches?lang=nl&amp;month=2026-10&amp;breach_agent=Eva+Mulder&amp;'
                    'breach_metrics=resolution&amp;breach_from=2026-10-26&amp;breach_to=2026-11-01" '
                    'target="_self">De overschrijdingen van Oplossing binnen SLA in 26-10-2026 (Eva Mulder) →</a>')
