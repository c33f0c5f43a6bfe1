"""The SLA as a marketing tool: claims computed straight from the data, verified, with their evidence.

A claim is a template (uptime, compliance per priority, median first response, CSAT, NPS, months with every target
met) filled for a window of whole months, with its sample and period. It is verified only when the data supports
it (see MIN_TICKETS, MIN_RESPONSES, MIN_COVERAGE_PCT, every month of the window has data, and the figure still
holds with the excluded breaches counted); otherwise its reasons say why. Stated figures are rounded in our
disfavour (down, or up for times), so a claim never says more than the data.

Exports: text with footnotes, an SVG badge and a one-page HTML card, in English or Dutch. No Streamlit here.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from pathlib import Path

import duckdb
import pandas as pd

from sla import i18n, store
from sla.contract import calendars, config
from sla.metrics import kpis, overview, periods
from sla.store import data_state, settings, sql
from sla.store.scope import LOCAL, Scope

MIN_TICKETS = 30  # decided ticket clocks behind a compliance or median claim
MIN_RESPONSES = 30  # survey answers behind a CSAT or NPS claim
MIN_COVERAGE_PCT = 95.0  # share of the promised hours with monitoring data behind an uptime claim
MAX_WINDOW_MONTHS = 60

TEMPLATES = ("uptime", "first_response", "resolution", "median_first_response", "csat", "csat_score", "nps",
             "months_met")
UNITS = {"uptime": "%", "first_response": "%", "resolution": "%", "median_first_response": "min",
         "csat": "%", "csat_score": "/5", "nps": "NPS", "months_met": "months"}
DECIMALS = {"median_first_response": 0, "csat_score": 1, "months_met": 0}  # the others: the KPI registry's rule
SAMPLE_UNITS = {"uptime": "minutes", "first_response": "tickets", "resolution": "tickets",
                "median_first_response": "tickets", "csat": "answers", "csat_score": "answers", "nps": "answers",
                "months_met": "months"}
COMPETITOR_METRICS = {"availability": "pct", "first_response": "minutes", "resolution": "minutes", "csat": "pct",
                      "nps": "score"}


# --- windows ---

@dataclass(frozen=True)
class Window:
    """Whole months from `first` to `last` (YYYY-MM, both included)."""

    first: str
    last: str

    @property
    def months(self) -> list[str]:
        return periods.months(self.first, self.last)

    @property
    def start(self) -> date:
        return date.fromisoformat(self.first + "-01")

    @property
    def end(self) -> date:
        """The first day after the window (exclusive, like the KPIs' period_end)."""
        return date.fromisoformat(periods.month_add(self.last, 1) + "-01")

    def label(self, lang: str = "en") -> str:
        """'Nov 2025 – Oct 2026' / 'nov 2025 – okt 2026'; one month: 'Oct 2026'."""
        first, last = i18n.month(self.first, lang), i18n.month(self.last, lang)
        return first if first == last else f"{first} – {last}"

    def span(self, lang: str = "en") -> str:
        """The first and last day: '2025-11-01 – 2026-10-31' / '01-11-2025 – 31-10-2026'."""
        last_day = date.fromordinal(self.end.toordinal() - 1)
        return f"{i18n.day(self.start, lang)} – {i18n.day(last_day, lang)}"


def rolling(last: str, n: int) -> Window:
    """The n months ending with `last` (YYYY-MM)."""
    if not 1 <= n <= MAX_WINDOW_MONTHS:
        raise ValueError(f"a window is 1 to {MAX_WINDOW_MONTHS} months, not {n}")
    return Window(periods.month_add(last, 1 - n), last)


def parse_window(text: str, today: date | None = None) -> Window:
    """'12m' (rolling, ending with the last complete month), '2025' (a calendar year) or '2025-01..2025-06'."""
    text = text.strip()
    if m := re.fullmatch(r"(\d{1,2})m", text):
        return rolling(periods.last_complete_month(today or settings.now().date()), int(m.group(1)))
    if re.fullmatch(r"\d{4}", text):
        return Window(f"{text}-01", f"{text}-12")
    if m := re.fullmatch(r"(\d{4}-\d{2})\.\.(\d{4}-\d{2})", text):
        first, last = m.groups()
        for month in (first, last):
            if not 1 <= int(month[5:]) <= 12:
                raise ValueError(f"{month!r} is not a month like 2026-10")
        if last < first:
            raise ValueError(f"the window {text!r} ends before it starts")
        if len(periods.months(first, last)) > MAX_WINDOW_MONTHS:
            raise ValueError(f"a window is at most {MAX_WINDOW_MONTHS} months")
        return Window(first, last)
    raise ValueError(f"{text!r} is not a window: use 12m (the last 12 complete months), 2025 (a calendar year) "
                     "or 2025-01..2025-06")


# --- claims ---

@dataclass(frozen=True)
class Claim:
    """One claim: the stated figure (rounded in our disfavour), its sample and period, and why it is not verified.

    `problems` are (i18n key, values) pairs; `facts` hold what the text and footnote need (targets, coverage,
    services, the figure with excluded breaches counted).
    """

    template: str
    subject: str | None  # the service or priority; None = all
    value: float | None
    window: Window
    sample: int
    problems: tuple[tuple[str, dict], ...] = ()
    excluded: int = 0
    facts: dict = field(default_factory=dict)
    customers: tuple[str, ...] = ()

    @property
    def verified(self) -> bool:
        return not self.problems

    @property
    def unit(self) -> str:
        return UNITS[self.template]

    @property
    def key(self) -> str:
        """A stable id: 'uptime', 'uptime:Webshop', 'first_response:urgent'."""
        return self.template if self.subject is None else f"{self.template}:{self.subject}"


def stated(value: float | None, decimals: int, lower_is_better: bool = False) -> float | None:
    """A time rounded in our disfavour: up to whole minutes (down for a figure where higher is better)."""
    if value is None or not math.isfinite(value):
        return None
    scale = 10 ** decimals
    nudged = value * scale + (1e-9 if not lower_is_better else -1e-9)  # 99.98 stored as 99.97999... stays 99.98
    return (math.ceil(nudged) if lower_is_better else math.floor(nudged)) / scale


def _missing_months(window: Window, months: list | None, last_complete: str) -> list[str]:
    have = {pd.Timestamp(m).strftime("%Y-%m") for m in (months or [])}
    return [m for m in window.months if m not in have and m <= last_complete]


def _common_problems(window: Window, months: list | None, last_complete: str) -> list[tuple[str, dict]]:
    problems = []
    if window.last > last_complete:
        problems.append(("scorecard.reason.incomplete", {"month": [last_complete]}))
    missing = _missing_months(window, months, last_complete)
    if missing:
        problems.append(("scorecard.reason.months", {"months": missing}))
    return problems


def _none(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _uptime_claims(frame: pd.DataFrame, window: Window, last_complete: str, customers: tuple) -> list[Claim]:
    claims = []
    rows = frame.to_dict("records") if not frame.empty else [{"service": None, "eligible_s": 0, "months": []}]
    for row in rows:
        service = row["service"] if isinstance(row["service"], str) else None
        minutes = int((_none(row["eligible_s"]) or 0) // 60)
        value = _none(row.get("availability_pct"))  # unrounded: stated by the KPI's rule (kpis.format_value)
        coverage = _none(row.get("coverage_pct"))
        problems = [] if value is not None else [("scorecard.reason.no_monitoring", {})]
        if value is not None and (coverage or 0) < MIN_COVERAGE_PCT:
            problems.append(("scorecard.reason.coverage", {"coverage": coverage or 0, "min": MIN_COVERAGE_PCT}))
        if value is not None:
            problems += _common_problems(window, list(row["months"]), last_complete)
        facts = {"coverage_pct": coverage, "services": int(row.get("services") or 0),
                 "target_min_pct": _none(row.get("target_min_pct")), "target_max_pct": _none(row.get("target_max_pct"))}
        claims.append(Claim("uptime", service, value, window, minutes, tuple(problems), 0, facts, customers))
    return claims


def _ticket_claims(frame: pd.DataFrame, window: Window, last_complete: str, customers: tuple,
                   clocks: dict[str, calendars.Calendar]) -> list[Claim]:
    claims = []
    for metric in ("first_response", "resolution"):
        rows = frame[frame["metric"] == metric] if not frame.empty else frame
        overall = rows[rows["priority"].isna()] if not rows.empty else rows
        months = list(overall["months"].iloc[0]) if len(overall) else []
        if rows.empty:
            claims.append(Claim(metric, None, None, window, 0, (("scorecard.reason.no_tickets", {}),), 0, {},
                                customers))
            continue
        # all priorities first, then the priorities from the fastest target to the slowest
        ordered = pd.concat([overall, rows[rows["priority"].notna()].sort_values(["target_min_minutes", "priority"])])
        for row in ordered.to_dict("records"):
            priority = row["priority"] if isinstance(row["priority"], str) else None
            claims.append(_compliance_claim(metric, priority, row, window, months, last_complete, customers,
                                            clocks))
        for row in ordered[ordered["priority"].notna()].to_dict("records") if metric == "first_response" else []:
            claims.append(_median_claim(row, window, months, last_complete, customers, clocks))
    return claims


def _ticket_facts(row: dict, clocks: dict[str, calendars.Calendar]) -> dict:
    """Targets, and the calendar the targets and medians are measured on (None when the policies differ)."""
    facts = {k: _none(row[k]) for k in ("target_min_minutes", "target_max_minutes", "target_min_pct",
                                        "target_max_pct")}
    same = row.get("calendar_min") if row.get("calendar_min") == row.get("calendar_max") else None
    return {**facts, "calendar": clocks.get(same) if isinstance(same, str) else None}


def _sample_problems(n: int, minimum: int, key: str) -> list[tuple[str, dict]]:
    return [(key, {"n": n, "min": minimum})] if n < minimum else []


def _compliance_claim(metric: str, priority: str | None, row: dict, window: Window, months: list,
                      last_complete: str, customers: tuple, clocks: dict[str, calendars.Calendar]) -> Claim:
    n, excluded = int(row["met"] + row["breached"]), int(row["excluded"])
    value = _none(row["compliance_pct"])
    problems = _sample_problems(n, MIN_TICKETS, "scorecard.reason.few_tickets")
    problems += _common_problems(window, months, last_complete)
    raw = _none(row["compliance_pct_raw"])
    if excluded and value is not None and (raw is None or raw < value):
        problems.append(("scorecard.reason.exclusions", {"n": excluded, "raw": raw, "unit": "%"}))
    facts = {**_ticket_facts(row, clocks), "raw": raw}
    return Claim(metric, priority, value, window, n, tuple(problems), excluded, facts, customers)


def _median_claim(row: dict, window: Window, months: list, last_complete: str, customers: tuple,
                  clocks: dict[str, calendars.Calendar]) -> Claim:
    n, excluded = int(row["met"] + row["breached"]), int(row["excluded"])
    value = stated(_none(row["median_minutes"]), 0, lower_is_better=True)
    problems = _sample_problems(n, MIN_TICKETS, "scorecard.reason.few_tickets")
    if n and value is None:
        problems.append(("scorecard.reason.running", {}))
    problems += _common_problems(window, months, last_complete)
    raw = stated(_none(row["median_minutes_raw"]), 0, lower_is_better=True)
    if excluded and value is not None and (raw is None or raw > value):
        problems.append(("scorecard.reason.exclusions", {"n": excluded, "raw": raw, "unit": "min"}))
    facts = {**_ticket_facts(row, clocks), "raw": raw}
    return Claim("median_first_response", row["priority"], value, window, n, tuple(problems), excluded, facts,
                 customers)


def _feedback_claims(frame: pd.DataFrame, window: Window, last_complete: str, customers: tuple) -> list[Claim]:
    rows = {r["kind"]: r for r in frame.to_dict("records")}
    csat = rows.get("csat", {"responses": 0, "good": 0, "scored": 0, "mean_score": None, "months": []})
    nps = rows.get("nps", {"responses": 0, "promoters": 0, "detractors": 0, "months": []})
    specs = [
        ("csat", int(csat["responses"]), 100.0 * csat["good"] / csat["responses"] if csat["responses"] else None,
         csat["months"]),
        ("csat_score", int(csat["scored"]), _none(csat["mean_score"]), csat["months"]),
        ("nps", int(nps["responses"]),
         100.0 * (nps["promoters"] - nps["detractors"]) / nps["responses"] if nps["responses"] else None,
         nps["months"]),
    ]
    claims = []
    for template, n, figure, months in specs:
        if template == "csat_score" and not n and csat["responses"]:
            continue  # only good/bad answers: there is no score out of 5 to claim
        value = stated(figure, DECIMALS[template]) if template == "csat_score" else figure
        problems = [("scorecard.reason.no_answers", {})] if not n else \
            _sample_problems(n, MIN_RESPONSES, "scorecard.reason.few_answers")
        if n:
            problems += _common_problems(window, list(months), last_complete)
        claims.append(Claim(template, None, value, window, n, tuple(problems), 0, {}, customers))
    return claims


def month_verdicts(ticket_months: pd.DataFrame, availability: pd.DataFrame, window: Window) -> pd.DataFrame:
    """Per month of the window: tickets ok, availability ok (None without data), every target met, and met with
    the excluded breaches counted (met_raw)."""
    index = pd.Index([pd.Timestamp(m + "-01") for m in window.months], name="month")
    tickets = ticket_months.dropna(subset=["ok_raw"]).groupby("month")
    avail = availability.dropna(subset=["ok"]).groupby("month")["ok"]
    frame = pd.DataFrame({
        "tickets_ok": tickets["ok"].agg(lambda s: bool(s.dropna().all())),
        "tickets_ok_raw": tickets["ok_raw"].all(),
        "availability_ok": avail.all(),
    }).reindex(index).astype(object)
    frame = frame.where(frame.notna(), None)
    has = frame[["tickets_ok_raw", "availability_ok"]].notna().any(axis=1)
    frame["met"] = has & frame["tickets_ok"].ne(False) & frame["availability_ok"].ne(False)
    frame["met_raw"] = has & frame["tickets_ok_raw"].ne(False) & frame["availability_ok"].ne(False)
    frame["has_data"] = has
    return frame.reset_index()


def promise_months(ticket_months: pd.DataFrame, availability: pd.DataFrame) -> pd.DataFrame:
    """Per metric, scope (a ticket priority or a service) and month of the window: whether every customer the
    promise applies to met it that month (False as soon as one did not)."""
    tickets = ticket_months.dropna(subset=["ok"]).rename(columns={"priority": "scope"})
    services = availability.dropna(subset=["ok"]).rename(columns={"service": "scope"}).assign(metric="availability")
    frames = [f[["metric", "scope", "month", "ok"]] for f in (tickets, services) if len(f)]
    if not frames:
        return pd.DataFrame(columns=["metric", "scope", "month", "ok"])
    every = pd.concat(frames).astype({"ok": bool})
    every = every.assign(month=pd.to_datetime(every["month"]))
    return every.groupby(["metric", "scope", "month"], as_index=False, dropna=False)["ok"].all()


def _months_claim(months: pd.DataFrame, window: Window, last_complete: str, excluded: int,
                  customers: tuple) -> Claim:
    value = float(months["met"].sum()) if months["has_data"].any() else None
    problems = [] if value is not None else [("scorecard.reason.no_targets", {})]
    if not problems:
        kinds = [c for c in ("tickets_ok_raw", "availability_ok") if months[c].notna().any()]
        with_data = months.loc[months[kinds].notna().all(axis=1), "month"].tolist()
        problems += _common_problems(window, with_data, last_complete)
    raw = float(months["met_raw"].sum())
    if excluded and value is not None and raw < value:
        problems.append(("scorecard.reason.exclusions", {"n": excluded, "raw": raw, "unit": "months"}))
    facts = {"months": len(window.months), "raw": raw}
    return Claim("months_met", None, value, window, len(window.months), tuple(problems), excluded, facts,
                 customers)


# --- the scorecard: claims, evidence, promises and the figures for the boss ---

@dataclass(frozen=True)
class Boss:
    """Why the SLA matters, in figures: customers within target, credits owed, CSAT met vs breached."""

    customers: int  # customers with a judged target in the window
    customers_within: int  # ... of whom every target was met in every month
    customer_months: int  # (customer, month) pairs with a judged target
    customer_months_within: int  # ... in which every target of the customer was met
    credits_owed: dict[str, float]  # currency -> amount owed in the window (kpis.credits_owed per customer-month)
    csat_met: tuple[float | None, int]  # CSAT % and answers on tickets whose SLA was met
    csat_breached: tuple[float | None, int]


@dataclass(frozen=True)
class Scorecard:
    """Everything the Scorecard page and `claims` command show for a window and customers (empty = all)."""

    window: Window
    customers: tuple[str, ...]
    last_complete: str
    has_data: bool  # anything stored at all
    claims: list[Claim]
    months: pd.DataFrame  # month, tickets_ok, tickets_ok_raw, availability_ok, met, met_raw, has_data
    promises: pd.DataFrame  # claim_promises rows (what the policies in force promise)
    boss: Boss
    kept: pd.DataFrame  # per metric, scope (priority or service) and month: was the promise met (promise_months)
    state: data_state.DataState  # the data the claims rest on
    tz: str
    clocks: dict[str, calendars.Calendar]  # the calendars in force, by name

    def stamp(self, lang: str = "en") -> str:
        """'Data version: …', for every export of the claims."""
        return f"{i18n.t('data_state.title', lang)}: {self.state.label(lang, self.tz)}"

    def claim(self, key: str) -> Claim | None:
        """The claim with this key ('uptime', 'first_response:urgent'), if any."""
        return next((c for c in self.claims if c.key == key), None)


def compute(con: duckdb.DuckDBPyConnection, window: Window, customers: list[str] | tuple[str, ...] = (),
            as_of: datetime | None = None) -> Scorecard:
    """The scorecard for a window; ticket outcomes judged as of `as_of` (now)."""
    as_of = as_of or settings.now()
    customers = tuple(customers)
    tz = settings.get(con, "report_timezone")
    last_complete = periods.last_complete_month(as_of.date())
    _, _, start, end = periods.month_bounds(window.first, window.last, tz)
    params = {"period_start": start, "period_end": end, "tz": tz, "customers": list(customers)}
    has_data = not store.is_empty(con)

    clocks = {c.name: c for c in config.calendars_in_force(con)}
    if kpis.has_marts(con):
        kpis.prepare_outcomes(con, as_of)
        tickets = sql.df(con, "metrics/claim_tickets", **params)
        ticket_months = sql.df(con, "metrics/claim_ticket_months", **params)
        feedback_by_sla = sql.df(con, "metrics/feedback_by_sla", period_start=start, period_end=end,
                                 customers=list(customers))
    else:
        tickets = pd.DataFrame()
        ticket_months = pd.DataFrame(columns=["month", "customer", "metric", "priority", "target_pct", "met",
                                              "breached", "excluded", "ok", "ok_raw"])
        feedback_by_sla = pd.DataFrame({"sla": ["breached", "met"], "responses": 0, "csat_pct": None})

    availability, uptime = _availability(con, window, tz, as_of, customers)
    months = month_verdicts(ticket_months, availability, window)
    excluded = int(tickets.loc[tickets["priority"].isna(), "excluded"].sum()) if not tickets.empty else 0
    claims = [
        *_uptime_claims(uptime, window, last_complete, customers),
        *_ticket_claims(tickets, window, last_complete, customers, clocks),
        *_feedback_claims(sql.df(con, "metrics/claim_feedback", **params), window, last_complete, customers),
        _months_claim(months, window, last_complete, excluded, customers),
    ]
    last_day = date.fromordinal(window.end.toordinal() - 1)
    promises = sql.df(con, "metrics/claim_promises", on=last_day, customers=list(customers))
    boss = _boss(ticket_months, availability, sql.df(con, "metrics/claim_currencies"), feedback_by_sla)
    return Scorecard(window, customers, last_complete, has_data, claims, months, promises, boss,
                     promise_months(ticket_months, availability), data_state.read(con), tz, clocks)


def scorecard(db: Path | str | None, window: Window, customers: list[str] | tuple[str, ...] = (),
              as_of: datetime | None = None, scope: Scope = LOCAL) -> Scorecard:
    """The scorecard (of the customers; none: all of the scope's), opening the store briefly."""
    customers = scope.limit(customers)
    with store.connect(db, read_only=True) as con:
        return compute(con, window, customers, as_of)


def _availability(con: duckdb.DuckDBPyConnection, window: Window, tz: str, as_of: datetime,
                  customers: tuple) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Monthly availability rows (per month, customer, service) and the uptime per service and overall."""
    months = [(first, start, end) for first, _, start, end in
              (periods.month_bounds(m, None, tz) for m in window.months) if start < as_of]
    has_checks = con.execute("select exists (select 1 from checks) or exists (select 1 from outages)").fetchone()[0]
    if not months or not has_checks:
        return pd.DataFrame(columns=["month", "customer", "service", "ok", "availability_pct", "credit_pct",
                                     "credit_amount", "target_pct"]), pd.DataFrame()
    rows = kpis.availability_rows(con, months, as_of)
    rows = rows[rows["customer"].isin(customers)] if customers else rows
    uptime = sql.df(con, "metrics/claim_uptime", customers=list(customers))
    return rows.assign(month=pd.to_datetime(rows["month"])), uptime


def _boss(ticket_months: pd.DataFrame, availability: pd.DataFrame, currencies: pd.DataFrame,
          feedback_by_sla: pd.DataFrame) -> Boss:
    columns = ["customer", "month", "ok"]
    verdicts = pd.concat([ticket_months[columns], availability[columns]]).dropna()
    per_month = verdicts.groupby(["customer", "month"])["ok"].all()
    per_customer = per_month.groupby(level="customer").all()
    rows = kpis.credits_owed(availability).merge(currencies, on="customer", how="left")
    owed = rows.groupby("currency")["credit_amount"].sum()
    by_sla = feedback_by_sla.set_index("sla")

    def outcome(sla: str) -> tuple[float | None, int]:
        return _none(by_sla.at[sla, "csat_pct"]), int(by_sla.at[sla, "responses"])

    return Boss(int(len(per_customer)), int(per_customer.sum()), int(len(per_month)), int(per_month.sum()),
                {str(k): round(float(v), 2) for k, v in owed.items()},
                outcome("met"), outcome("breached"))


# --- words: figures, claim texts, reasons, footnotes ---

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
COMPANY_WIDE = {"scorecard.claim.uptime", "scorecard.claim.first_response", "scorecard.claim.resolution"}
DEFINITIONS = {"uptime": "availability", "first_response": "first_response", "resolution": "resolution",
               "csat": "csat", "nps": "nps"}


def clock_text(minutes: float, calendar: calendars.Calendar | None, lang: str = "en",
               high: float | None = None) -> str:
    """A duration (or a range up to `high`) on the clock it was measured on: '4 business hours', '30 business
    minutes', '1 h 30 min of business time', '16–24 business hours', '4 h around the clock'. Without a calendar
    (the policies' calendars differ) only the time is given."""
    low = int(math.ceil(minutes - 1e-9))
    high = low if high is None else int(math.ceil(high - 1e-9))
    business = calendar is not None and calendar.hours != calendars.TWENTY_FOUR_SEVEN.hours
    both = minutes_text(low, lang, business) if low == high else \
        f"{minutes_text(low, lang, business)}–{minutes_text(high, lang, business)}"
    if calendar is None:
        return both
    if not business:
        return i18n.t("scorecard.clock.always", lang, time=both)
    if high < 60:
        n = str(low) if low == high else f"{low}–{high}"
        return i18n.t("scorecard.clock.business_minutes", lang, n=n)
    if low % 60 == 0 and high % 60 == 0:
        if low == high == 60:
            return i18n.t("scorecard.clock.business_hour", lang)
        n = i18n.number(low // 60, lang) + ("" if low == high else f"–{i18n.number(high // 60, lang)}")
        return i18n.t("scorecard.clock.business_hours", lang, n=n)
    return i18n.t("scorecard.clock.business_time", lang, time=both)


def hours_note(calendar: calendars.Calendar | None, lang: str = "en") -> str:
    """' (Mon–Fri 08:00–18:00)' after a business-time figure; '' around the clock or without one calendar."""
    if calendar is None or calendar.hours == calendars.TWENTY_FOUR_SEVEN.hours:
        return ""
    return f" ({calendars.describe(calendar, lang, holidays=False)})"


def minutes_text(minutes: float, lang: str = "en", business: bool = False) -> str:
    """A target or median time: '30 min', '4 h' / '4 u', '1 h 03 min'; business time never in days of 24 hours
    ('59 h 25 min', not '2 d 11 h')."""
    minutes = int(round(minutes))
    if minutes < 60:
        return f"{minutes} min"
    if minutes % 60 == 0:
        return f"{minutes // 60} {'u' if lang == 'nl' else 'h'}"
    return i18n.duration(minutes, lang, business)


def figure(claim: Claim, lang: str = "en", value: float | None = None) -> str:
    """The claim's figure as stated: '99.98 %', '12 min', '4.6 / 5', '+32', '11 of 12' (Dutch: '99,98 %')."""
    value = claim.value if value is None else value
    if value is None:
        return "–"
    template = claim.template
    if template in DEFINITIONS:  # a KPI: the text every page shows for it, on the true side of its target
        shown = kpis.format_value(DEFINITIONS[template], value, lang, claim.facts.get("target_max_pct"),
                                  (claim.facts.get("target_min_pct"),))
        return ("+" + shown) if template == "nps" and value > 0 else shown
    if template == "median_first_response":
        return clock_text(value, claim.facts.get("calendar"), lang)
    if template == "csat_score":
        return i18n.t("scorecard.out_of_5", lang, value=i18n.number(value, lang, 1))
    return i18n.t("scorecard.of", lang, n=i18n.number(value, lang), total=i18n.number(claim.facts["months"], lang))


def scope_name(template: str, scope: str, lang: str) -> str:
    """A claim's or promise's scope as the reader says it: a ticket priority in the language, a service as named."""
    return scope if template in ("uptime", "availability") else i18n.value("priority", scope, lang)


def _target(claim: Claim, lang: str) -> str:
    """The promised time on its clock: '4 business hours (Mon–Fri 08:00–18:00)'; where customers' targets
    differ, 'the agreed time (16–24 business hours (Mon–Fri 08:00–18:00))'."""
    low, high = claim.facts.get("target_min_minutes"), claim.facts.get("target_max_minutes")
    if low is None:
        return i18n.t("scorecard.target.agreed", lang, time="–")
    calendar = claim.facts.get("calendar")
    time = clock_text(low, calendar, lang, high) + hours_note(calendar, lang)
    return time if low == high else i18n.t("scorecard.target.agreed", lang, time=time)


def text(claim: Claim, lang: str = "en") -> str:
    """The claim as a sentence: '99.98 % uptime across all our services, Nov 2025 – Oct 2026'."""
    values = {"value": figure(claim, lang), "period": claim.window.label(lang)}
    template, subject = claim.template, claim.subject
    priority = scope_name(claim.template, subject, lang) if subject else ""
    priority = priority[:1].upper() + priority[1:] if lang == "en" else priority
    if template == "uptime":
        key, values["service"] = ("scorecard.claim.uptime_service", subject) if subject else \
            ("scorecard.claim.uptime", None)
    elif template in ("first_response", "resolution") and subject:
        key = f"scorecard.claim.{template}_priority"
        values.update(priority=priority, target=_target(claim, lang))
    elif template == "median_first_response":
        key, values["priority"] = "scorecard.claim.median_first_response", priority
        values["value"] += hours_note(claim.facts.get("calendar"), lang)
    else:
        key = f"scorecard.claim.{template}"
        if template == "months_met":
            values.update(value=i18n.number(claim.value, lang), months=i18n.number(claim.facts["months"], lang))
    values = {k: v for k, v in values.items() if v is not None}
    if not claim.customers:  # company-wide wording only for every customer together
        return i18n.t(key, lang, **values)
    client = ", ".join(claim.customers)
    if key in COMPANY_WIDE:
        return i18n.t(key + "_client", lang, client=client, **values)
    return i18n.t("scorecard.claim.for_client", lang, client=client, claim=i18n.t(key, lang, **values))


def _reason_values(claim: Claim, values: dict, lang: str) -> dict:
    out = {}
    for name, value in values.items():
        if name in ("coverage", "min") and "coverage" in values:
            out[name] = i18n.percent(value, lang, 2 if name == "coverage" else 0)
        elif name in ("months", "month"):
            out[name] = ", ".join(i18n.month(m, lang) for m in value)
        elif name == "raw":
            out[name] = figure(claim, lang, value) if value is not None else "–"
        elif name in ("n", "min"):
            out[name] = i18n.number(value, lang)
        else:
            out[name] = value
    return out


def reason(claim: Claim, lang: str = "en") -> str | None:
    """Why the claim is not verified ('only 12 tickets; at least 30 are needed; ...'), None when verified."""
    if claim.verified:
        return None
    return "; ".join(i18n.t(key, lang, **_reason_values(claim, values, lang)) for key, values in claim.problems)


def definition(claim: Claim, lang: str = "en") -> str:
    """The definition behind the figure: the KPI registry's, or the scorecard's own for medians, scores, months."""
    if claim.template in DEFINITIONS:
        text_ = kpis.REGISTRY[DEFINITIONS[claim.template]].definition[lang]
        if claim.template == "uptime" and claim.subject is None:
            text_ += " " + i18n.t("scorecard.def.uptime_all", lang)
        return text_
    return i18n.t(f"scorecard.def.{claim.template}", lang)


def sample_text(claim: Claim, lang: str = "en") -> str:
    """The sample with its unit: '3,098 tickets', '7,747 answers', '2,100,420 min measured', '12 months'."""
    return i18n.t(f"scorecard.sample.{SAMPLE_UNITS[claim.template]}", lang, n=i18n.number(claim.sample, lang))


def footnote(claim: Claim, lang: str = "en") -> str:
    """Period, customers, sample, definition, excluded breaches and (if so) why the claim is not verified."""
    parts = [i18n.t("scorecard.foot.period", lang, span=claim.window.span(lang)),
             i18n.t("scorecard.foot.customers", lang, names=", ".join(claim.customers)) if claim.customers
             else i18n.t("scorecard.foot.customers_all", lang)]
    unit = SAMPLE_UNITS[claim.template]
    if unit == "minutes":
        parts.append(i18n.t("scorecard.foot.sample.minutes", lang, n=i18n.number(claim.sample, lang),
                            services=i18n.number(claim.facts.get("services"), lang),
                            coverage=i18n.percent(claim.facts.get("coverage_pct"), lang, 2)))
    else:
        parts.append(i18n.t(f"scorecard.foot.sample.{unit}", lang, n=i18n.number(claim.sample, lang)))
    parts.append(i18n.t("scorecard.foot.definition", lang, definition=definition(claim, lang)))
    if claim.facts.get("calendar") is not None:
        parts.append(i18n.t("scorecard.foot.clock", lang, hours=calendars.describe(claim.facts["calendar"], lang)))
    if claim.excluded:
        raw = claim.facts.get("raw")
        parts.append(i18n.t("scorecard.foot.excluded", lang, n=i18n.number(claim.excluded, lang),
                            raw=figure(claim, lang, raw) if raw is not None else "–"))
    if not claim.verified:
        parts.append(i18n.t("scorecard.foot.not_verified", lang, reason=reason(claim, lang)))
    return " ".join(parts)


def rules(lang: str = "en") -> str:
    """What 'verified' means, with the thresholds."""
    return i18n.t("scorecard.foot.rules", lang, tickets=MIN_TICKETS, answers=MIN_RESPONSES,
                  coverage=i18n.percent(MIN_COVERAGE_PCT, lang, 0))


def as_dict(claim: Claim, lang: str = "en") -> dict:
    """The claim as in `claims --format json`."""
    return {
        "text": text(claim, lang), "value": claim.value, "unit": claim.unit,
        "period_start": claim.window.start.isoformat(), "period_end": claim.window.end.isoformat(),
        "sample": claim.sample, "verified": claim.verified, "reason": reason(claim, lang),
        "key": claim.key, "sample_unit": SAMPLE_UNITS[claim.template], "excluded_breaches": claim.excluded,
        "customers": list(claim.customers) or None, "footnote": footnote(claim, lang),
    }


# --- exports: text with footnotes, SVG badge, one-page HTML card ---

def export_text(claims: list[Claim], lang: str = "en", stamp: str = "") -> str:
    """The claims as copyable text: one line each with a footnote mark, then the footnotes, the rules and the
    data version they rest on (`stamp`)."""
    lines = [f"{text(c, lang)}.{str(i).translate(SUPERSCRIPT)}" for i, c in enumerate(claims, 1)]
    notes = [f"{str(i).translate(SUPERSCRIPT)} {footnote(c, lang)}" for i, c in enumerate(claims, 1)]
    return "\n".join([*lines, "", *notes, "", rules(lang), *([stamp] if stamp else [])]) + "\n"


def _text_width(text_: str) -> float:
    """Approximate width in px of text in 11 px Verdana (shields.io's badge font)."""
    width = 0.0
    for ch in text_:
        if ch in "il.,:;|!' ":
            width += 3.9
        elif ch in "mwMW%@":
            width += 10.5
        elif ch.isupper() or ch.isdigit():
            width += 7.6
        else:
            width += 6.6
    return width


def badge_svg(label: str, value: str, color: str = "#0072B2") -> str:
    """A shields-style badge ('uptime | 99.98 %') as a self-contained SVG; every text escaped."""
    left, right = round(_text_width(label) + 12), round(_text_width(value) + 12)
    width = left + right
    label_x, value_x = left / 2, left + right / 2
    quoted = escape(f"{label}: {value}", quote=True)
    lab, val = escape(label), escape(value)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" role="img" aria-label="{quoted}">'
        f"<title>{quoted}</title>"
        '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/>'
        '<stop offset="1" stop-opacity=".1"/></linearGradient>'
        f'<clipPath id="r"><rect width="{width}" height="20" rx="3" fill="#fff"/></clipPath>'
        f'<g clip-path="url(#r)"><rect width="{left}" height="20" fill="#555"/>'
        f'<rect x="{left}" width="{right}" height="20" fill="{escape(color, quote=True)}"/>'
        f'<rect width="{width}" height="20" fill="url(#s)"/></g>'
        '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">'
        f'<text x="{label_x}" y="15" fill="#010101" fill-opacity=".3">{lab}</text>'
        f'<text x="{label_x}" y="14">{lab}</text>'
        f'<text x="{value_x}" y="15" fill="#010101" fill-opacity=".3">{val}</text>'
        f'<text x="{value_x}" y="14">{val}</text></g></svg>\n'
    )


def badge_label(claim: Claim, lang: str = "en") -> str:
    """The badge's left text: 'uptime', 'uptime Webshop', 'first response in time (urgent)'."""
    label = i18n.t(f"scorecard.badge.{claim.template}", lang)
    if claim.subject is None:
        return label
    subject = scope_name(claim.template, claim.subject, lang)
    return f"{label} {subject}" if claim.template == "uptime" else f"{label} ({subject})"


def claim_badge(claim: Claim, lang: str = "en") -> str:
    """The SVG badge of a claim: 'uptime | 99.98 %'."""
    return badge_svg(badge_label(claim, lang), figure(claim, lang))


CARD_CSS = """
*{box-sizing:border-box}
body{margin:0;background:#f4f5f7;color:#1d2330;
font:16px/1.45 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
.card{max-width:760px;margin:32px auto;background:#fff;border-radius:12px;padding:36px 40px;
box-shadow:0 2px 12px rgba(0,0,0,.08)}
h1{margin:0 0 4px;font-size:28px}
.sub{margin:0 0 24px;color:#4a5162}
ul{list-style:none;margin:0;padding:0}
li.claim{display:flex;gap:20px;align-items:baseline;padding:14px 0;border-top:1px solid #e3e5ea}
.figure{flex:0 0 150px;font-size:26px;font-weight:700;color:#0072B2;white-space:nowrap}
.text{flex:1}
.check{display:block;font-size:13px;color:#4a5162}
sup{font-size:11px}
footer{margin-top:24px;padding-top:12px;border-top:2px solid #1d2330;font-size:12px;color:#4a5162}
footer ol{padding-left:18px;margin:0 0 8px}
@media print{body{background:#fff}.card{box-shadow:none;margin:0;max-width:none}}
@page{size:A4;margin:15mm}
"""


def card_html(claims: list[Claim], lang: str = "en", company: str = "", stamp: str = "") -> str:
    """A self-contained one-page HTML card (inline CSS, no scripts, every text escaped) with the claims; a client's
    claims name the client in the title."""
    clients = sorted({name for c in claims for name in c.customers})
    title = i18n.t("scorecard.card.title_client", lang, client=", ".join(clients)) if clients else \
        i18n.t("scorecard.card.title_company", lang, company=company) if company.strip() else \
        i18n.t("scorecard.card.title", lang)
    windows = sorted({c.window for c in claims}, key=lambda w: (w.first, w.last))
    period = ", ".join(w.label(lang) for w in windows)
    items = "".join(
        f'<li class="claim"><span class="figure">{escape(figure(c, lang))}</span>'
        f'<span class="text">{escape(text(c, lang))}<sup>{i}</sup>'
        f'<span class="check">✓ {escape(i18n.t("scorecard.card.verified", lang))}</span></span></li>'
        for i, c in enumerate(claims, 1)
    )
    notes = "".join(f"<li>{escape(footnote(c, lang))}</li>" for c in claims)
    return (
        f'<!doctype html>\n<html lang="{escape(lang, quote=True)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CARD_CSS}</style></head>"
        f'<body><main class="card"><h1>{escape(title)}</h1>'
        f'<p class="sub">{escape(i18n.t("scorecard.card.subtitle", lang, period=period))}</p>'
        f"<ul>{items}</ul><footer><ol>{notes}</ol><p>{escape(rules(lang))}</p><p>{escape(stamp)}</p></footer>"
        "</main></body></html>\n"
    )


def headline(card: Scorecard) -> list[str]:
    """Keys of the verified claims a marketing card starts with: uptime, the fastest priority's first response
    (share and median), CSAT, the score out of 5, NPS."""
    fastest = next((c.subject for c in card.claims if c.template == "first_response" and c.subject), None)
    wanted = ["uptime", f"first_response:{fastest}", f"median_first_response:{fastest}", "csat", "csat_score", "nps"]
    return [c.key for c in card.claims if c.key in wanted and c.verified]


# --- tables for the page and the CLI ---

def claims_table(claims: list[Claim], lang: str = "en") -> pd.DataFrame:
    """One row per claim, ready to show: claim, figure, sample, status (✓ / ✗ with words), reason."""
    return pd.DataFrame({
        "claim": [text(c, lang) for c in claims],
        "value": [figure(c, lang) for c in claims],
        "sample": [sample_text(c, lang) for c in claims],
        "status": [i18n.t("scorecard.verified" if c.verified else "scorecard.not_verified", lang) for c in claims],
        "reason": [reason(c, lang) or "" for c in claims],
    }, columns=["claim", "value", "sample", "status", "reason"])


def month_table(card: Scorecard, lang: str = "en") -> pd.DataFrame:
    """The targets per month of the window (the evidence of the months claim), ready to show."""
    def word(value: object) -> str:
        return i18n.t("scorecard.no_data", lang) if value is None else \
            i18n.t("scorecard.yes" if value else "scorecard.no", lang)

    months = card.months
    return pd.DataFrame({
        "month": [i18n.month(m, lang) for m in months["month"]],
        "tickets_ok": [word(v) for v in months["tickets_ok"]],
        "availability_ok": [word(v) for v in months["availability_ok"]],
        "met": [word(v if h else None) for v, h in zip(months["met"], months["has_data"], strict=True)],
    })


EVIDENCE = {"uptime": "availability", "csat": "feedback", "csat_score": "feedback", "nps": "feedback"}


def evidence_page(claim: Claim) -> str:
    """The dashboard page with the figures behind a claim: availability, feedback or trends (tickets)."""
    return EVIDENCE.get(claim.template, "trends")


def file_stem(text_: str) -> str:
    """A safe file name part: 'first_response:urgent' -> 'first_response-urgent'."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text_).strip("-") or "claim"


def _range(low: float | None, high: float | None, fmt) -> str:
    if low is None:
        return "–"
    return fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"


def target_pct(value: float, lang: str = "en") -> str:
    """A promised percentage with the decimals it has: '95 %', '99.9 %', '99.95 %'."""
    return i18n.target_percent(value, lang)


def _promise_text(row: dict, lang: str, clocks: dict[str, calendars.Calendar]) -> str:
    """'within 4 business hours (Mon–Fri 08:00–18:00) in 95 % of cases', '99.9 %': the promise on its clock."""
    pct = _range(_none(row["target_min_pct"]), _none(row["target_max_pct"]), lambda v: target_pct(v, lang))
    if row["metric"] == "availability":
        out = pct
    else:
        calendar = clocks.get(row["calendar_min"]) if row["calendar_min"] == row["calendar_max"] else None
        target = clock_text(row["target_min_minutes"], calendar, lang, row["target_max_minutes"]) + \
            hours_note(calendar, lang)
        out = i18n.t("scorecard.promise.ticket", lang, target=target, pct=pct)
    own = int(row["own_rows"])
    return i18n.t("scorecard.promise.own", lang, text=out, n=own) if own else out


def _kept(kept: pd.DataFrame, metric: str, scope: str, lang: str) -> str:
    """'✓ every month (12)' when the promise was met in every month of the window, else '✗ met in 11 of 12
    months': a monthly SLA is kept month by month, not on average."""
    rows = kept[(kept["metric"] == metric) & ((kept["scope"] == scope) | (scope == "*"))]
    per_month = rows.groupby("month")["ok"].all()
    if per_month.empty:
        return "–"
    n, met = len(per_month), int(per_month.sum())
    return i18n.t("scorecard.kept.every" if met == n else "scorecard.kept.some", lang,
                  met=i18n.number(met, lang), n=i18n.number(n, lang))


def _delivered(card: Scorecard, metric: str, scope: str) -> Claim | None:
    template = "uptime" if metric == "availability" else metric
    return card.claim(template if scope == "*" else f"{template}:{scope}")


def promise_table(card: Scorecard, lang: str = "en") -> pd.DataFrame:
    """What the policies in force promise next to what was delivered: KPI, scope, promise, delivered, kept."""
    rows = []
    for row in card.promises.to_dict("records"):
        claim = _delivered(card, row["metric"], row["scope"])
        delivered = figure(claim, lang) if claim else "–"
        if claim and row["metric"] != "availability":
            delivered = i18n.t("scorecard.promise.on_time", lang, pct=delivered)
        rows.append({
            "kpi": kpis.REGISTRY[row["metric"]].label[lang],
            "scope": i18n.t("scorecard.promise.all", lang) if row["scope"] == "*" else
            scope_name(row["metric"], row["scope"], lang),
            "promise": _promise_text(row, lang, card.clocks),
            "delivered": delivered,
            "kept": _kept(card.kept, row["metric"], row["scope"], lang),
        })
    return pd.DataFrame(rows, columns=["kpi", "scope", "promise", "delivered", "kept"])


def competitor_value(metric: str, value: float, lang: str = "en") -> str:
    """A competitor's promised value as text: '99.5 %', '1 h', '+40'."""
    unit = COMPETITOR_METRICS[metric]
    if unit == "pct":
        return target_pct(value, lang)
    if unit == "minutes":
        return minutes_text(value, lang)
    return ("+" if value > 0 else "") + i18n.number(value, lang, 0)


def metric_label(metric: str, lang: str = "en") -> str:
    """The name of a KPI a competitor can promise."""
    if metric in ("first_response", "resolution"):
        return i18n.t(f"scorecard.metric.{metric}", lang)
    return kpis.REGISTRY[metric].label[lang]


def side_by_side(card: Scorecard, competitors: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Per KPI our headline promise, what we delivered, and one column per competitor with its promise.

    Headline promise: availability, the lowest target (what every customer gets at least); tickets, the fastest
    priority's target and share (with its priority); CSAT and NPS are delivered, not promised.
    """
    rows = []
    for metric in COMPETITOR_METRICS:
        promised = card.promises[card.promises["metric"] == metric]
        row = {"kpi": metric_label(metric, lang)}
        if promised.empty:
            row["promise"], claim = i18n.t("scorecard.promise.no_promise", lang), card.claim(
                "uptime" if metric == "availability" else metric)
        elif metric == "availability":
            row["promise"] = target_pct(promised["target_min_pct"].min(), lang)
            claim = card.claim("uptime")
        else:
            first = promised.sort_values("target_min_minutes").iloc[0]
            scope = scope_name(metric, first["scope"], lang)
            row["promise"] = f"{_promise_text({**first.to_dict(), 'own_rows': 0}, lang, card.clocks)} ({scope})"
            claim = _delivered(card, metric, first["scope"])
        row["delivered"] = figure(claim, lang) if claim else "–"
        for competitor in competitors[competitors["metric"] == metric].to_dict("records"):
            row[competitor["name"]] = competitor_value(metric, competitor["promised_value"], lang)
        rows.append(row)
    names = list(dict.fromkeys(competitors["name"]))
    return pd.DataFrame(rows).reindex(columns=["kpi", "promise", "delivered", *names]).fillna("–")


# --- competitors' promises (entered by the user, stored in the database) ---

class CompetitorError(ValueError):
    """A competitor's promise that cannot be stored; `key` names the problem (i18n scorecard.competitor.error.*)."""

    def __init__(self, key: str, message: str, **values: object) -> None:
        super().__init__(message)
        self.key, self.values = key, values


LIMITS = {"pct": (0.0, 100.0), "minutes": (1.0, 525_600.0), "score": (-100.0, 100.0)}


def company_name(db: Path | str | None = None) -> str:
    """The company name for the card's title (the company_name setting), '' when not set."""
    with store.connect(db, read_only=True) as con:
        return settings.get(con, "company_name")


def competitors(db: Path | str | None = None) -> pd.DataFrame:
    """The competitors' promises in force: name, metric, promised_value, unit, entered_at.

    Not part of the data version (they change none of the claims), so read them fresh: a handful of rows.
    """
    with store.connect(db, read_only=True) as con:
        return sql.df(con, "metrics/claim_competitors")


def save_competitor(db: Path | str | None, name: str, metric: str, value: float,
                    at: datetime | None = None, scope: Scope = LOCAL) -> None:
    """Store a competitor's promise (replacing an earlier one for the same name and KPI)."""
    scope.require("competitors")
    name = " ".join((name or "").split())
    if not name or len(name) > 80:
        raise CompetitorError("name", "give the competitor's name (at most 80 characters)")
    if metric not in COMPETITOR_METRICS:
        raise CompetitorError("metric", f"the KPI must be one of {', '.join(COMPETITOR_METRICS)}")
    unit = COMPETITOR_METRICS[metric]
    low, high = LIMITS[unit]
    if value is None or not math.isfinite(float(value)) or not low <= float(value) <= high:
        raise CompetitorError("value", f"the value must be between {low:g} and {high:g}", low=low, high=high)
    with store.connect(db) as con:
        con.execute("begin")
        con.execute("delete from competitor_promises where name = ? and metric = ?", [name, metric])
        con.execute("insert into competitor_promises values (?, ?, ?, ?, ?)",
                    [name, metric, float(value), unit, at or settings.now()])
        con.execute("commit")


def remove_competitor(db: Path | str | None, name: str, metric: str, scope: Scope = LOCAL) -> None:
    """Remove a competitor's promise for a KPI."""
    scope.require("competitors")
    with store.connect(db) as con:
        con.execute("delete from competitor_promises where name = ? and metric = ?", [name, metric])


# --- the claims command ---

def document(db: Path | str | None, window: Window, customer: str | None = None, each: bool = False,
             lang: str = "en", as_of: datetime | None = None) -> list[tuple[str | None, Scorecard]]:
    """Scorecards for the CLI: all customers together, one customer, or (each) every customer in turn."""
    if not each:
        return [(customer, scorecard(db, window, [customer] if customer else [], as_of))]
    names = overview.filter_options(db)["customer"]
    with store.connect(db, read_only=True) as con:
        return [(name, compute(con, window, [name], as_of)) for name in names]


def markdown(claims: list[Claim], lang: str = "en") -> str:
    """The claims as a Markdown table (claim with footnote mark, figure, sample, verified, reason), footnotes below."""
    def cell(value: str) -> str:
        return value.replace("|", "\\|").replace("\n", " ")

    yes, no = i18n.t("scorecard.verified", lang), i18n.t("scorecard.not_verified", lang)
    head = [i18n.t(f"scorecard.col.{c}", lang) for c in ("claim", "value", "sample", "status", "reason")]
    lines = ["| " + " | ".join(head) + " |", "|---|---:|---:|---|---|"]
    for i, c in enumerate(claims, 1):
        lines.append("| " + " | ".join(cell(v) for v in (
            f"{text(c, lang)} [{i}]", figure(c, lang), sample_text(c, lang), yes if c.verified else no,
            reason(c, lang) or "")) + " |")
    lines += ["", *[f"[{i}] {cell(footnote(c, lang))}" for i, c in enumerate(claims, 1)], "", rules(lang)]
    return "\n".join(lines) + "\n"
