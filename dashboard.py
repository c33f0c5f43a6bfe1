"""SLA dashboard entry point: page setup, language, sign-in, shared filters (bound to the URL) and routes.

Run with `make run` (`python -m pages.ui.serve`: `streamlit run dashboard.py`, libraries imported first; the store is
$SLA_DB). Pages read the shared filters from st.session_state: lang, month (YYYY-MM), customer, service, priority
(lists; empty = all), and user_scope: who is asking (sla.store.scope.Scope), which every engine read and write they
call takes. Without an [auth] section in .streamlit/secrets.toml that is LOCAL (local mode: no sign-in); with one,
every page needs a signed-in user whom the users sheet of the configuration knows.
"""

import streamlit as st

from sla import i18n, store
from sla.contract import users
from sla.metrics import overview, periods
from sla.store import settings
from sla.store.scope import LOCAL, Scope

FILTERS = ("lang", "month", "customer", "service", "priority")
PAGES = (
    ("pages/overview.py", "nav.overview", ":material/dashboard:"),
    ("pages/trends.py", "nav.trends", ":material/show_chart:"),
    ("pages/breaches.py", "nav.breaches", ":material/timer_off:"),
    ("pages/availability.py", "nav.availability", ":material/monitor_heart:"),
    ("pages/feedback.py", "nav.feedback", ":material/reviews:"),
    ("pages/reports.py", "nav.reports", ":material/description:"),
    ("pages/scorecard.py", "nav.scorecard", ":material/verified:"),
    ("pages/contract.py", "nav.contract", ":material/handshake:"),
    ("pages/data.py", "nav.data", ":material/upload:"),
)


@st.cache_data(show_spinner=False)
def filter_options(db: str, version: str, scope: Scope) -> dict[str, list[str]]:
    """Filter values of the scope for a data version (recomputed after every import, undo or configuration
    change)."""
    return overview.filter_options(db, scope)


@st.cache_data(show_spinner=False)
def signed_in_scope(db: str, version: str, email: str) -> Scope | None:
    """The scope the users sheet in force gives an e-mail address; None: no access."""
    return users.resolve(email, db)


def sign_in(db: str, lang: str) -> Scope:
    """LOCAL in local mode (no [auth] section); else the signed-in user's scope. Shows the sign-in or the
    no-access page, and nothing else, to anyone without one."""
    if "is_logged_in" not in st.user:  # st.user has it only when secrets.toml configures sign-in
        return LOCAL
    if st.user.is_logged_in:
        scope = signed_in_scope(db, store.data_version(db), str(st.user.get("email") or ""))
        if scope is not None:
            return scope
    # no page is listed or reachable (without st.navigation, Streamlit would list the pages/ folder itself)
    st.navigation([st.Page(PAGES[0][0], default=True)], position="hidden")
    if not st.user.is_logged_in:
        st.title(i18n.t("access.sign_in.title", lang))
        st.write(i18n.t("access.sign_in.text", lang))
        if st.button(i18n.t("access.sign_in.button", lang), type="primary", icon=":material/login:", key="sign_in"):
            st.login()
        st.stop()
    st.title(i18n.t("access.denied.title", lang))
    st.error(i18n.t("access.denied.text", lang, email=st.user.get("email") or "–"), icon=":material/lock:")
    if st.button(i18n.t("access.sign_out", lang), icon=":material/logout:", key="sign_out"):
        st.logout()
    st.stop()


def identity(scope: Scope, lang: str) -> None:
    """Who is signed in, their role and customers, and a sign-out button; or that this is local mode."""
    if not scope.signed_in:
        st.caption(i18n.t("access.local", lang), help=i18n.t("access.local.help", lang))
        return
    st.markdown(i18n.t("access.signed_in", lang, email=scope.actor))
    st.caption(i18n.t("access.scope", lang, role=i18n.t(f"access.role.{scope.role}", lang),
                      customers=i18n.t("access.all", lang) if scope.everything else "; ".join(scope.customers)))
    if st.button(i18n.t("access.sign_out", lang), icon=":material/logout:", key="sign_out"):
        st.logout()


st.set_page_config(page_title="SLA dashboard", page_icon=":material/speed:", layout="wide")
db = store.default_path()

# A page link drops the query string, and bound widgets would fall back to their defaults: carry the
# filters over from the previous run (a URL that names a filter still wins).
for key in FILTERS:
    if f"kept.{key}" in st.session_state and key not in st.query_params:
        st.session_state[key] = st.session_state[f"kept.{key}"]

with st.sidebar:
    # Bound widgets write their displayed option to the URL, so options are shown as the codes themselves
    # (lang=nl, month=2026-10): a link then works in either language and can be typed by hand.
    lang = st.segmented_control(
        "Language / Taal", list(i18n.LANGUAGES), key="lang", required=True, bind="query-params",
        default=None if "lang" in st.session_state else "en",
        help=" · ".join(f"{code}: {name}" for code, name in i18n.LANGUAGES.items()),
    )
scope = sign_in(str(db), lang)
options = filter_options(str(db), store.data_version(db), scope)
if not scope.everything and "customer" in st.query_params:  # a link to customers outside the scope names none
    st.query_params["customer"] = scope.visible(st.query_params.get_all("customer"))
with st.sidebar:
    months = options["month"] or [periods.last_complete_month()]
    default_month = periods.last_complete_month()
    if "month" in st.session_state and st.session_state["month"] not in months:  # an import or undo took it away
        st.session_state["month"] = default_month if default_month in months else months[-1]
    st.selectbox(
        i18n.t("filter.month", lang), months[::-1], key="month", bind="query-params",
        index=None if "month" in st.session_state else
        (months[::-1].index(default_month) if default_month in months else 0),
    )
    if progress := periods.progress(st.session_state["month"], settings.now(), options["timezone"][0]):
        st.caption(i18n.t("filter.in_progress", lang, day=i18n.day(progress.through, lang), days=progress.days,
                          of=progress.of), help=i18n.t("filter.in_progress_help", lang))
    for name in ("customer", "service", "priority"):
        st.multiselect(i18n.t(f"filter.{name}", lang), options[name], key=name, bind="query-params",
                       placeholder=i18n.t("filter.all", lang))
    st.caption(i18n.t("filter.help", lang))
    identity(scope, lang)

for key in FILTERS:
    st.session_state[f"kept.{key}"] = st.session_state[key]
st.session_state["user_scope"] = scope

page = st.navigation([
    st.Page(path, title=i18n.t(title, lang), icon=icon, default=(i == 0))
    for i, (path, title, icon) in enumerate(PAGES)
])
page.run()
