"""Contract: the target advisor, a draft contract replayed over past months (and adopted), the month-end forecast."""

import tempfile
from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st

from sla import i18n, store
from sla.contract import adoption, config
from sla.imports.readers import ImportProblem
from sla.metrics import advisor, forecast, marts, periods, whatif
from sla.outputs import charts, contract, whatif_report
from sla.store.scope import Scope

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page

EDITED = ("policies", "calendars", "credits", "customers")  # the sheets the draft editor shows
WINDOW_MONTHS = 12
FLIPS_SHOWN = 200
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@st.cache_data(show_spinner=False)
def advice(db: str, version: str, first: str, last: str, customers: tuple[str, ...], scope: Scope
           ) -> advisor.Advice:
    """The target advice of the window; `version` changes with every import, undo or config change."""
    return advisor.advise(db, first, last, customers, scope=scope)


@st.cache_data(show_spinner=False)
def outlook(db: str, version: str, customers: tuple[str, ...], scope: Scope) -> forecast.Forecast:
    return forecast.forecast(db, customers, scope=scope)


@st.cache_data(show_spinner=False)
def accuracy(db: str, version: str, first: str, last: str, customers: tuple[str, ...], scope: Scope
             ) -> forecast.Backtest:
    return forecast.backtest(db, first, last, customers=customers, scope=scope)


@st.cache_data(show_spinner=False)
def in_force(db: str, version: str, scope: Scope) -> dict[str, pd.DataFrame]:
    return config.in_force(db, scope)


@st.cache_data(show_spinner=False, max_entries=8)
def replayed(db: str, version: str, sheets: dict[str, pd.DataFrame], first: str, last: str,
             customers: tuple[str, ...], scope: Scope) -> whatif.Replay:
    return whatif.replay(db, config.from_sheets(sheets), first, last, customers, scope=scope)


def fingerprint(sheets: dict[str, pd.DataFrame], *more: object) -> str:
    """What a replay was made of: the draft's cells and the window, customers and data version."""
    return "|".join([*(f.to_csv(index=False) for f in sheets.values()), *map(str, more)])


def start_draft(sheets: dict[str, pd.DataFrame], source: str) -> None:
    """Make `sheets` the draft the editors start from (fresh editors: their keys carry a new generation)."""
    generation = st.session_state.get("contract_draft", {}).get("generation", 0) + 1
    st.session_state["contract_draft"] = {"sheets": sheets, "source": source, "generation": generation}
    st.session_state.pop("contract_replay", None)


def read_upload(upload) -> None:
    """Start the draft from an uploaded workbook, or say what is wrong with it (sheet, row, column)."""
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / ("draft" + Path(upload.name).suffix.lower())
            path.write_bytes(upload.getvalue())
            draft = config.read(path)
    except ImportProblem as problem:
        st.error(i18n.t("contract.draft.unreadable", lang, file=upload.name, reason=i18n.message(str(problem), lang)),
                 icon=":material/error:")
        return
    start_draft(draft.sheets, i18n.t("contract.draft.source.upload", lang, file=upload.name))


def show_problems(key: str, problems: list[str]) -> None:
    st.error(i18n.t(key, lang) + "\n\n" + "\n".join(f"- {i18n.message(p, lang)}" for p in problems),
             icon=":material/error:")


def advice_tab(advised: advisor.Advice) -> None:
    """The advisor's table, and its suggestions made a draft."""
    st.caption(i18n.t("contract.advice.intro", lang, window=window, k=advisor.ACHIEVABLE[0],
                      n=advisor.ACHIEVABLE[1]))
    table = contract.advice_table(advised, lang)
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        **{c: st.column_config.TextColumn(i18n.t(f"contract.advice.col.{c}", lang)) for c in table.columns},
        "months": st.column_config.LineChartColumn(i18n.t("contract.advice.col.months", lang)),
    })
    if scope.allows("see_setup") and st.button(i18n.t("contract.advice.to_draft", lang), key="advice_to_draft",
                                               icon=":material/edit_note:",
                                               help=i18n.t("contract.advice.to_draft.help", lang)):
        start_draft(advisor.draft_sheets(in_force(str(db), version, scope), advised),
                    i18n.t("contract.draft.source.advice", lang))
        st.success(i18n.t("contract.advice.drafted", lang), icon=":material/check:")


def draft_tab() -> None:
    """The draft: edited in grids or uploaded, checked, replayed on a button, and adopted."""
    if not scope.allows("see_setup"):
        st.info(i18n.t("contract.draft.scoped", lang), icon=":material/lock:")
        return
    sheets_in_force = in_force(str(db), version, scope)
    if "contract_draft" not in st.session_state:
        start_draft(sheets_in_force, "")
    draft = st.session_state["contract_draft"]
    st.caption(i18n.t("contract.draft.intro", lang))
    if st.button(i18n.t("contract.draft.reset", lang), key="draft_reset", icon=":material/restart_alt:"):
        start_draft(sheets_in_force, "")
        st.rerun()
    upload = st.file_uploader(i18n.t("contract.draft.upload", lang), type=["xlsx"], key="draft_upload")
    if upload is not None and st.session_state.get("contract_upload") != upload.file_id:
        st.session_state["contract_upload"] = upload.file_id
        read_upload(upload)
        draft = st.session_state["contract_draft"]
    versions = config.versions(db, scope)
    st.markdown(i18n.t("contract.draft.source", lang, source=draft["source"] or i18n.t(
        "contract.draft.source.in_force", lang, version=versions["version"].iloc[0] if len(versions) else "–")))
    edited = dict(draft["sheets"])
    for tab, sheet in zip(st.tabs([i18n.t(f"contract.draft.sheet.{s}", lang) for s in EDITED]), EDITED, strict=True):
        edited[sheet] = tab.data_editor(draft["sheets"][sheet], num_rows="dynamic", hide_index=True,
                                        width="stretch", key=f"draft_{sheet}_{draft['generation']}")
    problems = config.validate(config.from_sheets(edited))
    if problems:
        show_problems("contract.draft.problems", problems)
        return
    made_of = fingerprint(edited, first, last, customers, version)
    if st.button(i18n.t("contract.replay.run", lang, window=window), key="replay_run", type="primary",
                 icon=":material/replay:", help=i18n.t("contract.replay.help", lang)):
        st.session_state["contract_replay"] = made_of
    if st.session_state.get("contract_replay") not in (None, made_of):
        st.info(i18n.t("contract.replay.stale", lang), icon=":material/info:")
    elif st.session_state.get("contract_replay") == made_of:
        with st.spinner(i18n.t("contract.replay.help", lang)):
            result = replayed(str(db), version, edited, first, last, customers, scope)
        show_replay(result, edited, draft["source"])
    adopt_section(edited)


def show_replay(result: whatif.Replay, edited: dict[str, pd.DataFrame], source: str) -> None:
    """Current vs draft: the summary, the tiles, the chart per month, the tables and the what-if workbook."""
    st.success(contract.summary(result, lang), icon=":material/compare_arrows:")
    totals = contract.credit_totals(result)
    changes = {c: d - n for c, (n, d) in totals.items() if d != n}
    tiles = st.columns(3)
    tiles[0].metric(i18n.t("contract.replay.tile.credits", lang), border=True,
                    value=contract.money_text({c: d for c, (_, d) in totals.items()}, lang),
                    delta=contract.money_text(changes, lang, signed=True) if changes else None,
                    delta_color="inverse", help=i18n.t("contract.replay.tile.credits.help", lang))
    tiles[1].metric(i18n.t("contract.replay.tile.flips", lang), i18n.number(len(result.flips), lang), border=True)
    tiles[2].metric(i18n.t("contract.replay.tile.verdicts", lang),
                    i18n.number(contract.verdicts_changed(result), lang), border=True)
    names = {m: contract.kpi_name(m, lang) for m in contract.MONTH_CHART_METRICS}
    shown = st.selectbox(i18n.t("contract.replay.chart.kpi", lang), list(names), format_func=names.get,
                         key="replay_kpi")
    st.plotly_chart(charts.whatif_months(
        contract.month_series(result, shown), i18n.t("contract.replay.chart.title", lang, kpi=names[shown]),
        (i18n.t("contract.replay.current", lang), i18n.t("contract.replay.draft", lang)), lang),
        key="replay_chart", theme=None)
    for key, frame in (("contract.replay.changed", contract.months_table(result, lang)),
                       ("contract.replay.credits", contract.credits_table(result, lang)),
                       ("contract.replay.flips", contract.flips_table(result, lang, FLIPS_SHOWN))):
        st.subheader(i18n.t(key, lang))
        if frame.empty:
            st.caption(i18n.t("empty.no_rows", lang))
            continue
        st.dataframe(contract.headers(frame, "contract.col", lang), hide_index=True, width="stretch")
    if len(result.flips) > FLIPS_SHOWN:
        st.caption(i18n.t("contract.replay.flips.more", lang, shown=FLIPS_SHOWN,
                          total=i18n.number(len(result.flips), lang)))
    st.download_button(
        i18n.t("contract.replay.download", lang), icon=":material/download:", on_click="ignore",
        data=partial(whatif_report.workbook_bytes, result, config.from_sheets(edited),
                     source or i18n.t("contract.draft.source.in_force", lang, version="–"), lang),
        file_name=whatif_report.file_name(first, last, lang), mime=XLSX,
        help=i18n.t("contract.replay.download.help", lang))


def adopt_section(edited: dict[str, pd.DataFrame]) -> None:
    """Who adopted the contract in force, and the draft adopted from a day, for roles that may."""
    st.subheader(i18n.t("contract.adopt.title", lang))
    if notice := st.session_state.pop("adopt_notice", None):
        st.success(notice, icon=":material/check:")
    if adopted := adoption.last(db):
        st.caption(i18n.t("contract.adopt.last", lang, version=adopted.version, who=adopted.adopted_by or "–",
                          at=i18n.moment(adopted.adopted_at, lang), day=i18n.day(adopted.effective_from, lang)))
    if not scope.allows("adopt"):
        st.caption(i18n.t("contract.adopt.not_allowed", lang))
        return
    st.caption(i18n.t("contract.adopt.intro", lang))
    effective = st.date_input(i18n.t("contract.adopt.from", lang), key="adopt_from",
                              value=date.fromisoformat(periods.month_add(last, 2) + "-01"),
                              format="DD-MM-YYYY" if lang == "nl" else "YYYY-MM-DD")
    if not st.button(i18n.t("contract.adopt.button", lang), key="adopt", icon=":material/gavel:"):
        return
    try:
        done = adoption.adopt(db, edited, effective, scope)
    except config.ConfigProblem as problem:
        show_problems("contract.adopt.problems", problem.problems)
        return
    marts.refresh_store(db)
    st.session_state["adopt_notice"] = i18n.t(
        "contract.adopt.done", lang, version=done.version, who=done.adopted_by,
        at=i18n.moment(done.adopted_at, lang), day=i18n.day(done.effective_from, lang))
    st.session_state.pop("contract_draft", None)
    st.rerun()


def forecast_tab() -> None:
    """The month in progress: where it heads, and how accurate such forecasts have been."""
    ahead = outlook(str(db), version, customers, scope)
    label = contract.month_label(ahead.month, ahead.progress, lang)
    st.caption(i18n.t("contract.forecast.intro", lang, month=label, moment=i18n.moment(ahead.as_of, lang)),
               help=i18n.t("contract.forecast.help", lang))
    st.info(contract.accuracy(accuracy(str(db), version, first, last, customers, scope), lang),
            icon=":material/query_stats:")
    for key, frame in (("contract.forecast.tickets", contract.forecast_table(ahead, lang)),
                       ("contract.forecast.availability", contract.outlook_table(ahead, lang))):
        st.subheader(i18n.t(key, lang))
        if frame.empty:
            st.caption(i18n.t("contract.forecast.none", lang, month=label))
        else:
            st.dataframe(contract.headers(frame, "contract.forecast.col", lang), hide_index=True, width="stretch")


db = store.default_path()
version = store.data_version(db)
lang, month = st.session_state["lang"], st.session_state["month"]
customers, scope = tuple(st.session_state["customer"]), st.session_state["user_scope"]
last = min(month, periods.last_complete_month())  # whole months: a month in progress is left out
first = periods.month_add(last, 1 - WINDOW_MONTHS)
window = contract.window_label(first, last, lang)

st.title(i18n.t("contract.title", lang))
st.caption(i18n.t("contract.intro", lang))
advised = advice(str(db), version, first, last, customers, scope)
if advised.tickets.empty and advised.availability.empty:
    st.info(i18n.t("contract.advice.none", lang, window=window), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

tab_advice, tab_draft, tab_forecast = st.tabs([i18n.t(f"contract.tab.{k}", lang)
                                               for k in ("advisor", "draft", "forecast")])
with tab_advice:
    advice_tab(advised)
with tab_draft:
    draft_tab()
with tab_forecast:
    forecast_tab()
