"""The demo data set: deterministic, realistic export files in the layouts our users upload."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from sla.contract import config
from sla.demo import DEMO_TIMEZONE, MONITORING_GAP_MINUTES, DemoFile, generate

END = date(2026, 11, 15)
ZENDESK_COLUMNS = [
    "Id", "Requester", "Requester id", "Assignee", "Group", "Subject", "Tags", "Status", "Priority", "Via",
    "Ticket type", "Service", "Created at", "Updated at", "Assigned at", "Organization", "Solved at",
    "Satisfaction Score", "Reopens", "Replies", "First reply time in minutes", "First resolution time in minutes",
    "Full resolution time in minutes", "On hold time in minutes",
]
CONFIG_HEADERS = {
    "calendars": "calendar,timezone,mon,tue,wed,thu,fri,sat,sun,holidays,closed_dates",
    "policies": "customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to",
    "credits": "customer,below_pct,credit_pct",
    "customers": "customer,monthly_fee,currency,services",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> list[DemoFile]:
    return generate(tmp_path_factory.mktemp("demo"), months=13, seed=7, end=END)


def _path(demo: list[DemoFile], kind: str) -> Path:
    return next(f.path for f in demo if f.kind == kind)


@pytest.fixture(scope="module")
def tickets(demo: list[DemoFile]) -> pd.DataFrame:
    frame = pd.read_csv(_path(demo, "tickets"), dtype=str, keep_default_na=False)
    for col in ("Created at", "Solved at"):
        frame[col] = pd.to_datetime(frame[col], format="%Y-%m-%d %H:%M:%S")
    return frame


@pytest.fixture(scope="module")
def checks(demo: list[DemoFile]) -> pd.DataFrame:
    frame = pd.read_csv(_path(demo, "checks"), keep_default_na=False, dtype={"response_time_ms": str})
    frame["timestamp"] = pd.to_datetime(frame["timestamp"], format="%Y-%m-%d %H:%M:%S")
    frame["month"] = frame["timestamp"].dt.strftime("%Y-%m")
    return frame


def _files(demo: list[DemoFile]) -> dict[str, bytes]:
    root = demo[0].path.parent
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.csv"))}


def test_returns_data_files_in_order_then_the_config_folder(demo: list[DemoFile]) -> None:
    assert [f.kind for f in demo] == ["tickets", "checks", "outages", "feedback", "maintenance", "config"]
    assert demo[-1] == DemoFile("config", demo[0].path.parent / "config", "csv-folder", "Europe/Amsterdam")
    assert all(f.timezone == DEMO_TIMEZONE and f.path.exists() for f in demo)
    assert [f.path.name for f in demo[:5]] == [
        "tickets_zendesk.csv", "checks.csv", "uptimerobot_log.csv", "feedback_nps.csv", "maintenance.csv",
    ]


def test_same_seed_and_end_give_identical_bytes(demo: list[DemoFile], tmp_path: Path) -> None:
    again = generate(tmp_path, months=13, seed=7, end=END)
    assert _files(again) == _files(demo)
    assert len(_files(demo)) == 10


def test_another_seed_gives_other_data(demo: list[DemoFile], tmp_path: Path) -> None:
    other = generate(tmp_path, months=13, seed=8, end=END)
    assert _path(other, "tickets").read_bytes() != _path(demo, "tickets").read_bytes()
    assert _path(other, "checks").read_bytes() != _path(demo, "checks").read_bytes()


def test_zendesk_layout_volume_and_span(demo: list[DemoFile], tickets: pd.DataFrame) -> None:
    assert _path(demo, "tickets").read_text(encoding="utf-8").splitlines()[0] == ",".join(ZENDESK_COLUMNS)
    assert 45_000 <= len(tickets) <= 55_000
    assert tickets["Created at"].min().date() == date(2025, 10, 1)
    assert tickets["Created at"].max().date() == END
    assert tickets["Organization"].nunique() == 12
    per_month = tickets.groupby([tickets["Created at"].dt.strftime("%Y-%m"), "Organization"]).size()
    assert len(per_month) == 14 * 12 and per_month.min() >= 10
    assert set(tickets["Priority"]) == {"urgent", "high", "normal", "low"}
    assert set(tickets["Service"]) == {"Webshop", "Klantportaal", "API", "Betalingen"}
    assert set(tickets["Satisfaction Score"]) == {"Good", "Bad", "Offered", "Unoffered"}


def test_solved_at_and_first_reply_follow_the_status(tickets: pd.DataFrame) -> None:
    solved = tickets["Status"].isin(["solved", "closed"])
    assert (tickets["Solved at"].notna() == solved).all()
    assert (tickets.loc[tickets["Status"] == "new", "First reply time in minutes"] == "").all()
    assert (tickets.loc[solved, "First reply time in minutes"] != "").all()
    older = tickets["Created at"] < pd.Timestamp("2026-09-01")
    assert solved[older].mean() > 0.99
    recent = tickets["Created at"] >= pd.Timestamp("2026-11-01")
    assert tickets.loc[recent, "Status"].isin(["open", "pending"]).sum() >= 50


def test_formula_injection_subjects_are_there_literally(tickets: pd.DataFrame) -> None:
    assert (tickets["Subject"] == '=HYPERLINK("http://evil.example","klik")').sum() == 1
    assert tickets["Subject"].str.startswith("+1+1").sum() == 1


def test_satisfaction_is_worse_after_a_breached_urgent_ticket(tickets: pd.DataFrame) -> None:
    # Urgent targets run on the 24x7 calendar, so calendar minutes are the SLA minutes.
    urgent = tickets[(tickets["Priority"] == "urgent") & tickets["Satisfaction Score"].isin(["Good", "Bad"])]
    reply_target = urgent["Organization"].map({"Van der Berg Logistiek": 15}).fillna(30)
    resolution = urgent["Full resolution time in minutes"].astype(int) - urgent["On hold time in minutes"].astype(int)
    late = (urgent["First reply time in minutes"].astype(int) > reply_target) | (resolution > 240)
    good = urgent["Satisfaction Score"] == "Good"
    assert late.sum() >= 20
    assert good[~late].mean() - good[late].mean() > 0.25


def test_checks_every_five_minutes_except_the_monitoring_gap(checks: pd.DataFrame) -> None:
    assert list(checks.columns[:4]) == ["timestamp", "monitor", "status", "response_time_ms"]
    gaps = []
    for monitor, rows in checks.groupby("monitor"):
        utc = pd.DatetimeIndex(rows["timestamp"]).tz_localize(DEMO_TIMEZONE, ambiguous="infer")
        steps = pd.Series(utc[1:] - utc[:-1]).value_counts()
        assert steps[pd.Timedelta(minutes=5)] == len(rows) - 2, monitor
        gaps.append(steps.drop(pd.Timedelta(minutes=5)).index.tolist())
    assert gaps == [[pd.Timedelta(minutes=MONITORING_GAP_MINUTES + 5)]] * 3
    # 411 days of 288 checks, two autumn nights with an extra hour, one spring night without, and the gap
    assert len(checks) == 3 * (411 * 288 + 12 - MONITORING_GAP_MINUTES // 5)


def test_down_checks_have_no_response_time_and_availability_is_realistic(checks: pd.DataFrame) -> None:
    assert (checks.loc[checks["status"] == "down", "response_time_ms"] == "").all()
    assert (checks.loc[checks["status"] == "up", "response_time_ms"] != "").all()
    up = checks["status"].eq("up")
    overall = up.groupby(checks["monitor"]).mean() * 100
    assert overall.between(99.5, 99.99).all()
    monthly = up.groupby([checks["monitor"], checks["month"]]).mean() * 100
    assert monthly.loc[("API", "2026-10")] < 99.9
    median = checks.loc[up, "response_time_ms"].astype(int).groupby(checks["monitor"]).median()
    assert median.between(100, 400).all()


def test_an_outage_spans_a_month_boundary(checks: pd.DataFrame) -> None:
    down = checks[checks["status"] == "down"].copy()
    down["run"] = down.groupby("monitor")["timestamp"].diff().ne(pd.Timedelta(minutes=5)).cumsum()
    runs = down.groupby(["monitor", "run"])["month"].agg(["first", "last"])
    crossing = runs[runs["first"] != runs["last"]]
    assert list(crossing.index.get_level_values("monitor")) == ["Webshop"]


def test_one_outage_falls_inside_a_maintenance_window(demo: list[DemoFile], checks: pd.DataFrame) -> None:
    windows = pd.read_csv(_path(demo, "maintenance"), parse_dates=["start", "end"])
    assert list(windows.columns) == ["service", "start", "end", "note"]
    assert (windows["start"].dt.day_of_week == 6).all() and (windows["start"].dt.hour <= 1).all()
    assert windows["service"].value_counts().min() >= 2
    down = checks[checks["status"] == "down"]
    inside = [
        ((down["monitor"] == w.service) & (down["timestamp"] >= w.start) & (down["timestamp"] < w.end)).sum()
        for w in windows.itertuples()
    ]
    assert max(inside) >= 12


def test_uptimerobot_log_has_down_and_up_events(demo: list[DemoFile]) -> None:
    log = pd.read_csv(_path(demo, "outages"))
    assert list(log.columns) == ["Date-Time", "Event", "Monitor", "Monitor URL", "Reason", "Duration (in mins.)"]
    downs = log[log["Event"] == "Down"]
    assert 4 <= len(downs) == (log["Event"] == "Up").sum()
    assert set(log["Monitor"]) == {"Betalingen"}
    assert "Connection Timeout" in set(downs["Reason"]) and downs["Duration (in mins.)"].between(1, 180).all()


def test_nps_feedback(demo: list[DemoFile], tickets: pd.DataFrame) -> None:
    nps = pd.read_csv(_path(demo, "feedback"), keep_default_na=False, parse_dates=["submitted_at"])
    assert list(nps.columns) == ["response_id", "customer", "ticket_id", "submitted_at", "kind", "score", "comment"]
    assert set(nps["kind"]) == {"nps"} and nps["score"].between(0, 10).all()
    assert set(nps["customer"]) == set(tickets["Organization"])
    whole_months = nps[nps["submitted_at"] < pd.Timestamp("2026-11-01")]
    assert whole_months.groupby(whole_months["submitted_at"].dt.strftime("%Y-%m")).size().between(150, 600).all()
    assert nps["comment"].str.startswith("@SUM(A1)").sum() == 1
    assert nps["comment"].str.startswith("-2").sum() == 1
    bad = nps[(nps["customer"] == "Nordwind Energie") & (nps["submitted_at"].dt.strftime("%Y-%m") == "2026-10")]
    assert bad["score"].mean() < nps["score"].mean() - 1


def test_config_csvs_have_the_exact_headers(demo: list[DemoFile], tickets: pd.DataFrame) -> None:
    config = demo[-1].path
    for name, header in CONFIG_HEADERS.items():
        assert (config / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0] == header
    customers = pd.read_csv(config / "customers.csv")
    assert set(customers["customer"]) == set(tickets["Organization"])
    assert customers["monthly_fee"].between(500, 25_000).all() and set(customers["currency"]) == {"EUR"}
    calendars = pd.read_csv(config / "calendars.csv", keep_default_na=False).set_index("calendar")
    assert calendars.loc["kantooruren", "mon"] == "08:00-18:00" and calendars.loc["kantooruren", "sat"] == ""
    assert calendars.loc["kantooruren", "holidays"] == "NL"
    assert calendars.loc["extended", "sat"] == "07:00-22:00" and calendars.loc["extended", "sun"] == ""


def test_policies_have_defaults_overrides_and_one_versioned_change(demo: list[DemoFile]) -> None:
    policies = pd.read_csv(demo[-1].path / "policies.csv", keep_default_na=False, dtype=str)
    default = policies[(policies["customer"] == "*") & (policies["priority"] == "urgent")]
    assert default.set_index("metric")["target_minutes"].to_dict() == {"first_response": "30", "resolution": "240"}
    assert ((policies["metric"] == "availability") & (policies["target_pct"] == "99.9")).any()
    assert (policies["customer"] != "*").sum() >= 3
    ended = policies[policies["effective_to"] != ""]
    assert len(ended) == 1
    last_day = date.fromisoformat(ended["effective_to"].iloc[0])  # inclusive: the successor starts a day later
    successor = policies[policies["effective_from"] == (last_day + timedelta(days=1)).isoformat()]
    assert successor[["customer", "priority", "metric"]].values.tolist() == (
        ended[["customer", "priority", "metric"]].values.tolist()
    )
    assert date(2025, 10, 1) < last_day < END


def test_config_passes_the_real_validation(demo: list[DemoFile]) -> None:
    assert config.validate(config.read(demo[-1].path)) == []


def test_by_default_the_demo_writes_nothing_after_today(tmp_path: Path) -> None:
    files = generate(tmp_path, months=1, seed=7)
    today = pd.Timestamp(date.today())
    frame = pd.read_csv(_path(files, "tickets"), dtype=str, keep_default_na=False)
    created = pd.to_datetime(frame["Created at"], format="%Y-%m-%d %H:%M:%S")
    assert created.max() < today
    checks = pd.read_csv(_path(files, "checks"), usecols=["timestamp"])
    assert pd.to_datetime(checks["timestamp"]).max() < today


def test_the_backlog_is_the_plans_own_late_tickets_so_the_last_month_is_normal(tickets: pd.DataFrame) -> None:
    """Open tickets get fewer with age (a real helpdesk's backlog), and tickets of the last weeks are not
    left open in bulk: the share open among the last 30 days' tickets stays a small, falling number."""
    open_ = tickets["Solved at"].isna()
    age = (pd.Timestamp(END) + timedelta(days=1) - tickets["Created at"]).dt.days
    share = open_.groupby(pd.cut(age, [-1, 2, 7, 14, 30])).mean()
    assert share.is_monotonic_decreasing, share
    assert share.iloc[-1] < 0.04, share  # a fortnight to a month old: a few percent still open, not 8 %
