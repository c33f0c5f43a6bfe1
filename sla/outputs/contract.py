"""The contract tables as people read them, in English or Dutch: the target advice, a draft's replay and the
month-end forecast, for the Contract page, the command line and the what-if workbook.

Each builder returns text cells under column keys (the page and the CLI name the columns with `headers`). Values
are formatted once, here: KPI values by kpis.format_value on the true side of their target, durations with their
clock (claims.clock_text), money by CLDR, codes (priorities) through i18n.value.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from sla import i18n
from sla.contract import calendars
from sla.metrics import advisor, claims, forecast, kpis, periods, whatif

MONTH_CHART_METRICS = ("first_response", "resolution", "availability")


def headers(frame: pd.DataFrame, prefix: str, lang: str) -> pd.DataFrame:
    """The frame with its column keys named in the language (i18n key `{prefix}.{key}`)."""
    return frame.rename(columns={c: i18n.t(f"{prefix}.{c}", lang) for c in frame.columns})


def kpi_name(metric: str, lang: str) -> str:
    return kpis.REGISTRY[metric].label[lang]


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, (list, dict, str)) and pd.isna(value))


def _clock(minutes: float | None, calendar: str | None, clocks: dict[str, calendars.Calendar], lang: str) -> str:
    """A target duration on its calendar's clock: '4 business hours', '30 min around the clock'."""
    if _missing(minutes):
        return "–"
    return claims.clock_text(float(minutes), clocks.get(calendar or "24x7", calendars.TWENTY_FOUR_SEVEN), lang)


def _value(metric: str, value: float | None, lang: str, target: float | None = None) -> str:
    return kpis.format_value(metric, None if _missing(value) else value, lang,
                             None if _missing(target) else target)


# --- the advice -------------------------------------------------------------------------------------------------

def advice_table(advice: advisor.Advice, lang: str, customers: Iterable[str] = ()) -> pd.DataFrame:
    """One row per ticket group and customer's service: target in force, months met, the spread of monthly figures
    (and the figures themselves under `months`, for a chart column), the targets met in n, n-1, n-2 of n months and
    the suggestion with its months met."""
    chosen = set(customers)
    rows = []
    for row in advice.tickets.to_dict("records"):
        rows.append(_advice_row(row, lang, lambda m, r=row: _clock(m, r["calendar"], advice.clocks, lang),
                                lambda m, r=row: i18n.t("contract.advice.within", lang,
                                                        pct=i18n.target_percent(r["target_pct"], lang),
                                                        time=_clock(m, r["calendar"], advice.clocks, lang)),
                                row["current_target_minutes"], row["suggested_target_minutes"],
                                i18n.value("priority", row["priority"], lang)))
    for row in advice.availability.to_dict("records"):
        rows.append(_advice_row(row, lang, lambda p: i18n.target_percent(p, lang),
                                lambda p: i18n.target_percent(p, lang), row["current_target_pct"],
                                row["suggested_target_pct"], row["service"]))
    frame = pd.DataFrame(rows, columns=["customer", "kpi", "scope", "target", "met", "spread", "months", "met_in_all",
                                        "met_in_all_but_1", "met_in_all_but_2", "suggested"])
    return frame[frame["customer"].isin(chosen)].reset_index(drop=True) if chosen else frame


def _advice_row(row: dict, lang: str, shown, promised, current: float | None, suggested: float | None,
                scope: object) -> dict:
    """The cells of one advice row: `shown` writes a target, `promised` the target in force with its share."""
    values = [v for v in row["compliance"] if v is not None]
    spread = (f"{_value(row['metric'], min(values), lang)} – {_value(row['metric'], max(values), lang)}"
              if values else "–")
    n = row["months"]
    out = {"customer": row["customer"], "kpi": kpi_name(row["metric"], lang), "scope": scope or "–",
           "target": promised(current) if not _missing(current) else "–",
           "met": i18n.t("contract.advice.months_met", lang, met=row["months_met"], n=n), "spread": spread,
           "months": [v if v is not None else None for v in row["compliance"]],
           "suggested": "–"}
    for k in ("all", "all_but_1", "all_but_2"):
        out[f"met_in_{k}"] = shown(row[f"met_in_{k}"]) if not _missing(row[f"met_in_{k}"]) else "–"
    if not _missing(suggested):
        met = i18n.t("contract.advice.months_met", lang, met=row["suggested_months_met"], n=n)
        out["suggested"] = f"{shown(suggested)} ({met})"
    return out


# --- the replay -------------------------------------------------------------------------------------------------

def _month(month: str, replay: whatif.Replay, lang: str) -> str:
    name = i18n.month(month, lang)
    return i18n.t("contract.in_progress", lang, month=name) if month == replay.in_progress else name


def _verdict(ok: object, running: bool, lang: str) -> str:
    if _missing(ok):
        return "–"
    key = ("on_track" if ok else "at_risk") if running else ("met" if ok else "missed")
    return i18n.t(f"contract.verdict.{key}", lang)


def _money(amount: float | None, currency: str | None, lang: str) -> str:
    if _missing(amount):
        return "–"
    return i18n.money(amount, currency, lang) if currency else i18n.number(amount, lang, 2)


def points(delta: float | None, lang: str) -> str:
    """A change of a percentage in points: '+0.49 pp', '–1.20 pp', '–' without one."""
    if _missing(delta) or delta == 0:
        return "–"
    return i18n.t("contract.points", lang, sign="+" if delta > 0 else "−", value=i18n.number(abs(delta), lang, 2))


def changed(replay: whatif.Replay) -> pd.DataFrame:
    """The replay's rows in which any compared figure differs."""
    rows = replay.rows
    differs = pd.Series(False, index=rows.index)
    for column in whatif.COMPARED:
        now, draft = rows[f"current_{column}"], rows[f"draft_{column}"]
        differs |= now.ne(draft) & ~(now.isna() & draft.isna())
    return rows[differs]


def verdicts_changed(replay: whatif.Replay) -> int:
    """Months x customers x KPIs (and priority or service) whose verdict differs."""
    rows = replay.rows
    return int((rows["current_ok"].ne(rows["draft_ok"]) & rows["current_ok"].notna() & rows["draft_ok"].notna()
                ).sum()) if len(rows) else 0


def months_table(replay: whatif.Replay, lang: str, only_changed: bool = True) -> pd.DataFrame:
    """Per month, customer and KPI: the figure in force and under the draft, the change, the verdict and the credit
    (in force -> draft where they differ)."""
    rows = changed(replay) if only_changed else replay.rows
    out = []
    for r in rows.to_dict("records"):
        running = r["month"] == replay.in_progress
        currency = replay.currencies.get(r["customer"])
        out.append({
            "month": _month(r["month"], replay, lang), "customer": r["customer"], "kpi": kpi_name(r["metric"], lang),
            "scope": (i18n.value("priority", r["priority"], lang) if not _missing(r["priority"])
                      else r["service"] if not _missing(r["service"]) else "–"),
            "current": _value(r["metric"], r["current_compliance_pct"], lang, r["current_target_pct"]),
            "draft": _value(r["metric"], r["draft_compliance_pct"], lang, r["draft_target_pct"]),
            "change": points(r["delta_compliance_pct"], lang),
            "verdict": _both(_verdict(r["current_ok"], running, lang), _verdict(r["draft_ok"], running, lang)),
            "credit": _both(_money(r["current_credit_amount"], currency, lang),
                            _money(r["draft_credit_amount"], currency, lang))})
    return pd.DataFrame(out, columns=["month", "customer", "kpi", "scope", "current", "draft", "change", "verdict",
                                      "credit"])


def _both(now: str, draft: str) -> str:
    """'met', or 'met → missed' where the draft differs."""
    return now if now == draft else f"{now} → {draft}"


def credits_table(replay: whatif.Replay, lang: str, only_changed: bool = True) -> pd.DataFrame:
    """Per month and customer: the credit owed in force and under the draft, and the difference."""
    rows = replay.credits
    if only_changed and len(rows):
        rows = rows[rows["delta_credit_amount"] != 0]
    out = [{"month": _month(r["month"], replay, lang), "customer": r["customer"],
            "current_credit": _money(r["current_credit_amount"], replay.currencies.get(r["customer"]), lang),
            "draft_credit": _money(r["draft_credit_amount"], replay.currencies.get(r["customer"]), lang),
            "difference": _signed_money(r["delta_credit_amount"], replay.currencies.get(r["customer"]), lang)}
           for r in rows.to_dict("records")]
    return pd.DataFrame(out, columns=["month", "customer", "current_credit", "draft_credit", "difference"])


def _signed_money(amount: float, currency: str | None, lang: str) -> str:
    text = _money(abs(amount), currency, lang)
    return text if amount == 0 else ("+" if amount > 0 else "−") + text


def credit_totals(replay: whatif.Replay) -> dict[str, tuple[float, float]]:
    """Per currency: the credits owed over the window in force and under the draft."""
    rows = replay.credits
    if rows.empty:
        return {}
    currency = rows["customer"].map(lambda c: replay.currencies.get(c) or "")
    sums = rows.assign(currency=currency).groupby("currency")[["current_credit_amount", "draft_credit_amount"]].sum()
    return {c: (float(r.current_credit_amount), float(r.draft_credit_amount)) for c, r in sums.iterrows()}


def money_text(amounts: dict[str, float], lang: str, signed: bool = False) -> str:
    """Amounts in several currencies, joined: '€1,250.00 + $300.00'; '–' without any."""
    show = _signed_money if signed else _money
    return " + ".join(show(v, c or None, lang) for c, v in amounts.items()) or "–"


def summary(replay: whatif.Replay, lang: str) -> str:
    """One sentence: how many outcomes flip, verdicts change, and the credit difference."""
    window = claims.Window(replay.first, replay.last).label(lang)
    if not replay.differs:
        return i18n.t("contract.replay.same", lang, window=window)
    totals = credit_totals(replay)
    return i18n.t("contract.replay.summary", lang, window=window, flips=i18n.number(len(replay.flips), lang),
                  verdicts=i18n.number(verdicts_changed(replay), lang),
                  money=money_text({c: d - n for c, (n, d) in totals.items()}, lang, signed=True))


def flips_table(replay: whatif.Replay, lang: str, limit: int | None = None) -> pd.DataFrame:
    """The tickets whose outcome flips: outcome and target in force -> draft, both due moments, the stop (local
    time)."""
    flips = replay.flips.head(limit) if limit else replay.flips
    out = [{"ticket": str(r["ticket_id"]), "customer": r["customer"], "kpi": kpi_name(r["metric"], lang),
            "priority": i18n.value("priority", r["priority"], lang) if not _missing(r["priority"]) else "–",
            "outcome": f"{_outcome(r['current_outcome'], lang)} → {_outcome(r['draft_outcome'], lang)}",
            "target": _both(_clock(r["current_target_minutes"], r["current_calendar"], replay.clocks["current"], lang),
                            _clock(r["draft_target_minutes"], r["draft_calendar"], replay.clocks["draft"], lang)),
            "current_due": _moment(r["current_due_at"], lang), "draft_due": _moment(r["draft_due_at"], lang),
            "stopped": _moment(r["stop_at"], lang)}
           for r in flips.to_dict("records")]
    return pd.DataFrame(out, columns=["ticket", "customer", "kpi", "priority", "outcome", "target", "current_due",
                                      "draft_due", "stopped"])


def _outcome(outcome: str | None, lang: str) -> str:
    return i18n.t(f"contract.outcome.{outcome or 'none'}", lang)


def _moment(value: object, lang: str) -> str:
    if _missing(value):
        return "–"
    return i18n.moment(pd.Timestamp(value).tz_localize(None).to_pydatetime(), lang)


def month_series(replay: whatif.Replay, metric: str) -> pd.DataFrame:
    """One KPI's figure per month over every customer in the replay, in force and under the draft: tickets as met over
    decided, availability as the lowest service (what the chart of the page and the workbook draws)."""
    rows = replay.rows[replay.rows["metric"] == metric]
    if rows.empty:
        return pd.DataFrame(columns=["month", "current", "draft", "target"])
    if metric == "availability":
        per = rows.groupby("month").agg(current=("current_compliance_pct", "min"),
                                        draft=("draft_compliance_pct", "min"),
                                        target=("draft_target_pct", "max"))
    else:
        sums = rows.groupby("month")[["current_met", "current_breached", "draft_met", "draft_breached"]].sum()
        per = pd.DataFrame({
            "current": 100.0 * sums["current_met"] / (sums["current_met"] + sums["current_breached"]),
            "draft": 100.0 * sums["draft_met"] / (sums["draft_met"] + sums["draft_breached"]),
            "target": rows.groupby("month")["draft_target_pct"].max()})
    return per.reset_index()


def credit_series(replay: whatif.Replay) -> pd.DataFrame:
    """Credits owed per month over every customer in the replay, in force and under the draft."""
    if replay.credits.empty:
        return pd.DataFrame(columns=["month", "current", "draft"])
    per = replay.credits.groupby("month")[["current_credit_amount", "draft_credit_amount"]].sum()
    return per.rename(columns={"current_credit_amount": "current", "draft_credit_amount": "draft"}).reset_index()


# --- the forecast -----------------------------------------------------------------------------------------------

def forecast_table(result: forecast.Forecast, lang: str, customers: Iterable[str] = ()) -> pd.DataFrame:
    """Per customer and ticket metric: compliance so far (and how many decided), open tickets due this month, the
    month's end, the target, the outlook and the breaches it can absorb."""
    chosen = set(customers)
    out = []
    for r in result.tickets.to_dict("records"):
        if chosen and r["customer"] not in chosen:
            continue
        target = None if _missing(r["target_pct"]) else r["target_pct"]
        out.append({"customer": r["customer"], "kpi": kpi_name(r["metric"], lang),
                    "so_far": _value(r["metric"], r["compliance_pct"], lang, target),
                    "decided": i18n.number(r["met"] + r["breached"], lang),
                    "pending": i18n.number(r["pending"], lang),
                    "projected": _value(r["metric"], r["projected_compliance_pct"], lang, target),
                    "target": i18n.target_percent(target, lang),
                    "outlook": _verdict(r["on_track"], True, lang),
                    "absorb": _absorb(r["absorbable"], lang)})
    return pd.DataFrame(out, columns=["customer", "kpi", "so_far", "decided", "pending", "projected", "target",
                                      "outlook", "absorb"])


def _absorb(n: object, lang: str) -> str:
    if _missing(n):
        return "–"
    if n > 0:
        return i18n.t("contract.forecast.absorb", lang, n=i18n.number(n, lang))
    if n == 0:
        return i18n.t("contract.forecast.absorb.none", lang)
    return i18n.t("contract.forecast.absorb.over", lang, n=i18n.number(-n, lang))


def outlook_table(result: forecast.Forecast, lang: str, customers: Iterable[str] = ()) -> pd.DataFrame:
    """Per customer and service: availability so far, the downtime left before the target and before each credit
    tier, and the credit owed if the burn rate so far holds."""
    chosen, currencies = set(customers), result.currencies
    out = []
    for r in result.availability.to_dict("records") if len(result.availability) else []:
        if chosen and r["customer"] not in chosen:
            continue
        tiers = "; ".join(i18n.t("contract.forecast.tier", lang, pct=i18n.target_percent(t["below_pct"], lang),
                                 time=_left(t["minutes_to_tier"], lang)) for t in r["tiers"])
        out.append({"customer": r["customer"], "service": r["service"],
                    "availability": _value("availability", r["availability_pct"], lang, r["target_pct"]),
                    "target": i18n.target_percent(r["target_pct"], lang),
                    "to_target": _left(r["budget_left_minutes"], lang), "tiers": tiers or "–",
                    "credit": _money(r["credit_amount"], currencies.get(r["customer"]), lang)})
    return pd.DataFrame(out, columns=["customer", "service", "availability", "target", "to_target", "tiers",
                                      "credit"])


def _left(minutes: float | None, lang: str) -> str:
    if _missing(minutes):
        return "–"
    return i18n.duration(minutes, lang) if minutes >= 0 else i18n.t("contract.forecast.below", lang)


def accuracy(result: forecast.Backtest, lang: str) -> str:
    """How accurate the forecast has been, in a sentence."""
    model, naive = result.error("projected"), result.error("so_far")
    if model is None:
        return i18n.t("contract.forecast.accuracy.none", lang)
    uptime = result.error("so_far", "availability")
    return i18n.t("contract.forecast.accuracy", lang, window=claims.Window(result.first, result.last).label(lang),
                  model=i18n.number(model, lang, 2), naive=i18n.number(naive, lang, 2),
                  n=i18n.number(result.count(), lang), uptime=i18n.number(uptime, lang, 3) if uptime is not None
                  else "–")


def window_label(first: str, last: str, lang: str) -> str:
    return claims.Window(first, last).label(lang)


def month_label(month: str, progress: periods.Progress | None, lang: str) -> str:
    return periods.label(month, progress, lang)
