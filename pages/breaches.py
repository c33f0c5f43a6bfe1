"""Breaches: the breach history of a month or a range of months with its timeline, split by metric, customer,
priority, team, agent or channel; a breach's clock drawn with the policy that applied; excluding a breach from the
KPIs (or counting it again) with a reason, and the audit trail of those changes. And the at-risk queue: open tickets
by the business time they have left before their due moment, with an export."""

from datetime import date

import pandas as pd
import streamlit as st

from pages.ui.widgets import from_url, picked, to_url
from sla import i18n, store
from sla.contract import config
from sla.metrics import at_risk, exclusions, overview, periods
from sla.metrics.kpis import REGISTRY
from sla.outputs import charts, exports, links
from sla.store import settings
from sla.store.scope import Scope

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page

VIEWS = ("history", "at_risk")
CHARTS = ("day", "week", "scatter")


@st.cache_data(show_spinner=False)
def history(db: str, version: str, first: str, last: str, customers: tuple[str, ...], services: tuple[str, ...],
            priorities: tuple[str, ...], metrics: tuple[str, ...], scope: Scope) -> pd.DataFrame:
    """The breaches decided in the months; `version` changes with every import, undo, exclusion or config change."""
    return exclusions.history(db, first, last, customers, services, priorities, metrics, scope=scope)


@st.cache_data(show_spinner=False, ttl=60)
def queue(db: str, version: str, customers: tuple[str, ...], services: tuple[str, ...],
          priorities: tuple[str, ...], scope: Scope) -> pd.DataFrame:
    """The open clocks not yet past due, as of now (kept a minute: time left moves on)."""
    return at_risk.queue(db, customers, services, priorities, scope=scope)


@st.cache_data(show_spinner=False)
def audit_trail(db: str, version: str, scope: Scope) -> pd.DataFrame:
    """Every exclusion and undo, newest first."""
    return exclusions.audit_trail(db, scope)


@st.cache_data(show_spinner=False)
def stored(db: str, version: str, scope: Scope) -> tuple[int, list[str], dict[str, list[str]], dict[str, str], str]:
    """Tickets stored, the months that hold data (oldest first), the teams, agents and channels, the ticket URL
    template per source and the report time zone."""
    rows = overview.data_overview(db, scope).set_index("kind")["rows_stored"]
    with store.connect(db, read_only=True) as con:
        templates, tz = config.ticket_links(con), settings.get(con, "report_timezone")
    return (int(rows.get("tickets", 0)), overview.filter_options(db, scope)["month"], exclusions.people(db),
            templates, tz)


def shown(db: str, version: str, first: str, last: str, customers: tuple[str, ...], services: tuple[str, ...],
          priorities: tuple[str, ...], metrics: tuple[str, ...], people: tuple, days: tuple, scope: Scope
          ) -> pd.DataFrame:
    """The breaches of the months that the page's filters (team, agent, channel, due days) let through."""
    frame = exclusions.filtered(history(db, version, first, last, customers, services, priorities, metrics, scope),
                                **dict(people))
    if all(days):
        due = frame["due_at"].dt.strftime("%Y-%m-%d")
        frame = frame[(due >= days[0]) & (due <= days[1])]
    return frame.reset_index(drop=True)


@st.cache_data(show_spinner=False, max_entries=100)
def chart_figure(db: str, version: str, first: str, last: str, customers: tuple[str, ...], services: tuple[str, ...],
                 priorities: tuple[str, ...], metrics: tuple[str, ...], people: tuple, days: tuple, scope: Scope,
                 chart: str, by: str, lang: str) -> dict:
    """The chart of those breaches, kept: drawing it costs more than reading them. As a dict, so that every run
    sends the very same spec (an unpickled Figure orders its layout otherwise, which resets a selection)."""
    frame = shown(db, version, first, last, customers, services, priorities, metrics, people, days, scope)
    figure = (charts.breach_scatter(frame, lang) if chart == "scatter"
              else charts.breach_timeline(exclusions.counts(frame, chart, by), chart, lang, by))
    return figure.to_dict()


def act(action: str, breach: pd.Series, note: str, category: str = "", client_text: str = "") -> None:
    """Exclude or include the breach; say what happened (after the rerun) or why it could not be done."""
    metric = i18n.t(f"breaches.metric.{breach.metric}", lang)
    try:
        if action == "exclude":
            exclusions.exclude(db, breach.source, breach.ticket_id, breach.metric, category,
                               st.session_state["breach_actor"], note=note, client_text=client_text, scope=scope)
        else:
            exclusions.include(db, breach.source, breach.ticket_id, breach.metric, st.session_state["breach_actor"],
                               note or None, scope=scope)
    except exclusions.ExclusionError as exc:
        st.error(i18n.t(f"breaches.error.{exc.key}", lang), icon=":material/error:")
        return
    st.session_state["breach_notice"] = i18n.t(f"breaches.{action}.done", lang, ticket=breach.ticket_id,
                                               metric=metric)
    st.rerun()


def url_days() -> tuple[str | None, str | None]:
    """The due days a click on a chart chose (breach_from, breach_to in the address), when both are dates."""
    days = (st.query_params.get("breach_from"), st.query_params.get("breach_to"))
    try:
        return days if all(date.fromisoformat(d) for d in days) else (None, None)
    except (TypeError, ValueError):
        return None, None


def clicked(event: object, key: str) -> int | None:
    """The row a click on a table chose, once (None when it is the selection already acted on)."""
    selection = (event or {}).get("selection", {})
    rows = selection.get("rows") or [cell[0] for cell in selection.get("cells") or []]
    if rows == st.session_state.get(f"{key}_seen"):
        return None
    st.session_state[f"{key}_seen"] = rows
    return rows[0] if rows else None


def view_url(**changes: object) -> str:
    """This page with the filters in force and some changed, as a link to send or bookmark."""
    filters = {"lang": lang, "month": month, "customer": list(customers), "service": list(services),
               "priority": list(priorities), "breach_metrics": list(metrics),
               **{f"breach_{k}": list(v) for k, v in people_filters.items()}}
    return links.view("breaches", **{**filters, **changes})


def ticket_table(frame: pd.DataFrame, key: str, columns: dict, order: tuple[str, ...]) -> int | None:
    """A table of tickets whose rows select by a click anywhere on them, ids linked to the helpdesk."""
    shown = frame.assign(metric=[i18n.t(f"breaches.metric.{m}", lang) for m in frame["metric"]],
                         priority=[i18n.value("priority", p, lang) for p in frame["priority"]],
                         link=links.ticket_urls(frame, templates))
    base = {
        "ticket_id": st.column_config.TextColumn(i18n.t("breaches.col.ticket", lang), width="small"),
        "link": st.column_config.LinkColumn(i18n.t("breaches.col.link", lang), display_text="↗", width=36,
                                            help=i18n.t("breaches.col.link.help", lang)),
        "customer": st.column_config.TextColumn(i18n.t("breaches.col.customer", lang)),
        "priority": st.column_config.TextColumn(i18n.t("breaches.col.priority", lang), width="small"),
        "metric": st.column_config.TextColumn(i18n.t("breaches.col.metric", lang)),
        "team": st.column_config.TextColumn(i18n.t("breaches.col.team", lang), width="small"),
        "agent": st.column_config.TextColumn(i18n.t("breaches.col.agent", lang)),
        "due_at": st.column_config.DatetimeColumn(i18n.t("breaches.col.due", lang), format=short_stamp),
    }
    order = tuple(c for c in order if c != "link" or templates)
    return clicked(st.dataframe(shown[list(order)], key=key, on_select="rerun",
                                selection_mode=["single-row", "single-cell"], hide_index=True, width="stretch",
                                placeholder="–", column_order=order, column_config={**base, **columns}), key)


db = store.default_path()
version = store.data_version(db)
lang, month = st.session_state["lang"], st.session_state["month"]
customers, services, priorities = (tuple(st.session_state[name]) for name in ("customer", "service", "priority"))
scope = st.session_state["user_scope"]
st.session_state.setdefault("breach_actor", exclusions.default_actor())  # outlives the widget, kept across pages
short_stamp = "DD-MM HH:mm" if lang == "nl" else "MM-DD HH:mm"  # the year is in the period above the table

st.title(i18n.t("nav.breaches", lang))
tickets, data_months, people, templates, tz = stored(str(db), version, scope)
if tickets == 0:
    st.info(i18n.t("breaches.no_tickets", lang), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

for key, options, many in (("breach_view", VIEWS, False), ("breach_metrics", exclusions.METRICS, True),
                           *((f"breach_{k}", [*people[k], "–"], True) for k in exclusions.PEOPLE),
                           ("breach_by", exclusions.SPLITS, False), ("breach_chart", CHARTS, False),
                           ("risk_within", at_risk.WINDOWS, False)):
    from_url(key, options, many)
view = st.segmented_control(i18n.t("breaches.view", lang), VIEWS, key="breach_view", on_change=to_url,
                            args=("breach_view",), format_func=lambda v: i18n.t(f"breaches.view.{v}", lang),
                            required=True, default=None if "breach_view" in st.session_state else "history")
filters = st.columns(4)
metrics = tuple(filters[0].multiselect(i18n.t("breaches.metrics", lang), exclusions.METRICS, key="breach_metrics",
                                       format_func=lambda m: i18n.t(f"breaches.metric.{m}", lang),
                                       on_change=to_url, args=("breach_metrics",),
                                       placeholder=i18n.t("filter.all", lang)))
people_filters = {
    kind: tuple(column.multiselect(i18n.t(f"breaches.filter.{kind}", lang), [*people[kind], "–"], key=f"breach_{kind}",
                                   on_change=to_url, args=(f"breach_{kind}",), placeholder=i18n.t("filter.all", lang),
                                   help=i18n.t("breaches.filter.help", lang)))
    for column, kind in zip(filters[1:], exclusions.PEOPLE, strict=True)}


def split_control(column) -> str:
    """What the chart splits by (in the address too)."""
    return column.selectbox(i18n.t("breaches.by", lang), exclusions.SPLITS, key="breach_by", on_change=to_url,
                            args=("breach_by",), format_func=lambda b: i18n.t(f"breaches.by.{b}", lang)) or "metric"


if view == "at_risk":
    now = pd.Timestamp(settings.now(), tz="UTC").tz_convert(tz)
    window = st.segmented_control(i18n.t("risk.window", lang), at_risk.WINDOWS, key="risk_within",
                                  on_change=to_url, args=("risk_within",),
                                  format_func=lambda w: i18n.t(f"risk.window.{w}", lang),
                                  required=True, default=None if "risk_within" in st.session_state else "risk")
    st.caption(i18n.t("risk.caption", lang, now=i18n.moment(now, lang)))
    everything = queue(str(db), version, customers, services, priorities, scope)
    open_now = at_risk.within(exclusions.filtered(everything, metric=metrics, **people_filters), window,
                              now.tz_convert("UTC").tz_localize(None)).reset_index(drop=True)
    tiles = st.columns(3)
    tiles[0].metric(i18n.t("risk.tile.clocks", lang), i18n.number(len(open_now), lang), border=True,
                    help=i18n.t("risk.tile.clocks.help", lang))
    tiles[1].metric(i18n.t("risk.tile.tickets", lang),
                    i18n.number(len(open_now.drop_duplicates(["source", "ticket_id"])), lang), border=True)
    tiles[2].metric(i18n.t("risk.tile.next", lang),
                    i18n.moment(open_now["due_at"].min(), lang) if len(open_now) else "–", border=True)
    if open_now.empty:
        st.info(i18n.t("risk.none", lang), icon=":material/info:")
        st.stop()
    by = split_control(st.columns(3)[0])
    shares = at_risk.counts(open_now, by)
    if by == "metric":
        shares = shares.assign(split=[i18n.t(f"breaches.metric.{m}", lang) for m in shares["split"]])
    st.plotly_chart(charts.queue_split(shares, i18n.t("risk.chart", lang,
                                                      by=i18n.t(f"breaches.by.{by}", lang).lower()), lang),
                    key="risk_chart")
    urls = links.ticket_urls(open_now, templates)
    st.download_button(i18n.t("risk.download", lang), data=lambda: exports.queue_csv(open_now, urls),
                       file_name=i18n.t("risk.file", lang, when=now.strftime("%Y-%m-%d-%H%M")), mime="text/csv",
                       on_click="ignore", icon=":material/download:", key="risk_download")
    ticket_table(
        open_now.assign(left=[i18n.duration(s / 60, lang) for s in open_now["left_s"]]), "risk_table",
        {"left": st.column_config.TextColumn(i18n.t("risk.col.left", lang), help=i18n.t("risk.col.left.help", lang)),
         "used_pct": st.column_config.ProgressColumn(i18n.t("risk.col.used", lang), format="%.0f%%", min_value=0,
                                                     max_value=100, width="small")},
        ("ticket_id", "link", "customer", "priority", "metric", "team", "agent", "due_at", "left", "used_pct"))
    st.stop()

mode = st.segmented_control(i18n.t("breaches.period", lang), ("month", "range"), key="breach_period",
                            format_func=lambda m: i18n.t(f"breaches.period.{m}", lang), default="month",
                            required=True)
controls = st.columns(2)
first = last = month
if mode == "range":
    options = data_months if month in data_months else sorted({*data_months, month})
    first, last = controls[1].select_slider(
        i18n.t("breaches.range", lang), options, key="breach_range", format_func=lambda m: i18n.month(m, lang),
        value=(options[max(options.index(month) - 2, 0)], month))
days = url_days()
if all(days):  # a week may reach into the month after
    first, last = min(first, days[0][:7]), max(last, days[1][:7])
period = i18n.month(first, lang) if first == last else f"{i18n.month(first, lang)} – {i18n.month(last, lang)}"
people_chosen = tuple(people_filters.items())
breaches = shown(str(db), version, first, last, customers, services, priorities, metrics, people_chosen, days,
                 scope)
st.caption(i18n.t("breaches.caption", lang, period=period))
if all(days):
    st.markdown(i18n.t("breaches.days", lang, first=i18n.day(date.fromisoformat(days[0]), lang),
                       last=i18n.day(date.fromisoformat(days[1]), lang)) + " "
                + links.anchor(view_url(breach_from=None, breach_to=None), i18n.t("breaches.days.all", lang)),
                unsafe_allow_html=True)

if notice := st.session_state.pop("breach_notice", None):
    st.success(notice, icon=":material/check_circle:")

counted = breaches[~breaches["excluded"].astype(bool)]
previous = None
if first == last and not all(days):
    before_month = periods.month_add(month, -1)
    before = exclusions.filtered(history(str(db), version, before_month, before_month, customers, services,
                                         priorities, metrics, scope), **people_filters)
    previous = len(counted) - int((~before["excluded"].astype(bool)).sum())
tiles = st.columns(4)
tiles[0].metric(REGISTRY["breaches"].label[lang], i18n.number(len(counted), lang), border=True,
                delta=None if previous is None else f"{previous:+d}", delta_color="inverse",
                delta_description=None if previous is None else i18n.t(
                    "breaches.vs", lang, month=i18n.month(periods.month_add(month, -1), lang)),
                help=REGISTRY["breaches"].definition[lang])
tiles[1].metric(i18n.t("breaches.tile.open", lang), i18n.number((counted["state"] == "open_past_due").sum(), lang),
                border=True, help=i18n.t("breaches.tile.open_help", lang))
tiles[2].metric(i18n.t("breaches.tile.excluded", lang), i18n.number(len(breaches) - len(counted), lang),
                border=True, help=i18n.t("breaches.tile.excluded_help", lang))
tiles[3].metric(i18n.t("breaches.tile.median_over", lang),
                i18n.duration(counted["minutes_over"].median() if len(counted) else None, lang, business=True),
                border=True,
                help=i18n.t("breaches.tile.median_over_help", lang))


@st.fragment
def review() -> None:
    """The chart, the table and the clock of the breach chosen: a fragment, so that choosing another chart, split
    or breach reruns this part only."""
    selected_key = st.query_params.get("breach_ticket")
    left, right = st.columns([2, 1], vertical_alignment="bottom")
    chart = left.segmented_control(i18n.t("breaches.chart", lang), CHARTS, key="breach_chart", on_change=to_url,
                                   args=("breach_chart",), format_func=lambda c: i18n.t(f"breaches.chart.{c}", lang),
                                   default=None if "breach_chart" in st.session_state else "day", required=True)
    by = split_control(right) if chart != "scatter" else "metric"
    figure = chart_figure(str(db), version, first, last, customers, services, priorities, metrics, people_chosen, days,
                          scope, chart, by, lang)
    point = picked(st.plotly_chart(figure, key="breach_chart_figure", on_select="rerun", selection_mode="points"))
    if point and chart == "scatter":
        source, ticket, metric = point["customdata"][:3]
        selected_key = f"{source}:{ticket}:{metric}"
    elif point:
        start = date.fromisoformat(point["customdata"][0])
        end = start + pd.Timedelta(days=6 if chart == "week" else 0)
        value = point["customdata"][1]
        narrowed = {} if value is None else {
            {"metric": "breach_metrics", "customer": "customer", "priority": "priority"}.get(by, f"breach_{by}"):
            [value]}
        shown = exclusions.filtered(breaches, **({by: (value,)} if value is not None else {}))
        due = shown["due_at"].dt.strftime("%Y-%m-%d")
        n = int(((due >= start.isoformat()) & (due <= end.isoformat())).sum())
        split = "" if value is None else f" ({i18n.t(f'breaches.metric.{value}', lang) if by == 'metric' else value})"
        st.markdown(links.anchor(view_url(breach_from=start.isoformat(), breach_to=end.isoformat(), **narrowed),
                                 i18n.t("breaches.chart.open", lang, n=n, first=i18n.day(start, lang),
                                        last=i18n.day(end, lang), split=split)), unsafe_allow_html=True)

    st.subheader(i18n.t("breaches.table", lang))
    excluded_text = i18n.t("breaches.status.excluded", lang)
    table = breaches.assign(
        over=[i18n.duration(m, lang, business=True) for m in breaches["minutes_over"]],
        status=[i18n.t(f"breaches.state_short.{s}", lang) + " · " + (
                    f"{excluded_text}: {exclusions.internal_reason(r, n, lang)}" if x
                    else i18n.t("breaches.status.counted", lang))
                for s, x, r, n in zip(breaches["state"], breaches["excluded"], breaches["excluded_reason"],
                                      breaches["excluded_note"], strict=True)])
    row = ticket_table(table, "breach_table", {
        "over": st.column_config.TextColumn(i18n.t("breaches.col.over", lang), width="small",
                                            help=i18n.t("breaches.clock.over_help", lang)),
        "status": st.column_config.TextColumn(i18n.t("breaches.col.status", lang),
                                              help=i18n.t("breaches.col.state_help", lang)),
    }, ("ticket_id", "link", "customer", "metric", "team", "agent", "due_at", "over", "status"))
    if row is not None and row < len(breaches):
        chosen = breaches.iloc[row]
        selected_key = f"{chosen.source}:{chosen.ticket_id}:{chosen.metric}"
    if selected_key and selected_key != st.query_params.get("breach_ticket"):
        st.query_params["breach_ticket"] = selected_key  # the breach shown is part of the address too
    keys = breaches["source"] + ":" + breaches["ticket_id"] + ":" + breaches["metric"]
    found = breaches[keys == selected_key]
    if found.empty:
        st.caption(i18n.t("breaches.select", lang))
    else:
        breach = found.iloc[0]
        metric_label = i18n.t(f"breaches.metric.{breach.metric}", lang)
        any_text = i18n.t("breaches.clock.any", lang)
        with st.container(border=True):
            st.subheader(i18n.t("breaches.clock", lang, ticket=breach.ticket_id, metric=metric_label))
            st.caption(i18n.t("breaches.clock.who", lang, customer=breach.customer, service=breach.service or "–",
                              priority=breach.priority or "–", team=breach.team or "–", agent=breach.agent or "–"))
            url = links.ticket_urls(found.head(1), templates).iloc[0]
            if url:
                st.markdown(f"[{i18n.t('breaches.clock.helpdesk', lang, ticket=breach.ticket_id)}]({url})")
            now = pd.Timestamp(settings.now(), tz="UTC")
            st.plotly_chart(charts.breach_clock(breach, exclusions.clock(str(db), breach), now, lang),
                            key="breach_clock")
            stopped = (i18n.t("breaches.clock.open", lang) if pd.isna(breach.stopped_at)
                       else i18n.t("breaches.clock.stopped_at", lang, when=i18n.moment(breach.stopped_at, lang)))
            st.caption(i18n.t("breaches.clock.moments", lang, created=i18n.moment(breach.created_at, lang),
                              due=i18n.moment(breach.due_at, lang), stopped=stopped,
                              over=i18n.duration(breach.minutes_over, lang),
                              how=i18n.t("breaches.clock.over_wall" if pd.isna(breach.stopped_at)
                                         else "breaches.clock.over_business", lang)))
            policy = (i18n.t("breaches.clock.policy_gone", lang, row=breach.policy_row)
                      if pd.isna(breach.policy_metric) else i18n.t(
                          "breaches.clock.policy_text", lang, row=breach.policy_row,
                          customer=breach.policy_customer.replace("*", any_text),
                          service=breach.policy_service.replace("*", any_text),
                          priority=breach.policy_priority.replace("*", any_text), metric=metric_label.lower(),
                          minutes=i18n.duration(breach.target_minutes, lang), calendar=breach.calendar,
                          pct=i18n.percent(breach.policy_target_pct, lang, 0)))
            st.text(f"{i18n.t('breaches.clock.calendar', lang)}: {breach.calendar}\n"
                    f"{i18n.t('breaches.clock.policy', lang)}: {policy}")

            st.markdown(f"**{i18n.t('breaches.exclude', lang)}**", help=i18n.t("breaches.exclude.help", lang))
            if breach.excluded:
                st.info(i18n.t("breaches.excluded_by", lang, actor=breach.excluded_by,
                               when=i18n.moment(breach.excluded_at, lang),
                               reason=exclusions.internal_reason(breach.excluded_reason, breach.excluded_note, lang)),
                        icon=":material/block:")
                if isinstance(breach.excluded_client_text, str):
                    st.caption(f"{i18n.t('breaches.client_text', lang)}: {breach.excluded_client_text}")
            if not scope.allows("exclude"):
                st.caption(i18n.t("access.read_only", lang, role=i18n.t(f"access.role.{scope.role}", lang)))
                return
            form = st.columns([2, 3, 2])
            if not scope.signed_in:  # signed in, the audit trail records the e-mail address instead
                form[2].text_input(i18n.t("breaches.actor", lang), st.session_state["breach_actor"], key="actor",
                                   help=i18n.t("breaches.actor.help", lang),
                                   on_change=lambda: st.session_state.update(breach_actor=st.session_state["actor"]))
            if breach.excluded:
                note = form[1].text_input(i18n.t("breaches.note", lang), key="include_note")
                if st.button(i18n.t("breaches.include.button", lang), key="include", icon=":material/undo:"):
                    act("include", breach, note)
            else:
                category = form[0].selectbox(i18n.t("breaches.reason", lang), exclusions.CATEGORIES,
                                             key="exclude_reason", help=i18n.t("breaches.reason.help", lang),
                                             format_func=lambda r: exclusions.describe(r, lang))
                client_text = form[1].text_input(i18n.t("breaches.client_text", lang), key="exclude_client_text",
                                                 help=i18n.t("breaches.client_text.help", lang))
                note = form[1].text_input(i18n.t("breaches.note", lang), key="exclude_note",
                                          help=i18n.t("breaches.note.help", lang))
                if st.button(i18n.t("breaches.exclude.button", lang), key="exclude", icon=":material/block:"):
                    act("exclude", breach, note, category or "", client_text)  # none chosen: "choose a reason"


if breaches.empty:
    st.info(i18n.t("breaches.none", lang, period=period), icon=":material/info:")
else:
    review()

st.subheader(i18n.t("breaches.audit", lang))
trail = audit_trail(str(db), version, scope)
if trail.empty:
    st.caption(i18n.t("breaches.audit.none", lang))
else:
    st.caption(i18n.t("breaches.audit.caption", lang, tz=trail["acted_at"].dt.tz))
    st.dataframe(
        trail.assign(action=[i18n.t(f"breaches.action.{a}", lang) for a in trail["action"]],
                     metric=[i18n.t(f"breaches.metric.{m}", lang) for m in trail["metric"]],
                     reason=[exclusions.internal_reason(c, n, lang)
                             for c, n in zip(trail["category"], trail["note"], strict=True)]),
        hide_index=True, width="stretch", placeholder="–", key="breach_audit",
        column_order=("acted_at", "actor", "action", "ticket_id", "customer", "metric", "reason"),
        column_config={
            "acted_at": st.column_config.DatetimeColumn(i18n.t("breaches.audit.when", lang),
                                                        format="DD-MM-YYYY HH:mm:ss" if lang == "nl"
                                                        else "YYYY-MM-DD HH:mm:ss"),
            "actor": st.column_config.TextColumn(i18n.t("breaches.audit.who", lang)),
            "action": st.column_config.TextColumn(i18n.t("breaches.audit.action", lang)),
            "ticket_id": st.column_config.TextColumn(i18n.t("breaches.col.ticket", lang)),
            "customer": st.column_config.TextColumn(i18n.t("breaches.col.customer", lang)),
            "metric": st.column_config.TextColumn(i18n.t("breaches.col.metric", lang)),
            "reason": st.column_config.TextColumn(i18n.t("breaches.col.reason", lang)),
        },
    )
